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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);

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
        String[] db;
        try {
            // a pool waiting for a connection to a database that is gone would hold the probe for half a minute
            db = CompletableFuture.supplyAsync(this::database).get(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            db = new String[] {"unreachable (no answer within " + ANSWER_WITHIN.toSeconds() + " s)", "unknown (no database)"};
        } catch (ExecutionException e) {
            db = new String[] {"unreachable", "unknown (no database)"};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            db = new String[] {"unknown (interrupted)", "unknown (no database)"};
        }
        String quartz = scheduler.get();
        boolean ok = db[0].equals("ok") && quartz.equals("running") && db[1].equals("ok");
        return new Report(ok ? "ok" : "unhealthy", db[0], quartz, db[1]);
    }

    /** The database's state and the outbox's, in words. */
    private String[] database() {
        try (Connection c = database.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
                s.execute("SELECT 1");
            }
            return new String[] {"ok", outbox(c)};
        } catch (SQLException | RuntimeException e) {
            // the exception's class only: a driver's message may name hosts or users
            LOG.warn("health: the database did not answer: {}", e.getClass().getSimpleName());
            return new String[] {"unreachable", "unknown (no database)"};
        }
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
