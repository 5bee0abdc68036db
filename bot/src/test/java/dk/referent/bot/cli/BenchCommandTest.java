package dk.referent.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's bookkeeping (not its speed: figures belong in the README, not in assertions). */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void countsEveryParsedReferatAndItsItems() throws Exception {
        Files.writeString(dir.resolve("a.md"), "Referat Direktionen d. 16-09-2024\n\nPunkt 1: A\nBeslutning\nGodkendt.\n"
                + "\nPunkt 2: B\nBeslutning\nDrøftet.\n");
        Files.writeString(dir.resolve("broken.txt"), "");

        CliRun run = CliRun.of("bench", "parse", "--count", "10", "--warmup", "0", "--json", dir.toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode figures = new ObjectMapper().readTree(run.out());
        assertEquals(10, figures.get("referater").asInt());
        assertEquals(1, figures.get("distinctFiles").asInt());
        assertEquals(20, figures.get("items").asInt());
        assertTrue(run.err().contains("broken.txt: skipped"), run.err());
    }
}
