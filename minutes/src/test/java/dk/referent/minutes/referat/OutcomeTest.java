package dk.referent.minutes.referat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "Godkendt.|GODKENDT",
        "Indstillingen blev godkendt.|GODKENDT",
        "Godkendt som indstillet.|GODKENDT",
        "Godkendt med 23 stemmer for og 2 imod.|GODKENDT",
        "Godkendt med bemærkning om, at teksten opdateres.|GODKENDT_MED_BEMAERKNING",
        "Godkendt med den bemærkning at: Jette deltager.|GODKENDT_MED_BEMAERKNING",
        "Godkendt idet finansiering indenfor rammen undersøges.|GODKENDT_MED_BEMAERKNING",
        "Godkendt, dog således at datoen flyttes.|GODKENDT_MED_BEMAERKNING",
        "Anbefales.|ANBEFALES",
        "Anbefales over for Økonomiudvalget og Byrådet.|ANBEFALES",
        "Drøftet.|DROEFTET",
        "Sagen blev drøftet.|DROEFTET",
        "Taget til efterretning.|TAGET_TIL_EFTERRETNING",
        "Orienteringen blev taget til efterretning.|TAGET_TIL_EFTERRETNING",
        "Taget til orientering.|TAGET_TIL_EFTERRETNING",
        "Udsat.|UDSAT",
        "Sagen udsættes til næste møde.|UDSAT",
        "Forslaget blev forkastet med 2 stemmer for.|AFVIST",
        "Ikke godkendt.|AFVIST",
        "Direktionen bakker op om forslaget.|OTHER",
        "Intet.|OTHER",
    })
    void decisionOpeningGivesOutcome(String decision, Outcome expected) {
        assertEquals(expected, Outcome.of(decision));
    }

    @Test
    void noDecisionHasNoOutcome() {
        assertNull(Outcome.of(null));
        assertNull(Outcome.of("  "));
    }

    @Test
    void codesRoundTrip() {
        for (Outcome o : Outcome.values()) {
            assertEquals(o, Outcome.ofCode(o.code()));
        }
    }
}
