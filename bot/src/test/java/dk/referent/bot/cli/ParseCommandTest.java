package dk.referent.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REFERAT = """
            REFERAT Direktionen d. 16-09-2024
            Mødedato Mandag d. 16. september 2024 kl. 12:30
            Mødested Rådhuset
            Mødedeltagere Anne Holm, Bo Lund (Fravær)

            Punkt 1: Klimaplan 2030
            24-012345
            Beslutning
            Godkendt.
            Indstillinger
            Direktøren indstiller, at planen godkendes.
            Behandling
            Direktionen, Økonomiudvalget
            Direktionens møde den 2. september 2024:
            Udsat.

            Punkt 2: Lukket: Personalesag
            24-000001
            """;

    @TempDir
    Path dir;

    @Test
    void jsonHasTheContractFieldsOnOneLinePerFile() throws Exception {
        Path a = write("a.md", REFERAT);
        Path b = write("b.txt", REFERAT.replace("16-09-2024", "23-09-2024").replace("16. september", "23. september"));

        CliRun run = CliRun.of("parse", "--json", a.toString(), b.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size());
        JsonNode doc = JSON.readTree(lines.get(0));
        assertEquals("a.md", doc.get("source").asText());
        JsonNode meeting = doc.get("meeting");
        assertEquals("Direktionen", meeting.get("body").asText());
        assertEquals("2024-09-16", meeting.get("date").asText());
        assertEquals("12:30", meeting.get("time").asText());
        assertEquals("Rådhuset", meeting.get("place").asText());
        assertEquals("Bo Lund", meeting.get("participants").get(1).get("name").asText());
        assertTrue(meeting.get("participants").get(1).get("absent").asBoolean());

        JsonNode item = doc.get("items").get(0);
        for (String field : List.of("number", "title", "case", "closed", "decision", "outcome", "recommendations",
                "route", "prior", "attachments", "followUps")) {
            assertTrue(item.has(field), "item field " + field);
        }
        assertEquals(1, item.get("number").asInt());
        assertEquals("24-012345", item.get("case").asText());
        assertEquals("godkendt", item.get("outcome").asText());
        assertEquals("Direktionen", item.get("prior").get(0).get("body").asText());
        assertEquals("2024-09-02", item.get("prior").get(0).get("date").asText());
        assertEquals("Udsat.", item.get("prior").get(0).get("text").asText());
        assertEquals("Økonomiudvalget", item.get("route").get(1).asText());

        JsonNode closed = doc.get("items").get(1);
        assertEquals("Personalesag", closed.get("title").asText());
        assertTrue(closed.get("closed").asBoolean());
        assertTrue(closed.get("decision").isNull());
        assertEquals("2024-09-23", JSON.readTree(lines.get(1)).get("meeting").get("date").asText());
    }

    @Test
    void summaryWithoutJsonIsDanish() throws Exception {
        CliRun run = CliRun.of("parse", write("a.md", REFERAT).toString());
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Direktionen, 16. september 2024 kl. 12:30, Rådhuset — 2 punkter"), run.out());
        assertTrue(run.out().contains("1. Klimaplan 2030 (24-012345) — Godkendt"), run.out());
        assertTrue(run.out().contains("2. Personalesag (24-000001) — lukket"), run.out());
    }

    @Test
    void summaryShowsWhatCouldNotBeReadInWords() throws Exception {
        CliRun run = CliRun.of("parse", write("b.md", IngestCommandTest.UNDATED).toString());

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("b.md: (ukendt organ), (ingen mødedato) — 1 punkter"), out);
        assertTrue(out.contains("  Tvivl: Mødedato: ingen mødedato i teksten"), out);
        assertTrue(out.contains("  Tvivl: Organ:"), out);
        assertTrue(out.contains(" 1. Godkendelse af dagsorden — Godkendt"), out);
    }

    @Test
    void badFileIsNamedWithWhatIsWrongAndExitCodeTwo() throws Exception {
        Path good = write("good.md", REFERAT);
        Path empty = write("empty.txt", "");
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {0x00, 0x01, 0x02, 0x03});
        Path prose = write("letter.txt", "Kære alle\n\nTak for i dag.\n");

        CliRun run = CliRun.of("parse", "--json", good.toString(), empty.toString(), binary.toString(), prose.toString(),
                dir.resolve("missing.txt").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(empty + ": the file is empty"), run.err());
        assertTrue(run.err().contains(binary + ": this is a binary file"), run.err());
        assertTrue(run.err().contains(prose + ": no agenda items found"), run.err());
        assertTrue(run.err().contains("missing.txt: no such file"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(5, lines.size(), "one JSON object per file, failures included");
        assertEquals("Direktionen", JSON.readTree(lines.get(0)).get("meeting").get("body").asText());
        assertTrue(JSON.readTree(lines.get(1)).get("error").asText().contains("empty"));
    }

    @Test
    void whatIsPrintedCarriesNoTerminalEscapesOrBidiControls() throws Exception {
        // a file name may hold anything but NUL and '/'; minutes text is cleaned when read, the name is not
        Path named = write("\u001B]0;hacked\u0007Referat \u202EDirektionen\u001B[2J.md", REFERAT);

        CliRun run = CliRun.of("parse", named.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Referat Direktionen.md: Direktionen, 16. september 2024"), run.out());
        assertFalse(run.out().chars().anyMatch(c -> c == 0x1B || c == 0x07 || c == 0x202E), run.out());
    }

    @Test
    void aFileThatIsNotUtf8IsReadWithADoubtAboutItsLetters() throws Exception {
        Path legacy = dir.resolve("legacy.txt");
        Files.write(legacy, REFERAT.getBytes(java.nio.charset.Charset.forName("windows-1252")));

        CliRun run = CliRun.of("parse", legacy.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Mødested") || run.out().contains("Rådhuset"), run.out());
        assertTrue(run.out().contains("Tvivl: Tegnsæt: filen er ikke UTF-8 og er læst som Windows-1252"), run.out());
        assertFalse(CliRun.of("parse", write("utf8.txt", REFERAT).toString()).out().contains("Tegnsæt"));
    }

    @Test
    void missingArgumentIsAUsageError() {
        CliRun run = CliRun.of("parse");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing required parameter"), run.err());
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
