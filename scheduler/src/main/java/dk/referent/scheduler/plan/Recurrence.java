package dk.referent.scheduler.plan;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRule.RfcMode;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * The occurrences of a recurring follow-up, expanded from its RFC 5545 rule by lib-recur with DTSTART = the
 * follow-up's date, or the decision's meeting date when it has none.
 *
 * <p>DTSTART is an occurrence only when the rule produces it. That is lib-recur's iterator semantics (RFC 5545
 * would always count DTSTART) and the right one here: when the series starts at the decision, the meeting date
 * is when the obligation was made, not a due date of it; "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31" decided on
 * 13 May is due on 31 December, not on 13 May.
 */
final class Recurrence {

    private Recurrence() {
    }

    /**
     * The occurrences on or after notBefore, in order. Lazy, and possibly endless: the caller limits it.
     *
     * @throws IllegalArgumentException naming the follow-up and the rule when the rule is missing or unreadable
     */
    static Stream<LocalDate> occurrences(PlannableFollowUp f, LocalDate notBefore) {
        RecurrenceRuleIterator instances = iterator(f, notBefore);
        Iterator<LocalDate> dates = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return instances.hasNext();
            }

            @Override
            public LocalDate next() {
                try {
                    return localDate(instances.nextDateTime());
                } catch (IllegalArgumentException e) {
                    throw unreadable(f, e);
                }
            }
        };
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(dates, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static RecurrenceRuleIterator iterator(PlannableFollowUp f, LocalDate notBefore) {
        if (f.rrule() == null || f.rrule().isBlank()) {
            throw new IllegalArgumentException("follow-up " + f.id() + ": a recurring follow-up needs a recurrence rule");
        }
        LocalDate start = f.date() != null ? f.date() : f.meetingDate();
        try {
            // Strict, so a misspelt part is an error instead of being silently dropped as the lax modes do
            RecurrenceRuleIterator instances =
                    new RecurrenceRule(f.rrule().strip(), RfcMode.RFC5545_STRICT).iterator(allDay(start));
            instances.fastForward(allDay(notBefore));
            return instances;
        } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
            throw unreadable(f, e);
        }
    }

    private static IllegalArgumentException unreadable(PlannableFollowUp f, Exception cause) {
        return new IllegalArgumentException("follow-up " + f.id() + ": recurrence rule \"" + f.rrule()
                + "\" cannot be expanded: " + cause.getMessage(), cause);
    }

    /** The first occurrence on or after notBefore of {@code rrule} from {@code start}; empty when there is none or the rule is unreadable. */
    static java.util.Optional<LocalDate> first(String rrule, LocalDate start, LocalDate notBefore) {
        if (rrule == null || rrule.isBlank() || start == null) {
            return java.util.Optional.empty();
        }
        try {
            RecurrenceRuleIterator instances = new RecurrenceRule(rrule.strip(), RfcMode.RFC5545_STRICT).iterator(allDay(start));
            instances.fastForward(allDay(notBefore));
            return instances.hasNext() ? java.util.Optional.of(localDate(instances.nextDateTime())) : java.util.Optional.empty();
        } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** lib-recur counts months from 0. */
    private static DateTime allDay(LocalDate d) {
        return new DateTime(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
    }

    private static LocalDate localDate(DateTime d) {
        return LocalDate.of(d.getYear(), d.getMonth() + 1, d.getDayOfMonth());
    }
}
