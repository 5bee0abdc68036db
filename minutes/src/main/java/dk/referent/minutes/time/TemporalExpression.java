package dk.referent.minutes.time;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Something temporal found in a sentence, normalised as {@code ../shared/eval/TEMPORAL.md} fixes: a date, a
 * period, a recurrence or a reference to a body's next meeting. {@link #span()} is where it stood in the text;
 * {@link #deadline()} says the text sets it as a due date ("frist", "senest", "inden").
 */
public sealed interface TemporalExpression {

    /** Where in the text: [start, end) character offsets. */
    record Span(int start, int end) {
        int length() {
            return end - start;
        }

        boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }
    }

    Span span();

    boolean deadline();

    /** The JSON kind: date, period, recurrence, next_meeting. */
    String kind();

    TemporalExpression withDeadline(boolean deadline);

    /** A day, perhaps with a clock time. */
    record DateExpression(LocalDate date, LocalTime time, boolean deadline, Span span) implements TemporalExpression {
        public String kind() {
            return "date";
        }

        public DateExpression withDeadline(boolean d) {
            return new DateExpression(date, time, d, span);
        }
    }

    /** Days from {@code from} to {@code to}, both inclusive; {@code vague} is primo, medio or ultimo when so said. */
    record PeriodExpression(LocalDate from, LocalDate to, String vague, boolean deadline, Span span) implements TemporalExpression {
        public String kind() {
            return "period";
        }

        public PeriodExpression withDeadline(boolean d) {
            return new PeriodExpression(from, to, vague, d, span);
        }
    }

    /** How often per period when no exact RRULE says it ("4-6 gange om året", "to gange årligt"). */
    record Per(String freq, Integer times, Integer min, Integer max) {
    }

    /**
     * A repetition: an RFC 5545 RRULE when one expresses it, and/or a count per period. {@code dtstart} when
     * the text fixes the first occurrence ("årligt i 2023 - 2026").
     */
    record RecurrenceExpression(String rrule, Per per, LocalDate dtstart, boolean deadline, Span span) implements TemporalExpression {
        public String kind() {
            return "recurrence";
        }

        public RecurrenceExpression withDeadline(boolean d) {
            return new RecurrenceExpression(rrule, per, dtstart, d, span);
        }
    }

    /** "på næste møde i Direktionen": the body in its definite form, or null when the text does not name it. */
    record NextMeetingExpression(String body, boolean deadline, Span span) implements TemporalExpression {
        public String kind() {
            return "next_meeting";
        }

        public NextMeetingExpression withDeadline(boolean d) {
            return new NextMeetingExpression(body, d, span);
        }
    }
}
