package dk.referent.minutes.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** English words in Danish from FreeDict's dictionaries, found also when inflected. */
class EnglishWordsTest {

    private final EnglishWords english = EnglishWords.load();

    @Test
    void aWordIsFoundByItsDictionaryForm() {
        assertTrue(english.danish("cameras").contains("kamera"));
        assertTrue(english.danish("postponed").contains("udsætte"));
        assertTrue(english.danish("airport").contains("lufthavn"));
    }

    @Test
    void aWordTheDictionaryDoesNotKnowHasNoTranslation() {
        assertEquals(List.of(), english.danish("randorff"));
    }

    @Test
    void formsTryTheLiteralWordFirst() {
        assertEquals("planned", EnglishWords.forms("planned").get(0));
        assertTrue(EnglishWords.forms("planned").contains("plan"));
        assertTrue(EnglishWords.forms("responsibilities").contains("responsibility"));
    }
}
