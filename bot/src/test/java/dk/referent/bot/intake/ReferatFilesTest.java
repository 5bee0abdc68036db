package dk.referent.bot.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferatFilesTest {

    @TempDir
    Path folder;

    @Test
    void aFolderIsReadForMinutesNotForItsNotes() throws Exception {
        Path referat = Files.writeString(folder.resolve("Referat Økonomiudvalget 2015-03-23.txt"), "Nr.60 - Godkendelse af dagsordenen");
        Files.writeString(folder.resolve("README.md"), "# Referater fra Økonomiudvalget\nHentet 23. marts 2015.");
        Files.writeString(folder.resolve("SOURCE.md"), "Kilde: kommunens hjemmeside");
        Files.writeString(folder.resolve("billede.png"), "x");
        assertEquals(List.of(referat), ReferatFiles.expand(List.of(folder)));
    }

    @Test
    void aFileNamedOnItsOwnIsAlwaysRead() throws Exception {
        Path readme = Files.writeString(folder.resolve("README.md"), "Referat 23. marts 2015");
        assertEquals(List.of(readme), ReferatFiles.expand(List.of(readme)));
    }
}
