package dk.referent.scheduler;

import dk.referent.scheduler.plan.PlannedReminder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reminder fell due: when its follow-up is still confirmed, one row in the delivery outbox (never two, whoever
 * fires it how often). The trigger carries what was planned; a follow-up changed since (snoozed, reassigned) had
 * its triggers replaced. Sending is the dispatcher's.
 */
final class ReminderJob implements Job {

    static final String FOLLOW_UP = "followUp";
    static final String KIND = "kind";
    static final String OCCURRENCE = "occurrence";
    static final String LEAD = "lead";
    static final String TARGET = "target";
    static final String TEXT = "text";
    /** When it was planned to fire: a trigger fired late after downtime is re-timed by Quartz to "now". */
    static final String DUE = "due";
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);
    private static final int MAX_REFIRES = 20;

    private final ReminderStore store;
    private final Clock clock;
    private final Duration lateAfter;
    private final ZoneId zone;

    ReminderJob(ReminderStore store, Clock clock, Duration lateAfter, ZoneId zone) {
        this.store = store;
        this.clock = clock;
        this.lateAfter = lateAfter;
        this.zone = zone;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            record(context);
        } catch (RuntimeException e) {
            // the database failed under us: run again (the outbox row is unique, so a retry cannot double it)
            LOG.warn("reminder {} not recorded (attempt {}): {}", context.getTrigger().getKey(), context.getRefireCount() + 1, e.toString());
            throw new JobExecutionException(e, context.getRefireCount() < MAX_REFIRES);
        }
    }

    private void record(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        long id = Long.parseLong(data.getString(FOLLOW_UP));
        if (store.confirmed(id).isEmpty()) {
            return; // done, rejected or deleted since it was planned
        }
        Instant due = Instant.ofEpochMilli(Long.parseLong(data.getString(DUE)));
        PlannedReminder reminder = new PlannedReminder(id, data.getString(KIND), LocalDate.parse(data.getString(OCCURRENCE)),
                data.getString(LEAD), due.atZone(zone), data.getString(TARGET), data.getString(TEXT));
        boolean late = clock.instant().isAfter(due.plus(lateAfter));
        if (store.recordDue(reminder, due, late)) {
            LOG.info("reminder due: follow-up {} {} {}{}", id, reminder.occurrence(), reminder.lead(), late ? " (late)" : "");
        }
    }
}
