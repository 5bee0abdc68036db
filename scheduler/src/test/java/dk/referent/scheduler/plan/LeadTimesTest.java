package dk.referent.scheduler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class LeadTimesTest {

    @Test
    void defaultsAreSevenAndOneBeforeADeadlineOneBeforeAnEventTenBeforeARecurrenceFiveBeforeAnActionAtNine() {
        assertEquals(new LeadTimes(7, 1, 1, 10, 5, LocalTime.of(9, 0)), LeadTimes.defaults());
    }

    @Test
    void zeroWorkingDaysIsAllowed() {
        assertEquals(0, new LeadTimes(0, 0, 0, 0, 0, LocalTime.NOON).event());
    }

    @Test
    void aNegativeLeadIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LeadTimes(7, 1, 1, -2, 5, LocalTime.of(9, 0)));
        assertTrue(e.getMessage().contains("recurring"), e.getMessage());
        assertTrue(e.getMessage().contains("-2"), e.getMessage());
    }

    @Test
    void theTimeOfDayIsRequired() {
        assertThrows(NullPointerException.class, () -> new LeadTimes(7, 1, 1, 10, 5, null));
    }
}
