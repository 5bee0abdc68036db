package dk.referent.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code referent teams-package}: the zip Teams takes — the manifest for this app id, and the two icons at their sizes. */
class TeamsPackageCommandTest {

    private static final String APP_ID = "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

    @TempDir
    Path dir;

    @Test
    void thePackageHasTheManifestForThisAppAndBothIcons() throws Exception {
        Path zip = dir.resolve("referent.zip");
        CliRun run = CliRun.withEnv(Map.of("TEAMS_APP_ID", APP_ID, "REFERENT_TEAMS_DEVELOPER", "Eksempel \"Kommune\""),
                "teams-package", "--out", zip.toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertEquals(java.util.Set.of("manifest.json", "color.png", "outline.png"), entries.keySet());
        JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
        assertEquals(APP_ID, manifest.path("id").asText());
        assertEquals(APP_ID, manifest.path("bots").path(0).path("botId").asText());
        assertEquals("[\"personal\",\"team\"]", manifest.path("bots").path(0).path("scopes").toString());
        assertTrue(manifest.path("bots").path(0).path("supportsFiles").asBoolean());
        assertEquals("Eksempel \"Kommune\"", manifest.path("developer").path("name").asText());
        assertTrue(manifest.path("bots").path(0).path("commandLists").path(0).path("commands").size() > 0);
        assertTrue(!new String(entries.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8).contains("${"));
        BufferedImage color = ImageIO.read(new ByteArrayInputStream(entries.get("color.png")));
        BufferedImage outline = ImageIO.read(new ByteArrayInputStream(entries.get("outline.png")));
        assertEquals(192, color.getWidth());
        assertEquals(192, color.getHeight());
        assertEquals(32, outline.getWidth());
        // the outline is white on transparent, nothing else
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 32; y++) {
                int argb = outline.getRGB(x, y);
                assertTrue(argb == 0xFFFFFFFF || (argb >>> 24) == 0, Integer.toHexString(argb));
            }
        }
    }

    @Test
    void withoutAnAppIdNothingIsWritten() {
        Path zip = dir.resolve("none.zip");
        CliRun run = CliRun.withEnv(Map.of(), "teams-package", "--out", zip.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("TEAMS_APP_ID"), run.err());
        assertTrue(Files.notExists(zip));
    }
}
