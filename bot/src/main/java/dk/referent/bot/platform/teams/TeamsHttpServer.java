package dk.referent.bot.platform.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teams' messaging endpoint: the Bot Framework posts activities to {@code /api/messages}. Each is authenticated
 * ({@link TeamsAuthentication}; anything else gets 401 and is not read further), acknowledged at once — Teams gives
 * up after about 15 seconds, and an answer may take longer — and handed to {@code activities} on {@code work}.
 * The JDK's own HTTP server, as for Slack's HTTP mode.
 */
public final class TeamsHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsHttpServer.class);
    public static final String PATH = "/api/messages";
    /** Activities are a few kilobytes; a file comes as a link, not in the body. */
    private static final int MAX_BODY = 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService requests = Executors.newFixedThreadPool(4);
    private final ObjectMapper json = new ObjectMapper();

    public TeamsHttpServer(int port, TeamsAuthentication authentication, Consumer<JsonNode> activities, ExecutorService work)
            throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 0);
        server.setExecutor(requests);
        server.createContext(PATH, exchange -> handle(exchange, authentication, activities, work));
        server.start();
        LOG.info("Teams activities on port {} at {}", server.getAddress().getPort(), PATH);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange, TeamsAuthentication authentication, Consumer<JsonNode> activities, ExecutorService work)
            throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = read(exchange.getRequestBody());
            if (body == null) {
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            JsonNode activity;
            try {
                activity = json.readTree(body);
            } catch (IOException e) {
                activity = null;
            }
            String serviceUrl = activity == null ? null : activity.path("serviceUrl").asText(null);
            if (!authentication.verified(exchange.getRequestHeaders().getFirst("Authorization"), serviceUrl)) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            JsonNode accepted = activity;
            work.submit(() -> {
                try {
                    activities.accept(accepted);
                } catch (RuntimeException e) {
                    LOG.warn("a Teams activity could not be handled: {}", e.toString());
                }
            });
            // an invoke wants an invoke response in the body; every other activity only an acknowledgement
            if ("invoke".equals(activity.path("type").asText())) {
                byte[] ok = "{\"status\":200}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, ok.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(ok);
                }
            } else {
                exchange.sendResponseHeaders(202, -1);
            }
        } catch (RuntimeException e) {
            LOG.warn("a Teams request failed: {}", e.toString());
            exchange.sendResponseHeaders(500, -1);
        }
    }

    /** The body, or null when it is larger than an activity can be. */
    private static byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        return bytes.length > MAX_BODY ? null : bytes;
    }

    @Override
    public void close() {
        server.stop(0);
        requests.shutdown();
    }
}
