package dk.referent.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.persistence.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parse → ingest → followups → confirm, as the secretariat would run it. */
class FollowupsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private TestDatabases.FreshDatabase fresh;

    @BeforeEach
    void openDatabase() throws Exception {
        fresh = TestDatabases.fresh();
        Files.writeString(dir.resolve("r.md"), """
                REFERAT Direktionen d. 11-03-2024

                Punkt 1: Høring om sundhedspolitik
                Beslutning
                Politikken sendes i høring hos Ældrerådet og Handicaprådet. Fristen for høringssvar er den 26. april 2024.

                Punkt 2: Sygefravær
                Beslutning
                Godkendt. Direktionen ønsker status to gange årligt.
                """);
    }

    @AfterEach
    void dropDatabase() {
        fresh.close();
    }

    @Test
    void followUpsFromAnIngestedReferatAreListedAndConfirmed() throws Exception {
        assertEquals(0, CliRun.with(fresh::connect, "ingest", dir.toString()).exitCode());

        CliRun list = CliRun.with(fresh::connect, "followups", "--json");

        List<JsonNode> rows = list.out().lines().map(FollowupsCommandTest::json).toList();
        assertEquals(List.of("deadline", "recurring"), rows.stream().map(r -> r.get("kind").asText()).sorted().toList());
        JsonNode deadline = rows.stream().filter(r -> r.get("kind").asText().equals("deadline")).findFirst().orElseThrow();
        assertEquals("2024-04-26", deadline.get("date").asText());
        assertEquals("Direktionen", deadline.get("meeting").get("body").asText());
        assertEquals(1, deadline.get("item").get("number").asInt());

        CliRun confirm = CliRun.with(fresh::connect, "followups", "confirm", deadline.get("id").asText());
        assertEquals(0, confirm.exitCode(), confirm.err());
        assertTrue(confirm.out().startsWith("1 bekræftet"), confirm.out());

        CliRun unknown = CliRun.with(fresh::connect, "followups", "confirm", "999999");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("not proposed"), unknown.err());

        CliRun confirmed = CliRun.with(fresh::connect, "followups", "--status", "confirmed");
        assertTrue(confirmed.out().contains("bekræftet"), confirmed.out());
        assertTrue(confirmed.out().contains("frist"), confirmed.out());
    }

    @Test
    void theListingSaysARecurringFollowUpInWordsWithItsNextOccurrence() {
        assertEquals(0, CliRun.with(fresh::connect, "ingest", dir.toString()).exitCode());

        // the clock says 1 May 2024; twice a year from the meeting on 11 March 2024
        String out = CliRun.with(fresh::connect, "followups").out();

        String recurring = out.lines().filter(l -> l.contains("tilbagevendende")).findFirst().orElseThrow(() -> new AssertionError(out));
        assertTrue(recurring.contains(" hvert halve år, næste gang 11. september 2024 "), recurring);
        assertFalse(out.contains("FREQ="), out);
    }

    @Test
    void anOverdueDeadlineIsSaidToBeOverdueAndListedFirst() {
        assertEquals(0, CliRun.with(fresh::connect, "ingest", dir.toString()).exitCode());

        // the høringsfrist of 26 April 2024 has passed on 1 May 2024
        String out = CliRun.with(fresh::connect, "followups").out();

        String first = out.lines().findFirst().orElseThrow();
        assertTrue(first.contains("frist") && first.contains(" overskredet siden 26. april 2024 "), out);
        assertTrue(out.contains("(2 foreslåede, 1 overskredne"), out);
    }

    @Test
    void theJsonListingKeepsTheRuleAsTheContractSaysIt() {
        assertEquals(0, CliRun.with(fresh::connect, "ingest", dir.toString()).exitCode());

        List<JsonNode> rows = CliRun.with(fresh::connect, "followups", "--json").out().lines().map(FollowupsCommandTest::json).toList();

        JsonNode recurring = rows.stream().filter(r -> r.get("kind").asText().equals("recurring")).findFirst().orElseThrow();
        assertEquals("FREQ=MONTHLY;INTERVAL=6", recurring.get("rrule").asText());
        assertEquals("2024-04-26", rows.stream().filter(r -> r.get("kind").asText().equals("deadline")).findFirst().orElseThrow()
                .get("date").asText());
    }

    @Test
    void snoozingForAnImplausibleNumberOfDaysIsRefusedAndChangesNothing() {
        assertEquals(0, CliRun.with(fresh::connect, "ingest", dir.toString()).exitCode());
        assertEquals(0, CliRun.with(fresh::connect, "followups", "confirm", "--all").exitCode());
        String id = json(CliRun.with(fresh::connect, "followups", "--json").out().lines().findFirst().orElseThrow()).get("id").asText();
        String before = CliRun.with(fresh::connect, "followups", "--json").out();

        CliRun days = CliRun.with(fresh::connect, "followups", "snooze", id, "--days", "2147483647");
        CliRun until = CliRun.with(fresh::connect, "followups", "snooze", id, "--until", "9999-12-31");

        for (CliRun run : List.of(days, until)) {
            assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
            assertTrue(run.err().contains("at most 3650 days"), run.err());
            assertFalse(run.err().contains("SQL") || run.err().contains("Exception"), run.err());
        }
        assertEquals(before, CliRun.with(fresh::connect, "followups", "--json").out());
    }

    @Test
    void confirmWithoutIdsSaysWhatIsMissing() {
        CliRun run = CliRun.with(fresh::connect, "followups", "confirm");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("name the follow-up ids, or --all"), run.err());
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
