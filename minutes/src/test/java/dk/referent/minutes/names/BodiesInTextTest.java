package dk.referent.minutes.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The names of bodies as text, questions and minutes write them: until the move, tested only through the parsers. */
class BodiesInTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "KB, Kommunalbestyrelsen",
        "øu, Økonomiudvalget",
        "' HU ', Hovedudvalget",
        "udvalget, Udvalget",
        "Byrådet, Byrådet",
        "Teknik- og Miljøudvalget, Teknik- og Miljøudvalget",
    })
    void theDefiniteFormOfABodyInText(String name, String definite) {
        assertEquals(definite, Bodies.definite(name));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "økonomiudvalgs, Økonomiudvalget",
        "byråds, Byrådet",
        "direktions, Direktionen",
        "kommunalbestyrelses, Kommunalbestyrelsen",
        "styregruppe, Styregruppen",
        "KB-, Kommunalbestyrelsen",
        "'ØU- ', Økonomiudvalget",
        "hu, Hovedudvalget",
        "teknikudvalgs, Teknikudvalget",
        "Børne- og Ungeudvalgs, Børne- og ungeudvalget",
    })
    void theBodyFromTheFirstPartOfACompound(String stem, String body) {
        assertEquals(body, Bodies.fromStem(stem));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "direktionsmødet, Direktionen",
        "executive board, Direktionen",
        "byrådets, Byrådet",
        "city council, Byrådet",
        "KB, Kommunalbestyrelsen",
        "municipal council, Kommunalbestyrelsen",
        "ØU, Økonomiudvalget",
        "finance committee, Økonomiudvalget",
        "teknikudvalgsmødet, Teknikudvalget",
        "børneudvalgets, Børneudvalget",
        "skoleudvalget, Skoleudvalget",
    })
    void theBodyAQuestionNames(String word, String body) {
        assertEquals(body, Bodies.fromQuestion(word));
    }

    @Test
    void aBodyOfSeveralWordsIsAbbreviatedByTheInitialsOfItsParts() {
        assertTrue(Bodies.abbreviations("Børne- og Skoleudvalget").contains("bsu"), Bodies.abbreviations("Børne- og Skoleudvalget").toString());
        assertTrue(Bodies.abbreviations("Udvalget for Klima og Miljø").contains("ukm"));
        // first letters only of a one-word name: "BØ" is no one's abbreviation
        assertFalse(Bodies.abbreviations("Børne- og Skoleudvalget").contains("bø"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Direktionens, Direktionen",
        "BYRÅDET, Byrådet",
        "Økonomiudvalgets, Økonomiudvalget",
        "Ekstraordinært møde i Økonomiudvalget, Økonomiudvalget",
        "Kildemose Kommune Byrådet, Byrådet",
        "Kommunalbestyrelsen 2018-21, Kommunalbestyrelsen",
        "BØRNE- OG SKOLEUDVALGET, Børne- og Skoleudvalget",
    })
    void theNameMinutesPrintIsTheBodysName(String printed, String name) {
        assertEquals(name, Bodies.canonical(printed));
    }

    @Test
    void aNameIsNothingButTheBody() {
        assertTrue(Bodies.isName("Økonomiudvalget"));
        assertTrue(Bodies.isName("Børne- og Skoleudvalgets"));
        assertTrue(Bodies.isName("Udvalget for Klima og Miljø"));
        assertFalse(Bodies.isName("Opfølgning på Kommunalbestyrelsesmødet"));
        assertFalse(Bodies.isName("Byrådssalen"));
        assertTrue(Bodies.isName("Herning Byråd"));
        assertTrue(Bodies.isName("Midlertidigt udvalg"));
        assertFalse(Bodies.isName("Godkendelse dagens Kommunalbestyrelsen"), "running text with its small words taken out");
        assertTrue(Bodies.namesBody("Opfølgning på Kommunalbestyrelsesmødet"));
        assertFalse(Bodies.namesBody("Mødelokale 2"));
    }

    @Test
    void theMunicipalityAndTheElectionPeriodAreNotTheName() {
        assertEquals("Økonomiudvalget", Bodies.withoutMunicipality("REBILD KOMMUNE Økonomiudvalget"));
        assertEquals("Forebyggelses- og Seniorudvalget", Bodies.withoutPeriod("Forebyggelses- og Seniorudvalget (2018-2021)"));
    }
}
