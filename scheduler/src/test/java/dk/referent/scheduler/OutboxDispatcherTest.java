package dk.referent.scheduler;

import static dk.referent.scheduler.Reminders.confirmedDeadlines;
import static dk.referent.scheduler.Reminders.reminderAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.persistence.AuditLog;
import dk.referent.persistence.FollowUpStore;
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
        return new OutboxDispatcher(fresh.database(), chat, clock, SchedulerSettings.defaults("dispatcher-test"));
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

    /** A chat that takes the message and then the process dies before the outcome is recorded (as under kill -9). */
    private static final class DyingAfterSend implements ChatDelivery {
        final List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<String> markers = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public DeliveryResult send(String target, String text) {
            throw new AssertionError("sent unmarked");
        }

        @Override
        public DeliveryResult sendMarked(String target, String text, Long followUpId, String marker) {
            sent.add(target + ": " + text);
            markers.add(marker);
            throw new Died();
        }
    }

    private static final class Died extends Error {
    }

    /** A chat that can tell whether a marked message arrived (as Slack can, by the message's metadata). */
    private static final class MarkedChat implements ChatDelivery {
        final List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        final java.util.Set<String> markers = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public DeliveryResult send(String target, String text) {
            sent.add(target + ": " + text);
            return DeliveryResult.sent();
        }

        @Override
        public DeliveryResult sendMarked(String target, String text, Long followUpId, String marker) {
            markers.add(marker);
            return send(target, text);
        }

        @Override
        public java.util.Optional<Boolean> delivered(String target, String marker) {
            return java.util.Optional.of(markers.contains(marker));
        }
    }

    private OutboxDispatcher instance(String name, ChatDelivery chat) {
        return new OutboxDispatcher(fresh.database(), chat, clock, SchedulerSettings.defaults(name));
    }

    @Test
    void aSenderThatDiesAfterSendingHoldsItsRowsUntilTheLeaseRunsOutAndTheMarkedMessageIsNotSentAgain() {
        store.recordDue(reminderAt(followUps.get(0), clock.instant(), "day"), clock.instant(), false);
        DyingAfterSend dying = new DyingAfterSend();
        MarkedChat platform = new MarkedChat();
        org.junit.jupiter.api.Assertions.assertThrows(Died.class, () -> instance("a", dying).dispatchOnce());
        platform.markers.addAll(dying.markers); // what reached the platform before the sender died

        OutboxDispatcher other = instance("b", platform);
        assertEquals(0, other.dispatchOnce(), "claimed by the dead sender until its lease runs out");
        clock.advance(OutboxDispatcher.LEASE.plusSeconds(1));
        assertEquals(1, other.dispatchOnce());

        assertEquals(List.of(), platform.sent, "found at the platform: not sent again");
        assertEquals("sent", status(followUps.get(0)));
    }

    @Test
    void aRowInDoubtIsSentAgainWhenThePlatformCannotTell() {
        store.recordDue(reminderAt(followUps.get(0), clock.instant(), "day"), clock.instant(), false);
        org.junit.jupiter.api.Assertions.assertThrows(Died.class, () -> instance("a", new DyingAfterSend()).dispatchOnce());
        clock.advance(OutboxDispatcher.LEASE.plusSeconds(1));
        Reminders.RecordingChat chat = new Reminders.RecordingChat();

        assertEquals(1, instance("b", chat).dispatchOnce());

        assertEquals(List.of("Team Ejendomme: Frist for høringssvar (day)"), chat.sent, "at least once beats never");
    }

    @Test
    void aDatabaseFailureAfterSendingNeverReleasesTheRowToBeSentAgainAtOnce() {
        store.recordDue(reminderAt(followUps.get(0), clock.instant(), "day"), clock.instant(), false);
        MarkedChat platform = new MarkedChat();
        // the platform takes the message, then the database refuses to record the outcome
        ChatDelivery cutAfterSend = new ChatDelivery() {
            @Override
            public DeliveryResult send(String target, String text) {
                return platform.send(target, text);
            }

            @Override
            public DeliveryResult sendMarked(String target, String text, Long followUpId, String marker) {
                DeliveryResult r = platform.sendMarked(target, text, followUpId, marker);
                fresh.database().dsl().execute("ALTER TABLE delivery_attempt RENAME TO delivery_attempt_gone");
                return r;
            }
        };
        assertEquals(0, instance("a", cutAfterSend).dispatchOnce(), "the outcome could not be recorded");
        fresh.database().dsl().execute("ALTER TABLE delivery_attempt_gone RENAME TO delivery_attempt");

        assertEquals(0, instance("b", platform).dispatchOnce(), "not released by the failure");
        clock.advance(OutboxDispatcher.LEASE.plusSeconds(1));
        assertEquals(1, instance("b", platform).dispatchOnce());

        assertEquals(1, platform.sent.size(), platform.sent.toString());
        assertEquals("sent", status(followUps.get(0)));
    }

    @Test
    void aFollowUpSnoozedAfterItsReminderWasStagedIsNotReminded() {
        store.recordDue(reminderAt(followUps.get(0), clock.instant().plus(Duration.ofMinutes(5)), "1wd"),
                clock.instant().plus(Duration.ofMinutes(5)), false);
        FollowUpStore followUpStore = new FollowUpStore(fresh.database(), new AuditLog(clock), clock);
        assertTrue(followUpStore.snooze(followUps.get(0), LocalDate.of(2024, 5, 20), "slack:U0ANNA001"));
        clock.advance(Duration.ofMinutes(5));
        Reminders.RecordingChat chat = new Reminders.RecordingChat();

        dispatcher(chat).dispatchOnce();

        assertEquals(List.of(), chat.sent);
        assertEquals("cancelled", status(followUps.get(0)));
    }

    @Test
    void aFollowUpSnoozedWhileItsReminderIsBeingClaimedIsNotReminded() {
        store.recordDue(reminderAt(followUps.get(0), clock.instant(), "1wd"), clock.instant(), false);
        // as if the snooze came between the claim and the send (the row is not cancelled by the store then)
        fresh.database().dsl().execute("UPDATE follow_up SET snoozed_until = DATE '2024-05-20' WHERE id = ?", followUps.get(0));
        Reminders.RecordingChat chat = new Reminders.RecordingChat();

        dispatcher(chat).dispatchOnce();

        assertEquals(List.of(), chat.sent);
    }

    @Test
    void aReminderSentLaterThanItFellDueIsMarkedLateWhateverDelayedIt() {
        Instant due = clock.instant();
        store.recordDue(reminderAt(followUps.get(0), due, "day"), due, false);
        clock.advance(Duration.ofMinutes(20));
        Reminders.RecordingChat chat = new Reminders.RecordingChat();

        dispatcher(chat).dispatchOnce();

        assertEquals(List.of("Team Ejendomme: [Forsinket] Frist for høringssvar (day)"), chat.sent);
        assertEquals(true, fresh.database().dsl().fetchValue("SELECT late FROM reminder_delivery"));
    }
}
