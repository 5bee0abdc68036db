package dk.referent.bot.platform.slack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode with the real Bolt Socket Mode client: it asks the (local stand-in) Web API for a connection, opens
 * the WebSocket to a local stand-in for Slack's socket, acknowledges each envelope and answers through the Web API.
 */
class SlackSocketModeTest {

    private MockSlackApi slack;
    private SlackSocket socket;
    private ExecutorService work;

    /** Slack's side of the socket: greets the client, sends envelopes, keeps what the client sends back. */
    static final class SlackSocket extends WebSocketServer {
        final List<String> received = new CopyOnWriteArrayList<>();
        volatile WebSocket client;

        SlackSocket() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            client = conn;
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A1\"}}");
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            received.add(message);
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
        }
    }

    @BeforeEach
    void start() throws Exception {
        slack = new MockSlackApi();
        socket = new SlackSocket();
        socket.start();
        await().atMost(5, TimeUnit.SECONDS).until(() -> socket.getPort() > 0);
        slack.socketUrl = "ws://127.0.0.1:" + socket.getPort() + "/link";
        work = Executors.newSingleThreadExecutor();
        fresh = dk.referent.persistence.TestDatabases.fresh();
    }

    private dk.referent.persistence.TestDatabases.FreshDatabase fresh;

    @AfterEach
    void stop() throws Exception {
        socket.stop(1000);
        work.shutdownNow();
        slack.close();
        fresh.close();
    }

    @Test
    void aSlashCommandOverTheSocketIsAcknowledgedAndAnswered() throws Exception {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.url());
        Slack client = Slack.getInstance(config);
        SlackBot bot = new SlackBot(AppConfig.builder().singleTeamBotToken("xoxb-test").slack(client).build(), new RecordingConversation(),
                new SlackUserGroups(client.methods("xoxb-test"), java.util.Set.of()), work,
                new dk.referent.persistence.InboundEvents(fresh.database(), java.time.Clock.systemUTC()));
        try (SlackSocketMode mode = new SlackSocketMode(bot.app(), "xapp-test")) {
            await().atMost(15, TimeUnit.SECONDS).until(() -> socket.client != null);
            socket.client.send("{\"envelope_id\":\"env-1\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,"
                    + "\"payload\":{\"token\":\"x\",\"team_id\":\"T0000001\",\"channel_id\":\"C0000042\",\"user_id\":\"U0000007\","
                    + "\"command\":\"/referent\",\"text\":\"Hvad blev besluttet om kantinen?\",\"response_url\":\"https://hooks.slack.com/1\","
                    + "\"trigger_id\":\"1.2.3\"}}");
            await().atMost(15, TimeUnit.SECONDS).until(() -> socket.received.stream().anyMatch(m -> m.contains("\"env-1\"")));
            await().atMost(15, TimeUnit.SECONDS).until(() -> slack.posts().size() == 1);
        }
        assertEquals("C0000042", slack.posts().get(0).params().get("channel"));
        assertTrue(slack.posts().get(0).params().get("text").contains("Svar på: Hvad blev besluttet om kantinen?"));
        assertTrue(slack.calls.stream().anyMatch(c -> c.method().equals("apps.connections.open")));
    }
}
