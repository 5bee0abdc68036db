package dk.referent.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
