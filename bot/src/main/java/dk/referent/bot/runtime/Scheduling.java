package dk.referent.bot.runtime;

import dk.referent.bot.Stores;
import dk.referent.scheduler.FollowUpDecisions;
import dk.referent.scheduler.ReminderScheduler;
import dk.referent.scheduler.SchedulerSettings;
import java.io.IOException;
import org.quartz.SchedulerException;

/**
 * The reminder scheduler for a command: joined to the cluster in standby (it plans and changes triggers in the
 * database; the running bot fires them), shut down when the command ends.
 */
public final class Scheduling {

    private Scheduling() {
    }

    @FunctionalInterface
    public interface Work {
        int run(ReminderScheduler scheduler, FollowUpDecisions decisions) throws IOException, SchedulerException;
    }

    /** This process's name in the cluster: host and process id, unique among the instances that run at once. */
    public static SchedulerSettings settings() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "host";
        }
        return SchedulerSettings.defaults(host + "-" + ProcessHandle.current().pid());
    }

    public static int with(Stores stores, Work work) throws IOException {
        ReminderScheduler scheduler;
        try {
            scheduler = new ReminderScheduler(stores.database().dataSource(), stores.reminders(), stores.clock(), settings());
        } catch (SchedulerException e) {
            throw new IOException("the reminder scheduler could not start: " + e.getMessage(), e);
        }
        try (scheduler) {
            return work.run(scheduler, new FollowUpDecisions(stores.followUps(), scheduler));
        } catch (SchedulerException e) {
            throw new IOException("reminders could not be planned: " + e.getMessage(), e);
        }
    }
}
