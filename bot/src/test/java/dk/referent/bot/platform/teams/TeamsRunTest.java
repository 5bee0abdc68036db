package dk.referent.bot.platform.teams;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.referent.bot.cli.CommandLineFactory;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.persistence.TestDatabases;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * {@code referent run} with Teams configured, end to end against the local stand-in for Microsoft, with the real
 * database and Quartz: a signed question in a 1:1 chat is answered from the stored minutes through the Connector, an
 * unsigned one gets 401, the confirmed deadline's reminder (fired by Quartz on the injected clock) reaches its owner's
 * 1:1 chat and its Udført button marks it done (the card updated, no reminder left).
 */
class TeamsRunTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final Instant DUE = Instant.parse("2024-05-13T10:00:00Z");
    private static final String FOLLOW_UP = "19:followup0001@thread.tacv2";

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private TestDatabases.FreshDatabase fresh;
    private MockMicrosoft microsoft;

    @BeforeEach
    void minutesWithAConfirmedDeadline() throws Exception {
        fresh = TestDatabases.fresh();
        microsoft = new MockMicrosoft();
        Files.writeString(dir.resolve("r.md"), """
                REFERAT Direktionen d. 22-04-2024

                Punkt 3: Høring om ungeanalysen
                24-001234
                Beslutning
                Godkendt. Fristen for høringssvar er mandag den 13. maj 2024.
                """);
        Clock april = Clock.fixed(Instant.parse("2024-05-01T08:00:00Z"), CPH);
        assertEquals(0, cli(april, InputStream.nullInputStream(), Map.of()).execute("ingest", dir.resolve("r.md").toString()));
        assertEquals(0, cli(april, InputStream.nullInputStream(), Map.of()).execute("followups", "confirm", "--all"));
        // the deadline is Anna's, who has a 1:1 chat with Referent (she installed the app)
        assertEquals(0, cli(april, InputStream.nullInputStream(), Map.of()).execute("followups", "reassign", String.valueOf(deadline()),
                "--to", TeamsBotTest.USER));
        new dk.referent.persistence.TeamsConversations(fresh.database(), april).remember(new dk.referent.persistence.TeamsConversations.Reference(
                TeamsBotTest.PERSONAL, microsoft.serviceUrl(), "tenant-1", TeamsBotTest.USER, true));
    }

    private long deadline() {
        return ((Number) fresh.database().dsl().fetchValue("SELECT id FROM follow_up WHERE kind = 'deadline'")).longValue();
    }

    @AfterEach
    void stop() {
        microsoft.close();
        fresh.close();
    }

    private CommandLine cli(Clock clock, InputStream in, Map<String, String> env) {
        CommandLine cl = CommandLineFactory.create(new CommandLineFactory.Dependencies(new ReferatParser(), new DanishTemporalParser(),
                new ObjectMapper(), fresh::connect, clock, in, true, env));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return cl;
    }

    private Map<String, String> env(int port) {
        Map<String, String> env = new HashMap<>(Map.of("TEAMS_APP_ID", MockMicrosoft.APP_ID, "TEAMS_APP_PASSWORD", "run-app-password",
                "TEAMS_TENANT_ID", "tenant-1", "REFERENT_FOLLOWUP_CHANNEL", FOLLOW_UP, "REFERENT_HTTP_PORT", String.valueOf(port)));
        env.put("REFERENT_TEAMS_OPENID_URL", microsoft.openId().toString());
        env.put("REFERENT_TEAMS_TOKEN_URL", microsoft.tokenUrl().toString());
        env.put("REFERENT_TEAMS_SERVICE_URL", microsoft.serviceUrl());
        return env;
    }

    private ObjectNode activity(String id, String conversationId, String conversationType) {
        ObjectNode a = json.createObjectNode().put("type", "message").put("id", id).put("channelId", "msteams")
                .put("serviceUrl", microsoft.serviceUrl());
        a.putObject("from").put("id", "29:1anna").put("aadObjectId", TeamsBotTest.USER);
        a.putObject("recipient").put("id", "28:" + MockMicrosoft.APP_ID);
        a.putObject("conversation").put("id", conversationId).put("conversationType", conversationType).put("tenantId", "tenant-1");
        return a;
    }

    private static int post(int port, JsonNode activity, String authorization) throws Exception {
        return TeamsEndpoint.post(port, activity, authorization).statusCode();
    }

    private String signed() throws Exception {
        return MockMicrosoft.bearer(microsoft.teamsKey, microsoft.serviceUrl(), DUE, UnaryOperator.identity());
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void questionsRemindersAndButtonsGoThroughTeams() throws Exception {
        int port = freePort();
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        PipedOutputStream typing = new PipedOutputStream();
        CommandLine run = cli(Clock.fixed(DUE, CPH), new PipedInputStream(typing), env(port));
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> run.execute("-vv", "run"));
        try {
            ObjectNode question = activity("q1", TeamsBotTest.PERSONAL, "personal").put("text", "Hvad blev besluttet om ungeanalysen?");
            await().atMost(60, TimeUnit.SECONDS).ignoreExceptions().until(() -> post(port, question, signed()) == 202);
            await().atMost(30, TimeUnit.SECONDS).until(() -> microsoft.posts().stream()
                    .anyMatch(p -> p.path().contains("a%3A1personalChatWithAnna") && p.body().toString().contains("Godkendt")));
            assertEquals(401, post(port, activity("q2", TeamsBotTest.PERSONAL, "personal").put("text", "sprogskolen"), null));

            await().atMost(60, TimeUnit.SECONDS).until(() -> microsoft.posts().stream().anyMatch(this::reminder));
            MockMicrosoft.Call reminder = microsoft.posts().stream().filter(this::reminder).findFirst().orElseThrow();
            String cardId = "activity-" + (microsoft.calls.indexOf(reminder) + 1);
            long deadline = deadline();
            ObjectNode press = activity("p1", TeamsBotTest.PERSONAL, "personal").put("replyToId", cardId);
            press.putObject("value").put("action", "referent_done").put("id", String.valueOf(deadline));
            assertEquals(202, post(port, press, signed()));
            await().atMost(30, TimeUnit.SECONDS).until(() -> "done".equals(
                    fresh.database().dsl().fetchValue("SELECT status FROM follow_up WHERE id = ?", deadline)));
            await().atMost(30, TimeUnit.SECONDS).until(() -> microsoft.updates().stream()
                    .anyMatch(u -> u.path().endsWith("/activities/" + cardId) && u.body().toString().contains("markeret som udført")));
            assertEquals(0, ((Number) fresh.database().dsl().fetchValue("SELECT count(*) FROM qrtz_triggers WHERE trigger_group = ?",
                    "followup-" + deadline)).intValue());
        } finally {
            typing.close();
        }
        assertEquals(0, running.get(60, TimeUnit.SECONDS));
        root.detachAppender(logged);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
        assertTrue(logged.list.size() > 10, "verbose logging was on: " + logged.list.size());
        assertTrue(logged.list.stream().noneMatch(e -> e.getFormattedMessage().contains(MockMicrosoft.APP_TOKEN)
                || e.getFormattedMessage().contains("run-app-password")), "the app token or password was logged");
    }

    /** The deadline's reminder, in Anna's 1:1 chat. */
    private boolean reminder(MockMicrosoft.Call post) {
        return post.path().contains("a%3A1personalChatWithAnna") && post.body().toString().contains("Frist i dag");
    }

    @Test
    void teamsWithoutItsTenantIsRefusedWithoutNamingThePassword() {
        StringWriter err = new StringWriter();
        Map<String, String> env = env(3000);
        env.remove("TEAMS_TENANT_ID");
        CommandLine run = cli(Clock.systemUTC(), InputStream.nullInputStream(), env);
        run.setErr(new PrintWriter(err, true));
        assertEquals(2, run.execute("run"));
        assertTrue(err.toString().contains("TEAMS_TENANT_ID"), err.toString());
        assertFalse(err.toString().contains("run-app-password"));
    }
}
