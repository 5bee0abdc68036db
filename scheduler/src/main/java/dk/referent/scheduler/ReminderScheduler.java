package dk.referent.scheduler;

import javax.sql.DataSource;
import dk.referent.scheduler.plan.PlannableFollowUp;
import dk.referent.scheduler.plan.PlannedReminder;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DateBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reminders of confirmed follow-ups as Quartz triggers in the JDBC job store on Referent's own database,
 * clustered: every instance of Referent may fire them, each fires once. One trigger per planned reminder (one-shot,
 * fired at once when it was missed while Referent was down); a durable job per kind; a nightly re-planning that
 * extends the horizon and a weekly digest.
 */
public final class ReminderScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);
    static final String NAME = "referent";
    static final JobKey REMINDER = JobKey.jobKey("reminder", "referent");
    static final JobKey REPLAN = JobKey.jobKey("replan", "referent");
    static final JobKey DIGEST = JobKey.jobKey("digest", "referent");
    private static final String GROUP_PREFIX = "followup-";

    private final Scheduler quartz;
    private final ReminderStore store;
    private final ReminderPlans plans;
    private final Clock clock;
    private final SchedulerSettings settings;

    /** {@code dataSource}: the application's pool, where Quartz keeps its tables (migrated with the rest). */
    public ReminderScheduler(DataSource dataSource, ReminderStore store, Clock clock, SchedulerSettings settings) throws SchedulerException {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.plans = new ReminderPlans(store, settings);
        String pool = "referent-" + settings.instanceId();
        DBConnectionManager.getInstance().addConnectionProvider(pool, new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return connectionWithRetries(dataSource);
            }

            @Override
            public void shutdown() {
                // the pool belongs to the application
            }

            @Override
            public void initialize() {
                // the pool is already open
            }
        });
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", NAME);
        p.setProperty("org.quartz.scheduler.instanceId", settings.instanceId());
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        // many reminders fall due at 09:00: acquire them in batches, a little ahead, so they fire on time
        p.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", String.valueOf(settings.threads() * 5));
        p.setProperty("org.quartz.scheduler.batchTriggerAcquisitionFireAheadTimeWindow", "2000");
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(settings.threads()));
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", pool);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        // job data as text, not Java serialization: cheaper to write and read for every trigger, and readable
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", String.valueOf(settings.checkin().toMillis()));
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.setProperty("org.quartz.jobStore.misfireThreshold", String.valueOf(settings.misfireThreshold().toMillis()));
        p.setProperty("org.quartz.jobStore.dbRetryInterval", "500");
        StdSchedulerFactory factory = new StdSchedulerFactory(p);
        this.quartz = factory.getScheduler();
        // Quartz keeps schedulers in a JVM-wide registry by name; every instance of a cluster has the same name, and
        // each is owned by its composition root, not looked up
        SchedulerRepository.getInstance().remove(NAME);
        quartz.setJobFactory((bundle, scheduler) -> job(bundle.getJobDetail().getKey()));
        registerJobs();
    }

    private static final int CONNECTION_ATTEMPTS = 10;

    /**
     * A connection, retried a few times when opening one fails: Quartz gives up a step on the first failure, and a
     * trigger it had claimed when a later step failed waits for cluster recovery — a blip must not cost a reminder.
     */
    private static Connection connectionWithRetries(DataSource dataSource) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return dataSource.getConnection();
            } catch (SQLException e) {
                if (attempt == CONNECTION_ATTEMPTS) {
                    throw e;
                }
                LOG.debug("no database connection (attempt {}): {}", attempt, e.toString());
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private Job job(JobKey key) {
        if (key.equals(REMINDER)) {
            return new ReminderJob(store, clock, settings.lateAfter(), settings.zone());
        }
        if (key.equals(REPLAN)) {
            return context -> {
                try {
                    syncAll();
                } catch (SchedulerException e) {
                    throw new org.quartz.JobExecutionException(e);
                }
            };
        }
        if (key.equals(DIGEST)) {
            return new DigestJob(store, clock, settings.zone());
        }
        throw new IllegalStateException("unknown job " + key);
    }

    /** Whether it fires: started, and neither in standby nor shut down (what {@code /health} asks). */
    public String state() {
        try {
            if (quartz.isShutdown()) {
                return "shut down";
            }
            return !quartz.isStarted() || quartz.isInStandbyMode() ? "standby" : "running";
        } catch (SchedulerException e) {
            return "unknown";
        }
    }

    /** Starts firing (until then, reminders can be planned, and are kept, but nothing fires). */
    public void start() throws SchedulerException {
        quartz.start();
    }

    /** The jobs and the nightly and weekly triggers, once per cluster (whichever instance comes first). */
    private void registerJobs() throws SchedulerException {
        TimeZone zone = TimeZone.getTimeZone(settings.zone());
        addDurable(JobBuilder.newJob(ReminderJob.class).withIdentity(REMINDER).requestRecovery(true).storeDurably().build());
        addDurable(JobBuilder.newJob(Job.class).withIdentity(REPLAN).storeDurably().build());
        addDurable(JobBuilder.newJob(Job.class).withIdentity(DIGEST).storeDurably().build());
        scheduleOnce(TriggerBuilder.newTrigger().withIdentity("replan-nightly", "referent").forJob(REPLAN)
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(3, 0).inTimeZone(zone).withMisfireHandlingInstructionFireAndProceed())
                .build());
        scheduleOnce(TriggerBuilder.newTrigger().withIdentity("digest-monday", "referent").forJob(DIGEST)
                .withSchedule(CronScheduleBuilder.weeklyOnDayAndHourAndMinute(DateBuilder.MONDAY, 8, 0).inTimeZone(zone)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build());
    }

    private void addDurable(JobDetail job) throws SchedulerException {
        quartz.addJob(job, true);
    }

    private void scheduleOnce(Trigger trigger) throws SchedulerException {
        if (!quartz.checkExists(trigger.getKey())) {
            try {
                quartz.scheduleJob(trigger);
            } catch (org.quartz.ObjectAlreadyExistsException raced) {
                // another instance of the cluster registered it first
            }
        }
    }

    /**
     * Brings the follow-up's triggers in line with its plan: from now to the horizon; none when it is no longer
     * confirmed (done, rejected). Reminders whose time has passed are not scheduled afresh.
     */
    public void sync(long followUpId) throws SchedulerException {
        String group = GROUP_PREFIX + followUpId;
        Map<TriggerKey, Trigger> wanted = new HashMap<>();
        Optional<PlannableFollowUp> followUp = store.confirmed(followUpId);
        followUp.ifPresent(f -> plannedTriggers(f, new HashMap<>()).forEach(t -> wanted.put(t.getKey(), t)));
        Set<TriggerKey> existing = quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(group));
        for (TriggerKey key : existing) {
            Trigger now = quartz.getTrigger(key);
            Trigger want = wanted.get(key);
            if (want != null && now != null && want.getStartTime().equals(now.getStartTime())
                    && want.getJobDataMap().equals(now.getJobDataMap())) {
                wanted.remove(key);
            } else if (!missed(now, followUp)) {
                quartz.unscheduleJob(key);
            }
        }
        for (Trigger t : wanted.values()) {
            quartz.scheduleJob(t);
        }
    }

    /**
     * Every confirmed follow-up's triggers, in bulk; triggers no longer planned (follow-ups done, rejected, snoozed or
     * changed since) are removed.
     */
    public int syncAll() throws SchedulerException {
        List<PlannableFollowUp> all = store.confirmed();
        Set<Trigger> triggers = new HashSet<>();
        Map<String, List<LocalDate>> calendars = new HashMap<>();
        for (PlannableFollowUp f : all) {
            triggers.addAll(plannedTriggers(f, calendars));
        }
        Map<Long, PlannableFollowUp> confirmed = new HashMap<>();
        all.forEach(f -> confirmed.put(f.id(), f));
        Set<TriggerKey> stale = new HashSet<>(quartz.getTriggerKeys(GroupMatcher.triggerGroupStartsWith(GROUP_PREFIX)));
        triggers.forEach(t -> stale.remove(t.getKey()));
        for (java.util.Iterator<TriggerKey> i = stale.iterator(); i.hasNext(); ) {
            TriggerKey key = i.next();
            long id = Long.parseLong(key.getGroup().substring(GROUP_PREFIX.length()));
            if (missed(quartz.getTrigger(key), Optional.ofNullable(confirmed.get(id)))) {
                i.remove();
            }
        }
        if (!stale.isEmpty()) {
            quartz.unscheduleJobs(new ArrayList<>(stale));
        }
        if (!triggers.isEmpty()) {
            // one transaction for all of them; replace: a trigger planned again is updated, not duplicated
            quartz.scheduleJobs(Map.of(quartz.getJobDetail(REMINDER), triggers), true);
        }
        LOG.info("{} reminders planned for {} confirmed follow-ups ({} removed)", triggers.size(), all.size(), stale.size());
        return triggers.size();
    }

    /**
     * A reminder whose time passed while Referent was down (or before it fired): it stays, to be sent late, as long as
     * its follow-up is confirmed and not snoozed — re-planning only looks ahead and must not drop it.
     */
    private boolean missed(Trigger trigger, Optional<PlannableFollowUp> followUp) {
        return trigger != null && trigger.getNextFireTime() != null && followUp.isPresent() && followUp.get().snoozedUntil().isEmpty()
                && !trigger.getNextFireTime().toInstant().isAfter(clock.instant());
    }

    private List<Trigger> plannedTriggers(PlannableFollowUp f, Map<String, List<LocalDate>> calendars) {
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        Instant now = clock.instant();
        List<Trigger> out = new ArrayList<>();
        for (PlannedReminder r : plans.of(f, today, today.plusDays(settings.horizonDays()), calendars)) {
            if (r.fireAt().toInstant().isAfter(now)) {
                out.add(trigger(r));
            }
        }
        return out;
    }

    /** One extra reminder of a follow-up at {@code at} (benchmarks: many due at one instant). */
    public void scheduleAt(long followUpId, Instant at, String lead) throws SchedulerException {
        schedule(new PlannedReminder(followUpId, "deadline", at.atZone(settings.zone()).toLocalDate(), lead, at.atZone(settings.zone()),
                PlannedReminder.FOLLOW_UP_CHANNEL, "Påmindelse " + followUpId));
    }

    /** Schedules one reminder as planned (sync does this for plans; tests place reminders at chosen instants). */
    void schedule(PlannedReminder r) throws SchedulerException {
        quartz.scheduleJob(trigger(r));
    }

    private Trigger trigger(PlannedReminder r) {
        return TriggerBuilder.newTrigger()
                .withIdentity(r.occurrence() + "/" + r.lead(), GROUP_PREFIX + r.followUpId())
                .forJob(REMINDER)
                .usingJobData(ReminderJob.FOLLOW_UP, String.valueOf(r.followUpId()))
                .usingJobData(ReminderJob.KIND, r.kind())
                .usingJobData(ReminderJob.OCCURRENCE, r.occurrence().toString())
                .usingJobData(ReminderJob.LEAD, r.lead())
                .usingJobData(ReminderJob.TARGET, r.target())
                .usingJobData(ReminderJob.TEXT, r.text())
                .usingJobData(ReminderJob.DUE, String.valueOf(r.fireAt().toInstant().toEpochMilli()))
                .startAt(Date.from(staged(r)))
                // missed while Referent was down: fire as soon as it is back (the job marks it late)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    /**
     * When the reminder is staged: a moment before it is due, spread over the staging span by the reminder's
     * identity (the same every time it is planned), so reminders due together are not fired together.
     */
    private Instant staged(PlannedReminder r) {
        long span = settings.stageAhead().toMillis();
        if (span <= 0) {
            return r.fireAt().toInstant();
        }
        long spread = Math.floorMod((r.followUpId() * 31 + r.occurrence().toEpochDay()) * 31 + r.lead().hashCode(), span);
        return r.fireAt().toInstant().minusMillis(span - spread);
    }

    /** When a follow-up's scheduled reminders are due (for checks and the CLI). */
    public List<Instant> scheduled(long followUpId) throws SchedulerException {
        List<Instant> out = new ArrayList<>();
        for (TriggerKey key : quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP_PREFIX + followUpId))) {
            Trigger t = quartz.getTrigger(key);
            if (t != null && t.getNextFireTime() != null) {
                out.add(Instant.ofEpochMilli(Long.parseLong(t.getJobDataMap().getString(ReminderJob.DUE))));
            }
        }
        out.sort(null);
        return out;
    }

    /** Quartz itself, for tests that need to place a trigger directly. */
    Scheduler quartz() {
        return quartz;
    }

    /** Stops firing; jobs that run are waited for. */
    @Override
    public void close() throws SchedulerException {
        quartz.shutdown(true);
    }

    /** Stops at once, as a crash would: running jobs are not waited for and their triggers stay claimed. */
    void halt() throws SchedulerException {
        quartz.shutdown(false);
    }
}
