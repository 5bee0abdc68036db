package dk.referent.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReminderStoreTest {

    @Test
    void aCountPerYearIsPlannedAtItsLowestFrequency() {
        assertEquals("FREQ=MONTHLY;INTERVAL=4", ReminderStore.ruleOfCount("{\"per\": \"3-4/YEARLY\", \"source\": \"case_text\"}"));
        assertEquals("FREQ=MONTHLY;INTERVAL=6", ReminderStore.ruleOfCount("{\"per\":\"2/YEARLY\"}"));
        assertNull(ReminderStore.ruleOfCount("{\"per\": \"5/YEARLY\"}"), "no whole number of months between");
        assertNull(ReminderStore.ruleOfCount("{\"source\": \"decision\"}"));
    }
}
