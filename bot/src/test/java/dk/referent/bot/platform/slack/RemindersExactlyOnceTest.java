package dk.referent.bot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dk.referent.persistence.AuditLog;
import dk.referent.persistence.Database;
import dk.referent.persistence.MutableClock;
import dk.referent.persistence.TestDatabases;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.OutboxDispatcher;
import dk.referent.scheduler.ReminderStore;
import dk.referent.scheduler.SchedulerSettings;
import dk.referent.scheduler.plan.PlannedReminder;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's operator test: 153 reminders due at once, two instances on one database, the sending one killed with
 * SIGKILL in the middle of a batch (while Slack has taken a message and not yet answered), the other one's database
 * connections cut again and again while it takes over — and at the Slack stand-in, counted there, every reminder is
 * posted exactly once.
 */
class RemindersExactlyOnceTest {

    private static final int REMINDERS = 153;
    private static final int POSTED_BEFORE_THE_KILL = 23;

    @TempDir
    Path dir;

    private TestDatabases.FreshDatabase fresh;
    private MockSlackApi slack;
    private Process killed;

    @BeforeEach
    void start() throws Exception {
        fresh = TestDatabases.fresh();
        slack = new MockSlackApi();
    }

    @AfterEach
    void stop() {
        if (killed != null) {
            killed.destroyForcibly();
        }
        slack.release();
        slack.close();
        fresh.close();
    }

    /** {@code n} confirmed follow-ups, each with a reminder due now in the outbox, to seven Slack users in turn. */
    private void stageDueReminders(int n) {
        Database db = fresh.database();
        long meeting = ((Number) db.dsl().fetchValue("INSERT INTO meeting (body, meeting_date, source_name, content_hash, ingested_at,"
                + " ingested_by) VALUES ('Direktionen', DATE '2024-05-13', 'test.md', 'x', now(), 'test') RETURNING id")).longValue();
        ReminderStore store = new ReminderStore(db, new AuditLog(java.time.Clock.systemUTC()), java.time.Clock.systemUTC());
        ZonedDateTime now = ZonedDateTime.now(SchedulerSettings.COPENHAGEN);
        for (int i = 0; i < n; i++) {
            long followUp = ((Number) db.dsl().fetchValue("INSERT INTO follow_up (meeting_id, item_number, item_title, kind, due_date,"
                    + " owner, evidence, status, created_at) VALUES (?, ?, 'Høring', 'deadline', ?, 'U0USER00' || ?, 'Frist', 'confirmed', now())"
                    + " RETURNING id", meeting, 1 + i % 20, now.toLocalDate(), i % 7)).longValue();
            store.recordDue(new PlannedReminder(followUp, "deadline", now.toLocalDate(), "day", now, "U0USER00" + i % 7,
                    "Påmindelse nr. " + i), now.toInstant(), false);
        }
    }

    private Process senderProcess() throws Exception {
        File log = dir.resolve("sender.log").toFile();
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SendingInstance.class.getName(),
                fresh.url(), fresh.user(), fresh.password(), slack.url(), "sender-to-be-killed")
                .redirectErrorStream(true).redirectOutput(log).start();
    }

    /** Slack through the real client, with every database connection cut after each {@code every}-th message. */
    private ChatDelivery cuttingConnections(int every) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.url());
        SlackDelivery delivery = new SlackDelivery(Slack.getInstance(config).methods("xoxb-test"), "C0FOLLOWUP");
        AtomicInteger sent = new AtomicInteger();
        return new ChatDelivery() {
            @Override
            public DeliveryResult send(String target, String text) {
                return delivery.send(target, text);
            }

            @Override
            public DeliveryResult sendMarked(String target, String text, Long followUpId, String marker) {
                DeliveryResult result = delivery.sendMarked(target, text, followUpId, marker);
                if (sent.incrementAndGet() % every == 0) {
                    cutEveryConnection();
                }
                return result;
            }

            @Override
            public Optional<Boolean> delivered(String target, String marker) {
                return delivery.delivered(target, marker);
            }
        };
    }

    /** Terminates every other connection to the test's database, as a failover or a network cut does. */
    private void cutEveryConnection() {
        try (var c = java.sql.DriverManager.getConnection(fresh.url(), fresh.user(), fresh.password());
             var s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int unsettled() {
        try (var c = java.sql.DriverManager.getConnection(fresh.url(), fresh.user(), fresh.password());
             var s = c.createStatement();
             var r = s.executeQuery("SELECT count(*) FROM reminder_delivery WHERE status = 'pending'")) {
            r.next();
            return r.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reminderIn(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Påmindelse nr\\. \\d+").matcher(text);
        assertTrue(m.find(), text);
        return m.group();
    }

    @Test
    void everyReminderIsPostedExactlyOnceAfterTheSenderIsKilledMidBatchAndConnectionsAreCut() throws Exception {
        stageDueReminders(REMINDERS);
        slack.holdAfter(POSTED_BEFORE_THE_KILL);
        killed = senderProcess();
        assertTrue(slack.awaitHeld(120), "the sender posted " + POSTED_BEFORE_THE_KILL + " and is waiting for Slack's answer");
        killed.destroyForcibly();
        assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
        slack.release();

        // the other instance: its clock past the dead sender's leases, its connections cut after every tenth message
        MutableClock clock = new MutableClock(Instant.now().plus(OutboxDispatcher.LEASE).plusSeconds(60), SchedulerSettings.COPENHAGEN);
        try (Database other = fresh.connect()) {
            OutboxDispatcher dispatcher = new OutboxDispatcher(other, cuttingConnections(10), clock, SchedulerSettings.defaults("survivor"));
            for (int round = 0; round < 400 && unsettled() > 0; round++) {
                try {
                    dispatcher.dispatchOnce();
                } catch (RuntimeException connectionCut) {
                    // as the running service does: the next round tries again
                }
                clock.advance(OutboxDispatcher.LEASE.plusSeconds(1));
            }
        }

        // one reminder, however its text came out (a late one says so): its number in the text
        Map<String, Long> postsPerReminder = slack.accepted.stream().filter(c -> c.method().equals("chat.postMessage"))
                .collect(Collectors.groupingBy(c -> reminderIn(c.params().get("text")), Collectors.counting()));
        assertEquals(0, unsettled());
        assertEquals(REMINDERS, postsPerReminder.size(), "every reminder reached Slack");
        assertEquals(Map.of(), postsPerReminder.entrySet().stream().filter(e -> e.getValue() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "posted more than once");
        assertEquals(REMINDERS, slack.posts().size(), "no post refused or repeated");
    }
}
