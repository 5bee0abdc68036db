package dk.referent.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.minutes.question.QuestionParser;
import dk.referent.persistence.DecisionSearch.Hit;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers to decision questions from a real PostgreSQL with Danish full-text search. */
class DecisionSearchTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T08:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    private TestDatabases.FreshDatabase fresh;
    private DecisionSearch search;
    private final QuestionParser questions = new QuestionParser();

    @BeforeEach
    void storeMinutes() {
        fresh = TestDatabases.fresh();
        ReferatStore store = new ReferatStore(fresh.database(), new AuditLog(CLOCK), CLOCK);
        Referater april = Referater.meeting("Direktionen", "2024-04-29")
                .item(1, "Udvikling af Kalundborg sprogskole", "23-001310", "Taget til efterretning.")
                .closedItem(2, "Personalesag i Center for Teknik", "24-000002", "Fortrolig afskedigelse af medarbejder X")
                .item(3, "Udbudsanalyse", "22-014343", "Direktionen ønsker en ny vurdering.");
        Referater march = Referater.meeting("Direktionen", "2024-03-11")
                .item(4, "Sygefravær i 1. kvartal", "24-004410", "Drøftet.");
        store.ingest(april.build(), april.text(), "test");
        store.ingest(march.build(), march.text(), "test");
        search = new DecisionSearch(fresh.database());
    }

    @AfterEach
    void drop() {
        fresh.close();
    }

    private List<Hit> ask(String question, boolean authorised) {
        return search.search(questions.parse(question), authorised, 5);
    }

    @Test
    void anInflectedDanishWordFindsTheDecision() {
        Hit best = ask("Hvad blev besluttet om sprogskolen?", false).get(0);
        assertEquals(1, best.number());
        assertEquals("Taget til efterretning.", best.decision());
    }

    @Test
    void aSpellingSlipStillFindsTheTitle() {
        assertEquals(1, ask("sprogscole", false).get(0).number());
    }

    @Test
    void aSlipLearntByOneQuestionIsFoundAgainByTheNext() {
        // the second question reuses what the first learnt of the word's slips, and must get the same answer
        assertEquals(1, ask("Hvad blev besluttet om sprogscole?", false).get(0).number());
        assertEquals(1, ask("sprogscole", false).get(0).number());
        assertEquals(1, ask("sprogscole i april", false).get(0).number());
    }

    @Test
    void ofManyEquallyGoodItemsTheNewestFiveAnswer() {
        // seven meetings, one title: the scores tie, and the newest meetings come first whatever order they were stored in
        for (String date : List.of("2023-05-01", "2023-01-09", "2023-09-04", "2022-11-07", "2023-03-06", "2023-07-03", "2022-09-05")) {
            store(Referater.meeting("Direktionen", date).item(7, "Kvartalsvis likviditetsoversigt", null, "Taget til efterretning."));
        }
        assertEquals(List.of("2023-09-04", "2023-07-03", "2023-05-01", "2023-03-06", "2023-01-09"),
                ask("likviditetsoversigt", false).stream().map(h -> h.date().toString()).toList());
    }

    @Test
    void aCaseNumberFindsItsItem() {
        assertEquals(List.of(3), ask("sag 22-014343", false).stream().map(Hit::number).toList());
    }

    @Test
    void anUnrelatedQuestionFindsNothing() {
        assertEquals(List.of(), ask("Hvad blev besluttet om havneudvidelsen?", false));
    }

    @Test
    void closedContentIsNeverFoundOrShownWithoutAuthorisation() {
        assertEquals(List.of(), ask("afskedigelse", false), "content words of a closed item find nothing");
        Hit byTitle = ask("personalesag", false).get(0);
        assertTrue(byTitle.closed());
        assertNull(byTitle.decision());
        assertEquals(2, ask("afskedigelse", true).get(0).number(), "the authorised may search the content");
    }

    private void store(Referater minutes) {
        new ReferatStore(fresh.database(), new AuditLog(CLOCK), CLOCK).ingest(minutes.build(), minutes.text(), "test");
    }

    @Test
    void aPeriodInTheQuestionPicksTheTreatmentOfThatPeriod() {
        store(Referater.meeting("Direktionen", "2023-06-12").item(5, "Udvikling af Kalundborg sprogskole", "23-001310", "Godkendt."));
        Hit best = search.search(questions.parse("Hvad blev besluttet om sprogskolen i juni 2023?", CLOCK.instant()
                .atZone(CLOCK.getZone()).toLocalDate()), false, 5).get(0);
        assertEquals(java.time.LocalDate.of(2023, 6, 12), best.date());
        Hit latest = ask("Hvad blev besluttet om sprogskolen?", false).get(0);
        assertEquals(java.time.LocalDate.of(2024, 4, 29), latest.date(), "without a period the newest treatment comes first");
    }

    @Test
    void aBodyInTheQuestionPicksThatBodysDecision() {
        store(Referater.meeting("Økonomiudvalget", "2024-04-30").item(2, "Udbudsanalyse", "22-014343", "Anbefales."));
        Hit best = search.search(questions.parse("Hvad blev besluttet i Økonomiudvalget om udbudsanalysen?", java.time.LocalDate.of(2024, 5, 1)),
                false, 5).get(0);
        assertEquals("Økonomiudvalget", best.body());
    }

    @Test
    void aBodyAbbreviatedAsItsMinutesDoFindsThatBodysDecision() {
        store(Referater.meeting("Teknik- og Miljøudvalget", "2024-04-22").item(7, "Udbudsanalyse", "22-014343", "Anbefales til Byrådet."));
        Hit best = ask("Hvad sagde TMU om udbudsanalysen?", false).get(0);
        assertEquals("Teknik- og Miljøudvalget", best.body());
    }

    @Test
    void theCouncilIsOneBodyHoweverItsMinutesNameIt() {
        store(Referater.meeting("Herning Byråd", "2024-04-23").item(8, "Udbudsanalyse", "22-014343", "Godkendt."));
        Hit best = search.search(questions.parse("Hvad blev besluttet om udbudsanalysen på byrådsmødet?", java.time.LocalDate.of(2024, 5, 1)),
                false, 5).get(0);
        assertEquals("Herning Byråd", best.body());
    }

    @Test
    void whenTheBodysPeriodHasNothingTheBodysOwnDecisionAtAnotherTimeComesBeforeAnotherBodys() {
        // "i 2023" names the topic's year here, not the meeting's: the body asked is kept before any other body
        store(Referater.meeting("Økonomiudvalget", "2022-11-14").item(3, "Politisk mødeplan 2023", null, "Godkendt."));
        store(Referater.meeting("Byrådet", "2023-09-25").item(9, "Politisk mødeplan 2024", null, "Godkendt."));
        Hit best = search.search(questions.parse("Hvad blev besluttet i Økonomiudvalget om mødeplanen i 2023?", java.time.LocalDate.of(2024, 5, 1)),
                false, 5).get(0);
        assertEquals("Økonomiudvalget", best.body());
        assertEquals(java.time.LocalDate.of(2022, 11, 14), best.date());
    }

    @Test
    void whenNothingMatchesThePeriodTheTopicIsAnsweredFromAnotherTimeAndSaysSo() {
        var q = questions.parse("Hvad blev besluttet om sprogskolen i 2019?", java.time.LocalDate.of(2024, 5, 1));
        Hit best = search.search(q, false, 5).get(0);
        assertEquals(1, best.number());
        assertTrue(!DecisionSearch.answersWithin(q, best));
    }

    @Test
    void aNewReferatIsAnsweredAtOnceDespiteTheAnswerCache() {
        assertEquals(List.of(), ask("Hvad blev besluttet om vejnavne?", false));
        store(Referater.meeting("Direktionen", "2024-04-30").item(1, "Nye vejnavne i Rørby", "24-000900", "Godkendt."));
        assertEquals("Nye vejnavne i Rørby", ask("Hvad blev besluttet om vejnavne?", false).get(0).title());
    }

    @Test
    void aCorrectedReferatReplacesItsItemsInTheAnswers() {
        assertEquals("Udbudsanalyse", ask("Hvad blev besluttet om udbudsanalysen?", false).get(0).title());
        store(Referater.meeting("Direktionen", "2024-04-29")
                .item(1, "Udvikling af Kalundborg sprogskole", "23-001310", "Taget til efterretning.")
                .item(3, "Analyse af vejbelysningen", "22-014343", "Direktionen ønsker en ny vurdering."));
        assertEquals(List.of(), ask("Hvad blev besluttet om udbudsanalysen?", false), "the item as first stored is gone");
        assertEquals("Analyse af vejbelysningen", ask("Hvad blev besluttet om vejbelysningen?", false).get(0).title());
    }

    @Test
    void aQuestionThatNamesTheMeetingIsAnsweredByTheItemSharingOneOfItsWords() {
        store(Referater.meeting("Økonomiudvalget", "2024-04-30")
                .item(1, "Godkendelse af dagsorden", "24-000970", "Dagsordenen blev godkendt. Venstre anmodede om afstemning om at åbne punkt 9.")
                .item(2, "Budgetopfølgning", "24-000971", "Anbefales."));
        String question = "hvordan gik afstemningen om at åbne sagen om vejene i kvarteret";
        assertEquals(List.of(), ask(question + "?", false), "anywhere, one shared word is a coincidence");
        Hit best = search.search(questions.parse("Økonomiudvalget 30. april 2024: " + question + "?", java.time.LocalDate.of(2024, 5, 1)),
                false, 5).get(0);
        assertEquals(1, best.number(), "in the meeting the question names, it is the answer");
    }

    @Test
    void aCompoundsGenericPartAloneIsNoAnswer() {
        store(Referater.meeting("Direktionen", "2024-04-30").item(6, "Stiforbindelse langs åen", "24-000950", "Godkendt."));
        assertEquals(List.of(), ask("Hvad blev besluttet om cykelstien?", false));
        assertEquals(6, ask("Hvad blev besluttet om stiforbindelsen?", false).get(0).number());
    }

    @Test
    void theTimelineOfACaseListsItsTreatmentsOldestFirst() {
        store(Referater.meeting("Direktionen", "2024-06-03").itemWithPrior(2, "Udbudsanalyse - opfølgning", "22-014343", "Godkendt.",
                new dk.referent.minutes.referat.PriorTreatment("Direktionen", java.time.LocalDate.of(2024, 1, 15), "Drøftet første gang.")));
        List<DecisionSearch.Treatment> timeline = search.timeline("22-014343", false);
        assertEquals(List.of("2024-01-15", "2024-04-29", "2024-06-03"), timeline.stream().map(t -> t.date().toString()).toList());
        assertEquals("Drøftet første gang.", timeline.get(0).text());
    }

    @Test
    void theTimelineOfAClosedCaseShowsNoContentWithoutAuthorisation() {
        store(Referater.meeting("Direktionen", "2024-06-03").closedItem(7, "Personalesag i Center for Teknik", "24-000002",
                "Fortrolig opfølgning på afskedigelsen"));
        assertTrue(search.timeline("24-000002", false).stream().allMatch(t -> t.text() == null && t.closed()));
    }

    @Test
    void nothingFoundSuggestsNearbyTitlesButNoAnswer() {
        assertEquals(List.of(), ask("sprogskolerne i Holbæk", false).stream().filter(h -> !h.title().contains("sprogskole")).toList());
        assertEquals(List.of("Udbudsanalyse"), search.nearbyTopics(questions.parse("udbudsanalyserne"), 3));
        assertEquals(List.of(), search.nearbyTopics(questions.parse("skatepark"), 3));
    }
}
