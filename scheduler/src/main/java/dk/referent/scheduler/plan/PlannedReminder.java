package dk.referent.scheduler.plan;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One reminder to send. (followUpId, occurrence, lead) identifies it: planning the same follow-up again yields
 * the same triple, which is what lets the delivery outbox refuse to send a reminder twice.
 *
 * @param occurrence the date the reminder is about: the deadline, event start, recurrence, meeting of the other
 *                   body, due date, or for weekly nudges and snoozes the day it fires
 * @param lead       a short stable code for which reminder of that occurrence this is: "7wd", "1wd", "day",
 *                   "after", "weekly", "snooze", or in general "&lt;n&gt;wd" for n working days ahead
 * @param target     the owner, or {@link #FOLLOW_UP_CHANNEL} when the follow-up has none
 * @param text       the message, one line of Danish
 */
public record PlannedReminder(long followUpId, String kind, LocalDate occurrence, String lead, ZonedDateTime fireAt,
                              String target, String text) {

    /** The target of reminders for follow-ups nobody owns: the organisation's follow-up channel. */
    public static final String FOLLOW_UP_CHANNEL = "followup-channel";
}
