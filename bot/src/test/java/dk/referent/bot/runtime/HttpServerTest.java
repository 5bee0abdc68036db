package dk.referent.bot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.bot.Stores;
import dk.referent.bot.calendar.CalendarFeed;
import dk.referent.bot.calendar.CalendarFeedRoute;
import dk.referent.bot.calendar.CalendarFeedService;
import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Conversation;
import dk.referent.bot.chat.Place;
import dk.referent.bot.chat.Roles;
import dk.referent.bot.chat.Speaker;
import dk.referent.bot.intake.ReferatFiles;
import dk.referent.minutes.followup.FollowUpExtractor;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.persistence.CalendarFeeds;
import dk.referent.persistence.PreviewStore;
import dk.referent.persistence.TestDatabases;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.OutboxDispatcher;
import dk.referent.scheduler.ReminderScheduler;
import dk.referent.scheduler.SchedulerSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.server.Handler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one HTTP server as {@code run} mounts it — /health, /metrics and the calendar feeds — over a real (embedded)
 * database and a started reminder scheduler, asked with the JDK's HttpClient on a free port.
 */
class HttpServerTest {

    private static final Clock MAY = Clock.fixed(Instant.parse("2024-05-13T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final Speaker SECRETARY = new Speaker("slack", "U0SECRET1");
    private static final Place SECRETARY_DM = new Place("slack", "D0SECRET1", true);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private TestDatabases.FreshDatabase fresh;
    private Stores stores;
    private ReminderScheduler scheduler;
    private SchedulerSettings settings;
    private Conversation conversation;
    private WebServer server;

    @BeforeEach
    void start() throws Exception {
        fresh = TestDatabases.fresh();
        stores = Stores.over(fresh.database(), MAY, PreviewStore.DEFAULT_TTL);
        settings = SchedulerSettings.defaults("http-server-test");
        scheduler = new ReminderScheduler(stores.database().dataSource(), stores.reminders(), MAY, settings);
        scheduler.start();
        Metrics metrics = new Metrics(stores.database().dataSource(), MAY);
        DanishTemporalParser temporal = new DanishTemporalParser();
        conversation = Services.create(stores, scheduler, settings, (target, text) -> DeliveryResult.sent(),
                new Services.Readers(new ReferatFiles(new ReferatParser(), new FollowUpExtractor(temporal)),
                        new QuestionParser(QuestionParser.loadGlossary(), temporal), temporal),
                new Services.Settings("slack", "C0DECIDE1", new Roles(Set.of("U0SECRET1"), Set.of()), Set.of(), "https://referent.example.dk"),
                metrics.registry()).conversation();
        Map<String, Handler> routes = new LinkedHashMap<>();
        routes.put(Health.PATH, new Health(stores.database().dataSource(), scheduler::state, MAY));
        routes.put(Metrics.PATH, metrics);
        routes.put(CalendarFeedRoute.PATHS, new CalendarFeedRoute(new CalendarFeedService(stores.calendarFeeds(), CalendarFeed.withPlannerDefaults())));
        server = WebServer.start(0, routes);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        scheduler.close();
        fresh.close();
    }

    private HttpResponse<String> get(String path, UnaryOperator<HttpRequest.Builder> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET();
        return http.send(headers.apply(request).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, UnaryOperator.identity());
    }

    /** The secretariat confirms a referat in chat: a stored referat, its follow-ups confirmed. */
    private void confirmAReferat() {
        conversation.sent(SECRETARY, SECRETARY_DM, "Referat Direktionen 2024-05-13.md",
                () -> dk.referent.bot.intake.SecretariatFlowTest.REFERAT.getBytes(StandardCharsets.UTF_8), "");
        conversation.pressed(SECRETARY, SECRETARY_DM, Button.Action.PUBLISH, "");
    }

    private long aDeadline() {
        return ((Number) fresh.database().dsl().fetchValue(
                "SELECT id FROM follow_up WHERE status = 'confirmed' AND due_date IS NOT NULL ORDER BY id LIMIT 1")).longValue();
    }

    /** A reminder in the outbox, fallen due at {@code due}. */
    private void aReminderDue(long followUp, OffsetDateTime due) {
        aReminderDue(followUp, due, "P0D");
    }

    private void aReminderDue(long followUp, OffsetDateTime due, String lead) {
        fresh.database().dsl().execute("INSERT INTO reminder_delivery (follow_up_id, occurrence, lead, due_at, created_at, target, text,"
                + " next_attempt_at) VALUES (?, ?::date, ?, ?::timestamptz, ?::timestamptz, 'U0OWNER01', 'Frist i dag', ?::timestamptz)",
                followUp, due.toLocalDate().toString(), lead, due.toString(), due.toString(), due.toString());
    }

    @Test
    void healthIsOkWhileTheDatabaseAnswersAndTheSchedulerFires() throws Exception {
        HttpResponse<String> ok = get("/health");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("application/json", ok.headers().firstValue("Content-Type").orElse(""));
        JsonNode body = json.readTree(ok.body());
        assertEquals("ok", body.get("status").asText());
        assertEquals("ok", body.get("database").asText());
        assertEquals("running", body.get("scheduler").asText());
        assertEquals("ok", body.get("outbox").asText());

        scheduler.close();
        HttpResponse<String> down = get("/health");
        assertEquals(503, down.statusCode(), down.body());
        JsonNode said = json.readTree(down.body());
        assertEquals("unhealthy", said.get("status").asText());
        assertEquals("shut down", said.get("scheduler").asText());
        assertEquals("ok", said.get("database").asText());
    }

    @Test
    void healthSaysWhenTheOutboxIsBackingUp() throws Exception {
        confirmAReferat();
        // a reminder unsent for an hour since it fell due: the outbox is stuck, not busy
        aReminderDue(aDeadline(), OffsetDateTime.now(MAY).minusHours(1));
        HttpResponse<String> stuck = get("/health");
        assertEquals(503, stuck.statusCode(), stuck.body());
        String outbox = json.readTree(stuck.body()).get("outbox").asText();
        assertTrue(outbox.startsWith("backing up: 1 reminder(s)") && outbox.contains("60 minutes ago"), outbox);
    }

    @Test
    void healthIsUnavailableWhenTheDatabaseIsGone() throws Exception {
        fresh.database().close();
        HttpResponse<String> down = get("/health");
        assertEquals(503, down.statusCode(), down.body());
        JsonNode said = json.readTree(down.body());
        assertEquals("unreachable", said.get("database").asText());
        assertEquals("unknown (no database)", said.get("outbox").asText());
    }

    @Test
    void metricsCountRemindersQuestionsAndIngests() throws Exception {
        confirmAReferat();
        long deadline = aDeadline();
        aReminderDue(deadline, OffsetDateTime.now(MAY).minusMinutes(1));
        // and one that waited two hours: sent late
        aReminderDue(deadline, OffsetDateTime.now(MAY).minusHours(2), "P1D");
        String waiting = get("/metrics").body();
        assertTrue(waiting.contains("referent_outbox_depth 2.0"), waiting);
        assertTrue(waiting.contains("referent_outbox_oldest_age_seconds 7200.0"), waiting);
        new OutboxDispatcher(stores.database(), (target, text) -> DeliveryResult.sent(), MAY, settings).dispatchOnce();
        conversation.said(SECRETARY, SECRETARY_DM, "Hvad blev besluttet om budgettet?");

        HttpResponse<String> metrics = get("/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String text = metrics.body();
        for (String line : new String[] {"referent_reminders_sent_total 2.0", "referent_reminders_late_total 1.0",
                "referent_reminders_failed_total 0.0", "referent_outbox_depth 0.0", "referent_outbox_oldest_age_seconds 0.0",
                "referent_questions_answered_seconds_count 1", "referent_ingests_total 1.0", "referent_publications_depth"}) {
            assertTrue(text.contains(line), line + " in\n" + text);
        }
        assertTrue(text.contains("referent_ingest_doubts_total "), text);
        assertTrue(text.contains("referent_reminders_planned "), text);
    }

    @Test
    void aFeedIsServedThenNotModifiedThenGoneWhenRevoked() throws Exception {
        confirmAReferat();
        String token = stores.calendarFeeds().issue(CalendarFeeds.Feed.all(), "test");
        String path = CalendarFeedService.path(token);
        HttpResponse<String> feed = get(path);
        assertEquals(200, feed.statusCode());
        assertEquals("text/calendar; charset=utf-8", feed.headers().firstValue("Content-Type").orElse(""));
        assertTrue(feed.body().startsWith("BEGIN:VCALENDAR"), feed.body());
        String etag = feed.headers().firstValue("ETag").orElseThrow();
        String lastModified = feed.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> same = get(path, r -> r.header("If-None-Match", etag));
        assertEquals(304, same.statusCode());
        assertEquals("", same.body());
        assertEquals(etag, same.headers().firstValue("ETag").orElse(""));
        assertEquals(304, get(path, r -> r.header("If-Modified-Since", lastModified)).statusCode());
        // If-None-Match decides when both are given
        assertEquals(200, get(path, r -> r.header("If-None-Match", "\"other\"").header("If-Modified-Since", lastModified)).statusCode());

        stores.calendarFeeds().revoke(CalendarFeeds.Feed.all(), "test");
        HttpResponse<String> gone = get(path, r -> r.header("If-None-Match", etag));
        assertEquals(404, gone.statusCode());
        assertEquals("", gone.body());
        HttpResponse<String> unknown = get("/calendar/AAAAAAAAAAAAAAAAAAAAAA.ics");
        assertEquals(404, unknown.statusCode());
        assertEquals("", unknown.body());
        assertEquals(404, get("/calendar/" + token).statusCode());
    }
}
