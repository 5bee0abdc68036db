package dk.referent.bot.platform.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teams' messaging endpoint, a route of Referent's one HTTP server: the Bot Framework posts activities to
 * {@code /api/messages}. Each is authenticated ({@link TeamsAuthentication}; anything else gets 401 and is not read
 * further), acknowledged at once — Teams gives up after about 15 seconds, and an answer may take longer — and handed
 * to {@code activities} on {@code work}.
 */
public final class TeamsActivities extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsActivities.class);
    public static final String PATH = "/api/messages";
    /** Activities are a few kilobytes; a file comes as a link, not in the body. */
    private static final int MAX_BODY = 1024 * 1024;

    private final ObjectMapper json = new ObjectMapper();
    private final TeamsAuthentication authentication;
    private final Consumer<JsonNode> activities;
    private final ExecutorService work;

    public TeamsActivities(TeamsAuthentication authentication, Consumer<JsonNode> activities, ExecutorService work) {
        this.authentication = authentication;
        this.activities = activities;
        this.work = work;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        try {
            answer(request, response, callback);
        } catch (RuntimeException e) {
            LOG.warn("a Teams request failed: {}", e.toString());
            status(response, callback, 500);
        }
        return true;
    }

    private void answer(Request request, Response response, Callback callback) throws IOException {
        if (!request.getMethod().equals("POST")) {
            status(response, callback, 405);
            return;
        }
        byte[] body = read(Content.Source.asInputStream(request));
        if (body == null) {
            status(response, callback, 413);
            return;
        }
        JsonNode activity;
        try {
            activity = json.readTree(body);
        } catch (IOException e) {
            activity = null;
        }
        String serviceUrl = activity == null ? null : activity.path("serviceUrl").asText(null);
        if (!authentication.verified(request.getHeaders().get("Authorization"), serviceUrl)) {
            status(response, callback, 401);
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
            response.setStatus(200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            Content.Sink.write(response, true, "{\"status\":200}", callback);
        } else {
            status(response, callback, 202);
        }
    }

    private static void status(Response response, Callback callback, int status) {
        response.setStatus(status);
        callback.succeeded();
    }

    /** The body, or null when it is larger than an activity can be. */
    private static byte[] read(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            return bytes.length > MAX_BODY ? null : bytes;
        }
    }
}
