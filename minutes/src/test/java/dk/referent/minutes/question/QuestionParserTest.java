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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hvem deltog i direktionsmødet den 22. november 2021?|ATTENDANCE|2021-11-22",
        "Hvem var fraværende på mødet i marts 2023?|ABSENCE|2023-03-01",
        "Hvor blev mødet holdt den 3. maj 2021?|PLACE|2021-05-03",
        "Hvad var på dagsordenen den 29. april 2024?|AGENDA|2024-04-29",
        "Hvilke punkter var lukkede på mødet den 29. april 2024?|CLOSED_ITEMS|2024-04-29",
        "Who attended the meeting on 3 May 2021?|ATTENDANCE|2021-05-03",
    })
    void meetingQuestionsAreKnownWithTheirDate(String question, Question.Kind kind, String from) {
        Question q = parser.parse(question, java.time.LocalDate.of(2024, 11, 22));
        assertEquals(kind, q.kind());
        assertEquals(Optional.of(java.time.LocalDate.parse(from)), q.from());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fravær på grund af sygdom", "Hvad blev besluttet om dagsordenen for ledermødet?", "lukning af skoler"})
    void topicsThatSoundLikeMeetingWordsStayDecisionQuestions(String question) {
        assertEquals(Question.Kind.DECISION, parser.parse(question, java.time.LocalDate.of(2024, 11, 22)).kind());
    }

    @Test
    void aBodyIsNamed() {
        assertEquals(Optional.of("Kommunalbestyrelsen"), parser.parse("Hvem deltog i KB-mødet?", java.time.LocalDate.of(2024, 11, 22)).body());
    }
}
