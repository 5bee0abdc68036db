package dk.referent.bot.platform.teams;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.referent.bot.cli.CommandLineFactory;
import dk.referent.bot.platform.slack.MockSlackApi;
import dk.referent.bot.platform.slack.SignedRequests;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.persistence.TestDatabases;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code referent run} with Slack (HTTP mode) and Teams configured together, end to end against the stand-ins for
 * Slack and Microsoft, with the real database and Quartz: both platforms' webhooks on the one port, a question in each
 * answered on its own platform, and each confirmed deadline's reminder sent once, to the platform its owner's id
 * belongs to — a Slack user in Slack, a Teams user (their object id) in their Teams 1:1 chat.
 */
class SideBySideRunTest {

    private static final String SECRET = "side-signing-secret";
    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final Instant DUE = Instant.parse("2024-05-13T10:00:00Z");
    private static final String SLACK_OWNER = "U0ANNA001";
    private static final String TEAMS_OWNER = TeamsBotTest.USER;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private TestDatabases.FreshDatabase fresh;
    private MockMicrosoft microsoft;
    private MockSlackApi slack;

    @BeforeEach
    void twoDeadlinesOneOwnerOnEachPlatform() throws Exception {
        fresh = TestDatabases.fresh();
        microsoft = new MockMicrosoft();
        slack = new MockSlackApi();
        Files.writeString(dir.resolve("r.md"), """
                REFERAT Direktionen d. 22-04-2024

                Punkt 3: Høring om ungeanalysen
                24-001234
                Beslutning
                Godkendt. Fristen for høringssvar er mandag den 13. maj 2024.

                Punkt 4: Budget for sprogskolen
                24-001235
                Beslutning
                Godkendt. Budgettet sendes til økonomiudvalget senest mandag den 13. maj 2024.
                """);
        Clock april = Clock.fixed(Instant.parse("2024-05-01T08:00:00Z"), CPH);
        assertEquals(0, cli(april, InputStream.nullInputStream(), Map.of()).execute("ingest", dir.resolve("r.md").toString()));
        assertEquals(0, cli(april, InputStream.nullInputStream(), Map.of()).execute("followups", "confirm", "--all"));
        List<Long> deadlines = deadlines();
        assertEquals(2, deadlines.size(), "two deadlines in the minutes");
        assertEquals(0, cli(april, InputStream.nullInputStream(), Map.of()).execute("followups", "reassign",
                String.valueOf(deadlines.get(0)), "--to", SLACK_OWNER));
        assertEquals(0, cli(april, InputStream.nullInputStream(), Map.of()).execute("followups", "reassign",
                String.valueOf(deadlines.get(1)), "--to", TEAMS_OWNER));
        // the Teams owner has a 1:1 chat with Referent (she installed the app)
        new dk.referent.persistence.TeamsConversations(fresh.database(), april).remember(new dk.referent.persistence.TeamsConversations.Reference(
                TeamsBotTest.PERSONAL, microsoft.serviceUrl(), "tenant-1", TEAMS_OWNER, true));
    }

    private List<Long> deadlines() {
        return fresh.database().dsl().fetch("SELECT id FROM follow_up WHERE kind = 'deadline' ORDER BY id")
                .map(r -> ((Number) r.get(0)).longValue());
    }

    @AfterEach
    void stop() {
        slack.close();
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
        Map<String, String> env = new HashMap<>(Map.of("TEAMS_APP_ID", MockMicrosoft.APP_ID, "TEAMS_APP_PASSWORD", "side-app-password",
                "TEAMS_TENANT_ID", "tenant-1", "REFERENT_FOLLOWUP_CHANNEL", "C0FOLLOW1", "REFERENT_HTTP_PORT", String.valueOf(port)));
        env.put("REFERENT_TEAMS_OPENID_URL", microsoft.openId().toString());
        env.put("REFERENT_TEAMS_TOKEN_URL", microsoft.tokenUrl().toString());
        env.put("REFERENT_TEAMS_SERVICE_URL", microsoft.serviceUrl());
        env.put("SLACK_BOT_TOKEN", "xoxb-side");
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("REFERENT_SLACK_API_URL", slack.url());
        return env;
    }

    private ObjectNode teamsQuestion(String id, String text) {
        ObjectNode a = json.createObjectNode().put("type", "message").put("id", id).put("channelId", "msteams")
                .put("serviceUrl", microsoft.serviceUrl()).put("text", text);
        a.putObject("from").put("id", "29:1anna").put("aadObjectId", TEAMS_OWNER);
        a.putObject("recipient").put("id", "28:" + MockMicrosoft.APP_ID);
        a.putObject("conversation").put("id", TeamsBotTest.PERSONAL).put("conversationType", "personal").put("tenantId", "tenant-1");
        return a;
    }

    private static String slackDirectMessage(String eventId, String user, String text) {
        return "{\"token\":\"x\",\"team_id\":\"T0000001\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\"" + eventId
                + "\",\"event_time\":1700000000,\"event\":{\"type\":\"message\",\"user\":\"" + user + "\",\"text\":\"" + text
                + "\",\"ts\":\"1700000000.000500\",\"channel\":\"D0SIDE001\",\"channel_type\":\"im\",\"event_ts\":\"1700000000.000500\"}}";
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void slackAndTeamsRunSideBySideAndEachReminderGoesToItsOwnersPlatform() throws Exception {
        int port = freePort();
        PipedOutputStream typing = new PipedOutputStream();
        CommandLine run = cli(Clock.fixed(DUE, CPH), new PipedInputStream(typing), env(port));
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> run.execute("run"));
        HttpClient http = HttpClient.newHttpClient();
        try {
            // a signed Slack event and a signed Teams activity, on the one port
            await().atMost(60, TimeUnit.SECONDS).ignoreExceptions().until(() -> SignedRequests.post(http, port, SECRET,
                    slackDirectMessage("EvSide1", "U0000007", "Hvad blev besluttet om ungeanalysen?"), "application/json",
                    Instant.now().getEpochSecond(), true, 0).statusCode() == 200);
            String bearer = MockMicrosoft.bearer(microsoft.teamsKey, microsoft.serviceUrl(), DUE, UnaryOperator.identity());
            assertEquals(202, TeamsEndpoint.post(port, teamsQuestion("q1", "Hvad blev besluttet om ungeanalysen?"), bearer).statusCode());
            await().atMost(30, TimeUnit.SECONDS).until(() -> slack.posts().stream()
                    .anyMatch(p -> "D0SIDE001".equals(p.params().get("channel")) && p.params().get("text").startsWith("Godkendt.")));
            await().atMost(30, TimeUnit.SECONDS).until(() -> microsoft.posts().stream()
                    .anyMatch(p -> p.path().contains("a%3A1personalChatWithAnna") && p.body().toString().contains("Godkendt")));

            // each reminder (Quartz on the injected clock) on its owner's platform
            await().atMost(60, TimeUnit.SECONDS).until(() -> slackReminders().size() == 1 && teamsReminders().size() == 1);
        } finally {
            typing.close();
        }
        assertEquals(0, running.get(60, TimeUnit.SECONDS));
        // stopped: nothing more can be sent, so once is once
        assertEquals(1, slackReminders().size(), slack.posts().toString());
        assertEquals(SLACK_OWNER, slackReminders().get(0).params().get("channel"));
        assertEquals(1, teamsReminders().size(), microsoft.posts().toString());
        assertTrue(teamsReminders().get(0).path().contains("a%3A1personalChatWithAnna"), teamsReminders().get(0).path());
        assertTrue(slack.posts().stream().noneMatch(p -> p.params().get("text").contains(TEAMS_OWNER)), "the Teams owner was named in Slack");
    }

    private List<MockSlackApi.Call> slackReminders() {
        return slack.posts().stream().filter(p -> p.params().get("text").contains("Frist i dag")).toList();
    }

    private List<MockMicrosoft.Call> teamsReminders() {
        return microsoft.posts().stream().filter(p -> p.body().toString().contains("Frist i dag")).toList();
    }

    @Test
    void sideBySideTheFollowUpChannelMustBeOneOfTheRunningPlatforms() {
        StringWriter err = new StringWriter();
        Map<String, String> env = env(3000);
        env.put("REFERENT_FOLLOWUP_CHANNEL", "opfølgning");
        CommandLine run = cli(Clock.systemUTC(), InputStream.nullInputStream(), env);
        run.setErr(new PrintWriter(err, true));
        assertEquals(2, run.execute("run"));
        assertTrue(err.toString().contains("REFERENT_FOLLOWUP_CHANNEL"), err.toString());
    }
}
