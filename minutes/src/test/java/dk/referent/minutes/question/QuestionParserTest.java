package dk.referent.minutes.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.minutes.question.Question.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuestionParserTest {

    private final QuestionParser parser = new QuestionParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hvad blev besluttet om sprogskolen?|sprogskolen",
        "hvad skete der med klyngen i Næstved|klyngen næstved",
        "Hvad besluttede direktionen om skolestrukturen?|skolestrukturen",
        "beskæftigelsesplan|beskæftigelsesplan",
        "Hvilke beslutninger blev truffet om kantinen?|kantinen",
    })
    void danishTemplatesAreStrippedAndContentWordsKept(String question, String words) {
        Question q = parser.parse(question);
        assertEquals(List.of(words.split(" ")), q.words());
        assertEquals(Language.DANISH, q.language());
    }

    @Test
    void englishQuestionsAreSearchedInDanish() {
        Question q = parser.parse("What was decided on the language school?");
        assertEquals(Language.ENGLISH, q.language());
        assertEquals(List.of("sprogskole"), q.words());
        assertTrue(q.related().contains("sprogskolen"));
    }

    @Test
    void aCaseNumberIsFound() {
        Question q = parser.parse("sag 22-014343");
        assertEquals(Optional.of("22-014343"), q.caseNumber());
        assertEquals(List.of(), q.words());
    }

    @Test
    void abbreviationsBringTheirLongForm() {
        Question q = parser.parse("Hvad blev besluttet på KB-mødet om budgettet?");
        assertTrue(q.related().contains("kommunalbestyrelsesmødet"), q.related().toString());
    }

    @Test
    void onlyATemplateIsAnEmptyQuestion() {
        assertTrue(parser.parse("Hvad blev besluttet om?").empty());
    }
}
