package dk.referent.bot.platform.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.referent.bot.chat.LogText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode: requests to {@code /slack/events} go to the Bolt app once their signature is verified here — an
 * unsigned request, or one more than five minutes from now either way, gets 401 before anything parses or logs its
 * body; a body over 1 MB (Slack's are far smaller) gets 413 unread. The JDK's own HTTP server: Bolt needs no more than
 * a request and a response.
 */
public final class SlackHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackHttpServer.class);
    public static final String PATH = "/slack/events";
    static final int MAX_BODY = 1024 * 1024;

    private final HttpServer server;

    public SlackHttpServer(App app, int port) throws IOException {
        this(app, port, Clock.systemUTC());
    }

    /** {@code clock}: what "now" is for a request's timestamp. */
    public SlackHttpServer(App app, int port, Clock clock) throws IOException {
        SlackRequestParser parser = new SlackRequestParser(app.config());
        SlackSignature signature = new SlackSignature(app.config().getSigningSecret(), clock);
        server = HttpServer.create(new InetSocketAddress(port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext(PATH, exchange -> handle(app, parser, signature, exchange));
        server.start();
        LOG.info("Slack requests on port {} at {}", server.getAddress().getPort(), PATH);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void handle(App app, SlackRequestParser parser, SlackSignature signature, HttpExchange exchange) {
        try {
            answer(app, parser, signature, exchange);
        } catch (Exception e) {
            LOG.warn("a Slack request failed: {}", LogText.safe(e));
            try {
                send(exchange, 500, "text/plain", "");
            } catch (IOException | RuntimeException ignored) {
                // the response had begun: nothing more to say
            }
        } finally {
            exchange.close();
        }
    }

    private static void answer(App app, SlackRequestParser parser, SlackSignature signature, HttpExchange exchange) throws Exception {
        if (!exchange.getRequestMethod().equals("POST")) {
            send(exchange, 405, "text/plain", "POST only");
            return;
        }
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            send(exchange, 413, "text/plain", "");
            return;
        }
        var headers = exchange.getRequestHeaders();
        if (!signature.verified(headers.getFirst("X-Slack-Request-Timestamp"), headers.getFirst("X-Slack-Signature"), bytes)) {
            send(exchange, 401, "application/json", "{\"error\":\"invalid request\"}");
            return;
        }
        String body = new String(bytes, StandardCharsets.UTF_8);
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
