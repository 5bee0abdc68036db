package dk.referent.scheduler;

import dk.referent.persistence.FollowUpStore;
import java.time.LocalDate;
import java.util.List;
import org.quartz.SchedulerException;

/**
 * What the secretariat and owners decide on follow-ups — confirm, done, snooze, reassign — and its effect on the
 * reminders at once: each change re-plans the follow-up's triggers.
 */
public final class FollowUpDecisions {

    /** Ten years: a reminder held longer than that is a typing slip, and dates far out do not fit the database. */
    public static final int MAX_SNOOZE_DAYS = 3650;

    private final FollowUpStore followUps;
    private final ReminderScheduler reminders;

    public FollowUpDecisions(FollowUpStore followUps, ReminderScheduler reminders) {
        this.followUps = followUps;
        this.reminders = reminders;
    }

    public List<Long> confirm(List<Long> ids, String actor) throws SchedulerException {
        return planned(followUps.confirm(ids, actor));
    }

    public List<Long> confirmAll(String actor) throws SchedulerException {
        return planned(followUps.confirmAll(actor));
    }

    public List<Long> reject(List<Long> ids, String actor) {
        return followUps.reject(ids, actor);
    }

    public List<Long> done(List<Long> ids, String actor) throws SchedulerException {
        return planned(followUps.done(ids, actor));
    }

    /** Whether a follow-up may be held until {@code until}: at most {@link #MAX_SNOOZE_DAYS} days after {@code today}. */
    public static boolean snoozeWithinLimit(LocalDate today, LocalDate until) {
        return !until.isAfter(today.plusDays(MAX_SNOOZE_DAYS));
    }

    public boolean snooze(long id, LocalDate until, String actor) throws SchedulerException {
        return followUps.snooze(id, until, actor) && !planned(List.of(id)).isEmpty();
    }

    public boolean reassign(long id, String to, String actor) throws SchedulerException {
        return followUps.reassign(id, to, actor) && !planned(List.of(id)).isEmpty();
    }

    /**
     * Plans the reminders of follow-ups whose change is already committed (confirmed with their referat): idempotent,
     * so a failure here is repaired by the next sync (at start and nightly) and never undoes the change.
     */
    public void plan(List<Long> committed) throws SchedulerException {
        planned(committed);
    }

    /** After a change that touches many follow-ups (a body's meeting calendar): every reminder re-planned. */
    public void replanAll() throws SchedulerException {
        reminders.syncAll();
    }

    private List<Long> planned(List<Long> changed) throws SchedulerException {
        for (long id : changed) {
            reminders.sync(id);
        }
        return changed;
    }
}
