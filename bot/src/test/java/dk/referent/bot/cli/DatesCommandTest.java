package dk.referent.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachLineGivesOneObjectAndAJsonLineMayCarryItsOwnReference() throws Exception {
        String input = "Fristen er den 1. april\n{\"text\": \"Fristen er den 1. april\", \"ref\": \"2024-05-01\"}\nSagsnr. 22-018833\n";

        CliRun run = CliRun.withInput(input, () -> {
            throw new IllegalStateException("no database");
        }, "dates", "--ref", "2022-11-21", "--json");

        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> lines = run.out().lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertEquals(3, lines.size());
        assertEquals("2023-04-01", lines.get(0).get("found").get(0).get("date").asText());
        assertTrue(lines.get(0).get("found").get(0).get("deadline").asBoolean());
        assertEquals("2025-04-01", lines.get(1).get("found").get(0).get("date").asText());
        assertEquals(0, lines.get(2).get("found").size());
    }

    @Test
    void aBadReferenceDateIsNamed() {
        CliRun run = CliRun.of("dates", "--ref", "21-11-2022");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("YYYY-MM-DD"), run.err());
    }
}
