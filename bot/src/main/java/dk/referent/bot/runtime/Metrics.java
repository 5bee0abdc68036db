package dk.referent.bot.runtime;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
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
 * {@code GET /metrics} in Prometheus's text format (Micrometer), and the one registry of the process. What the outbox,
 * the scheduler and the intake did is read from the database when scraped, not counted in memory: every instance of a
 * cluster then reports the cluster's numbers, a restart loses none, and an ingest from the {@code ingest} command (a
 * process of its own) is counted too. The scheduler module stays free of Micrometer.
 */
public final class Metrics extends Handler.Abstract {

    public static final String PATH = "/metrics";
    private static final Logger LOG = LoggerFactory.getLogger(Metrics.class);
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final DataSource database;
    private final Clock clock;

    public Metrics(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        counter("referent.reminders.sent", "Reminders delivered (late ones included)",
                "SELECT count(*) FROM reminder_delivery WHERE status = 'sent'");
        counter("referent.reminders.late", "Reminders delivered after they fell due (marked [Forsinket])",
                "SELECT count(*) FROM reminder_delivery WHERE status = 'sent' AND late");
        counter("referent.reminders.failed", "Reminders the platform refused for good",
                "SELECT count(*) FROM reminder_delivery WHERE status = 'failed'");
        gauge("referent.reminders.planned", "Reminders planned ahead (the scheduler's triggers for follow-ups)",
                "SELECT count(*) FROM qrtz_triggers WHERE trigger_group LIKE 'followup-%'", null);
        gauge("referent.outbox.depth", "Reminders waiting in the outbox",
                "SELECT count(*) FROM reminder_delivery WHERE status = 'pending'", null);
        Gauge.builder("referent.outbox.oldest.age", this, Metrics::oldestPendingSeconds)
                .description("How long the oldest waiting reminder has been due (0 when none waits)").baseUnit("seconds").register(registry);
        gauge("referent.publications.depth", "Publications and followers' notices waiting in the outbox",
                "SELECT count(*) FROM publication WHERE status = 'pending'", null);
        counter("referent.ingests", "Referater stored, new or updated, by the secretariat or the ingest command",
                "SELECT count(*) FROM audit_log WHERE action IN ('ingest.new', 'ingest.updated')");
        counter("referent.ingest.doubts", "Doubts (what could not be read) in the referater stored",
                "SELECT coalesce(sum((details->>'doubts')::int), 0) FROM audit_log WHERE action IN ('ingest.new', 'ingest.updated')");
    }

    /** The registry the running service's meters are registered in (the conversation's timer). */
    public MeterRegistry registry() {
        return registry;
    }

    private void counter(String name, String description, String sql) {
        FunctionCounter.builder(name, this, m -> m.count(sql)).description(description).register(registry);
    }

    private void gauge(String name, String description, String sql, String unit) {
        Gauge.builder(name, this, m -> m.count(sql)).description(description).baseUnit(unit).register(registry);
    }

    /** One number from the database; NaN (Prometheus's "no value") when it does not answer. */
    private double count(String sql) {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            try (ResultSet r = s.executeQuery(sql)) {
                return r.next() ? r.getDouble(1) : Double.NaN;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("a metric could not be read: {}", e.getClass().getSimpleName());
            return Double.NaN;
        }
    }

    private double oldestPendingSeconds() {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            try (ResultSet r = s.executeQuery("SELECT min(due_at) FROM reminder_delivery WHERE status = 'pending'")) {
                Timestamp oldest = r.next() ? r.getTimestamp(1) : null;
                if (oldest == null) {
                    return 0;
                }
                return Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("a metric could not be read: {}", e.getClass().getSimpleName());
            return Double.NaN;
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
        Content.Sink.write(response, true, registry.scrape(), callback);
        return true;
    }
}
