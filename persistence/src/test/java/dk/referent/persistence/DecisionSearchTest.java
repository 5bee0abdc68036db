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
}
