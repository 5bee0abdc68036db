package dk.referent.minutes.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.minutes.question.Question.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QuestionParserTest {

    private final QuestionParser parser = new QuestionParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hvad blev besluttet om sprogskolen?|sprogskolen",
        "hvad skete der med klyngen i Næstved|klyngen",
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
        Question q = parser.parse("What was decided on the job centre?");
        assertEquals(Language.ENGLISH, q.language());
        assertEquals(List.of("jobcenter"), q.words());
        assertTrue(q.related().contains("jobcentret"));
    }

    @Test
    void compoundsAndWordsWrittenApartAddTheirOtherForms() {
        Question q = parser.parse("Hvad blev besluttet om sygefraværet?");
        assertTrue(q.related().containsAll(List.of("syge", "fravær")), q.related().toString());
        Question apart = parser.parse("Hvad kom der ud af temadrøftelsen om kommune planlægning?");
        assertTrue(apart.related().contains("kommuneplanlægning"), apart.related().toString());
    }

    @Test
    void whenATopicWasTreatedIsAskedOfItsMeetings() {
        Question q = parser.parse("Hvornår blev sprogskolen behandlet?", java.time.LocalDate.of(2024, 5, 1));
        assertEquals(Question.Kind.WHEN_TREATED, q.kind());
        assertEquals(List.of("sprogskolen"), q.words());
        assertEquals(Question.Kind.PLACE, parser.parse("Hvornår sluttede mødet i Økonomiudvalget 3. maj 2024?",
                java.time.LocalDate.of(2024, 5, 1)).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hvornår blev mødet i Økonomiudvalget den 3. maj 2024 hævet?", "When was the finance committee's meeting on 3 May 2024 adjourned?"})
    void whenAMeetingWasAdjournedIsAskedOfTheMeetingHoweverLongItsName(String question) {
        assertEquals(Question.Kind.PLACE, parser.parse(question, java.time.LocalDate.of(2024, 5, 1)).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Where and when did the Anholt contact committee meet in May 2013?", "Hvor og hvornår blev Kontaktudvalget holdt i maj 2013?"})
    void whereAndWhenIsAskedOfTheMeeting(String question) {
        assertEquals(Question.Kind.PLACE, parser.parse(question, java.time.LocalDate.of(2024, 5, 1)).kind());
    }

    @Test
    void aMunicipalityNamedSaysWhereNotWhat() {
        Question q = parser.parse("Hvad besluttede byrådet i Hvidovre om borgerrådgiveren?");
        assertEquals(false, q.words().contains("hvidovre"));
        assertTrue(q.related().contains("hvidovre"), q.related().toString());
    }

    @Test
    void caseNumbersOfEverySystemAreFoundButNotSpansOfYears() {
        assertEquals(Optional.of("00.01.00A30-0083"), parser.parse("Hvad blev besluttet i sag 00.01.00A30-0083?").caseNumber());
        assertEquals(Optional.of("2015-000452"), parser.parse("sag 2015-000452").caseNumber());
        assertEquals(Optional.of("EMN-2025-008308"), parser.parse("hvad skete der i EMN-2025-008308").caseNumber());
        assertEquals(Optional.empty(), parser.parse("budget 2020-2021").caseNumber());
    }

    @Test
    void aCaseNumberOfAYearAndASerialIsTheCaseNotAYear() {
        // the pattern of the minutes' case numbers (CaseNumbers) is the questions' pattern too
        assertEquals(Optional.of("2012-31673"), parser.parse("sag 2012-31673").caseNumber());
        Question q = parser.parse("Hvad blev besluttet i sag 2012-31673?", java.time.LocalDate.of(2024, 11, 22));
        assertEquals(Optional.of("2012-31673"), q.caseNumber());
        assertEquals(Optional.empty(), q.from());
        assertEquals(List.of(), q.words());
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

    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 22);

    @Test
    void aPeriodInADecisionQuestionConstrainsItAndIsNotSearchedFor() {
        Question q = parser.parse("Hvad blev besluttet om sprogskolen i april 2024?", TODAY);
        assertEquals(Question.Kind.DECISION, q.kind());
        assertEquals(Optional.of(java.time.LocalDate.of(2024, 4, 1)), q.from());
        assertEquals(Optional.of(java.time.LocalDate.of(2024, 4, 30)), q.to());
        assertEquals(List.of("sprogskolen"), q.topicWords());
    }

    @Test
    void aBodyWhereItWasDecidedConstrainsTheQuestion() {
        Question q = parser.parse("Hvad blev besluttet i Økonomiudvalget om budgettet?", TODAY);
        assertEquals(Optional.of("Økonomiudvalget"), q.body());
        assertEquals(List.of("budgettet"), q.topicWords());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hvad blev besluttet om opfølgning på KB-mødet?",
        "Hvad besluttede direktionen om skolestrukturen?",
    })
    void aBodyThatIsPartOfTheTopicDoesNotConstrain(String question) {
        assertEquals(Optional.empty(), parser.parse(question, TODAY).body());
    }

    @Test
    void whatATeamLacksIsAFollowUpQuestionAboutThatTeam() {
        Question q = parser.parse("hvad mangler Team Ejendomme?", TODAY);
        assertEquals(Question.Kind.FOLLOW_UPS, q.kind());
        assertEquals(List.of("team", "ejendomme"), q.subjectWords());
    }

    @Test
    void deadlinesInAMonthWithoutAYearMeanTheComingMonth() {
        Question q = parser.parse("hvilke frister har vi i juni?", TODAY);
        assertEquals(Question.Kind.FOLLOW_UPS, q.kind());
        assertEquals(Optional.of(java.time.LocalDate.of(2027, 6, 1)), q.from());
        assertEquals(List.of(), q.subjectWords());
    }

    @Test
    void englishFollowUpQuestionsAreEnglish() {
        Question q = parser.parse("what deadlines do we have in June 2021?", TODAY);
        assertEquals(Question.Kind.FOLLOW_UPS, q.kind());
        assertEquals(Language.ENGLISH, q.language());
        assertEquals(Optional.of(java.time.LocalDate.of(2021, 6, 1)), q.from());
    }

    @Test
    void snowballStopWordsAndAskingVerbsAreNoTopic() {
        Question q = parser.parse("hvad blev der sagt om skolen, da de havde mødt borgerne?");
        assertTrue(q.words().contains("skolen"));
        assertTrue(q.words().stream().noneMatch(w -> List.of("sagt", "da", "de", "havde").contains(w)), q.words().toString());
    }

    @Test
    void wasItApprovedIsADecisionQuestionAboutTheDatedMeeting() {
        Question q = parser.parse("blev dagsordenen godkendt på udvalgsmødet 27. oktober 2025?", java.time.LocalDate.of(2026, 12, 2));
        assertEquals(Question.Kind.DECISION, q.kind());
        assertEquals(Optional.of(java.time.LocalDate.of(2025, 10, 27)), q.from());
        assertTrue(q.constraintWords().contains("udvalgsmødet"));
        assertTrue(q.topicWords().contains("dagsordenen"));
    }

    @Test
    void aMunicipalityWithASlipIsWhereNotWhat() {
        Question q = parser.parse("Brønderlev byråd: blev der godkendt nogen suppleanter?");
        assertTrue(q.related().contains("brønderlev"));
        assertTrue(!q.words().contains("brønderlev"));
    }

    @Test
    void aCommitteeInTheGenitiveIsItsBody() {
        Question q = parser.parse("Hvad skete der med valget på seniorudvalgets møde i januar 2021?", java.time.LocalDate.of(2026, 12, 2));
        assertEquals(Optional.of("Seniorudvalget"), q.body());
        assertTrue(q.constraintWords().contains("møde"));
    }

    @Test
    void councilsBoardsAndCommissionsAreBodiesByTheirCompound() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 2);
        assertEquals(Optional.of("Ældrerådet"), parser.parse("Hvor og hvornår mødtes Ældrerådet i Kolding i nov. 2016?", today).body());
        assertEquals(Optional.of("Skolebestyrelsen"), parser.parse("Hvem havde afbud til skolebestyrelsesmødet 17. juni 2025?", today).body());
        assertEquals(Optional.of("Beredskabskommissionen"),
                parser.parse("Hvor mødtes beredskabskommissionen den 11. november 2014?", today).body());
        assertEquals(Optional.of("Magistraten"), parser.parse("Hvem var fraværende fra Magistratens møde den 25. marts 2019?", today).body());
        // the first part of a compound written apart is the topic; the committee whose meeting it was is the body
        assertEquals(Optional.of("Seniorudvalget"),
                parser.parse("Hvad skete der med ældreråds valget på seniorudvalgets møde i Slagelse i januar 2021?", today).body());
        // advice is no body
        assertEquals(Optional.empty(), parser.parse("Hvor blev der givet råd om ventelister?", today).body());
    }

    @Test
    void anEnglishWordOutsideTheGlossaryIsTranslatedByTheDictionaryInAnyInflection() {
        Question q = parser.parse("What did the council decide about cameras?");
        assertTrue(q.words().contains("kamera"), q.words().toString());
    }

    @Test
    void twoEnglishWordsThatAreOneDanishCompoundAddIt() {
        Question q = parser.parse("Why was the elderly council election postponed?");
        assertTrue(q.related().contains("ældreråd"), q.related().toString());
        assertTrue(q.words().contains("udsætte"), q.words().toString());
    }

    @Test
    void aNameInTheOldSpellingAlsoSearchesTheNew() {
        Question q = parser.parse("hvad besluttede KB om at Lars Nørgård ville stoppe?");
        assertTrue(q.related().contains("nørgaard"), q.related().toString());
    }
}
