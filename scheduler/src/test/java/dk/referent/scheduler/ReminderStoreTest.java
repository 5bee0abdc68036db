package dk.referent.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReminderStoreTest {

    @Test
    void aCountPerYearIsPlannedAtItsLowestFrequency() {
        assertEquals("FREQ=MONTHLY;INTERVAL=4", ReminderStore.ruleOfCount("3-4/YEARLY"));
        assertEquals("FREQ=MONTHLY;INTERVAL=6", ReminderStore.ruleOfCount("2/YEARLY"));
        assertNull(ReminderStore.ruleOfCount("5/YEARLY"), "no whole number of months between");
        assertNull(ReminderStore.ruleOfCount(null));
    }

    @Test
    void aStoredObligationWithACountAndNoRuleIsPlannedByItsCount() {
        try (dk.referent.persistence.TestDatabases.FreshDatabase fresh = dk.referent.persistence.TestDatabases.fresh()) {
            long id = Reminders.confirmedDeadlines(fresh.database(), 1, java.time.LocalDate.of(2024, 5, 13)).get(0);
            fresh.database().dsl().execute("UPDATE follow_up SET kind = 'recurring', details = '{\"per\": \"3-4/YEARLY\"}'::jsonb"
                    + " WHERE id = ?", id);
            java.time.Clock clock = java.time.Clock.systemUTC();
            ReminderStore store = new ReminderStore(fresh.database(), new dk.referent.persistence.AuditLog(clock), clock);
            assertEquals("FREQ=MONTHLY;INTERVAL=4", store.confirmed(id).orElseThrow().rrule());
        }
    }
}
