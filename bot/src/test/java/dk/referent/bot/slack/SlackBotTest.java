package dk.referent.bot.slack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Bolt app behind Referent's HTTP endpoint: signed requests in, answers out to a local stand-in for Slack's Web API. */
class SlackBotTest {

    private static final String SECRET = "test-signing-secret";

    private MockSlackApi slack;
    private SlackHttpServer server;
    private final java.util.List<String> done = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> desked = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The secretariat is U0SECRET1; what the desk is asked to do is recorded. */
    private final SecretariatDesk desk = new SecretariatDesk() {
        @Override
        public boolean mayPublish(String user) {
            return user.equals("U0SECRET1");
        }

        @Override
        public String preview(String fileName, byte[] content, String actor) {
            desked.add("preview " + fileName + " " + new String(content, StandardCharsets.UTF_8).strip() + " by " + actor);
            return "Forhåndsvisning — Direktionen, 13. maj 2024, 1 punkter:";
        }

        @Override
        public String confirm(String actor) {
            desked.add("confirm by " + actor);
            return "Gemt (new)";
        }

        @Override
        public String discard(String actor) {
            desked.add("discard by " + actor);
            return "Referatet er kasseret; intet er gemt.";
        }

        @Override
        public String refuse(String actor, String what) {
            desked.add("refuse " + what + " by " + actor);
            return "Kun sekretariatet kan indlæse og offentliggøre referater.";
        }
    };
    private final ReminderActions actions = new ReminderActions() {
        @Override
        public String done(long followUpId, String actor) {
            done.add("done " + followUpId + " by " + actor);
            return "Opfølgning #" + followUpId + " er markeret som udført.";
        }

        @Override
        public String snooze(long followUpId, java.time.LocalDate until, String actor) {
            done.add("snooze " + followUpId + " until " + until + " by " + actor);
            return "Opfølgning #" + followUpId + " er udsat til " + until + ".";
        }
    };
    private ExecutorService work;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        slack = new MockSlackApi();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.url());
        work = Executors.newSingleThreadExecutor();
        // the answer is Referent's plain text; here one that carries what minutes may carry: <, >, & and a broadcast
        SlackBot bot = new SlackBot(AppConfig.builder().singleTeamBotToken("xoxb-test").signingSecret(SECRET)
                .slack(Slack.getInstance(config)).build(),
                (user, question) -> "Godkendt <!channel> & videre: " + question + "\nDirektionen, 29. april 2024, punkt 1", actions, desk,
                java.time.Clock.fixed(Instant.parse("2024-05-13T08:00:00Z"), java.time.ZoneId.of("Europe/Copenhagen")), work);
        server = new SlackHttpServer(bot.app(), 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        work.shutdownNow();
        work.awaitTermination(5, TimeUnit.SECONDS);
        slack.close();
    }

    private HttpResponse<String> post(String body, String contentType, long timestamp, boolean signed, int retry) throws Exception {
        return SignedRequests.post(http, server.port(), SECRET, body, contentType, timestamp, signed, retry);
    }

    static String slashCommand(String text) {
        return "command=" + URLEncoder.encode("/referent", StandardCharsets.UTF_8) + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&channel_id=C0000042&user_id=U0000007&team_id=T0000001&response_url="
                + URLEncoder.encode("https://hooks.slack.com/commands/1", StandardCharsets.UTF_8) + "&trigger_id=1.2.3";
    }

    private static String mention(String eventId, String text) {
        return "{\"token\":\"x\",\"team_id\":\"T0000001\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\"" + eventId
                + "\",\"event_time\":1700000000,\"event\":{\"type\":\"app_mention\",\"user\":\"U0000007\",\"text\":\"" + text
                + "\",\"ts\":\"1700000000.000200\",\"channel\":\"C0000042\",\"event_ts\":\"1700000000.000200\"}}";
    }

    private static long now() {
        return Instant.now().getEpochSecond();
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
        String json = "{\"type\":\"block_actions\",\"team\":{\"id\":\"T0000001\"},\"user\":{\"id\":\"" + user + "\"},"
                + "\"api_app_id\":\"A1\",\"token\":\"x\",\"trigger_id\":\"1.2.3\",\"response_url\":\"https://hooks.slack.com/actions/1\","
                + "\"container\":{\"type\":\"message\",\"message_ts\":\"1700000000.000300\",\"channel_id\":\"C0000042\"},"
                + "\"channel\":{\"id\":\"C0000042\"},\"actions\":[{\"type\":\"button\",\"action_id\":\"" + actionId
                + "\",\"block_id\":\"b1\",\"value\":\"" + value + "\",\"action_ts\":\"1700000001.000000\"}]}";
        return "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
    }

    @Test
    void theDoneButtonOfAReminderMarksItsFollowUpDoneAndSaysSo() throws Exception {
        assertEquals(200, post(buttonClick(SlackBot.DONE, 17), "application/x-www-form-urlencoded", now(), true, 0).statusCode());
        await().atMost(10, TimeUnit.SECONDS).until(() -> slack.posts().size() == 1);
        assertEquals(java.util.List.of("done 17 by slack:U0000007"), done);
        assertEquals("1700000000.000300", slack.posts().get(0).params().get("thread_ts"));
    }

    @Test
    void theSnoozeButtonsHoldTheRemindersForADayOrAWeek() throws Exception {
        post(buttonClick(SlackBot.SNOOZE_WEEK, 17), "application/x-www-form-urlencoded", now(), true, 0);
        await().atMost(10, TimeUnit.SECONDS).until(() -> done.size() == 1);
        assertEquals("snooze 17 until 2024-05-20 by slack:U0000007", done.get(0));
    }

    private String fileShare(String eventId, String user) {
        return fileShare(slack, eventId, user, "referat.md", "REFERAT Direktionen d. 13-05-2024");
    }

    /** A direct message to Referent with a file, as Slack sends it; the file is put where Slack keeps it. */
    static String fileShare(MockSlackApi slack, String eventId, String user, String name, String content) {
        slack.files.put(name, content.getBytes(StandardCharsets.UTF_8));
        return "{\"token\":\"x\",\"team_id\":\"T0000001\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\"" + eventId
                + "\",\"event_time\":1700000000,\"event\":{\"type\":\"message\",\"subtype\":\"file_share\",\"user\":\"" + user
                + "\",\"text\":\"\",\"ts\":\"1700000000.000400\",\"channel\":\"D0000099\",\"channel_type\":\"im\","
                + "\"event_ts\":\"1700000000.000400\",\"files\":[{\"id\":\"F1\",\"name\":\"" + name + "\",\"size\":" + content.length()
                + ",\"url_private_download\":\"" + slack.fileUrl(name) + "\"}]}}";
    }

    @Test
    void aReferatSentByTheSecretariatIsFetchedWithTheBotTokenAndPreviewedWithConfirmAndDiscard() throws Exception {
        assertEquals(200, post(fileShare("Ev0100", "U0SECRET1"), "application/json", now(), true, 0).statusCode());
        await().atMost(10, TimeUnit.SECONDS).until(() -> slack.posts().size() == 1);
        assertEquals(List.of("Bearer xoxb-test"), slack.downloads);
        assertEquals(List.of("preview referat.md REFERAT Direktionen d. 13-05-2024 by slack:U0SECRET1"), desked);
        MockSlackApi.Call preview = slack.posts().get(0);
        assertEquals("D0000099", preview.params().get("channel"));
        assertTrue(preview.params().get("blocks").contains(SlackBot.PUBLISH) && preview.params().get("blocks").contains(SlackBot.DISCARD),
                preview.params().get("blocks"));
    }

    @Test
    void aReferatFromSomeoneOutsideTheSecretariatIsRefusedAndNotFetched() throws Exception {
        post(fileShare("Ev0101", "U0000007"), "application/json", now(), true, 0);
        await().atMost(10, TimeUnit.SECONDS).until(() -> slack.posts().size() == 1);
        assertEquals(List.of(), slack.downloads);
        assertEquals(List.of("refuse upload referat.md by slack:U0000007"), desked);
        assertTrue(slack.posts().get(0).params().get("text").startsWith("Kun sekretariatet"));
    }

    @Test
    void confirmFromTheSecretariatPublishesAndFromAnyoneElseIsRefused() throws Exception {
        post(buttonClick(SlackBot.PUBLISH, "publish", "U0000007"), "application/x-www-form-urlencoded", now(), true, 0);
        await().atMost(10, TimeUnit.SECONDS).until(() -> desked.size() == 1);
        post(buttonClick(SlackBot.PUBLISH, "publish", "U0SECRET1"), "application/x-www-form-urlencoded", now(), true, 0);
        await().atMost(10, TimeUnit.SECONDS).until(() -> desked.size() == 2);
        assertEquals(List.of("refuse publish by slack:U0000007", "confirm by slack:U0SECRET1"), desked);
    }
}
