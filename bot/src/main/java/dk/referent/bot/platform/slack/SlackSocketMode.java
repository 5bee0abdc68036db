package dk.referent.bot.platform.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;

/**
 * Slack's Socket Mode: Referent opens the connection to Slack (apps.connections.open, then a WebSocket), so no
 * public URL is needed — the usual case inside a municipality's network. The same Bolt app as in HTTP mode.
 */
public final class SlackSocketMode implements AutoCloseable {

    private final SocketModeApp socket;

    public SlackSocketMode(App app, String appToken) throws Exception {
        socket = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
        socket.startAsync();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(SlackSocketMode.class).warn("closing Slack's socket: {}", e.toString());
        }
    }
}
