package dk.referent.scheduler.plan;

import java.time.LocalTime;
import java.util.Objects;

/**
 * How many working days ahead each kind of follow-up is reminded of, and the local time of day reminders fire.
 *
 * @param deadlineFirst  the early reminder before a deadline
 * @param deadlineSecond the late reminder before a deadline
 * @param event          before an event starts
 * @param recurring      before each occurrence of a recurring obligation
 * @param action         before the due date of a dated action
 * @param at             the local time of day every reminder fires
 */
public record LeadTimes(int deadlineFirst, int deadlineSecond, int event, int recurring, int action, LocalTime at) {

    public LeadTimes {
        requireNotNegative("deadlineFirst", deadlineFirst);
        requireNotNegative("deadlineSecond", deadlineSecond);
        requireNotNegative("event", event);
        requireNotNegative("recurring", recurring);
        requireNotNegative("action", action);
        Objects.requireNonNull(at, "at");
    }

    /** 7 and 1 working days before a deadline, 1 before an event, 10 before a recurrence, 5 before an action; 09:00. */
    public static LeadTimes defaults() {
        return new LeadTimes(7, 1, 1, 10, 5, LocalTime.of(9, 0));
    }

    private static void requireNotNegative(String name, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException(
                    "lead time " + name + " must be zero or more working days, was " + workingDays);
        }
    }
}
