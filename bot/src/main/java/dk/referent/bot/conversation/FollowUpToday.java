package dk.referent.bot.conversation;

import dk.referent.minutes.followup.RecurrenceWords;
import dk.referent.persistence.FollowUpStore.Row;
import dk.referent.scheduler.ReminderStore;
import dk.referent.scheduler.plan.Occurrences;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored follow-up as a person reads it today (Europe/Copenhagen): overdue since its date when that has passed and
 * it is still open, or — when it recurs — how often in words and its next occurrence. The listings put the overdue
 * first.
 *
 * @param overdueSince the date that has passed (an event's last day), for an open, dated, non-recurring follow-up
 * @param next         a recurring follow-up's next occurrence on or after today, when its rule says one
 */
public record FollowUpToday(Row row, Optional<LocalDate> overdueSince, Optional<LocalDate> next) {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final Pattern PER = Pattern.compile("\"per\"\\s*:\\s*\"([^\"]+)\"");

    /** Overdue first, the longest overdue first; the given order among the rest. */
    public static final Comparator<FollowUpToday> OVERDUE_FIRST = Comparator.comparing(
            (FollowUpToday f) -> f.overdueSince().orElse(LocalDate.MAX));

    /** Overdue first, then soonest due (a recurring one by its next occurrence), undated last. */
    static final Comparator<FollowUpToday> OVERDUE_THEN_SOONEST = OVERDUE_FIRST
            .thenComparing(FollowUpToday::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(f -> f.row().id());

    /** Today in Copenhagen, by the clock given. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), COPENHAGEN);
    }

    static FollowUpToday of(Row r, LocalDate today) {
        if (r.kind().equals("recurring")) {
            return new FollowUpToday(r, Optional.empty(), nextOccurrence(rule(r.rrule(), per(r)), r.date(), r.meetingDate(), today));
        }
        boolean open = r.status().equals("proposed") || r.status().equals("confirmed");
        LocalDate last = r.end() != null ? r.end() : r.date();
        return new FollowUpToday(r, Optional.ofNullable(last).filter(d -> open && d.isBefore(today)), Optional.empty());
    }

    /** The rows as seen today, in {@code order}. */
    public static List<FollowUpToday> sorted(List<Row> rows, LocalDate today, Comparator<FollowUpToday> order) {
        return rows.stream().map(r -> of(r, today)).sorted(order).toList();
    }

    public boolean overdue() {
        return overdueSince.isPresent();
    }

    public boolean recurring() {
        return row.kind().equals("recurring");
    }

    /** When it is due: a recurring one's next occurrence, else its date; null when it has none. */
    LocalDate due() {
        return recurring() ? next.orElse(null) : row.date();
    }

    /** How often it recurs, in words: »hvert halve år«, "every other week". */
    public String recurrence(boolean english) {
        return RecurrenceWords.of(row.rrule(), per(row), english);
    }

    /** »overskredet siden 3. marts 2023« / "overdue since 3 March 2023"; empty when it is not overdue. */
    public Optional<String> overdueWords(boolean english) {
        return overdueSince.map(d -> (english ? "overdue since " : "overskredet siden ") + DanishFormat.dates(english).format(d));
    }

    /** »næste gang 11. september 2024« / "next on 11 September 2024"; empty when it does not recur or no next is known. */
    public Optional<String> nextWords(boolean english) {
        return next.map(d -> (english ? "next on " : "næste gang ") + DanishFormat.dates(english).format(d));
    }

    /**
     * A recurring follow-up before it is stored (the secretariat's preview): how often in words, then when it first
     * falls due — »hvert halve år, første gang 13. november 2024« — or, when that has passed, when it next does.
     *
     * @param start   the series' first date as found or corrected; the decision's date when the minutes gave none
     * @param decided the meeting date of the decision
     */
    public static String recurringInWords(String rrule, String per, LocalDate start, LocalDate decided, LocalDate today, boolean english) {
        String words = RecurrenceWords.of(rrule, per, english);
        String rule = rule(rrule, per);
        Optional<LocalDate> first = nextOccurrence(rule, start, decided, start == null ? decided : start);
        DateTimeFormatter dates = DanishFormat.dates(english);
        if (first.isPresent() && !first.get().isBefore(today)) {
            return words + (english ? ", first on " : ", første gang ") + dates.format(first.get());
        }
        return nextOccurrence(rule, start, decided, today)
                .map(d -> words + (english ? ", next on " : ", næste gang ") + dates.format(d)).orElse(words);
    }

    /**
     * The first occurrence on or after {@code notBefore}, as the reminders count them (from the series' start, or the
     * decision's date when it has none) — never the decision's own day: the meeting made the obligation, it is not a
     * due date of it.
     */
    private static Optional<LocalDate> nextOccurrence(String rule, LocalDate start, LocalDate decided, LocalDate notBefore) {
        LocalDate from = start != null ? start : decided;
        LocalDate earliest = from.equals(decided) && !notBefore.isAfter(decided) ? decided.plusDays(1) : notBefore;
        return Occurrences.next(rule, from, earliest);
    }

    /** The rule the reminders plan by: the stored one, else the one a count per period gives ("2/YEARLY"). */
    private static String rule(String rrule, String per) {
        return rrule != null ? rrule : ReminderStore.ruleOfCount(per);
    }

    /** The count per period stored with a recurring follow-up without a rule ("3-4/YEARLY"), or null. */
    static String per(Row r) {
        if (r.details() == null) {
            return null;
        }
        Matcher m = PER.matcher(r.details());
        return m.find() ? m.group(1) : null;
    }
}
