package dk.referent.minutes.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumbersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"24-005394", "21-046857K", "326-2021-16031", "24/12345", "00.01.00-A00-3-24", "00.01.00P35-0098",
            "018520-2013", "EMN-2025-008308", "2015-000452", "2012-31673"})
    void everySystemsCaseNumberStandsOnItsOwn(String number) {
        assertTrue(CaseNumbers.bare(number));
        assertEquals(Optional.of(number), CaseNumbers.in(number));
        assertEquals(Optional.of(number), CaseNumbers.inText("hvad blev besluttet i sag " + number + "?").map(m -> m.group(1)));
    }

    @Test
    void aLineLabelsOrIsACaseNumber() {
        assertEquals(Optional.of("24/12345"), CaseNumbers.in("Sagsnr.: 24/12345  Dok.nr.: 1234"));
        assertEquals(Optional.of("00.22.00-G01-1-16"), CaseNumbers.in("Åbent - 00.22.00-G01-1-16"));
        assertEquals(Optional.of("25/19069"), CaseNumbers.in("25/19069 -"));
        assertEquals(Optional.empty(), CaseNumbers.in("Sagsnr.: 14/"));
        assertEquals(Optional.empty(), CaseNumbers.in("Sag nr. 129"));
        assertFalse(CaseNumbers.bare("Beslutning"));
        assertTrue(Pattern.compile("(?iu)^" + CaseNumbers.LABEL + "$").matcher("Sags-ID").matches());
    }

    @Test
    void aSpanOfYearsInTextIsNoCaseNumber() {
        assertEquals(Optional.empty(), CaseNumbers.inText("budget 2020-2021"));
        Optional<MatchResult> m = CaseNumbers.inText("budget 2020-2021, sag 24-011578");
        assertEquals(Optional.of("24-011578"), m.map(r -> r.group(1)));
    }

    @Test
    void theMasksForDatesLeaveDatesAlone() {
        Pattern hyphenated = Pattern.compile(CaseNumbers.HYPHENATED_NOT_DATE);
        assertTrue(hyphenated.matcher("24-005394").matches());
        assertTrue(hyphenated.matcher("326-2021-16031").matches());
        assertFalse(hyphenated.matcher("2020-2021").matches());
        assertFalse(hyphenated.matcher("03-2024").matches());
        assertTrue(Pattern.compile(CaseNumbers.SLASHED_NOT_DATE).matcher("24/12345").matches());
        assertFalse(Pattern.compile(CaseNumbers.SLASHED_NOT_DATE).matcher("1/5").matches());
    }
}
