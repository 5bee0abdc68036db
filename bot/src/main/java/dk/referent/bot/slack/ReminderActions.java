package dk.referent.bot.slack;

import java.time.LocalDate;

/** What the buttons on a reminder do: the follow-up is done, or its reminders wait; the reply says what happened. */
public interface ReminderActions {

    String done(long followUpId, String actor) throws Exception;

    String snooze(long followUpId, LocalDate until, String actor) throws Exception;
}
