package dk.referent.scheduler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OccurrencesTest {

    @Test
    void theNextOccurrenceIsTheFirstOnOrAfterTheDayGiven() {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 13)),
                Occurrences.next("FREQ=MONTHLY;INTERVAL=6", LocalDate.of(2023, 3, 13), LocalDate.of(2025, 3, 10)));
    }

    @Test
    void anOccurrenceOnTheDayGivenIsTheNextOne() {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 13)),
                Occurrences.next("FREQ=MONTHLY;INTERVAL=6", LocalDate.of(2023, 3, 13), LocalDate.of(2025, 3, 13)));
    }

    @Test
    void aSeriesThatHasEndedHasNoNextOccurrence() {
        assertEquals(Optional.empty(), Occurrences.next("FREQ=YEARLY;UNTIL=20261231", LocalDate.of(2024, 6, 3), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void anUnreadableRuleHasNoNextOccurrence() {
        assertEquals(Optional.empty(), Occurrences.next("FREQ=SOMETIMES", LocalDate.of(2024, 6, 3), LocalDate.of(2025, 1, 1)));
        assertEquals(Optional.empty(), Occurrences.next(null, LocalDate.of(2024, 6, 3), LocalDate.of(2025, 1, 1)));
    }
}
