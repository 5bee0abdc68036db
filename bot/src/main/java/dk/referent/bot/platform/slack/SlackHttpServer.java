package dk.referent.bot.platform.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode: requests to {@code /slack/events} go to the Bolt app, which verifies their signature (an
 * unsigned or stale request gets 401). The JDK's own HTTP server: Bolt needs no more than a request and a response.
 */
public final class SlackHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackHttpServer.class);
    public static final String PATH = "/slack/events";

    private final HttpServer server;

    public SlackHttpServer(App app, int port) throws IOException {
        SlackRequestParser parser = new SlackRequestParser(app.config());
        server = HttpServer.create(new InetSocketAddress(port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext(PATH, exchange -> handle(app, parser, exchange));
        server.start();
        LOG.info("Slack requests on port {} at {}", server.getAddress().getPort(), PATH);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void handle(App app, SlackRequestParser parser, HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                send(exchange, 405, "text/plain", "POST only");
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath())
                    .queryString(Map.of())
                    .headers(new RequestHeaders(Map.copyOf(exchange.getRequestHeaders())))
                    .requestBody(body)
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
            Response response = app.run(request);
            for (Map.Entry<String, List<String>> h : response.getHeaders().entrySet()) {
                exchange.getResponseHeaders().put(h.getKey(), h.getValue());
            }
            send(exchange, response.getStatusCode(), response.getContentType(), response.getBody() == null ? "" : response.getBody());
        } catch (Exception e) {
            LOG.warn("a Slack request failed: {}", e.toString());
            send(exchange, 500, "text/plain", "");
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
