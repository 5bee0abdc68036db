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

/** {@code referent ingest} against a real PostgreSQL. */
class IngestCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private TestDatabases.FreshDatabase fresh;

    @BeforeEach
    void openDatabase() {
        fresh = TestDatabases.fresh();
    }

    @AfterEach
    void dropDatabase() {
        fresh.close();
    }

    private CliRun ingest(String... args) {
        return CliRun.with(fresh::connect, args);
    }

    private static String referat(String date, String decision) {
        return """
                REFERAT Direktionen d. %s

                Punkt 1: Klimaplan 2030
                24-012345
                Beslutning
                %s

                Punkt 2: Eventuelt
                Beslutning
                Intet.
                """.formatted(date, decision);
    }

    @Test
    void aDirectoryIsIngestedAndASecondRunFindsEverythingUnchanged() throws Exception {
        Files.createDirectories(dir.resolve("2024"));
        Files.writeString(dir.resolve("a.md"), referat("16-09-2024", "Godkendt."));
        Files.writeString(dir.resolve("2024/b.txt"), referat("23-09-2024", "Anbefales."));
        Files.writeString(dir.resolve("notes.docx.bak"), "ignored: not a referat file type");

        CliRun first = ingest("ingest", "--json", dir.toString());

        assertEquals(0, first.exitCode(), first.err());
        List<JsonNode> lines = first.out().lines().map(IngestCommandTest::json).toList();
        assertEquals(3, lines.size(), "two files and a summary");
        assertEquals("new", lines.get(0).get("status").asText());
        assertEquals("Direktionen", lines.get(0).get("meeting").get("body").asText());
        assertEquals(2, lines.get(0).get("items").asInt());
        assertEquals(2, lines.get(2).get("files").asInt());
        assertEquals(2, lines.get(2).get("new").asInt());

        CliRun second = ingest("ingest", "--json", dir.toString());

        JsonNode summary = json(second.out().lines().reduce((a, b) -> b).orElseThrow());
        assertEquals(2, summary.get("unchanged").asInt(), second.out());
        assertEquals(0, summary.get("new").asInt());
    }

    @Test
    void aCorrectedFileIsUpdated() throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, referat("16-09-2024", "Godkendt."));
        ingest("ingest", file.toString());
        Files.writeString(file, referat("16-09-2024", "Godkendt med bemærkning om ny tidsplan."));

        CliRun run = ingest("ingest", file.toString());

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("updated"), run.out());
        assertTrue(run.out().contains("1 opdaterede"), run.out());
    }

    @Test
    void aBadFileIsReportedAndTheOthersAreStillStored() throws Exception {
        Files.writeString(dir.resolve("a.md"), referat("16-09-2024", "Godkendt."));
        Files.writeString(dir.resolve("b.txt"), "Kære alle, her er nyhedsbrevet.");

        CliRun run = ingest("ingest", "--json", dir.toString());

        assertEquals(1, run.exitCode());
        List<JsonNode> lines = run.out().lines().map(IngestCommandTest::json).toList();
        assertEquals("new", lines.get(0).get("status").asText());
        assertEquals("error", lines.get(1).get("status").asText());
        assertTrue(lines.get(1).get("error").asText().contains("no agenda items"), lines.get(1).toString());
        assertEquals(1, lines.get(2).get("errors").asInt());
    }

    /** One agenda item and nothing that says when or which body met. */
    static final String UNDATED = """
            Punkt 1: Godkendelse af dagsorden
            Beslutning
            Godkendt.
            """;

    private int count(String sql) {
        return ((Number) fresh.database().dsl().fetchValue(sql)).intValue();
    }

    @Test
    void anUndatedReferatIsNotStoredAndSaysHowToGiveTheDateWhileTheOthersAreStored() throws Exception {
        Files.writeString(dir.resolve("a.md"), referat("16-09-2024", "Godkendt."));
        Files.writeString(dir.resolve("b.md"), UNDATED);

        CliRun run = ingest("ingest", "--json", dir.toString());

        assertEquals(1, run.exitCode(), run.err());
        List<JsonNode> lines = run.out().lines().map(IngestCommandTest::json).toList();
        assertEquals("new", lines.get(0).get("status").asText());
        assertEquals("error", lines.get(1).get("status").asText());
        String error = lines.get(1).get("error").asText();
        assertTrue(error.contains("ingen mødedato i teksten") && error.contains("--date YYYY-MM-DD"), error);
        assertEquals(1, lines.get(2).get("errors").asInt());
        assertEquals(1, count("SELECT count(*) FROM meeting"), "only the dated referat");
        assertEquals(0, count("SELECT count(*) FROM agenda_item WHERE title = 'Godkendelse af dagsorden'"), "nothing half-stored");

        CliRun human = ingest("ingest", dir.resolve("b.md").toString());
        assertTrue(human.err().contains("b.md: ikke gemt: ingen mødedato") && human.err().contains("--date"), human.err());
        assertFalse(human.err().contains("Exception"), human.err());
    }

    @Test
    void anUndatedReferatGivenItsDateAndBodyIsStoredWithThem() throws Exception {
        Path file = Files.writeString(dir.resolve("b.md"), UNDATED);

        CliRun run = ingest("ingest", "--json", "--body", "Økonomiudvalget", "--date", "2015-03-23", file.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonNode line = json(run.out().lines().findFirst().orElseThrow());
        assertEquals("new", line.get("status").asText(), line.toString());
        assertEquals("Økonomiudvalget", line.get("meeting").get("body").asText());
        assertEquals("2015-03-23", line.get("meeting").get("date").asText());
        assertEquals(1, count("SELECT count(*) FROM meeting WHERE body = 'Økonomiudvalget' AND meeting_date = DATE '2015-03-23'"));
    }

    @Test
    void theBodyAndDateGivenWinOverTheText() throws Exception {
        Path file = Files.writeString(dir.resolve("a.md"), referat("16-09-2024", "Godkendt."));

        CliRun run = ingest("ingest", "--body", "Økonomiudvalget", "--date", "2024-09-17", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Økonomiudvalget 2024-09-17, 2 punkter"), run.out());
        assertEquals(1, count("SELECT count(*) FROM meeting WHERE body = 'Økonomiudvalget' AND meeting_date = DATE '2024-09-17'"));
        assertEquals(0, count("SELECT count(*) FROM meeting WHERE body = 'Direktionen'"));
    }

    @Test
    void aDateThatIsNoDateOrOneDateForSeveralFilesIsRefusedBeforeAnythingIsRead() throws Exception {
        Path a = Files.writeString(dir.resolve("a.md"), referat("16-09-2024", "Godkendt."));
        Path b = Files.writeString(dir.resolve("b.md"), referat("23-09-2024", "Godkendt."));

        CliRun bad = CliRun.of("ingest", "--date", "23/3 2015", a.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--date skal være en dato som YYYY-MM-DD (fx 2024-06-14), ikke »23/3 2015«"), bad.err());

        CliRun several = CliRun.of("ingest", "--date", "2024-09-16", a.toString(), b.toString());
        assertEquals(2, several.exitCode());
        assertTrue(several.err().contains("én fil ad gangen"), several.err());
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
