package dk.referent.minutes.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Danish morphology from the Hunspell dictionary: compounds split, words written apart joined, lemmas. */
class DanishWordsTest {

    private static DanishWords danish;

    @BeforeAll
    static void load() {
        danish = DanishWords.load();
    }

    @Test
    void compoundsSplitIntoTheirParts() {
        assertEquals(List.of("syge", "fravær"), danish.parts("sygefravær"));
        assertEquals(List.of("cykel", "film"), danish.parts("cykelfilmen"));
        assertEquals(List.of("lufthavn", "tilskud"), danish.parts("lufthavnstilskuddet"), "a linking -s- and an inflected head");
    }

    @Test
    void aWordThatIsNoCompoundStaysWhole() {
        assertEquals(List.of(), danish.parts("skolen"));
        assertEquals(List.of(), danish.parts("herning"));
    }

    @Test
    void aNameWrittenApartFromTheWordAfterItIsJoined() {
        assertEquals(List.of("sønderkærskolen"), danish.joined("Sønderkær", "skolen"));
    }

    @Test
    void twoKnownWordsAreJoinedOnlyWhenTheCompoundIsAWord() {
        assertTrue(danish.compounds("ældre", "råd").contains("ældreråd"));
        assertEquals(List.of(), danish.compounds("kamera", "udsætte"));
    }

    @Test
    void wordsWrittenApartAreJoined() {
        assertEquals(List.of("kommuneplanlægning"), danish.joined("kommune", "planlægning"));
        assertTrue(danish.joined("spørge", "tiden").contains("spørgetiden"));
        assertEquals(List.of(), danish.joined("godkendt", "dagsorden"));
    }

    @Test
    void lemmas() {
        assertEquals(List.of("skole"), danish.lemmas("skolen"));
    }
}
