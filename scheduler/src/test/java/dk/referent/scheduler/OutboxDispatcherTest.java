package dk.referent.scheduler;

import static dk.referent.scheduler.Reminders.confirmedDeadlines;
import static dk.referent.scheduler.Reminders.reminderAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.persistence.AuditLog;
import dk.referent.persistence.MutableClock;
import dk.referent.persistence.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sending the outbox: once, retried on transient failures (never before Retry-After), stopped on permanent ones. */
class OutboxDispatcherTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-13T07:00:00Z"), SchedulerSettings.COPENHAGEN);
    private TestDatabases.FreshDatabase fresh;
    private ReminderStore store;
    private List<Long> followUps;

    @BeforeEach
    void outbox() {
        fresh = TestDatabases.fresh();
        store = new ReminderStore(fresh.database(), new AuditLog(clock), clock);
        followUps = confirmedDeadlines(fresh.database(), 3, LocalDate.of(2024, 5, 13));
    }

    @AfterEach
    void drop() {
        fresh.close();
    }

    private OutboxDispatcher dispatcher(ChatDelivery chat) {
        return new OutboxDispatcher(fresh.database(), chat, clock, Duration.ofDays(14));
    }

    private String status(long followUp) {
        return fresh.database().dsl().fetchValue("SELECT status FROM reminder_delivery WHERE follow_up_id = ?", followUp).toString();
    }

    @Test
    void aDueReminderIsSentOnceAndNotAgain() {
        store.recordDue(reminderAt(followUps.get(0), clock.instant(), "day"), clock.instant(), false);
        Reminders.RecordingChat chat = new Reminders.RecordingChat();
        assertEquals(1, dispatcher(chat).dispatchOnce());
        assertEquals(0, dispatcher(chat).dispatchOnce());
        assertEquals(List.of("Team Ejendomme: Frist for høringssvar (day)"), chat.sent);
        assertEquals("sent", status(followUps.get(0)));
    }

    @Test
    void recordingTheSameReminderTwiceKeepsOneRow() {
        assertTrue(store.recordDue(reminderAt(followUps.get(0), clock.instant(), "day"), clock.instant(), false));
        assertTrue(!store.recordDue(reminderAt(followUps.get(0), clock.instant(), "day"), clock.instant(), false));
    }

    @Test
    void aRateLimitIsRetriedNoSoonerThanRetryAfterAndThenSentOnce() {
        store.recordDue(reminderAt(followUps.get(0), clock.instant(), "day"), clock.instant(), false);
        Reminders.RecordingChat chat = new Reminders.RecordingChat()
                .answering(DeliveryResult.retry(Duration.ofMinutes(5), "429 rate_limited"));
        OutboxDispatcher dispatcher = dispatcher(chat);
        assertEquals(0, dispatcher.dispatchOnce());
        clock.advance(Duration.ofMinutes(4));
        dispatcher.dispatchOnce();
        assertEquals(1, chat.sent.size(), "no call before Retry-After");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, dispatcher.dispatchOnce());
        assertEquals(2, chat.sent.size());
        assertEquals("sent", status(followUps.get(0)));
        assertEquals(2, fresh.database().dsl().fetchCount(fresh.database().dsl().selectFrom("delivery_attempt")));
    }

    @Test
    void anOutageIsRetriedWithGrowingBackoff() {
        store.recordDue(reminderAt(followUps.get(0), clock.instant(), "day"), clock.instant(), false);
        Reminders.RecordingChat chat = new Reminders.RecordingChat().answering(DeliveryResult.retry(Duration.ZERO, "503"),
                DeliveryResult.retry(Duration.ZERO, "503"));
        OutboxDispatcher dispatcher = dispatcher(chat);
        dispatcher.dispatchOnce();
        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatchOnce();
        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatchOnce();
        assertEquals(2, chat.sent.size(), "the second backoff (60 s) has not passed yet");
        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatchOnce();
        assertEquals(3, chat.sent.size());
        assertEquals("sent", status(followUps.get(0)));
    }

    @Test
    void aPermanentFailureStopsWithTheReasonRecorded() {
        store.recordDue(reminderAt(followUps.get(0), clock.instant(), "day"), clock.instant(), false);
        Reminders.RecordingChat chat = new Reminders.RecordingChat().answering(DeliveryResult.failed("channel_not_found"));
        OutboxDispatcher dispatcher = dispatcher(chat);
        assertEquals(1, dispatcher.dispatchOnce());
        clock.advance(Duration.ofHours(2));
        assertEquals(0, dispatcher.dispatchOnce());
        assertEquals(1, chat.sent.size());
        assertEquals("failed", status(followUps.get(0)));
        assertEquals("channel_not_found",
                fresh.database().dsl().fetchValue("SELECT last_error FROM reminder_delivery").toString());
    }

    @Test
    void aLateReminderSaysItIsLate() {
        store.recordDue(reminderAt(followUps.get(0), clock.instant().minus(Duration.ofHours(5)), "day"),
                clock.instant().minus(Duration.ofHours(5)), true);
        Reminders.RecordingChat chat = new Reminders.RecordingChat();
        dispatcher(chat).dispatchOnce();
        assertEquals(List.of("Team Ejendomme: [Forsinket] Frist for høringssvar (day)"), chat.sent);
    }

    @Test
    void remindersOlderThanTheLimitGoIntoOneCatchUpSummaryPerTarget() {
        Instant longAgo = clock.instant().minus(Duration.ofDays(20));
        for (long id : followUps) {
            store.recordDue(reminderAt(id, longAgo, "7wd"), longAgo, true);
        }
        Reminders.RecordingChat chat = new Reminders.RecordingChat();
        assertEquals(3, dispatcher(chat).dispatchOnce());
        assertEquals(1, chat.sent.size());
        assertTrue(chat.sent.get(0).startsWith("Team Ejendomme: Mens Referent var nede, forfaldt 3 påmindelser:"), chat.sent.get(0));
        assertEquals("caught_up", status(followUps.get(1)));
    }

    @Test
    void aReminderStagedAheadIsSentWhenDueNotBefore() {
        Instant due = clock.instant().plus(Duration.ofMinutes(3));
        store.recordDue(reminderAt(followUps.get(0), due, "day"), due, false);
        Reminders.RecordingChat chat = new Reminders.RecordingChat();
        assertEquals(0, dispatcher(chat).dispatchOnce());
        clock.advance(Duration.ofMinutes(3));
        assertEquals(1, dispatcher(chat).dispatchOnce());
        assertEquals(1, chat.sent.size());
    }

    @Test
    void aReminderOfAFollowUpDoneAfterItWasStagedIsNotSent() {
        store.recordDue(reminderAt(followUps.get(0), clock.instant(), "day"), clock.instant(), false);
        fresh.database().dsl().execute("UPDATE follow_up SET status = 'done' WHERE id = ?", followUps.get(0));
        Reminders.RecordingChat chat = new Reminders.RecordingChat();
        dispatcher(chat).dispatchOnce();
        assertEquals(List.of(), chat.sent);
        assertEquals("cancelled", status(followUps.get(0)));
    }
}
