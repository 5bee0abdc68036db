package dk.referent.scheduler.plan;

import dk.referent.minutes.followup.RecurrenceWords;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The reminders' messages: one line of Danish saying what is due when, and which decision it comes from. */
final class ReminderText {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm", DANISH);
    /** Long enough to recognise the decision, short enough for a chat notification. */
    private static final int EVIDENCE_LENGTH = 200;

    private final WorkingDays days;

    ReminderText(WorkingDays days) {
        this.days = days;
    }

    /** "Frist om 7 arbejdsdage (mandag 13. maj 2024): …". */
    String deadline(PlannableFollowUp f, LocalDate fire, int leadDays) {
        return "Frist " + when(fire, f.date(), leadDays) + " (" + occasion(f.date(), f.time()) + "): " + about(f);
    }

    /** "Begivenhed i morgen (tirsdag 14. maj 2024 kl. 14.00): …". */
    String event(PlannableFollowUp f, LocalDate fire, int leadDays) {
        return "Begivenhed " + when(fire, f.date(), leadDays) + " (" + occasion(f.date(), f.time()) + "): " + about(f);
    }

    /** "Tilbagevendende opgave, hvert år den 31. december (tirsdag 31. december 2024) om 10 arbejdsdage: …". */
    String recurring(PlannableFollowUp f, LocalDate occurrence, LocalDate fire, int leadDays) {
        return "Tilbagevendende opgave, " + RecurrenceWords.danish(f.rrule(), null) + " (" + DAY.format(occurrence) + ") "
                + when(fire, occurrence, leadDays) + ": " + about(f);
    }

    /** "Opfølgning efter Kommunalbestyrelsens møde 13. maj 2024: …". */
    String afterMeeting(PlannableFollowUp f, LocalDate meeting) {
        return "Opfølgning efter " + f.calendarBody() + "s møde " + DATE.format(meeting) + ": " + about(f);
    }

    /** "Opgave med frist mandag 13. maj 2024: …". */
    String action(PlannableFollowUp f) {
        return "Opgave med frist " + occasion(f.date(), f.time()) + ": " + about(f);
    }

    String weekly(PlannableFollowUp f) {
        return "Påmindelse om åben opgave: " + about(f);
    }

    String snoozed(PlannableFollowUp f) {
        return "Udsat påmindelse: " + about(f);
    }

    /** How far the date is from the day the reminder fires, counted the way the lead times count. */
    private String when(LocalDate fire, LocalDate date, int leadDays) {
        if (fire.equals(date)) {
            return "i dag";
        }
        LocalDate nextWorkingDay = days.nextAfter(fire);
        if (date.equals(fire.plusDays(1)) || date.equals(nextWorkingDay)) {
            return "i morgen";
        }
        if (date.isBefore(nextWorkingDay)) {
            return "inden næste arbejdsdag";
        }
        // Only reached with at least one working day in between, so leadDays is 2 or more
        return "om " + leadDays + " arbejdsdage";
    }

    private static String occasion(LocalDate date, LocalTime time) {
        return time == null ? DAY.format(date) : DAY.format(date) + " kl. " + CLOCK.format(time);
    }

    /** The evidence and where it was decided: "… — Direktionen 29. april 2024, punkt 3 (sag 24-001234)". */
    private static String about(PlannableFollowUp f) {
        String source = f.meetingBody() + " " + DATE.format(f.meetingDate()) + ", punkt " + f.itemNumber()
                + (f.itemCase() == null ? "" : " (sag " + f.itemCase() + ")");
        return evidence(f) + " — " + source;
    }

    private static String evidence(PlannableFollowUp f) {
        // (?U): minutes extracted from PDFs carry non-breaking spaces, which plain \s does not match
        String oneLine = f.evidence().replaceAll("(?U)\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= EVIDENCE_LENGTH) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, EVIDENCE_LENGTH - 1)).stripTrailing() + "…";
    }
}
