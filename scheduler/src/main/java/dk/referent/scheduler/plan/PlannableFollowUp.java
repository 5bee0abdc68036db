package dk.referent.scheduler.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A confirmed follow-up as stored, with what the reminders need to know about the decision it came from.
 *
 * @param kind         "deadline", "event", "recurring", "action" or "after_meeting"
 * @param date         the deadline, event start, due date or first occurrence; null for an undated action and for
 *                     a recurring obligation whose series starts at the decision
 * @param end          the end of an event, if known
 * @param rrule        the RFC 5545 recurrence rule of a recurring obligation, e.g. "FREQ=MONTHLY;INTERVAL=6"
 * @param owner        who the reminders go to; null or blank sends them to the follow-up channel
 * @param body         for after_meeting: the other body whose meetings trigger the follow-up
 * @param evidence     the sentence in the minutes the follow-up was found in
 * @param meetingBody  the body that made the decision
 * @param meetingDate  the date of the decision; no reminder fires before it
 * @param snoozedUntil reminders are held back until this date
 */
public record PlannableFollowUp(long id, String kind, LocalDate date, LocalDate end, LocalTime time, String rrule,
                                String owner, String body, String evidence, String meetingBody, LocalDate meetingDate,
                                int itemNumber, String itemTitle, String itemCase, Optional<LocalDate> snoozedUntil) {

    public PlannableFollowUp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(meetingBody, "meetingBody");
        Objects.requireNonNull(meetingDate, "meetingDate");
        Objects.requireNonNull(snoozedUntil, "snoozedUntil");
    }

    /**
     * The body whose meeting calendar an after_meeting follow-up waits for: the one named, or the deciding body
     * itself when none is ("følges op efter næste møde").
     */
    public String calendarBody() {
        return body == null || body.isBlank() ? meetingBody : body;
    }
}
