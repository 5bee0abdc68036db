package dk.referent.minutes.referat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What a referat's text carries besides what was written (escapes, invisible characters), and dates no meeting had. */
class InputHygieneTest {

    /** From a real referat (Kalundborg, Direktionen 20 March 2023; seed 001), with what copying can leave in it. */
    private static final String REFERAT = """
            REFERAT Direktionen d. 20-03-2023

            Mødedato Mandag d. 20. marts 2023 kl. 12:30

            Mødested Direktionens\u00A0mødelokale

            Punkt 2: Udvikling og orientering om Kalundborg Sprog\u200Bskolen

            23-001310

            Beslutning

            Taget til efterretning.\u001B[2J\u001B[31m

            Sagsfremstilling

            Kasper Greve Sørensen deltager og orienterer om Kalundborg \u202ESprog\u2060skolen\u202C og udviklingen.

            Bilag

            Sprogskolen - orientering til Direktionen
            """;

    private static final Clock MAY_2024 = Clock.fixed(Instant.parse("2024-05-01T08:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    @Test
    void zeroWidthBidiAndEscapesAreNotPartOfTheText() throws Exception {
        Referat r = new ReferatParser().parse("001.txt", REFERAT);
        AgendaItem item = r.items().get(0);

        assertEquals("Udvikling og orientering om Kalundborg Sprogskolen", item.title());
        assertEquals("Taget til efterretning.", item.decision());
        assertTrue(item.fullText().contains("orienterer om Kalundborg Sprogskolen og udviklingen"), item.fullText());
        assertFalse(item.fullText().chars().anyMatch(c -> c == 0x1B || c == 0x200B || c == 0x2060 || c == 0x202E),
                item.fullText());
        // NBSP is still a space
        assertEquals("Direktionens mødelokale", r.meeting().place());
    }

    @Test
    void aMeetingDateInTheFarFutureIsDoubtedNotStored() throws Exception {
        String text = REFERAT.replace("d. 20-03-2023", "d. 01-01-2999").replace("20. marts 2023", "1. januar 2999");
        Referat r = new ReferatParser(MAY_2024).parse("referat.txt", text);

        assertNull(r.meeting().date());
        assertFalse(r.dated());
        assertTrue(r.doubts().stream().anyMatch(d -> d.contains("mødedatoen 1. januar 2999 er ikke troværdig")), r.doubts().toString());
    }

    @Test
    void aMeetingDateBefore1970IsDoubtedEvenWithoutAClock() throws Exception {
        String text = REFERAT.replace("d. 20-03-2023", "d. 30-12-1899").replace("20. marts 2023", "30. december 1899");
        Referat r = new ReferatParser().parse("referat.txt", text);

        assertNull(r.meeting().date());
        assertTrue(r.doubts().stream().anyMatch(d -> d.contains("mødedatoen 30. december 1899 er ikke troværdig")), r.doubts().toString());
    }

    @Test
    void aDateInTheComingYearIsAMeeting() throws Exception {
        String text = REFERAT.replace("d. 20-03-2023", "d. 20-03-2025").replace("20. marts 2023", "20. marts 2025");
        Referat r = new ReferatParser(MAY_2024).parse("referat.txt", text);

        assertEquals(LocalDate.of(2025, 3, 20), r.meeting().date());
        assertTrue(r.doubts().stream().noneMatch(d -> d.startsWith("Mødedato:")), r.doubts().toString());
    }
}
