package dk.referent.bot.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.bot.cli.CliRun;
import dk.referent.persistence.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secretariat in the terminal: a new referat is previewed, then confirmed and published — or discarded. */
public class SecretariatFlowTest {

    /** A new referat with a deadline in an open item and content in a closed one. */
    public static final String REFERAT = """
            REFERAT Direktionen d. 13-05-2024

            Punkt 1: Ny vejledning om sygefravær
            24-004410
            Beslutning
            Godkendt. HR sender vejledningen til centercheferne senest den 1. juni 2024.

            Punkt 2: Lukket: Personalesag
            24-000002
            Beslutning
            Fortrolig afskedigelse af medarbejder godkendt.
            """;

    @TempDir
    Path dir;

    private TestDatabases.FreshDatabase fresh;
    private Path referat;

    @BeforeEach
    void aNewReferat() throws Exception {
        fresh = TestDatabases.fresh();
        referat = dir.resolve("Referat Direktionen 2024-05-13.md");
        Files.writeString(referat, REFERAT);
    }

    @AfterEach
    void drop() {
        fresh.close();
    }

    private int count(String sql) {
        return ((Number) fresh.database().dsl().fetchValue(sql)).intValue();
    }

    @Test
    void aPreviewStoresNothingAndConfirmingStoresConfirmsAndPublishes() {
        CliRun run = CliRun.withInput("indlæs " + referat + "\nbekræft\n", fresh::connect, "run");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("Forhåndsvisning — Direktionen, 13. maj 2024, 2 punkter:"), out);
        assertTrue(out.contains("• Punkt 2: Personalesag (sag 24-000002) — lukket"), out);
        assertTrue(out.contains("📢 Til beslutningskanalen:\nBeslutninger fra Direktionen, 13. maj 2024:"), out);
        assertTrue(out.contains("• Punkt 1: Ny vejledning om sygefravær (sag 24-004410) — Godkendt."), out);
        assertTrue(out.contains("• Punkt 2: Personalesag — lukket punkt"), out);
        assertFalse(out.contains("afskedigelse"), "a closed item's content is never published or previewed");
        assertEquals(1, count("SELECT count(*) FROM meeting"));
        assertEquals(0, count("SELECT count(*) FROM follow_up WHERE status = 'proposed'"));
        assertTrue(count("SELECT count(*) FROM follow_up WHERE status = 'confirmed'") >= 1);
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE action = 'referat.publish'"));
    }

    @Test
    void discardingAPreviewStoresNothing() {
        CliRun run = CliRun.withInput("indlæs " + referat + "\nkassér\nbekræft\n", fresh::connect, "run");
        assertTrue(run.out().contains("Referatet er kasseret; intet er gemt."), run.out());
        assertTrue(run.out().contains("Der er intet referat at bekræfte"), run.out());
        assertEquals(0, count("SELECT count(*) FROM meeting"));
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE action = 'referat.discard'"));
    }

    @Test
    void aFileThatIsNotAReferatIsSaidPlainly() throws Exception {
        Path notes = Files.writeString(dir.resolve("noter.txt"), "Husk mælk og kaffe.\n");
        CliRun run = CliRun.withInput("indlæs " + notes + "\n", fresh::connect, "run");
        assertTrue(run.out().contains("Referatet kunne ikke læses: noter.txt:"), run.out());
        assertEquals(0, count("SELECT count(*) FROM meeting"));
    }
}
