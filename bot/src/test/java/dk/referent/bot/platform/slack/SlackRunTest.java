package dk.referent.bot.platform.slack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code referent run} with Slack configured, end to end: the real Bolt app and Web API client against a local
 * stand-in for Slack, the real database and Quartz. A confirmed deadline's reminder reaches the follow-up channel; a
 * slash command gets the decision from the stored minutes.
 */
class SlackRunTest {

    private static final String SECRET = "run-signing-secret";
    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    @TempDir
    Path dir;

    private TestDatabases.FreshDatabase fresh;
    private MockSlackApi slack;

    @BeforeEach
    void minutesWithAConfirmedDeadline() throws Exception {
        fresh = TestDatabases.fresh();
        slack = new MockSlackApi();
        Files.writeString(dir.resolve("r.md"), """
                REFERAT Direktionen d. 22-04-2024

                Punkt 3: Høring om ungeanalysen
                24-001234
                Beslutning
                Godkendt. Fristen for høringssvar er mandag den 13. maj 2024.
                """);
        Clock april = Clock.fixed(Instant.parse("2024-05-01T08:00:00Z"), CPH);
        assertEquals(0, cli(april, InputStream.nullInputStream(), Map.of(), false).execute("ingest", dir.resolve("r.md").toString()));
        assertEquals(0, cli(april, InputStream.nullInputStream(), Map.of(), false).execute("followups", "confirm", "--all"));
    }

    @AfterEach
    void stop() {
        slack.close();
        fresh.close();
    }

    private CommandLine cli(Clock clock, InputStream in, Map<String, String> env, boolean terminal) {
        CommandLine cl = CommandLineFactory.create(new CommandLineFactory.Dependencies(new ReferatParser(), new DanishTemporalParser(),
                new ObjectMapper(), fresh::connect, clock, in, terminal, env));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        return cl;
    }

    private static String directMessage(String eventId, String user, String text) {
        return "{\"token\":\"x\",\"team_id\":\"T0000001\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\"" + eventId
                + "\",\"event_time\":1700000000,\"event\":{\"type\":\"message\",\"user\":\"" + user + "\",\"text\":\"" + text
                + "\",\"ts\":\"1700000000.000500\",\"channel\":\"D0FOLLOW1\",\"channel_type\":\"im\",\"event_ts\":\"1700000000.000500\"}}";
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void remindersAndAnswersGoThroughSlack() throws Exception {
        int port = freePort();
        Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-run", "SLACK_SIGNING_SECRET", SECRET,
                "REFERENT_FOLLOWUP_CHANNEL", "C0FOLLOW1", "REFERENT_SLACK_API_URL", slack.url(), "REFERENT_HTTP_PORT", String.valueOf(port));
        PipedOutputStream typing = new PipedOutputStream();
        // everything logged while Referent runs with the most verbose logging: the tokens must never be in it
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged = new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        root.addAppender(logged);
        CommandLine run = cli(Clock.fixed(Instant.parse("2024-05-13T10:00:00Z"), CPH), new PipedInputStream(typing), env, true);
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> run.execute("-vv", "run"));
        await().atMost(60, TimeUnit.SECONDS).until(() -> slack.posts().stream()
                .anyMatch(p -> p.params().get("channel").equals("C0FOLLOW1") && p.params().get("text").contains("Frist i dag")));

        await().atMost(30, TimeUnit.SECONDS).ignoreExceptions().until(() -> SignedRequests.post(HttpClient.newHttpClient(), port, SECRET,
                SlackBotTest.slashCommand("Hvad blev besluttet om ungeanalysen?"), "application/x-www-form-urlencoded",
                Instant.now().getEpochSecond(), true, 0).statusCode() == 200);
        await().atMost(30, TimeUnit.SECONDS).until(() -> slack.posts().stream()
                .anyMatch(p -> p.params().get("channel").equals("C0000042") && p.params().get("text").startsWith("Godkendt.")));
        String answer = slack.posts().stream().filter(p -> p.params().get("channel").equals("C0000042")).findFirst().orElseThrow()
                .params().get("text");
        assertTrue(answer.contains("Direktionen, 22. april 2024, punkt 3: Høring om ungeanalysen (sag 24-001234)"), answer);

        // the reminder's Done button: the follow-up is done, and no reminder is planned for it any more
        long deadline = ((Number) fresh.database().dsl().fetchValue("SELECT id FROM follow_up WHERE kind = 'deadline'")).longValue();
        assertTrue(slack.posts().stream().filter(p -> p.params().get("channel").equals("C0FOLLOW1"))
                .allMatch(p -> p.params().get("blocks").contains("\"value\":\"" + deadline + "\"")));
        assertEquals(200, SignedRequests.post(HttpClient.newHttpClient(), port, SECRET, SlackBotTest.buttonClick("referent_done", deadline),
                "application/x-www-form-urlencoded", Instant.now().getEpochSecond(), true, 0).statusCode());
        await().atMost(30, TimeUnit.SECONDS).until(() -> "done".equals(
                fresh.database().dsl().fetchValue("SELECT status FROM follow_up WHERE id = ?", deadline)));
        await().atMost(30, TimeUnit.SECONDS).until(() -> slack.calls("chat.update").stream()
                .anyMatch(p -> p.params().get("blocks").contains("er markeret som udført")));
        assertEquals(0, ((Number) fresh.database().dsl().fetchValue("SELECT count(*) FROM qrtz_triggers WHERE trigger_group = ?",
                "followup-" + deadline)).intValue());

        typing.close();
        assertEquals(0, running.get(60, TimeUnit.SECONDS));
        root.detachAppender(logged);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
        assertTrue(logged.list.size() > 10, "verbose logging was on: " + logged.list.size());
        assertTrue(logged.list.stream().noneMatch(e -> e.getFormattedMessage().contains("xoxb-run") || e.getFormattedMessage().contains(SECRET)),
                "a token or the signing secret was logged");
    }

    @Test
    void slackWithoutASigningSecretIsRefusedWithoutNamingTheToken() {
        StringWriter err = new StringWriter();
        CommandLine run = cli(Clock.systemUTC(), InputStream.nullInputStream(), Map.of("SLACK_BOT_TOKEN", "xoxb-secret-value"), false);
        run.setErr(new PrintWriter(err, true));
        assertEquals(2, run.execute("run"));
        assertTrue(err.toString().contains("SLACK_SIGNING_SECRET"), err.toString());
        assertTrue(!err.toString().contains("xoxb-secret-value"));
    }

    @Test
    void socketModeAnswersWithoutAPublicUrlOrSigningSecret() throws Exception {
        SlackSocketModeTest.SlackSocket socket = new SlackSocketModeTest.SlackSocket();
        socket.start();
        try {
            await().atMost(5, TimeUnit.SECONDS).until(() -> socket.getPort() > 0);
            slack.socketUrl = "ws://127.0.0.1:" + socket.getPort() + "/link";
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-run", "SLACK_APP_TOKEN", "xapp-run",
                    "REFERENT_FOLLOWUP_CHANNEL", "C0FOLLOW1", "REFERENT_SLACK_API_URL", slack.url());
            PipedOutputStream typing = new PipedOutputStream();
            CommandLine run = cli(Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), CPH), new PipedInputStream(typing), env, true);
            CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> run.execute("run"));
            await().atMost(60, TimeUnit.SECONDS).until(() -> socket.client != null);
            socket.client.send("{\"envelope_id\":\"env-9\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,"
                    + "\"payload\":{\"token\":\"x\",\"team_id\":\"T0000001\",\"channel_id\":\"C0000042\",\"user_id\":\"U0000007\","
                    + "\"command\":\"/referent\",\"text\":\"Hvad blev besluttet om ungeanalysen?\","
                    + "\"response_url\":\"https://hooks.slack.com/1\",\"trigger_id\":\"1.2.3\"}}");
            await().atMost(30, TimeUnit.SECONDS).until(() -> slack.posts().stream()
                    .anyMatch(p -> p.params().get("channel").equals("C0000042") && p.params().get("text").startsWith("Godkendt.")));
            typing.close();
            assertEquals(0, running.get(60, TimeUnit.SECONDS));
        } finally {
            socket.stop(1000);
        }
    }

    @Test
    void theSecretariatUploadsPreviewsAndPublishesThenTheReminderIsDoneFromItsButton() throws Exception {
        int port = freePort();
        Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-run", "SLACK_SIGNING_SECRET", SECRET,
                "REFERENT_FOLLOWUP_CHANNEL", "C0FOLLOW1", "REFERENT_DECISIONS_CHANNEL", "C0DECIDE1", "REFERENT_SECRETARIAT", "U0SECRET1",
                "REFERENT_SLACK_API_URL", slack.url(), "REFERENT_HTTP_PORT", String.valueOf(port));
        PipedOutputStream typing = new PipedOutputStream();
        // the meeting day, 13 May 2024; moved to the deadline day once the referat is published
        java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(
                Instant.parse("2024-05-13T10:00:00Z"));
        Clock movable = new Clock() {
            @Override
            public ZoneId getZone() {
                return CPH;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(now.get(), zone);
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        CommandLine run = cli(movable, new PipedInputStream(typing), env, true);
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> run.execute("run"));
        HttpClient http = HttpClient.newHttpClient();
        String upload = SlackBotTest.fileShare(slack, "Ev0200", "U0SECRET1", "Referat_Direktionen_2024-05-13.md", """
                REFERAT Direktionen d. 13-05-2024

                Punkt 1: Ny vejledning om sygefravær
                24-004410
                Beslutning
                Godkendt. HR sender vejledningen til centercheferne senest tirsdag den 14. maj 2024.

                Punkt 2: Lukket: Personalesag
                24-000002
                Beslutning
                Fortrolig afskedigelse godkendt.
                """);
        // a leader follows the topic in a direct message before the referat is published
        await().atMost(30, TimeUnit.SECONDS).ignoreExceptions().until(() -> SignedRequests.post(http, port, SECRET,
                directMessage("Ev0199", "U0FOLLOW1", "følg sygefravær"), "application/json", Instant.now().getEpochSecond(), true, 0)
                .statusCode() == 200);
        await().atMost(30, TimeUnit.SECONDS).until(() -> slack.posts().stream().anyMatch(p -> p.params().get("text").startsWith("Du følger nu")));
        assertEquals(200, SignedRequests.post(http, port, SECRET, upload, "application/json", Instant.now().getEpochSecond(), true, 0).statusCode());
        await().atMost(30, TimeUnit.SECONDS).alias("the preview, among " + slack.posts()).until(() -> slack.posts().stream()
                .anyMatch(p -> p.params().get("text").startsWith("Forhåndsvisning — Direktionen, 13. maj 2024, 2 punkter:")));
        assertEquals(1, ((Number) fresh.database().dsl().fetchValue("SELECT count(*) FROM meeting")).intValue(), "a preview stores nothing");

        assertEquals(200, SignedRequests.post(http, port, SECRET, SlackBotTest.buttonClick("referent_publish", "publish", "U0SECRET1"),
                "application/x-www-form-urlencoded", Instant.now().getEpochSecond(), true, 0).statusCode());
        await().atMost(30, TimeUnit.SECONDS).until(() -> slack.posts().stream().anyMatch(p -> p.params().get("channel").equals("C0DECIDE1")));
        String published = slack.posts().stream().filter(p -> p.params().get("channel").equals("C0DECIDE1")).findFirst().orElseThrow()
                .params().get("text");
        assertTrue(published.startsWith("Beslutninger fra Direktionen, 13. maj 2024:"), published);
        assertTrue(published.contains("Punkt 2: Personalesag — lukket punkt") && !published.contains("afskedigelse"), published);
        await().atMost(30, TimeUnit.SECONDS).until(() -> slack.posts().stream().anyMatch(p -> p.params().get("channel").equals("U0FOLLOW1")
                && p.params().get("text").startsWith("Nyt om »sygefravær«")));
        String told = slack.posts().stream().filter(p -> p.params().get("channel").equals("U0FOLLOW1")
                && p.params().get("text").startsWith("Nyt om")).findFirst().orElseThrow().params().get("text");
        assertTrue(told.contains("punkt 1: Ny vejledning om sygefravær (sag 24-004410)") && !told.contains("Personalesag"), told);

        // its deadline reminder (14 May 2024 09:00) is past in real time: Quartz stages it at once; on the day it is sent
        now.set(Instant.parse("2024-05-14T08:00:00Z"));
        long followUp = ((Number) fresh.database().dsl().fetchValue(
                "SELECT f.id FROM follow_up f JOIN meeting m ON m.id = f.meeting_id WHERE m.meeting_date = DATE '2024-05-13'"
                        + " AND f.kind = 'deadline'")).longValue();
        await().atMost(60, TimeUnit.SECONDS).until(() -> slack.posts().stream()
                .anyMatch(p -> p.params().get("channel").equals("C0FOLLOW1") && p.params().get("blocks").contains("\"value\":\"" + followUp + "\"")));
        SignedRequests.post(http, port, SECRET, SlackBotTest.buttonClick("referent_done", followUp), "application/x-www-form-urlencoded",
                Instant.now().getEpochSecond(), true, 0);
        await().atMost(30, TimeUnit.SECONDS).until(() -> "done".equals(
                fresh.database().dsl().fetchValue("SELECT status FROM follow_up WHERE id = ?", followUp)));
        assertEquals(0, ((Number) fresh.database().dsl().fetchValue("SELECT count(*) FROM qrtz_triggers WHERE trigger_group = ?",
                "followup-" + followUp)).intValue());
        typing.close();
        assertEquals(0, running.get(60, TimeUnit.SECONDS));
    }
}
