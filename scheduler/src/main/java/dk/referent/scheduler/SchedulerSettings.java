package dk.referent.scheduler;

import dk.referent.scheduler.plan.LeadTimes;
import dk.referent.scheduler.plan.WorkingDays;
import java.time.Duration;
import java.time.ZoneId;

/**
 * How reminders are planned and delivered.
 *
 * @param instanceId     this instance's name in the Quartz cluster (unique per running process)
 * @param checkin        how often an instance tells the cluster it lives; a silent one is recovered after that
 * @param horizonDays    how far ahead triggers are kept in Quartz (re-planned nightly)
 * @param lateAfter      a reminder sent this long after it fell due is marked late
 * @param catchUpAfter   reminders older than this when they are sent go into one catch-up summary per target
 */
public record SchedulerSettings(String instanceId, int threads, Duration checkin, Duration misfireThreshold, int horizonDays,
                                Duration lateAfter, Duration catchUpAfter, Duration stageAhead, ZoneId zone, LeadTimes leads,
                                WorkingDays workingDays) {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    public static SchedulerSettings defaults(String instanceId) {
        return new SchedulerSettings(instanceId, 8, Duration.ofSeconds(15), Duration.ofSeconds(10), 35, Duration.ofMinutes(15),
                Duration.ofDays(14), Duration.ofMinutes(10), COPENHAGEN, LeadTimes.defaults(), WorkingDays.danish());
    }

    public SchedulerSettings withThreads(int n) {
        return new SchedulerSettings(instanceId, n, checkin, misfireThreshold, horizonDays, lateAfter, catchUpAfter, stageAhead, zone, leads, workingDays);
    }

    public SchedulerSettings withStageAhead(Duration d) {
        return new SchedulerSettings(instanceId, threads, checkin, misfireThreshold, horizonDays, lateAfter, catchUpAfter, d, zone, leads,
                workingDays);
    }

    public SchedulerSettings withCheckin(Duration d) {
        return new SchedulerSettings(instanceId, threads, d, misfireThreshold, horizonDays, lateAfter, catchUpAfter, stageAhead, zone, leads, workingDays);
    }

    public SchedulerSettings withMisfireThreshold(Duration d) {
        return new SchedulerSettings(instanceId, threads, checkin, d, horizonDays, lateAfter, catchUpAfter, stageAhead, zone, leads, workingDays);
    }
}
