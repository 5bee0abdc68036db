package dk.referent.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.persistence.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code referent ask} over an ingested referat whose closed item has content. */
class AskCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private TestDatabases.FreshDatabase fresh;

    @BeforeEach
    void ingest() throws Exception {
        fresh = TestDatabases.fresh();
        Files.writeString(dir.resolve("r.md"), """
                REFERAT Direktionen d. 11-03-2024

                Mødested Rådhuset, lokale 2
                Mødedeltagere Anne Holm, Bo Lund (Fravær), Carl Dam

                Punkt 1: Udvikling af sprogskolen
                24-001310
                Beslutning
                Godkendt med bemærkning om ny leder.

                Punkt 2: Lukket: Personalesag
                24-000002
                Beslutning
                Afskedigelse af medarbejder godkendt.
                """);
        assertEquals(0, CliRun.with(fresh::connect, "ingest", dir.toString()).exitCode());
    }

    @AfterEach
    void drop() {
        fresh.close();
    }

    @Test
    void jsonCarriesTheContractFields() throws Exception {
        JsonNode answer = JSON.readTree(CliRun.with(fresh::connect, "ask", "--json", "Hvad blev besluttet om sprogskolen?").out());
        assertEquals("Hvad blev besluttet om sprogskolen?", answer.get("question").asText());
        JsonNode hit = answer.get("hits").get(0);
        assertEquals("Direktionen", hit.get("meeting").get("body").asText());
        assertEquals("2024-03-11", hit.get("meeting").get("date").asText());
        assertEquals(1, hit.get("item").get("number").asInt());
        assertEquals("24-001310", hit.get("item").get("case").asText());
        assertFalse(hit.get("item").get("closed").asBoolean());
        assertTrue(hit.get("score").asDouble() > 0);
        assertTrue(answer.get("answer").asText().startsWith("Godkendt med bemærkning om ny leder."), answer.get("answer").asText());
        assertTrue(answer.get("answer").asText().contains("punkt 1"), answer.get("answer").asText());
    }

    @Test
    void aClosedItemShowsItsTitleButNeverItsContentUnauthorised() {
        String answer = CliRun.with(fresh::connect, "ask", "personalesag").out();
        assertTrue(answer.contains("Personalesag"), answer);
        assertTrue(answer.contains("lukket"), answer);
        assertFalse(answer.contains("Afskedigelse"), answer);
        assertTrue(CliRun.with(fresh::connect, "ask", "--authorised", "personalesag").out().contains("Afskedigelse"));
    }

    @Test
    void whenATopicWasTreatedListsItsMeetings() {
        String answer = CliRun.with(fresh::connect, "ask", "Hvornår blev sprogskolen behandlet?").out();
        assertTrue(answer.startsWith("»sprogskolen« blev behandlet:"), answer);
        assertTrue(answer.contains("punkt 1"), answer);
        String none = CliRun.with(fresh::connect, "ask", "Hvornår blev skateparken behandlet?").out();
        assertTrue(none.startsWith("Jeg fandt intet møde, hvor »skateparken« blev behandlet."), none);
    }

    @Test
    void englishQuestionsGetEnglishAnswersAndNothingFoundIsSaidPlainly() {
        assertTrue(CliRun.with(fresh::connect, "ask", "What was decided on the sprogskole?").out().contains("item 1"));
        String none = CliRun.with(fresh::connect, "ask", "Hvad blev besluttet om skateparken?").out();
        assertTrue(none.startsWith("Jeg fandt ingen beslutning om »skateparken«"), none);
    }

    @Test
    void questionsFromStdinGiveOneObjectPerLine() {
        CliRun run = CliRun.withInput("sprogskolen\nskatepark\n", fresh::connect, "ask", "--json", "-");
        assertEquals(2, run.out().lines().count());
    }

    @Test
    void meetingQuestionsAnswerWhoWhereAndWhat() {
        String who = CliRun.with(fresh::connect, "ask", "Hvem deltog i mødet den 11. marts 2024?").out();
        assertTrue(who.startsWith("Til stede ved Direktionen, 11. marts 2024: Anne Holm og Carl Dam. Fraværende: Bo Lund."), who);
        String where = CliRun.with(fresh::connect, "ask", "Where was the meeting held on 11 March 2024?").out();
        assertTrue(where.contains("was held at: Rådhuset, lokale 2"), where);
        String closed = CliRun.with(fresh::connect, "ask", "Hvilke punkter var lukkede på mødet den 11. marts 2024?").out();
        assertTrue(closed.contains("2. Personalesag"), closed);
        assertFalse(closed.contains("Afskedigelse"), closed);
        String none = CliRun.with(fresh::connect, "ask", "Hvem deltog i mødet den 1. juni 2030?").out();
        assertTrue(none.startsWith("Jeg fandt intet møde"), none);
    }

    @Test
    void aQuestionAskingWhoWasAbsentAndWhereGetsBoth() {
        String both = CliRun.with(fresh::connect, "ask", "Who sent apologies to the meeting on 11 March 2024, and where was it held?").out();
        assertTrue(both.contains("Absent at Direktionen, 11 March 2024: Bo Lund.") && both.contains("was held at: Rådhuset, lokale 2"), both);
        String one = CliRun.with(fresh::connect, "ask", "Hvem var fraværende på mødet den 11. marts 2024?").out();
        assertFalse(one.contains("Rådhuset"), one);
    }

    @Test
    void theEndOfAMeetingIsAnsweredAsItsMinutesWriteIt() throws Exception {
        ingestAlso("juli", """
                REFERAT Direktionen d. 01-07-2024 kl. 9:00

                Punkt 1: Godkendelse af dagsorden
                Beslutning
                Godkendt. Mødet blev hævet kl. 10.45.
                """);
        String ended = CliRun.with(fresh::connect, "ask", "Hvornår blev direktionens møde den 1. juli 2024 hævet?").out();
        assertTrue(ended.contains("kl. 09:00–10.45"), ended);
    }

    private void ingestAlso(String name, String text) throws Exception {
        Path more = Files.createDirectory(dir.resolve(name));
        Files.writeString(more.resolve(name + ".md"), text);
        assertEquals(0, CliRun.with(fresh::connect, "ingest", more.toString()).exitCode());
    }

    @Test
    void aCaseTreatedAtSeveralMeetingsIsAnsweredWithItsTimeline() throws Exception {
        ingestAlso("juni", """
                REFERAT Direktionen d. 03-06-2024

                Punkt 4: Sprogskolen - status
                24-001310
                Beslutning
                Taget til efterretning.
                """);
        String answer = CliRun.with(fresh::connect, "ask", "Hvad blev besluttet om sprogskolen?").out();
        assertTrue(answer.startsWith("Taget til efterretning."), answer);
        assertTrue(answer.contains("Sagens forløb:\n• Direktionen, 11. marts 2024, punkt 1: Godkendt med bemærkning"), answer);
    }

    @Test
    void aTeamsOpenFollowUpsAreListedWithTheirSource() throws Exception {
        ingestAlso("maj", """
                REFERAT Direktionen d. 13-05-2024

                Punkt 3: Renovering af rådhusets kantine
                24-002200
                Beslutning
                Godkendt, idet Team Ejendomme bedes indhente tilbud på ny ventilation inden den 1. juli 2024.
                """);
        String answer = CliRun.with(fresh::connect, "ask", "hvad mangler Team Ejendomme?").out();
        assertTrue(answer.startsWith("Åbne opfølgninger for team ejendomme:"), answer);
        assertTrue(answer.contains("Team Ejendomme bedes indhente tilbud"), answer);
        assertTrue(answer.contains("Direktionen, 13. maj 2024, punkt 3 (sag 24-002200)"), answer);
        assertTrue(CliRun.with(fresh::connect, "ask", "hvad mangler Team Vej og Park?").out().startsWith("Ingen åbne opfølgninger"));
    }

    @Test
    void nothingFoundSaysSoAndSuggestsNearbyTitles() {
        String answer = CliRun.with(fresh::connect, "ask", "Hvad blev besluttet om sprogskolerne?").out();
        assertTrue(answer.contains("Udvikling af sprogskolen"), answer);
        String none = CliRun.with(fresh::connect, "ask", "Hvad blev besluttet om sprogskift?").out();
        assertTrue(none.startsWith("Jeg fandt ingen beslutning om »sprogskift«"), none);
        assertTrue(none.contains("Beslægtede emner: Udvikling af sprogskolen"), none);
    }
}
