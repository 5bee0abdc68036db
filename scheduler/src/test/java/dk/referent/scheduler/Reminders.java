package dk.referent.scheduler;

import dk.referent.persistence.AuditLog;
import dk.referent.persistence.Database;
import dk.referent.persistence.TestDatabases;
import dk.referent.scheduler.plan.PlannedReminder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.quartz.SchedulerException;

/** Test data and parts for the reminder tests: confirmed follow-ups in a real database, schedulers, a recording chat. */
final class Reminders {

    private Reminders() {
    }

    /** Inserts a meeting with {@code n} confirmed deadline follow-ups; returns their ids. */
    static List<Long> confirmedDeadlines(Database db, int n, LocalDate due) {
        long meeting = ((Number) db.dsl().fetchValue("INSERT INTO meeting (body, meeting_date, source_name, content_hash, ingested_at,"
                + " ingested_by) VALUES ('Direktionen', ?, 'test.md', md5(random()::text), now(), 'test') RETURNING id", due.minusDays(30)))
                .longValue();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(((Number) db.dsl().fetchValue("INSERT INTO follow_up (meeting_id, item_number, item_title, kind, due_date, owner, evidence,"
                    + " status, created_at) VALUES (?, ?, 'Høring om ungeanalysen', 'deadline', ?, 'Team Ejendomme',"
                    + " 'Frist for høringssvar er ' || ?::text, 'confirmed', now()) RETURNING id", meeting, 1 + i % 20, due,
                    due.toString())).longValue());
        }
        return ids;
    }

    static PlannedReminder reminderAt(long followUp, Instant at, String lead) {
        return new PlannedReminder(followUp, "deadline", at.atZone(SchedulerSettings.COPENHAGEN).toLocalDate(), lead,
                at.atZone(SchedulerSettings.COPENHAGEN), "Team Ejendomme", "Frist for høringssvar (" + lead + ")");
    }

    /** A clustered scheduler instance on {@code dataSource} that notices a silent peer within a few seconds. */
    static ReminderScheduler scheduler(String instance, DataSource dataSource, Database db, Clock clock) throws SchedulerException {
        SchedulerSettings settings = SchedulerSettings.defaults(instance).withCheckin(Duration.ofMillis(500))
                .withMisfireThreshold(Duration.ofSeconds(1));
        return new ReminderScheduler(dataSource, new ReminderStore(db, new AuditLog(clock), clock), clock, settings);
    }

    static int outboxRows(Database db) {
        return db.dsl().fetchCount(db.dsl().selectFrom("reminder_delivery"));
    }

    static int lateRows(Database db) {
        return db.dsl().fetchCount(db.dsl().selectFrom("reminder_delivery").where("late"));
    }

    /** A chat that records what it is sent and answers with the given results in turn (then "sent"). */
    static final class RecordingChat implements ChatDelivery {
        final List<String> sent = new CopyOnWriteArrayList<>();
        private final List<DeliveryResult> answers = new CopyOnWriteArrayList<>();

        RecordingChat answering(DeliveryResult... results) {
            answers.addAll(List.of(results));
            return this;
        }

        @Override
        public DeliveryResult send(String target, String text) {
            sent.add(target + ": " + text);
            return answers.isEmpty() ? DeliveryResult.sent() : answers.remove(0);
        }
    }

    static TestDatabases.FreshDatabase fresh() {
        return TestDatabases.fresh();
    }
}
