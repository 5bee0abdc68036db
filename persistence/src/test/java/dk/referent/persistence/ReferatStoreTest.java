package dk.referent.persistence;

import static dk.referent.persistence.jooq.Tables.AGENDA_ITEM;
import static dk.referent.persistence.jooq.Tables.AUDIT_LOG;
import static dk.referent.persistence.jooq.Tables.FOLLOW_UP;
import static dk.referent.persistence.jooq.Tables.MEETING;
import static dk.referent.persistence.jooq.Tables.PARTICIPANT;
import static dk.referent.persistence.jooq.Tables.PRIOR_TREATMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.minutes.referat.PriorTreatment;
import dk.referent.minutes.referat.Referat;
import dk.referent.persistence.IngestResult.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ingest against a real PostgreSQL (embedded, or the server in REFERENT_TEST_DB_URL). */
class ReferatStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T08:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    private TestDatabases.FreshDatabase fresh;
    private DSLContext db;
    private ReferatStore store;

    @BeforeEach
    void openDatabase() {
        fresh = TestDatabases.fresh();
        db = fresh.database().dsl();
        store = new ReferatStore(fresh.database(), new AuditLog(CLOCK), CLOCK);
    }

    @AfterEach
    void dropDatabase() {
        fresh.close();
    }

    private static Referater april29() {
        return Referater.meeting("Direktionen", "2024-04-29")
                .item(1, "Samarbejde med RUC", "24-005394", "Drøftet.")
                .closedItem(2, "Politik om fravær på grund af sygdom", "23-013363", "Fortroligt udkast om sygefravær")
                .itemWithPrior(3, "Kalundborg sprogskole", "23-001310", "Godkendt.",
                        new PriorTreatment("Direktionen", LocalDate.of(2024, 4, 15), "Udsat."));
    }

    @Test
    void anotherSpellingOfTheBodyIsTheSameMeeting() {
        Referater first = april29();
        Referater again = Referater.meeting("Direktion", "2024-04-29")
                .item(1, "Samarbejde med RUC", "24-005394", "Drøftet og godkendt.");
        store.ingest(first.build(), first.text(), "cli:test");

        IngestResult result = store.ingest(again.build(), again.text(), "cli:test");

        assertEquals(Status.UPDATED, result.status());
        assertEquals(1, db.fetchCount(MEETING));
        assertEquals("Direktionen", db.selectFrom(MEETING).fetchSingle().getBody());
        assertEquals(1, db.fetchCount(AGENDA_ITEM));

        Referater udvalg = Referater.meeting("Økonomiudvalget", "2024-05-06").item(1, "Budget 2025", "24-000100", "Godkendt.");
        Referater udvalgIndefinite = Referater.meeting("Økonomiudvalg", "2024-05-06").item(1, "Budget 2025", "24-000100", "Anbefalet.");
        store.ingest(udvalg.build(), udvalg.text(), "cli:test");
        assertEquals(Status.UPDATED, store.ingest(udvalgIndefinite.build(), udvalgIndefinite.text(), "cli:test").status());
        assertEquals(2, db.fetchCount(MEETING));
    }

    @Test
    void newReferatIsStoredWholly() {
        Referater r = april29();

        IngestResult result = store.ingest(r.build(), r.text(), "cli:test");

        assertEquals(Status.NEW, result.status());
        assertEquals(1, db.fetchCount(MEETING));
        assertEquals(3, db.fetchCount(AGENDA_ITEM));
        assertEquals(2, db.fetchCount(PARTICIPANT));
        assertEquals(1, db.fetchCount(PRIOR_TREATMENT));
        var meeting = db.selectFrom(MEETING).fetchSingle();
        assertEquals("Direktionen", meeting.getBody());
        assertEquals(LocalDate.of(2024, 4, 29), meeting.getMeetingDate());
        assertEquals("cli:test", meeting.getIngestedBy());
        assertEquals(OffsetDateTime.now(CLOCK).toInstant(), meeting.getIngestedAt().toInstant());
        assertEquals(List.of("ingest.new"), db.select(AUDIT_LOG.ACTION).from(AUDIT_LOG).fetch(AUDIT_LOG.ACTION));
    }

    @Test
    void sameTextAgainChangesNothing() {
        Referater r = april29();
        store.ingest(r.build(), r.text(), "cli:test");
        List<Long> itemIds = db.select(AGENDA_ITEM.ID).from(AGENDA_ITEM).orderBy(AGENDA_ITEM.ID).fetch(AGENDA_ITEM.ID);

        IngestResult again = store.ingest(r.build(), r.text(), "cli:other");

        assertEquals(Status.UNCHANGED, again.status());
        assertEquals(itemIds, db.select(AGENDA_ITEM.ID).from(AGENDA_ITEM).orderBy(AGENDA_ITEM.ID).fetch(AGENDA_ITEM.ID));
        assertEquals(1, db.selectFrom(MEETING).fetchSingle().getVersion());
        assertEquals("cli:test", db.selectFrom(MEETING).fetchSingle().getIngestedBy());
        assertEquals(1, db.fetchCount(AUDIT_LOG));
    }

    @Test
    void correctedReferatReplacesItemsAndAuditsThePreviousVersion() {
        Referater first = april29();
        store.ingest(first.build(), first.text(), "cli:test");
        Referater corrected = Referater.meeting("Direktionen", "2024-04-29")
                .item(1, "Samarbejde med RUC", "24-005394", "Drøftet. RUC inviteres igen i efteråret.")
                .item(4, "Eventuelt", null, "Intet.");

        IngestResult result = store.ingest(corrected.build(), corrected.text(), "cli:secretary");

        assertEquals(Status.UPDATED, result.status());
        assertEquals(2, result.version());
        assertEquals(List.of(1, 4), db.select(AGENDA_ITEM.NUMBER).from(AGENDA_ITEM).orderBy(AGENDA_ITEM.NUMBER).fetch(AGENDA_ITEM.NUMBER));
        assertEquals("Drøftet. RUC inviteres igen i efteråret.",
                db.select(AGENDA_ITEM.DECISION).from(AGENDA_ITEM).where(AGENDA_ITEM.NUMBER.eq(1)).fetchSingle(AGENDA_ITEM.DECISION));
        assertEquals(0, db.fetchCount(PRIOR_TREATMENT), "the removed item's treatments go with it");
        var audit = db.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("ingest.updated")).fetchSingle();
        assertEquals("cli:secretary", audit.getActor());
        String previous = audit.getDetails().data();
        assertTrue(previous.contains("\"previousVersion\": 1"), previous);
        assertTrue(previous.contains("Kalundborg sprogskole"), "the previous items are kept in the audit log");
    }

    @Test
    void decidedFollowUpsSurviveACorrectionWhileTheirItemExists() {
        Referater first = april29();
        IngestResult stored = store.ingest(first.build(), first.text(), "cli:test");
        long kept = followUp(stored.meetingId(), 3, "23-001310", "Kalundborg sprogskole", "confirmed");
        long dropped = followUp(stored.meetingId(), 1, "24-005394", "Samarbejde med RUC", "confirmed");
        long proposal = followUp(stored.meetingId(), 3, "23-001310", "Kalundborg sprogskole", "proposed");
        Referater corrected = Referater.meeting("Direktionen", "2024-04-29")
                .item(2, "Samarbejde med RUC (flyttet)", "24-005394", "Drøftet.")
                .item(3, "Kalundborg sprogskole", "23-001310", "Godkendt med bemærkning.");

        store.ingest(corrected.build(), corrected.text(), "cli:test");

        List<Long> remaining = db.select(FOLLOW_UP.ID).from(FOLLOW_UP).fetch(FOLLOW_UP.ID);
        assertEquals(List.of(kept), remaining, "kept " + kept + ", dropped " + dropped + " and proposal " + proposal);
        Long itemId = db.select(AGENDA_ITEM.ID).from(AGENDA_ITEM).where(AGENDA_ITEM.NUMBER.eq(3)).fetchSingle(AGENDA_ITEM.ID);
        assertEquals(itemId, db.select(FOLLOW_UP.ITEM_ID).from(FOLLOW_UP).fetchSingle(FOLLOW_UP.ITEM_ID));
        assertEquals(1, db.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("followup.dropped")));
    }

    @Test
    void aFailureHalfwayLeavesTheDatabaseAsItWas() {
        Referater first = april29();
        store.ingest(first.build(), first.text(), "cli:test");
        Referater broken = Referater.meeting("Direktionen", "2024-04-29")
                .item(1, "Samarbejde med RUC", "24-005394", "Ny tekst.")
                .item(1, "Samme nummer igen", null, "Godkendt.");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.ingest(broken.build(), broken.text(), "cli:test"));

        assertTrue(e.getMessage().contains("same number"), e.getMessage());
        assertEquals(3, db.fetchCount(AGENDA_ITEM));
        assertEquals("Drøftet.", db.select(AGENDA_ITEM.DECISION).from(AGENDA_ITEM).where(AGENDA_ITEM.NUMBER.eq(1)).fetchSingle(AGENDA_ITEM.DECISION));
        assertEquals(1, db.selectFrom(MEETING).fetchSingle().getVersion());
        assertEquals(1, db.fetchCount(AUDIT_LOG));
    }

    @Test
    void aFailedNewReferatLeavesNoMeetingBehind() {
        Referater broken = Referater.meeting("Økonomiudvalget", "2024-05-06")
                .item(1, "Budget", null, "Anbefales.")
                .item(1, "Budget igen", null, "Anbefales.");

        assertThrows(IllegalArgumentException.class, () -> store.ingest(broken.build(), broken.text(), "cli:test"));

        assertEquals(0, db.fetchCount(MEETING));
        assertEquals(0, db.fetchCount(AUDIT_LOG));
    }

    @Test
    void theAuditLogRefusesUpdatesDeletesAndTruncation() {
        Referater r = april29();
        store.ingest(r.build(), r.text(), "cli:test");

        assertThrows(DataAccessException.class, () -> db.update(AUDIT_LOG).set(AUDIT_LOG.ACTOR, "someone else").execute());
        assertThrows(DataAccessException.class, () -> db.deleteFrom(AUDIT_LOG).execute());
        assertThrows(DataAccessException.class, () -> db.truncate(AUDIT_LOG).execute());
        assertEquals("cli:test", db.select(AUDIT_LOG.ACTOR).from(AUDIT_LOG).fetchSingle(AUDIT_LOG.ACTOR));
    }

    @Test
    void searchColumnsAreFilledWithDanishStemsAndClosedContentOnlyForTheAuthorised() {
        Referater r = april29();
        store.ingest(r.build(), r.text(), "cli:test");

        assertEquals(List.of(3), matches("search", "sprogskolen"), "Danish stemming: sprogskolen ~ sprogskole");
        assertEquals(List.of(2), matches("search", "sygdom"), "a closed item's title is public");
        assertEquals(List.of(), matches("search", "fortroligt"), "a closed item's content is not");
        assertEquals(List.of(2), matches("search_authorised", "fortroligt"));
        assertEquals(List.of(3), db.select(AGENDA_ITEM.NUMBER).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.CASE_NUMBER.eq("23-001310")).fetch(AGENDA_ITEM.NUMBER));
        assertTrue(db.fetchValue(DSL.field("(SELECT word_similarity('sprogskole', title) FROM agenda_item WHERE number = 3)",
                Double.class)) > 0.9, "pg_trgm is installed");
    }

    @Test
    void twoConcurrentIngestsOfTheSameMeetingStoreItOnce() throws Exception {
        Referater r = april29();
        Referat referat = r.build();
        String text = r.text();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<IngestResult>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return store.ingest(referat, text, "cli:test");
                }));
            }
            start.countDown();
            List<Status> statuses = new ArrayList<>();
            for (Future<IngestResult> f : results) {
                statuses.add(f.get(60, TimeUnit.SECONDS).status());
            }
            assertTrue(statuses.containsAll(List.of(Status.NEW, Status.UNCHANGED)), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, db.fetchCount(MEETING));
        assertEquals(3, db.fetchCount(AGENDA_ITEM));
    }

    @Test
    void concurrentCorrectionsOfOneMeetingLeaveOneConsistentVersion() throws Exception {
        Referater a = april29();
        Referater b = Referater.meeting("Direktionen", "2024-04-29").item(1, "Samarbejde med RUC", "24-005394", "Godkendt.");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<IngestResult> fa = pool.submit(() -> {
                start.await();
                return store.ingest(a.build(), a.text(), "cli:a");
            });
            Future<IngestResult> fb = pool.submit(() -> {
                start.await();
                return store.ingest(b.build(), b.text(), "cli:b");
            });
            start.countDown();
            List<Status> statuses = List.of(fa.get(60, TimeUnit.SECONDS).status(), fb.get(60, TimeUnit.SECONDS).status());
            assertTrue(statuses.containsAll(List.of(Status.NEW, Status.UPDATED)), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        int items = db.fetchCount(AGENDA_ITEM);
        assertTrue(items == 1 || items == 3, "one whole version, not a mix: " + items);
        assertEquals(2, db.selectFrom(MEETING).fetchSingle().getVersion());
    }

    private long followUp(long meetingId, int item, String caseNumber, String title, String status) {
        return db.insertInto(FOLLOW_UP)
                .set(FOLLOW_UP.MEETING_ID, meetingId)
                .set(FOLLOW_UP.ITEM_NUMBER, item)
                .set(FOLLOW_UP.ITEM_CASE, caseNumber)
                .set(FOLLOW_UP.ITEM_TITLE, title)
                .set(FOLLOW_UP.KIND, "deadline")
                .set(FOLLOW_UP.DUE_DATE, LocalDate.of(2024, 6, 7))
                .set(FOLLOW_UP.EVIDENCE, "Fristen er den 7. juni 2024.")
                .set(FOLLOW_UP.STATUS, status)
                .set(FOLLOW_UP.CREATED_AT, OffsetDateTime.now(CLOCK))
                .returning(FOLLOW_UP.ID).fetchSingle(FOLLOW_UP.ID);
    }

    private List<Integer> matches(String column, String word) {
        return db.select(AGENDA_ITEM.NUMBER).from(AGENDA_ITEM)
                .where(DSL.condition(column + " @@ plainto_tsquery('danish', {0})", word))
                .orderBy(AGENDA_ITEM.NUMBER).fetch(AGENDA_ITEM.NUMBER);
    }
}
