package dk.referent.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.persistence.AuditLog;
import dk.referent.persistence.FollowUpStore;
import dk.referent.persistence.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.impl.matchers.GroupMatcher;

/** Confirming, finishing, snoozing and reassigning a follow-up changes its Quartz triggers at once. */
class ReminderSyncTest {

    private static final Clock APRIL = Clock.fixed(Instant.parse("2024-04-20T10:00:00Z"), SchedulerSettings.COPENHAGEN);

    private TestDatabases.FreshDatabase fresh;
    private ReminderScheduler scheduler;
    private FollowUpDecisions decisions;
    private long deadline;

    @BeforeEach
    void aConfirmedDeadlineOnMonday13May2024() throws Exception {
        fresh = TestDatabases.fresh();
        deadline = Reminders.confirmedDeadlines(fresh.database(), 1, LocalDate.of(2024, 5, 13)).get(0);
        scheduler = Reminders.scheduler("sync", fresh.database().dataSource(), fresh.database(), APRIL);
        decisions = new FollowUpDecisions(new FollowUpStore(fresh.database(), new AuditLog(APRIL), APRIL), scheduler);
        scheduler.sync(deadline);
    }

    @AfterEach
    void drop() throws Exception {
        scheduler.close();
        fresh.close();
    }

    private List<ZonedDateTime> fireTimes() throws Exception {
        return scheduler.scheduled(deadline).stream().map(i -> i.atZone(SchedulerSettings.COPENHAGEN)).toList();
    }

    private static ZonedDateTime nineOClock(int month, int day) {
        return ZonedDateTime.of(2024, month, day, 9, 0, 0, 0, SchedulerSettings.COPENHAGEN);
    }

    @Test
    void aDeadlineGetsItsRemindersOnWorkingDaysAroundKristiHimmelfartsdag() throws Exception {
        assertEquals(List.of(nineOClock(5, 1), nineOClock(5, 10), nineOClock(5, 13)), fireTimes());
    }

    @Test
    void doneCancelsEveryReminder() throws Exception {
        assertEquals(List.of(deadline), decisions.done(List.of(deadline), "test"));
        assertEquals(List.of(), fireTimes());
    }

    @Test
    void snoozeMovesTheRemindersPastTheSnooze() throws Exception {
        assertTrue(decisions.snooze(deadline, LocalDate.of(2024, 5, 11), "test"));
        assertTrue(fireTimes().stream().allMatch(t -> t.toLocalDate().equals(LocalDate.of(2024, 5, 13))), fireTimes().toString());
    }

    @Test
    void reassignSendsTheRemindersToTheNewOwner() throws Exception {
        assertTrue(decisions.reassign(deadline, "Jette Hansen", "test"));
        var keys = scheduler.quartz().getTriggerKeys(GroupMatcher.triggerGroupEquals("followup-" + deadline));
        assertEquals(3, keys.size());
        for (var key : keys) {
            assertEquals("Jette Hansen", scheduler.quartz().getTrigger(key).getJobDataMap().getString(ReminderJob.TARGET));
        }
    }

    @Test
    void syncingAgainChangesNothing() throws Exception {
        List<ZonedDateTime> before = fireTimes();
        scheduler.sync(deadline);
        scheduler.syncAll();
        assertEquals(before, fireTimes());
    }

    @Test
    void planningEverythingRemovesTheTriggersOfAFollowUpNoLongerConfirmed() throws Exception {
        fresh.database().dsl().execute("UPDATE follow_up SET status = 'done' WHERE id = ?", deadline);
        scheduler.syncAll();
        assertEquals(List.of(), fireTimes());
    }

    @Test
    void planningEverythingRemovesTheTriggersASnoozeMadeStale() throws Exception {
        fresh.database().dsl().execute("UPDATE follow_up SET snoozed_until = DATE '2024-05-11' WHERE id = ?", deadline);
        scheduler.syncAll();
        assertTrue(fireTimes().stream().allMatch(t -> t.toLocalDate().equals(LocalDate.of(2024, 5, 13))), fireTimes().toString());
    }

    @Test
    void replanningAfterDowntimeKeepsTheRemindersThatWereMissed() throws Exception {
        Clock backOn12May = Clock.fixed(Instant.parse("2024-05-12T10:00:00Z"), SchedulerSettings.COPENHAGEN);
        try (ReminderScheduler later = Reminders.scheduler("later", fresh.database().dataSource(), fresh.database(), backOn12May)) {
            later.syncAll();
            later.sync(deadline);
            assertEquals(List.of(nineOClock(5, 1), nineOClock(5, 10), nineOClock(5, 13)), later.scheduled(deadline)
                    .stream().map(t -> t.atZone(SchedulerSettings.COPENHAGEN)).toList());
        }
    }
}
