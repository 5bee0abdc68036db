package dk.referent.bot.platform.slack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Reply;
import dk.referent.bot.runtime.WebServer;
import dk.referent.persistence.InboundEvents;
import dk.referent.persistence.TestDatabases;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The Bolt app behind Referent's HTTP endpoint: signed requests in, answers out to a local stand-in for Slack's Web API. */
class SlackBotTest {

    private static final String SECRET = "test-signing-secret";
    /** Slack gives every interaction a trigger id of its own. */
    private static final AtomicLong TRIGGERS = new AtomicLong();
    /** "Now" for the server's check of a request's timestamp. */
    private static final Instant NOW = Instant.now();

    private MockSlackApi slack;
    private WebServer server;
    private final RecordingConversation conversation = new RecordingConversation();
    private ExecutorService work;
    private final HttpClient http = HttpClient.newHttpClient();
    private TestDatabases.FreshDatabase fresh;

    @BeforeEach
    void start() throws Exception {
        fresh = TestDatabases.fresh();
        slack = new MockSlackApi();
        work = Executors.newSingleThreadExecutor();
        // the answer is Referent's plain text; here one that carries what minutes may carry: <, >, & and a broadcast
        conversation.replies = question -> Reply.of("Godkendt <!channel> & videre: " + question + "\nDirektionen, 29. april 2024, punkt 1");
        // the leaders are the Slack user group S0LEADERS
        slack.canned.put("usergroups.users.list", "{\"ok\":true,\"users\":[\"U0LEADER1\"]}");
        server = server(conversation, work);
    }

    /** A Slack bot and its HTTP endpoint over this test's database: one instance of Referent. */
    private WebServer server(RecordingConversation conversation, ExecutorService work) throws Exception {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.url());
        Slack client = Slack.getInstance(config);
        SlackBot bot = new SlackBot(AppConfig.builder().singleTeamBotToken("xoxb-test").signingSecret(SECRET).slack(client).build(),
                conversation, new SlackUserGroups(client.methods("xoxb-test"), java.util.Set.of("U0SECRET1", "S0LEADERS")), work,
                new InboundEvents(fresh.database(), Clock.fixed(NOW, ZoneOffset.UTC)));
        return WebServer.start(0, java.util.Map.of(SlackEvents.PATH, new SlackEvents(bot.app(), Clock.fixed(NOW, ZoneOffset.UTC))));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        work.shutdownNow();
        work.awaitTermination(5, TimeUnit.SECONDS);
        slack.close();
        fresh.close();
    }

    private HttpResponse<String> post(String body, String contentType, long timestamp, boolean signed, int retry) throws Exception {
        return SignedRequests.post(http, server.port(), SECRET, body, contentType, timestamp, signed, retry);
    }

    static String slashCommand(String text) {
        return "command=" + URLEncoder.encode("/referent", StandardCharsets.UTF_8) + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&channel_id=C0000042&user_id=U0000007&team_id=T0000001&response_url="
                + URLEncoder.encode("https://hooks.slack.com/commands/1", StandardCharsets.UTF_8) + "&trigger_id=1.2." + TRIGGERS.incrementAndGet();
    }

    private static String mention(String eventId, String text) {
        return mention(eventId, "U0000007", text);
    }

    private static String mention(String eventId, String user, String text) {
        return "{\"token\":\"x\",\"team_id\":\"T0000001\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\"" + eventId
                + "\",\"event_time\":1700000000,\"event\":{\"type\":\"app_mention\",\"user\":\"" + user + "\",\"text\":\"" + text
                + "\",\"ts\":\"1700000000.000200\",\"channel\":\"C0000042\",\"event_ts\":\"1700000000.000200\"}}";
    }

    private static long now() {
        return NOW.getEpochSecond();
    }

    @Test
    void aSlashCommandIsAcknowledgedAndAnsweredInItsChannel() throws Exception {
        HttpResponse<String> response = post(slashCommand("Hvad blev besluttet om sprogskolen?"),
                "application/x-www-form-urlencoded", now(), true, 0);
        assertEquals(200, response.statusCode());
        await().atMost(10, TimeUnit.SECONDS).until(() -> slack.posts().size() == 1);
        MockSlackApi.Call post = slack.posts().get(0);
        assertEquals("C0000042", post.params().get("channel"));
        assertTrue(post.params().get("text").contains("Hvad blev besluttet om sprogskolen?"), post.params().toString());
    }

    @Test
    void textFromTheMinutesCannotBroadcastOrLink() throws Exception {
        post(slashCommand("sprogskolen"), "application/x-www-form-urlencoded", now(), true, 0);
        await().atMost(10, TimeUnit.SECONDS).until(() -> slack.posts().size() == 1);
        MockSlackApi.Call post = slack.posts().get(0);
        assertFalse(post.params().get("text").contains("<!channel>"), post.params().get("text"));
        assertTrue(post.params().get("text").startsWith("Godkendt &lt;!channel&gt; &amp; videre"), post.params().get("text"));
        assertFalse(post.params().get("blocks").contains("<!channel>"), post.params().get("blocks"));
    }

    @Test
    void anUnsignedRequestIsRefused() throws Exception {
        assertEquals(401, post(slashCommand("sprogskolen"), "application/x-www-form-urlencoded", now(), false, 0).statusCode());
        assertEquals(0, slack.posts().size());
    }

    @Test
    void aStaleRequestIsRefused() throws Exception {
        assertEquals(401, post(slashCommand("sprogskolen"), "application/x-www-form-urlencoded", now() - 600, true, 0).statusCode());
    }

    @Test
    void aRequestMoreThanFiveMinutesFromNowEitherWayIsRefused() throws Exception {
        String body = slashCommand("sprogskolen");
        assertEquals(401, post(body, "application/x-www-form-urlencoded", now() + 6 * 60, true, 0).statusCode());
        assertEquals(401, post(body, "application/x-www-form-urlencoded", now() + 365L * 24 * 3600, true, 0).statusCode());
        assertEquals(401, post(body, "application/x-www-form-urlencoded", now() - 6 * 60, true, 0).statusCode());
        assertEquals(200, post(body, "application/x-www-form-urlencoded", now(), true, 0).statusCode());
        await().atMost(10, TimeUnit.SECONDS).until(() -> slack.posts().size() == 1);
        assertEquals(1, conversation.heard.size(), conversation.heard.toString());
    }

    @Test
    void aRetryReachingAnotherInstanceOverTheSameDatabaseIsAnsweredOnce() throws Exception {
        RecordingConversation other = new RecordingConversation();
        ExecutorService otherWork = Executors.newSingleThreadExecutor();
        try (WebServer second = server(other, otherWork)) {
            String body = mention("Ev0002", "<@UBOT0001> Hvad blev besluttet om kantinen?");
            assertEquals(200, post(body, "application/json", now(), true, 0).statusCode());
            assertEquals(200, SignedRequests.post(http, second.port(), SECRET, body, "application/json", now(), true, 1).statusCode());
        }
        // whether a request is new is settled before it is acknowledged: once both instances are idle, all is said
        otherWork.shutdown();
        work.shutdown();
        assertTrue(otherWork.awaitTermination(10, TimeUnit.SECONDS) && work.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(1, conversation.heard.size() + other.heard.size(), conversation.heard + " " + other.heard);
        assertEquals(1, slack.posts().size());
    }

    @Test
    void aRetryAfterARestartIsNotAnsweredAgain() throws Exception {
        String body = mention("Ev0003", "<@UBOT0001> Hvad blev besluttet om kantinen?");
        assertEquals(200, post(body, "application/json", now(), true, 0).statusCode());
        await().atMost(10, TimeUnit.SECONDS).until(() -> slack.posts().size() == 1);
        server.close();
        RecordingConversation restarted = new RecordingConversation();
        ExecutorService restartedWork = Executors.newSingleThreadExecutor();
        server = server(restarted, restartedWork);
        assertEquals(200, post(body, "application/json", now(), true, 2).statusCode());
        restartedWork.shutdown();
        assertTrue(restartedWork.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(List.of(), restarted.heard);
        assertEquals(1, slack.posts().size());
    }

    @Test
    void aUserWithThreeWaitingIsToldToWaitAndOthersAreStillAnswered() throws Exception {
        CountDownLatch longOneStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RecordingConversation slow = new RecordingConversation();
        slow.replies = q -> {
            if (q.startsWith("langt")) {
                longOneStarted.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Reply.of("Svar på: " + q);
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try (WebServer busy = server(slow, two)) {
            for (int i = 1; i <= 4; i++) {
                assertEquals(200, SignedRequests.post(http, busy.port(), SECRET, mention("Ev01" + i, "U0000007", "<@UBOT0001> langt " + i),
                        "application/json", now(), true, 0).statusCode());
            }
            assertTrue(longOneStarted.await(10, TimeUnit.SECONDS));
            // the fourth is refused at once, in words, and only that one
            assertEquals(1, slack.posts().size(), slack.posts().toString());
            assertTrue(slack.posts().get(0).params().get("text").contains("vent på svarene"), slack.posts().get(0).params().toString());
            // another user is answered while the first user's long question still holds a thread
            SignedRequests.post(http, busy.port(), SECRET, mention("Ev0200", "U0000008", "<@UBOT0001> kort"), "application/json", now(), true, 0);
            await().atMost(10, TimeUnit.SECONDS).until(() -> slack.posts().stream().anyMatch(p -> p.params().get("text").contains("Svar på: kort")));
            release.countDown();
            await().atMost(10, TimeUnit.SECONDS).until(() -> slack.posts().size() == 5);
        } finally {
            release.countDown();
            two.shutdownNow();
        }
        assertEquals(List.of("langt 1", "langt 2", "langt 3"), slow.heard.stream().filter(h -> h.contains("langt"))
                .map(h -> h.substring(h.indexOf("langt"))).toList());
    }

    @Test
    void nothingFromAnUnsignedOrOversizedBodyIsLoggedEvenWithSlacksOwnLoggingAtDebug() throws Exception {
        String forged = "FORGED\\n12:00:00.000 ERROR dk.referent - the secretariat's password is hunter2";
        List<String> lines = logged(Level.DEBUG, () -> {
            assertEquals(401, post(mention("Ev0300", forged), "application/json", now(), false, 0).statusCode());
            assertEquals(401, post("payload=%zz" + URLEncoder.encode(forged, StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
                    now(), false, 0).statusCode());
            assertEquals(413, post("FORGED ".repeat(750_000), "application/json", now(), false, 0).statusCode());
        });
        assertTrue(lines.stream().noneMatch(l -> l.contains("FORGED") || l.contains("hunter2")), "an unsigned body was logged: " + lines);
        assertEquals(0, slack.posts().size());
    }

    @Test
    void whatIsLoggedAboutASignedButUnreadableRequestIsOneShortLine() throws Exception {
        String forged = "FORGED\n12:00:00.000 ERROR dk.referent - the secretariat's password is hunter2" + "x".repeat(5000);
        List<String> lines = logged(null, () -> post("payload=%zz" + forged.replace(" ", "+"), "application/x-www-form-urlencoded", now(), true, 0));
        assertTrue(lines.stream().noneMatch(l -> l.contains("\n12:00") || l.length() > 500), "a log line could be forged or flooded: " + lines);
    }

    @FunctionalInterface
    private interface Requests {
        void send() throws Exception;
    }

    /** What is logged while {@code requests} are sent, with -vv's root level; Slack's own logging at {@code slackLevel} when given. */
    private static List<String> logged(Level slackLevel, Requests requests) throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger bolt = (Logger) LoggerFactory.getLogger("com.slack.api");
        Level rootLevel = root.getLevel();
        Level boltLevel = bolt.getLevel();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        root.setLevel(Level.DEBUG);
        if (slackLevel != null) {
            bolt.setLevel(slackLevel);
        }
        try {
            requests.send();
        } finally {
            root.detachAppender(log);
            root.setLevel(rootLevel);
            bolt.setLevel(boltLevel);
        }
        return log.list.stream().map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage()))
                .toList();
    }

    @Test
    void aMentionIsAnsweredInItsThreadOnceEvenWhenSlackRetries() throws Exception {
        String body = mention("Ev0001", "<@UBOT0001> Hvad blev besluttet om kantinen?");
        assertEquals(200, post(body, "application/json", now(), true, 0).statusCode());
        assertEquals(200, post(body, "application/json", now(), true, 1).statusCode());
        await().atMost(10, TimeUnit.SECONDS).until(() -> slack.posts().size() == 1);
        MockSlackApi.Call post = slack.posts().get(0);
        assertEquals("1700000000.000200", post.params().get("thread_ts"));
        assertTrue(post.params().get("text").contains("Hvad blev besluttet om kantinen?"));
        assertFalse(post.params().get("text").contains("UBOT0001"));
        await().during(java.time.Duration.ofMillis(500)).atMost(2, TimeUnit.SECONDS).until(() -> slack.posts().size() == 1);
    }

    static String buttonClick(String actionId, long followUp) {
        return buttonClick(actionId, String.valueOf(followUp), "U0000007");
    }

    static String buttonClick(String actionId, String value, String user) {
        return buttonClick(actionId, value, user, "");
    }

    /** A button on a message with a section and one row of buttons per follow-up in {@code rows} ("17", "18"). */
    static String buttonClick(String actionId, String value, String user, String... rows) {
        StringBuilder blocks = new StringBuilder("[{\"type\":\"section\",\"block_id\":\"s1\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"Frist i dag\"}}");
        for (String row : rows) {
            if (!row.isEmpty()) {
                blocks.append(",{\"type\":\"actions\",\"block_id\":\"r").append(row).append("\",\"elements\":[{\"type\":\"button\",")
                        .append("\"action_id\":\"referent_done\",\"value\":\"").append(row).append("\",\"text\":{\"type\":\"plain_text\",\"text\":\"Udført\"}}]}");
            }
        }
        blocks.append(']');
        String json = "{\"type\":\"block_actions\",\"team\":{\"id\":\"T0000001\"},\"user\":{\"id\":\"" + user + "\"},"
                + "\"api_app_id\":\"A1\",\"token\":\"x\",\"trigger_id\":\"1.2." + TRIGGERS.incrementAndGet() + "\",\"response_url\":\"https://hooks.slack.com/actions/1\","
                + "\"container\":{\"type\":\"message\",\"message_ts\":\"1700000000.000300\",\"channel_id\":\"C0000042\"},"
                + "\"message\":{\"type\":\"message\",\"ts\":\"1700000000.000300\",\"text\":\"Frist i dag\",\"blocks\":" + blocks + "},"
                + "\"channel\":{\"id\":\"C0000042\"},\"actions\":[{\"type\":\"button\",\"action_id\":\"" + actionId
                + "\",\"block_id\":\"b1\",\"value\":\"" + value + "\",\"action_ts\":\"1700000001.000000\"}]}";
        return "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
    }

    private static String reassignSubmitted(String user, String person, String name) {
        String json = "{\"type\":\"view_submission\",\"team\":{\"id\":\"T0000001\"},\"user\":{\"id\":\"" + user + "\"},\"api_app_id\":\"A1\","
                + "\"token\":\"x\",\"trigger_id\":\"1.3." + TRIGGERS.incrementAndGet() + "\",\"view\":{\"id\":\"V1\",\"type\":\"modal\",\"callback_id\":\"referent_reassign\","
                + "\"private_metadata\":\"17|C0000042|1700000000.000300\",\"state\":{\"values\":{"
                + "\"assignee\":{\"user\":{\"type\":\"users_select\"" + (person == null ? "" : ",\"selected_user\":\"" + person + "\"") + "}},"
                + "\"name\":{\"name\":{\"type\":\"plain_text_input\"" + (name == null ? "" : ",\"value\":\"" + name + "\"") + "}}}}}}";
        return "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
    }

    @Test
    void aFollowUpButtonThatTookEffectIsTakenOffItsMessageWithWhatHappened() throws Exception {
        conversation.buttonReply = Reply.acted("Opfølgning #17 er markeret som udført — ingen flere påmindelser.");
        assertEquals(200, post(buttonClick("referent_done", "17", "U0000007", "17", "18"), "application/x-www-form-urlencoded", now(), true, 0)
                .statusCode());
        await().atMost(10, TimeUnit.SECONDS).until(() -> !slack.calls("chat.update").isEmpty());
        assertEquals(List.of("pressed DONE 17 by slack:U0000007 in slack:C0000042"), conversation.heard);
        Map<String, String> update = slack.calls("chat.update").get(0).params();
        assertEquals("C0000042", update.get("channel"));
        assertEquals("1700000000.000300", update.get("ts"));
        assertFalse(update.get("blocks").contains("\"value\":\"17\""), "the pressed follow-up's buttons are gone: " + update.get("blocks"));
        assertTrue(update.get("blocks").contains("\"value\":\"18\""), "the other follow-up keeps its buttons: " + update.get("blocks"));
        assertTrue(update.get("blocks").contains("er markeret som udført"), update.get("blocks"));
        assertEquals(0, slack.posts().size());
    }

    @Test
    void aRefusedButtonIsAnsweredToThePresserOnly() throws Exception {
        conversation.buttonReply = Reply.of("Opfølgning #17 er U0OTHER01s; kun den ansvarlige, en leder eller sekretariatet kan ændre den.");
        post(buttonClick("referent_snooze_week", "17", "U0000007", "17"), "application/x-www-form-urlencoded", now(), true, 0);
        await().atMost(10, TimeUnit.SECONDS).until(() -> !slack.calls("chat.postEphemeral").isEmpty());
        Map<String, String> ephemeral = slack.calls("chat.postEphemeral").get(0).params();
        assertEquals("U0000007", ephemeral.get("user"));
        assertTrue(ephemeral.get("text").contains("kun den ansvarlige"), ephemeral.get("text"));
        assertEquals(List.of(), slack.calls("chat.update"));
    }

    @Test
    void theButtonsPressedCarryWhoPressedThemWithTheirUserGroups() throws Exception {
        post(buttonClick("referent_snooze_day", "17", "U0LEADER1", "17"), "application/x-www-form-urlencoded", now(), true, 0);
        await().atMost(10, TimeUnit.SECONDS).until(() -> conversation.heard.size() == 1);
        assertEquals("pressed SNOOZE_DAY 17 by slack:U0LEADER1[S0LEADERS] in slack:C0000042", conversation.heard.get(0));
    }

    @Test
    void reassignOpensADialogAndItsAnswerReassigns() throws Exception {
        post(buttonClick("referent_reassign", "17", "U0000007", "17"), "application/x-www-form-urlencoded", now(), true, 0);
        await().atMost(10, TimeUnit.SECONDS).until(() -> !slack.calls("views.open").isEmpty());
        Map<String, String> open = slack.calls("views.open").get(0).params();
        assertTrue(open.get("trigger_id").matches("1\\.2\\.\\d+"), open.get("trigger_id"));
        assertTrue(open.get("view").contains("\"callback_id\":\"referent_reassign\"") && open.get("view").contains("17|C0000042|1700000000.000300"),
                open.get("view"));

        HttpResponse<String> submitted = post(reassignSubmitted("U0000007", "U0000099", null), "application/x-www-form-urlencoded", now(), true, 0);
        assertEquals(200, submitted.statusCode());
        await().atMost(10, TimeUnit.SECONDS).until(() -> slack.posts().size() == 1);
        assertEquals(List.of("reassign 17 to U0000099 by slack:U0000007 in slack:C0000042"), conversation.heard);
        assertEquals("1700000000.000300", slack.posts().get(0).params().get("thread_ts"));
    }

    @Test
    void aReassignDialogWithNobodyChosenIsSentBackWithAnError() throws Exception {
        HttpResponse<String> submitted = post(reassignSubmitted("U0000007", null, " "), "application/x-www-form-urlencoded", now(), true, 0);
        assertTrue(submitted.body().contains("\"response_action\":\"errors\"") && submitted.body().contains("assignee"), submitted.body());
        assertEquals(List.of(), conversation.heard);
    }

    @Test
    void aReplyWithFollowUpsHasARowOfNamedButtonsForEach() throws Exception {
        conversation.replies = q -> new Reply("Åbne opfølgninger:", List.of(new Button(Button.Action.DONE, "12"),
                new Button(Button.Action.REASSIGN, "12"), new Button(Button.Action.DONE, "13"), new Button(Button.Action.REASSIGN, "13")));
        post(slashCommand("mine frister"), "application/x-www-form-urlencoded", now(), true, 0);
        await().atMost(10, TimeUnit.SECONDS).until(() -> slack.posts().size() == 1);
        String blocks = slack.posts().get(0).params().get("blocks");
        assertEquals(2, blocks.split("\"type\":\"actions\"", -1).length - 1, blocks);
        assertTrue(blocks.contains("Udført #12") && blocks.contains("Overdrag #13") && blocks.contains("\"action_id\":\"referent_done\""), blocks);
    }

    private String fileShare(String eventId, String user) {
        return fileShare(slack, eventId, user, "referat.md", "REFERAT Direktionen d. 13-05-2024");
    }

    /** A direct message to Referent with a file, as Slack sends it; the file is put where Slack keeps it. */
    static String fileShare(MockSlackApi slack, String eventId, String user, String name, String content) {
        return fileShare(slack, eventId, user, name, content, "");
    }

    static String fileShare(MockSlackApi slack, String eventId, String user, String name, String content, String text) {
        slack.files.put(name, content.getBytes(StandardCharsets.UTF_8));
        return "{\"token\":\"x\",\"team_id\":\"T0000001\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\"" + eventId
                + "\",\"event_time\":1700000000,\"event\":{\"type\":\"message\",\"subtype\":\"file_share\",\"user\":\"" + user
                + "\",\"text\":\"" + text + "\",\"ts\":\"1700000000.000400\",\"channel\":\"D0000099\",\"channel_type\":\"im\","
                + "\"event_ts\":\"1700000000.000400\",\"files\":[{\"id\":\"F1\",\"name\":\"" + name + "\",\"size\":" + content.length()
                + ",\"url_private_download\":\"" + slack.fileUrl(name) + "\"}]}}";
    }

    @Test
    void aFileInADirectMessageIsFetchedWithTheBotTokenWhenTheConversationReadsIt() throws Exception {
        assertEquals(200, post(fileShare(slack, "Ev0100", "U0SECRET1", "referat.md", "REFERAT Direktionen d. 13-05-2024", "se venligst"),
                "application/json", now(), true, 0).statusCode());
        await().atMost(10, TimeUnit.SECONDS).until(() -> slack.posts().size() == 1);
        assertEquals(List.of("Bearer xoxb-test"), slack.downloads);
        assertEquals(List.of("file referat.md from slack:U0SECRET1 in slack:D0000099 (direct): REFERAT Direktionen d. 13-05-2024 [se venligst]"),
                conversation.heard);
        MockSlackApi.Call preview = slack.posts().get(0);
        assertEquals("D0000099", preview.params().get("channel"));
        assertTrue(preview.params().get("blocks").contains("referent_publish") && preview.params().get("blocks").contains("referent_discard"),
                preview.params().get("blocks"));
    }

    @Test
    void aFileTheConversationDoesNotReadIsNeverFetched() throws Exception {
        post(fileShare("Ev0101", "U0000007"), "application/json", now(), true, 0);
        await().atMost(10, TimeUnit.SECONDS).until(() -> slack.posts().size() == 1);
        assertEquals(List.of(), slack.downloads);
        assertTrue(slack.posts().get(0).params().get("text").startsWith("Det kan kun sekretariatet"));
    }

    @Test
    void aSlashCommandCarriesItsAskerAndChannel() throws Exception {
        post(slashCommand("mine frister"), "application/x-www-form-urlencoded", now(), true, 0);
        await().atMost(10, TimeUnit.SECONDS).until(() -> slack.posts().size() == 1);
        assertEquals(List.of("said slack:U0000007 in slack:C0000042: mine frister"), conversation.heard);
    }

    @Test
    void anAnswersCitationIsSetApartAsContextAfterTheDecision() throws Exception {
        String citation = "Direktionen, 22. april 2024, punkt 3: Høring om ungeanalysen (sag 24-001234) — Godkendt";
        conversation.replies = q -> new Reply("Godkendt.\n" + citation + "\n\nSe også:\n• andet", List.of(), false, citation);
        post(slashCommand("ungeanalysen"), "application/x-www-form-urlencoded", now(), true, 0);
        await().atMost(10, TimeUnit.SECONDS).until(() -> slack.posts().size() == 1);
        String blocks = slack.posts().get(0).params().get("blocks");
        int decision = blocks.indexOf("Godkendt.");
        int context = blocks.indexOf("\"type\":\"context\"");
        int also = blocks.indexOf("Se også");
        assertTrue(decision >= 0 && decision < context && context < blocks.indexOf(citation) && blocks.indexOf(citation) < also, blocks);
        assertEquals(1, blocks.split(java.util.regex.Pattern.quote(citation), -1).length - 1, "the citation once: " + blocks);
    }
}
