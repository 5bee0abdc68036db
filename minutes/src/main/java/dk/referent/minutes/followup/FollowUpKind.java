package dk.referent.minutes.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What a follow-up is: one of five kinds, each with what it needs to be scheduled. */
public sealed interface FollowUpKind {

    /** The JSON and database code: deadline, event, recurring, action, after_meeting. */
    String code();

    /** A due date; a høringsfrist keeps its list of høringsparter. */
    record Deadline(LocalDate date, LocalTime time, List<String> parties) implements FollowUpKind {
        public Deadline {
            parties = List.copyOf(parties);
        }

        public String code() {
            return "deadline";
        }
    }

    /** Something that takes place: a day or days ({@code end} null for one day). */
    record Event(LocalDate date, LocalDate end, LocalTime time) implements FollowUpKind {
        public String code() {
            return "event";
        }
    }

    /** An obligation that repeats (RFC 5545 RRULE, or only a count per period), from {@code start}. */
    record Recurring(String rrule, String per, LocalDate start) implements FollowUpKind {
        public String code() {
            return "recurring";
        }
    }

    /** Something someone is to do: by a date, at a body's next meeting, or with no time said. */
    record Action(LocalDate due, String atNextMeetingOf) implements FollowUpKind {
        public String code() {
            return "action";
        }
    }

    /** A follow-up after every meeting of another body (Kommunalbestyrelsen, Økonomiudvalget, …). */
    record AfterMeeting(String body) implements FollowUpKind {
        public String code() {
            return "after_meeting";
        }
    }
}
