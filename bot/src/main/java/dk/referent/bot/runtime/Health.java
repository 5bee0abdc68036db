package dk.referent.bot.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health} for Docker and Kubernetes: 200 when the database answers, the reminder scheduler fires and the
 * reminder outbox is not backing up; 503 otherwise — the JSON says which, in words:
 * {@code {"status":"ok","database":"ok","scheduler":"running","outbox":"ok"}}.
 */
public final class Health extends Handler.Abstract {

    public static final String PATH = "/health";
    private static final Logger LOG = LoggerFactory.getLogger(Health.class);
    /** A reminder still unsent this long after it fell due means the outbox is stuck, not merely busy. */
    public static final Duration BACKLOG = Duration.ofMinutes(15);
    /** A health check must answer quickly, also when the database does not. */
    private static final int QUERY_TIMEOUT_SECONDS = 2;

    private final DataSource database;
    private final Supplier<String> scheduler;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    /** {@code scheduler}: the scheduler's state in words, "running" when it fires ({@code ReminderScheduler::state}). */
    public Health(DataSource database, Supplier<String> scheduler, Clock clock) {
        this.database = database;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** The state in words; healthy when {@code status} is "ok". */
    public record Report(String status, String database, String scheduler, String outbox) {
        boolean healthy() {
            return status.equals("ok");
        }
    }

    public Report check() {
        String db;
        String outbox;
        try (Connection c = database.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
                s.execute("SELECT 1");
            }
            db = "ok";
            outbox = outbox(c);
        } catch (SQLException | RuntimeException e) {
            // the exception's class only: a driver's message may name hosts or users
            LOG.warn("health: the database did not answer: {}", e.getClass().getSimpleName());
            db = "unreachable";
            outbox = "unknown (no database)";
        }
        String quartz = scheduler.get();
        boolean ok = db.equals("ok") && quartz.equals("running") && outbox.equals("ok");
        return new Report(ok ? "ok" : "unhealthy", db, quartz, outbox);
    }

    private String outbox(Connection c) throws SQLException {
        Instant cutoff = clock.instant().minus(BACKLOG);
        try (PreparedStatement s = c.prepareStatement(
                "SELECT count(*), min(due_at) FROM reminder_delivery WHERE status = 'pending' AND due_at < ?")) {
            s.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            s.setTimestamp(1, Timestamp.from(cutoff));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long stuck = r.getLong(1);
                if (stuck == 0) {
                    return "ok";
                }
                long minutes = Duration.between(r.getTimestamp(2).toInstant(), clock.instant()).toMinutes();
                return "backing up: " + stuck + " reminder(s) unsent more than " + BACKLOG.toMinutes()
                        + " minutes after falling due, the oldest " + minutes + " minutes ago";
            }
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Report report = check();
        ObjectNode body = json.valueToTree(report);
        response.setStatus(report.healthy() ? 200 : 503);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, json.writeValueAsString(body), callback);
        return true;
    }
}
