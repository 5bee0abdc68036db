package dk.referent.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.persistence.AuditLog;
import dk.referent.persistence.MutableClock;
import dk.referent.persistence.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The decisions' publication through the outbox: staged with the referat, sent once, retried on 429/5xx, never doubled. */
class PublicationOutboxTest {

    private static final String CHANNEL = "C0DECIDE1";
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-13T07:00:00Z"), SchedulerSettings.COPENHAGEN);
    private TestDatabases.FreshDatabase fresh;
    private long meeting;

    @BeforeEach
    void outbox() {
        fresh = TestDatabases.fresh();
        meeting = ((Number) fresh.database().dsl().fetchValue("INSERT INTO meeting (body, meeting_date, source_name, content_hash,"
                + " ingested_at, ingested_by) VALUES ('Direktionen', DATE '2024-05-13', 'test.md', 'x', now(), 'test') RETURNING id"))
                .longValue();
    }

    @AfterEach
    void drop() {
        fresh.close();
    }

    private PublicationOutbox outbox(ChatDelivery chat) {
        return new PublicationOutbox(fresh.database(), chat, new AuditLog(clock), clock);
    }

    private void stage(PublicationOutbox outbox, String text) {
        fresh.database().dsl().transaction(cfg -> outbox.stage(cfg.dsl(), meeting, CHANNEL, text, "slack:U0SECRET1"));
    }

    private String status() {
        return fresh.database().dsl().fetchValue("SELECT status FROM publication WHERE meeting_id = ?", meeting).toString();
    }

    @Test
    void aPublicationIsSentOnceAndStagingItAgainSendsNothing() {
        Reminders.RecordingChat chat = new Reminders.RecordingChat();
        PublicationOutbox outbox = outbox(chat);
        stage(outbox, "Beslutninger fra Direktionen");
        assertInstanceOf(PublicationOutbox.Outcome.Sent.class, outbox.deliver(meeting, CHANNEL));

        stage(outbox, "Beslutninger fra Direktionen");
        assertInstanceOf(PublicationOutbox.Outcome.AlreadySent.class, outbox.deliver(meeting, CHANNEL));
        assertEquals(0, outbox.dispatchOnce());

        assertEquals(List.of(CHANNEL + ": Beslutninger fra Direktionen"), chat.sent);
        assertEquals(1, fresh.database().dsl().fetchCount(fresh.database().dsl().selectFrom("publication")));
    }

    @Test
    void aCorrectedReferatsNewTextIsPublishedAgain() {
        Reminders.RecordingChat chat = new Reminders.RecordingChat();
        PublicationOutbox outbox = outbox(chat);
        stage(outbox, "Beslutninger fra Direktionen");
        outbox.deliver(meeting, CHANNEL);
        stage(outbox, "Beslutninger fra Direktionen (rettet)");
        assertInstanceOf(PublicationOutbox.Outcome.Sent.class, outbox.deliver(meeting, CHANNEL));
        assertEquals(2, chat.sent.size());
    }

    @Test
    void anOutageIsRetriedAndTheDecisionsArriveExactlyOnceAfterThreeServerErrors() {
        Reminders.RecordingChat chat = new Reminders.RecordingChat().answering(DeliveryResult.retry(Duration.ZERO, "500"),
                DeliveryResult.retry(Duration.ZERO, "500"), DeliveryResult.retry(Duration.ZERO, "500"));
        PublicationOutbox outbox = outbox(chat);
        stage(outbox, "Beslutninger fra Direktionen");
        assertInstanceOf(PublicationOutbox.Outcome.Retrying.class, outbox.deliver(meeting, CHANNEL));
        assertEquals(0, outbox.dispatchOnce(), "not before its backoff");
        clock.advance(Duration.ofSeconds(30));
        assertEquals(0, outbox.dispatchOnce(), "the second 500");
        clock.advance(Duration.ofSeconds(60));
        assertEquals(0, outbox.dispatchOnce(), "the third 500");
        clock.advance(Duration.ofSeconds(119));
        assertEquals(0, outbox.dispatchOnce(), "the backoff grows");
        assertEquals(3, chat.sent.size());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, outbox.dispatchOnce());
        clock.advance(Duration.ofHours(2));
        assertEquals(0, outbox.dispatchOnce());
        assertEquals(4, chat.sent.size());
        assertEquals("sent", status());
    }

    @Test
    void aRateLimitIsRetriedNoSoonerThanRetryAfter() {
        Reminders.RecordingChat chat = new Reminders.RecordingChat().answering(DeliveryResult.retry(Duration.ofMinutes(5), "429 rate_limited"));
        PublicationOutbox outbox = outbox(chat);
        stage(outbox, "Beslutninger fra Direktionen");
        outbox.deliver(meeting, CHANNEL);
        clock.advance(Duration.ofMinutes(4));
        outbox.dispatchOnce();
        assertEquals(1, chat.sent.size(), "no call before Retry-After");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, outbox.dispatchOnce());
        assertEquals(2, chat.sent.size());
        assertEquals("sent", status());
    }

    @Test
    void aPermanentFailureIsRecordedAndNotRetried() {
        Reminders.RecordingChat chat = new Reminders.RecordingChat().answering(DeliveryResult.failed("channel_not_found"));
        PublicationOutbox outbox = outbox(chat);
        stage(outbox, "Beslutninger fra Direktionen");
        assertInstanceOf(PublicationOutbox.Outcome.Failed.class, outbox.deliver(meeting, CHANNEL));
        clock.advance(Duration.ofHours(2));
        assertEquals(0, outbox.dispatchOnce());
        assertEquals(1, chat.sent.size());
        assertEquals("failed", status());
        assertEquals("channel_not_found", fresh.database().dsl().fetchValue("SELECT last_error FROM publication").toString());
    }

    @Test
    void whatHasNotArrivedIsListedForTheSecretariatAndAGivenUpPublicationCanBeTriedAgain() {
        Reminders.RecordingChat chat = new Reminders.RecordingChat().answering(DeliveryResult.failed("channel_not_found"),
                DeliveryResult.retry(Duration.ofMinutes(5), "429 rate_limited"));
        PublicationOutbox outbox = outbox(chat);
        fresh.database().dsl().transaction(cfg -> {
            outbox.stage(cfg.dsl(), meeting, CHANNEL, "Beslutninger fra Direktionen", "slack:U0SECRET1");
            outbox.stage(cfg.dsl(), meeting, "U0ANNA001", "Nyt om »sygefravær«", "slack:U0SECRET1");
        });
        assertEquals(List.of(), outbox.undelivered(), "nothing has failed before it was tried");
        outbox.deliver(meeting, CHANNEL);
        outbox.deliver(meeting, "U0ANNA001");

        List<PublicationOutbox.Undelivered> shown = outbox.undelivered();
        assertEquals(List.of(CHANNEL, "U0ANNA001"), shown.stream().map(PublicationOutbox.Undelivered::target).toList());
        assertEquals(List.of(true, false), shown.stream().map(PublicationOutbox.Undelivered::failed).toList());
        assertEquals("Direktionen", shown.get(1).body());
        assertEquals(java.time.LocalDate.of(2024, 5, 13), shown.get(1).date());
        assertTrue(shown.get(1).nextAttempt().isEqual(java.time.OffsetDateTime.now(clock).plusMinutes(5)), shown.toString());

        assertEquals(1, outbox.retryFailed("slack:U0SECRET1"));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(2, outbox.dispatchOnce());
        assertEquals(List.of(), outbox.undelivered());
        assertEquals(1, fresh.database().dsl().fetchCount(fresh.database().dsl().selectFrom("audit_log").where("action = 'publication.retry'")));
    }
}
