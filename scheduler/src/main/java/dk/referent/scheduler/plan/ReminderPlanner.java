package dk.referent.scheduler.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Which reminders a confirmed follow-up gets, and when. Planning is a pure function of the follow-up, the
 * calendar and a window of dates, so the same window planned twice gives the same reminders: the scheduler can
 * re-plan at any time and let the outbox's (follow-up, occurrence, lead) key drop what it already has.
 */
public final class ReminderPlanner {

    /** Guards against rules that would produce occurrences without end inside a huge window. */
    static final int MAX_OCCURRENCES = 1000;

    private static final Comparator<PlannedReminder> ORDER = Comparator.comparing(PlannedReminder::fireAt)
            .thenComparing(PlannedReminder::lead)
            .thenComparing(PlannedReminder::occurrence);

    private final WorkingDays days;
    private final LeadTimes leads;
    private final ZoneId zone;
    private final ReminderText text;

    public ReminderPlanner(WorkingDays days, LeadTimes leads, ZoneId zone) {
        this.days = Objects.requireNonNull(days, "days");
        this.leads = Objects.requireNonNull(leads, "leads");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.text = new ReminderText(days);
    }

    /**
     * The reminders of the follow-up that fire on a date from {@code from} to {@code to}, both included, sorted by
     * when they fire.
     *
     * @param bodyMeetings the meeting calendar of {@link PlannableFollowUp#calendarBody()}; only after_meeting
     *                     follow-ups use it
     * @throws IllegalArgumentException when the follow-up lacks what its kind needs (a deadline without a date,
     *                                  a recurrence rule that cannot be read), naming the follow-up
     */
    public List<PlannedReminder> plan(PlannableFollowUp f, List<LocalDate> bodyMeetings, LocalDate from, LocalDate to) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(bodyMeetings, "bodyMeetings");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("window from " + from + " is after to " + to);
        }
        Stream<Reminder> reminders = switch (f.kind()) {
            case "deadline" -> deadline(f);
            case "event" -> event(f);
            case "recurring" -> recurring(f, from, to);
            case "after_meeting" -> afterMeeting(f, bodyMeetings);
            case "action" -> f.date() != null ? datedAction(f) : weeklyNudges(f, from, to);
            default -> throw new IllegalArgumentException("follow-up " + f.id() + ": unknown kind \"" + f.kind() + "\"");
        };
        return snoozed(f, reminders)
                .filter(r -> !r.fire().isBefore(f.meetingDate()))
                .filter(r -> !r.fire().isBefore(from) && !r.fire().isAfter(to))
                .map(r -> planned(f, r))
                .sorted(ORDER)
                .toList();
    }

    /**
     * Before, one working day before, and on the day. Leads that land on the same day collapse into the one
     * closest to the deadline, so nobody gets "om 7 arbejdsdage" and "i dag" the same morning.
     */
    private Stream<Reminder> deadline(PlannableFollowUp f) {
        LocalDate date = requireDate(f);
        List<Reminder> closestFirst = List.of(
                reminder(date, "day", days.onOrBefore(date), fire -> text.deadline(f, fire, 0)),
                before(date, leads.deadlineSecond(), fire -> text.deadline(f, fire, leads.deadlineSecond())),
                before(date, leads.deadlineFirst(), fire -> text.deadline(f, fire, leads.deadlineFirst())));
        Map<LocalDate, Reminder> byFireDate = new LinkedHashMap<>();
        closestFirst.forEach(r -> byFireDate.putIfAbsent(r.fire(), r));
        return byFireDate.values().stream();
    }

    private Stream<Reminder> event(PlannableFollowUp f) {
        LocalDate date = requireDate(f);
        return Stream.of(before(date, leads.event(), fire -> text.event(f, fire, leads.event())));
    }

    /**
     * Ahead of each occurrence. Occurrences before the window cannot have a reminder in it (a reminder never
     * follows its occurrence), so expansion starts at the window; it stops at the first occurrence reminded of
     * after the window, or after {@link #MAX_OCCURRENCES}.
     */
    private Stream<Reminder> recurring(PlannableFollowUp f, LocalDate from, LocalDate to) {
        int lead = leads.recurring();
        return Recurrence.occurrences(f, from)
                .limit(MAX_OCCURRENCES)
                .map(occurrence -> before(occurrence, lead, fire -> text.recurring(f, occurrence, fire, lead)))
                .takeWhile(r -> !r.fire().isAfter(to));
    }

    /** The working day after each meeting of the other body. */
    private Stream<Reminder> afterMeeting(PlannableFollowUp f, List<LocalDate> bodyMeetings) {
        return bodyMeetings.stream().distinct()
                .map(meeting -> reminder(meeting, "after", days.nextAfter(meeting), fire -> text.afterMeeting(f, meeting)));
    }

    private Stream<Reminder> datedAction(PlannableFollowUp f) {
        return Stream.of(before(f.date(), leads.action(), fire -> text.action(f)));
    }

    /**
     * An action without a date is nudged about weekly until it is done: on the first working day of each ISO week,
     * from the week after the decision.
     */
    private Stream<Reminder> weeklyNudges(PlannableFollowUp f, LocalDate from, LocalDate to) {
        LocalDate weekAfterDecision = monday(f.meetingDate()).plusWeeks(1);
        LocalDate firstMonday = weekAfterDecision.isAfter(from) ? weekAfterDecision : monday(from);
        return Stream.iterate(firstMonday, monday -> !monday.isAfter(to), monday -> monday.plusWeeks(1))
                .flatMap(monday -> firstWorkingDayOfWeek(monday).stream())
                .map(fire -> new Reminder(fire, "weekly", fire, text.weekly(f)));
    }

    /**
     * Snoozing holds back everything before the date and reminds once on it, or the next working day — unless a
     * planned reminder falls on that day anyway (one message a day is enough).
     */
    private Stream<Reminder> snoozed(PlannableFollowUp f, Stream<Reminder> reminders) {
        if (f.snoozedUntil().isEmpty()) {
            return reminders;
        }
        LocalDate until = f.snoozedUntil().get();
        LocalDate fire = days.onOrAfter(until);
        List<Reminder> kept = reminders.filter(r -> !r.fire().isBefore(until)).toList();
        return kept.stream().anyMatch(r -> r.fire().equals(fire)) ? kept.stream()
                : Stream.concat(kept.stream(), Stream.of(new Reminder(fire, "snooze", fire, text.snoozed(f))));
    }

    /** The reminder n working days ahead, with the lead code "&lt;n&gt;wd". */
    private Reminder before(LocalDate occurrence, int workingDays, Function<LocalDate, String> message) {
        return reminder(occurrence, workingDays + "wd", days.minus(occurrence, workingDays), message);
    }

    private static Reminder reminder(LocalDate occurrence, String lead, LocalDate fire, Function<LocalDate, String> message) {
        return new Reminder(occurrence, lead, fire, message.apply(fire));
    }

    private Optional<LocalDate> firstWorkingDayOfWeek(LocalDate monday) {
        LocalDate first = days.onOrAfter(monday);
        return first.isBefore(monday.plusWeeks(1)) ? Optional.of(first) : Optional.empty();
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate requireDate(PlannableFollowUp f) {
        if (f.date() == null) {
            throw new IllegalArgumentException("follow-up " + f.id() + ": a " + f.kind() + " needs a date");
        }
        return f.date();
    }

    private PlannedReminder planned(PlannableFollowUp f, Reminder r) {
        String target = f.owner() == null || f.owner().isBlank() ? PlannedReminder.FOLLOW_UP_CHANNEL : f.owner().strip();
        return new PlannedReminder(f.id(), f.kind(), r.occurrence(), r.lead(), ZonedDateTime.of(r.fire(), leads.at(), zone),
                target, r.text());
    }

    /** A reminder before it has a time of day and a target. */
    private record Reminder(LocalDate occurrence, String lead, LocalDate fire, String text) {
    }
}
