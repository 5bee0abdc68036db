package dk.referent.bot.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.bot.Stores;
import dk.referent.bot.conversation.Answers;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.persistence.PreviewStore;
import dk.referent.persistence.TestDatabases;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code referent reminders}, {@code calendar import}, done/snooze/reassign and {@code run}, over a confirmed deadline. */
class RemindersCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private TestDatabases.FreshDatabase fresh;

    @BeforeEach
    void aConfirmedDeadlineOn13May2024() throws Exception {
        fresh = TestDatabases.fresh();
        Files.writeString(dir.resolve("r.md"), """
                REFERAT Direktionen d. 22-04-2024

                Punkt 3: Høring om ungeanalysen
                24-001234
                Beslutning
                Godkendt. Fristen for høringssvar er mandag den 13. maj 2024.

                Punkt 4: Opfølgning på Kommunalbestyrelsesmødet
                24-000312
                Beslutning
                Drøftet.
                """);
        assertEquals(0, CliRun.with(fresh::connect, "ingest", dir.resolve("r.md").toString()).exitCode());
        CliRun confirmed = CliRun.with(fresh::connect, "followups", "confirm", "--all");
        assertEquals(0, confirmed.exitCode(), confirmed.err());
    }

    @AfterEach
    void drop() {
        fresh.close();
    }

    private List<JsonNode> reminders(String from, String to) throws Exception {
        CliRun run = CliRun.with(fresh::connect, "reminders", "--from", from, "--to", to, "--json");
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    private long deadlineId() throws Exception {
        return reminders("2024-04-01", "2024-05-31").stream().filter(r -> r.get("kind").asText().equals("deadline"))
                .findFirst().orElseThrow().get("followUp").asLong();
    }

    @Test
    void aDeadlineIsRemindedSevenAndOneWorkingDaysBeforeAndOnTheDay() throws Exception {
        List<String> fireAt = reminders("2024-04-01", "2024-05-31").stream().filter(r -> r.get("kind").asText().equals("deadline"))
                .map(r -> r.get("fireAt").asText()).toList();
        assertEquals(List.of("2024-05-01T09:00+02:00", "2024-05-10T09:00+02:00", "2024-05-13T09:00+02:00"), fireAt);
        JsonNode first = reminders("2024-05-01", "2024-05-01").get(0);
        assertTrue(first.get("text").asText().contains("13. maj 2024"), first.toString());
        assertEquals("followup-channel", first.get("target").asText());
    }

    @Test
    void aFollowUpMarkedDoneHasNoMoreReminders() throws Exception {
        long id = deadlineId();
        assertEquals(0, CliRun.with(fresh::connect, "followups", "done", String.valueOf(id)).exitCode());
        assertTrue(reminders("2024-04-01", "2024-05-31").stream().noneMatch(r -> r.get("followUp").asLong() == id));
    }

    @Test
    void aSnoozedFollowUpIsRemindedAfterTheSnoozeOnly() throws Exception {
        long id = deadlineId();
        assertEquals(0, CliRun.with(fresh::connect, "followups", "snooze", String.valueOf(id), "--until", "2024-05-11").exitCode());
        assertTrue(reminders("2024-04-01", "2024-05-31").stream().filter(r -> r.get("followUp").asLong() == id)
                .allMatch(r -> r.get("fireAt").asText().startsWith("2024-05-13")));
    }

    @Test
    void aReassignedFollowUpIsRemindedToItsNewOwner() throws Exception {
        long id = deadlineId();
        assertEquals(0, CliRun.with(fresh::connect, "followups", "reassign", String.valueOf(id), "--to", "Team Børn og Unge").exitCode());
        assertTrue(reminders("2024-04-01", "2024-05-31").stream().filter(r -> r.get("followUp").asLong() == id)
                .allMatch(r -> r.get("target").asText().equals("Team Børn og Unge")));
    }

    @Test
    void snoozeNeedsADayOrANumberOfDays() {
        CliRun run = CliRun.with(fresh::connect, "followups", "snooze", "1");
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--until YYYY-MM-DD or --days N"), run.err());
    }

    @Test
    void anImportedCalendarGivesRemindersAfterEachMeeting() throws Exception {
        Files.writeString(dir.resolve("kb.ics"), """
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                DTSTART;TZID=Europe/Copenhagen:20240522T190000
                SUMMARY:Kommunalbestyrelsen
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20240619
                END:VEVENT
                END:VCALENDAR
                """);
        CliRun imported = CliRun.with(fresh::connect, "calendar", "import", "--body", "Kommunalbestyrelsen", dir.resolve("kb.ics").toString());
        assertEquals(0, imported.exitCode(), imported.err());
        List<String> after = reminders("2024-05-01", "2024-06-30").stream().filter(r -> r.get("kind").asText().equals("after_meeting"))
                .map(r -> r.get("fireAt").asText()).toList();
        assertEquals(List.of("2024-05-23T09:00+02:00", "2024-06-20T09:00+02:00"), after);
    }

    @Test
    void aBadCalendarLineIsNamedAndNothingIsImported() throws Exception {
        Files.writeString(dir.resolve("kb.txt"), "2024-05-22\n22/06/2024\n");
        CliRun run = CliRun.with(fresh::connect, "calendar", "import", "--body", "Kommunalbestyrelsen", dir.resolve("kb.txt").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("kb.txt, linje 2"), run.err());
        assertTrue(reminders("2024-05-01", "2024-06-30").stream().noneMatch(r -> r.get("kind").asText().equals("after_meeting")));
    }

    @Test
    void theRunningConsoleDeliversADueReminderAndTakesDoneFromTheConversation() throws Exception {
        // confirmed on 1 May 2024, running on 13 May at noon: Quartz fires in real time, so the planned reminders are
        // overdue at once, and the clock of the service says they are late
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(typing);
        CommandLine cl = CommandLineFactory.create(new CommandLineFactory.Dependencies(new ReferatParser(), new DanishTemporalParser(),
                new ObjectMapper(), fresh::connect, java.time.Clock.fixed(java.time.Instant.parse("2024-05-13T10:00:00Z"),
                java.time.ZoneId.of("Europe/Copenhagen")), stdin, false, java.util.Map.of()));
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> cl.execute("run"));
        await().atMost(60, TimeUnit.SECONDS).until(() -> out.toString().contains("[Forsinket] Frist i dag (mandag 13. maj 2024)"));
        assertTrue(out.toString().contains("🔔 Påmindelse til followup-channel"), out.toString());
        long id = deadlineId();
        typing.write(("udført " + id + "\nhvad mangler vi?\n").getBytes(StandardCharsets.UTF_8));
        typing.close();
        assertEquals(0, running.get(60, TimeUnit.SECONDS));
        assertTrue(out.toString().contains("Opfølgning #" + id + " er markeret som udført — ingen flere påmindelser."), out.toString());
        assertTrue(out.toString().contains("#" + id + ": »udført " + id + "« · »udsæt " + id + " 1«"), "the reminder shows what to type: " + out);
        assertTrue(reminders("2024-04-01", "2024-05-31").stream().noneMatch(r -> r.get("followUp").asLong() == id));
    }

    @Test
    void myDeadlinesAreTheOnesGivenToMe() throws Exception {
        long id = deadlineId();
        assertEquals(0, CliRun.with(fresh::connect, "followups", "reassign", String.valueOf(id), "--to", "U0MINE001").exitCode());
        Stores stores = Stores.over(fresh.database(), CliRun.CLOCK, PreviewStore.DEFAULT_TTL);
        Answers answers = new Answers(stores.search(), stores.meetings(), stores.followUps(), new dk.referent.minutes.question.QuestionParser(),
                CliRun.CLOCK);
        String mine = answers.answer("mine frister", false, 5, "U0MINE001").text();
        assertTrue(mine.contains("Fristen for høringssvar er mandag den 13. maj 2024."), mine);
        String someoneElses = answers.answer("mine frister", false, 5, "U0OTHER01").text();
        assertTrue(someoneElses.startsWith("Du har ingen åbne opfølgninger (givet til U0OTHER01)"), someoneElses);
    }
}
