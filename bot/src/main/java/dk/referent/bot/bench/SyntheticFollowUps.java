package dk.referent.bot.bench;

import dk.referent.persistence.Database;
import dk.referent.scheduler.ReminderScheduler;
import java.time.Instant;
import java.time.LocalDate;
import org.quartz.SchedulerException;

/** Many confirmed follow-ups inserted by SQL in bulk, for the reminder benchmark. */
public final class SyntheticFollowUps {

    private SyntheticFollowUps() {
    }

    /** {@code n} confirmed deadlines spread over the coming year, 100 to a meeting. */
    public static void load(Database db, int n, LocalDate today) {
        db.dsl().execute("""
                INSERT INTO meeting (body, meeting_date, source_name, content_hash, ingested_at, ingested_by)
                SELECT 'Direktionen', ?::date - 1 - g, 'bench-' || g, md5(g::text), now(), 'bench'
                FROM generate_series(0, (? - 1) / 100) g""", today, n);
        db.dsl().execute("""
                INSERT INTO follow_up (meeting_id, item_number, item_title, kind, due_date, owner, evidence, status, created_at)
                SELECT m.id, 1 + g % 20, 'Punkt ' || g, 'deadline', ?::date + 14 + (g % 350),
                       (ARRAY['Team Ejendomme', 'Jobcentret', 'Økonomistaben', NULL])[1 + g % 4],
                       'Frist for høringssvar nr. ' || g, 'confirmed', now()
                FROM generate_series(0, ? - 1) g JOIN meeting m ON m.source_name = 'bench-' || (g / 100)""", today, n);
        db.dsl().execute("ANALYZE");
    }

    /** {@code m} more reminders, all due at {@code at}, on the first follow-ups. */
    public static void dueAt(ReminderScheduler scheduler, Database db, int m, Instant at) throws SchedulerException {
        java.util.List<Long> ids = db.dsl().fetch("SELECT id FROM follow_up ORDER BY id LIMIT ?", m).getValues(0, Long.class);
        for (long id : ids) {
            scheduler.scheduleAt(id, at, "bench");
        }
    }
}
