package dk.referent.scheduler.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a recurring follow-up next falls due, counted as its reminders count it: its RFC 5545 rule expanded from its
 * first date (or the decision's meeting date when it has none), DTSTART an occurrence only when the rule produces it.
 */
public final class Occurrences {

    private Occurrences() {
    }

    /**
     * The first occurrence on or after {@code notBefore}.
     *
     * @return empty when the rule is missing or unreadable, or the series has ended
     */
    public static Optional<LocalDate> next(String rrule, LocalDate start, LocalDate notBefore) {
        return Recurrence.first(rrule, start, notBefore);
    }
}
