package dk.referent.bot.cli;

import dk.referent.persistence.AuditLog;
import dk.referent.persistence.Database;
import dk.referent.persistence.FollowUpStore;
import dk.referent.scheduler.FollowUpDecisions;
import dk.referent.scheduler.ReminderScheduler;
import dk.referent.scheduler.ReminderStore;
import dk.referent.scheduler.SchedulerSettings;
import java.io.IOException;
import java.time.Clock;
import org.quartz.SchedulerException;

/**
 * The reminder scheduler for a command: joined to the cluster in standby (it plans and changes triggers in the
 * database; the running bot fires them), shut down when the command ends.
 */
final class Scheduling {

    private Scheduling() {
    }

    @FunctionalInterface
    interface Work {
        int run(ReminderScheduler scheduler, FollowUpDecisions decisions) throws IOException, SchedulerException;
    }

    /** This process's name in the cluster: host and process id, unique among the instances that run at once. */
    static SchedulerSettings settings() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "host";
        }
        return SchedulerSettings.defaults(host + "-" + ProcessHandle.current().pid());
    }

    static int with(Database db, Clock clock, Work work) throws IOException {
        ReminderScheduler scheduler;
        try {
            scheduler = new ReminderScheduler(db.dataSource(), new ReminderStore(db, new AuditLog(clock), clock), clock, settings());
        } catch (SchedulerException e) {
            throw new IOException("the reminder scheduler could not start: " + e.getMessage(), e);
        }
        try (scheduler) {
            return work.run(scheduler, new FollowUpDecisions(new FollowUpStore(db, new AuditLog(clock), clock), scheduler));
        } catch (SchedulerException e) {
            throw new IOException("reminders could not be planned: " + e.getMessage(), e);
        }
    }
}
