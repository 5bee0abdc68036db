package dk.referent.bot.platform.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dk.referent.bot.chat.LogText;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode, a route of Referent's one HTTP server: requests to {@code /slack/events} go to the Bolt app once
 * their signature is verified here — an unsigned request, or one more than five minutes from now either way, gets
 * 401 before anything parses or logs its body; a body over 1 MB (Slack's are far smaller) gets 413 unread.
 */
public final class SlackEvents extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(SlackEvents.class);
    public static final String PATH = "/slack/events";
    static final int MAX_BODY = 1024 * 1024;

    private final App app;
    private final SlackRequestParser parser;
    private final SlackSignature signature;

    public SlackEvents(App app) {
        this(app, Clock.systemUTC());
    }

    /** {@code clock}: what "now" is for a request's timestamp. */
    public SlackEvents(App app, Clock clock) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signature = new SlackSignature(app.config().getSigningSecret(), clock);
    }

    @Override
    public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response, Callback callback) {
        try {
            answer(request, response, callback);
        } catch (Exception e) {
            LOG.warn("a Slack request failed: {}", LogText.safe(e));
            if (!response.isCommitted()) {
                response.reset();
                send(response, callback, 500, "text/plain", "");
            } else {
                // the response had begun: nothing more to say
                callback.failed(e);
            }
        }
        return true;
    }

    private void answer(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response, Callback callback) throws Exception {
        if (!request.getMethod().equals("POST")) {
            send(response, callback, 405, "text/plain", "POST only");
            return;
        }
        if (request.getLength() > MAX_BODY) {
            // declared too large: refused before any of it is read (a client that asked "Expect: 100-continue" sends none)
            send(response, callback, 413, "text/plain", "");
            return;
        }
        byte[] bytes;
        try (InputStream in = Content.Source.asInputStream(request)) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            send(response, callback, 413, "text/plain", "");
            return;
        }
        var headers = request.getHeaders();
        if (!signature.verified(headers.get("X-Slack-Request-Timestamp"), headers.get("X-Slack-Signature"), bytes)) {
            send(response, callback, 401, "application/json", "{\"error\":\"invalid request\"}");
            return;
        }
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (HttpField field : headers) {
            all.computeIfAbsent(field.getName(), k -> new java.util.ArrayList<>()).add(field.getValue());
        }
        Request<?> parsed = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(request.getHttpURI().getPath())
                .queryString(Map.of())
                .headers(new RequestHeaders(all))
                .requestBody(new String(bytes, StandardCharsets.UTF_8))
                .remoteAddress(org.eclipse.jetty.server.Request.getRemoteAddr(request))
                .build());
        Response answer = app.run(parsed);
        for (Map.Entry<String, List<String>> h : answer.getHeaders().entrySet()) {
            response.getHeaders().put(h.getKey(), h.getValue());
        }
        send(response, callback, answer.getStatusCode(), answer.getContentType(), answer.getBody() == null ? "" : answer.getBody());
    }

    private static void send(org.eclipse.jetty.server.Response response, Callback callback, int status, String type, String body) {
        response.setStatus(status);
        if (type != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        }
        if (body.isEmpty()) {
            callback.succeeded();
        } else {
            Content.Sink.write(response, true, body, callback);
        }
    }
}
