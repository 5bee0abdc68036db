package dk.referent.scheduler;

import static dk.referent.scheduler.Reminders.confirmedDeadlines;
import static dk.referent.scheduler.Reminders.lateRows;
import static dk.referent.scheduler.Reminders.outboxRows;
import static dk.referent.scheduler.Reminders.reminderAt;
import static dk.referent.scheduler.Reminders.scheduler;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.referent.persistence.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.listeners.JobListenerSupport;

/**
 * Reminders fired by Quartz from its JDBC store on a real PostgreSQL: once each, across restarts, crashes, two
 * clustered instances, downtime and a failing database. Quartz fires in real time, so these use the system clock
 * and place reminders a moment ahead.
 */
class ReminderFiringTest {

    private static final Clock CLOCK = Clock.system(SchedulerSettings.COPENHAGEN);

    private TestDatabases.FreshDatabase fresh;
    private List<Long> followUps;

    @BeforeEach
    void confirmedFollowUps() {
        fresh = TestDatabases.fresh();
        followUps = confirmedDeadlines(fresh.database(), 200, LocalDate.now(CLOCK).plusDays(10));
    }

    @AfterEach
    void drop() {
        fresh.close();
    }

    private DataSource dataSource() {
        return fresh.database().dataSource();
    }

    /** Counts the reminder jobs an instance runs (not what reaches the outbox, which is unique anyway). */
    private static AtomicInteger countRuns(ReminderScheduler s) throws Exception {
        AtomicInteger runs = new AtomicInteger();
        s.quartz().getListenerManager().addJobListener(new JobListenerSupport() {
            @Override
            public String getName() {
                return "count";
            }

            @Override
            public void jobWasExecuted(JobExecutionContext context, org.quartz.JobExecutionException e) {
                if (context.getJobDetail().getKey().equals(ReminderScheduler.REMINDER) && e == null) {
                    runs.incrementAndGet();
                }
            }
        });
        return runs;
    }

    @Test
    void aReminderScheduledBeforeAShutdownIsDeliveredOnceAfterTheRestart() throws Exception {
        Instant due = Instant.now().plusMillis(1500);
        try (ReminderScheduler before = scheduler("a", dataSource(), fresh.database(), CLOCK)) {
            before.start();
            before.schedule(reminderAt(followUps.get(0), due, "day"));
        }
        await().atMost(5, TimeUnit.SECONDS).until(() -> Instant.now().isAfter(due.plusSeconds(2)));
        assertEquals(0, outboxRows(fresh.database()), "nothing fires while Referent is down");
        try (ReminderScheduler after = scheduler("b", dataSource(), fresh.database(), CLOCK)) {
            after.start();
            await().atMost(10, TimeUnit.SECONDS).until(() -> outboxRows(fresh.database()) == 1);
        }
        assertEquals(1, outboxRows(fresh.database()));
    }

    @Test
    void aJobCutOffByACrashIsRecoveredByTheOtherInstanceAndRecordedOnce() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        ReminderScheduler crashing = scheduler("crashing", dataSource(), fresh.database(), CLOCK);
        crashing.quartz().getListenerManager().addJobListener(new JobListenerSupport() {
            @Override
            public String getName() {
                return "hang";
            }

            @Override
            public void jobToBeExecuted(JobExecutionContext context) {
                if (context.getJobDetail().getKey().equals(ReminderScheduler.REMINDER)) {
                    entered.countDown();
                    try {
                        stuck.await(60, TimeUnit.SECONDS); // the instance "dies" here, mid-job
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public void jobWasExecuted(JobExecutionContext context, org.quartz.JobExecutionException e) {
                finished.countDown();
            }
        });
        crashing.start();
        crashing.schedule(reminderAt(followUps.get(0), Instant.now().plusMillis(500), "day"));
        assertEquals(true, entered.await(10, TimeUnit.SECONDS));
        crashing.halt();
        try (ReminderScheduler survivor = scheduler("survivor", dataSource(), fresh.database(), CLOCK)) {
            survivor.start();
            await().atMost(30, TimeUnit.SECONDS).until(() -> outboxRows(fresh.database()) == 1);
            stuck.countDown(); // the crashed instance's thread runs on: it must not record the reminder again
            assertEquals(true, finished.await(10, TimeUnit.SECONDS));
        }
        assertEquals(1, outboxRows(fresh.database()));
    }

    @Test
    void twoClusteredInstancesFire200RemindersDueInTheSameMinuteExactlyOnce() throws Exception {
        try (ReminderScheduler a = scheduler("a", dataSource(), fresh.database(), CLOCK);
             ReminderScheduler b = scheduler("b", dataSource(), fresh.database(), CLOCK)) {
            AtomicInteger runsA = countRuns(a);
            AtomicInteger runsB = countRuns(b);
            Instant due = Instant.now().plusSeconds(3);
            for (long id : followUps) {
                a.schedule(reminderAt(id, due, "day"));
            }
            a.start();
            b.start();
            await().atMost(30, TimeUnit.SECONDS).until(() -> outboxRows(fresh.database()) == 200);
            await().atMost(5, TimeUnit.SECONDS).until(() -> runsA.get() + runsB.get() == 200);
            assertEquals(200, runsA.get() + runsB.get(), "each trigger fired by one instance, once");
        }
        Reminders.RecordingChat chat = new Reminders.RecordingChat();
        OutboxDispatcher dispatcher = new OutboxDispatcher(fresh.database(), chat, CLOCK, SchedulerSettings.defaults("firing-test"));
        // the rows may be staged before they are due: sent from their due time on
        await().atMost(30, TimeUnit.SECONDS).until(() -> {
            dispatcher.dispatchOnce();
            return chat.sent.size() >= 200;
        });
        dispatcher.dispatchOnce();
        assertEquals(200, chat.sent.size());
    }

    @Test
    void remindersMissedDuringDowntimeAreDeliveredLateOncePerOccurrence() throws Exception {
        try (ReminderScheduler s = scheduler("a", dataSource(), fresh.database(), CLOCK)) {
            Instant downSince = Instant.now().minus(Duration.ofHours(3));
            s.schedule(reminderAt(followUps.get(0), downSince, "7wd"));
            s.schedule(reminderAt(followUps.get(0), downSince.plus(Duration.ofHours(1)), "1wd"));
            s.schedule(reminderAt(followUps.get(1), downSince.plus(Duration.ofHours(2)), "day"));
            s.start();
            await().atMost(10, TimeUnit.SECONDS).until(() -> outboxRows(fresh.database()) == 3);
        }
        assertEquals(3, outboxRows(fresh.database()));
        assertEquals(3, lateRows(fresh.database()));
    }

    @Test
    void aDatabaseThatFailsSomeCallsStillGetsEveryReminderRecordedOnce() throws Exception {
        FlakyDataSource flaky = new FlakyDataSource(dataSource(), 0.2, new java.util.concurrent.atomic.AtomicBoolean());
        try (ReminderScheduler s = scheduler("a", flaky, fresh.database(), CLOCK)) {
            Instant due = Instant.now().plusSeconds(2);
            for (long id : followUps.subList(0, 50)) {
                s.schedule(reminderAt(id, due, "day"));
            }
            flaky.failing().set(true); // from here on, while the reminders fall due and fire
            s.start();
            await().atMost(20, TimeUnit.SECONDS).until(() -> outboxRows(fresh.database()) == 50);
        }
        assertEquals(50, outboxRows(fresh.database()));
    }

    /** A DataSource whose connections fail to open now and then, as a database under strain does. */
    private record FlakyDataSource(DataSource inner, double failures, java.util.concurrent.atomic.AtomicBoolean failing) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            if (failing.get() && ThreadLocalRandom.current().nextDouble() < failures) {
                throw new SQLException("connection refused (simulated)", "08001");
            }
            return inner.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public java.io.PrintWriter getLogWriter() throws SQLException {
            return inner.getLogWriter();
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) throws SQLException {
            inner.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            inner.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return inner.getLoginTimeout();
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return inner.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return inner.isWrapperFor(type);
        }
    }
}
