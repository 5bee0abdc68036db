package dk.referent.bot.platform.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The Bot Framework Connector REST API: activities posted to a conversation and updated, authenticated with an app
 * token from the client-credentials flow (single tenant), which is cached until shortly before it expires and never
 * logged or put into an exception's message.
 */
public final class TeamsConnector {

    public static final String SCOPE = "https://api.botframework.com/.default";
    /** A token is fetched again this long before it expires, so none runs out on its way. */
    private static final Duration EARLY = Duration.ofMinutes(5);

    /** What the Connector answered: its status, the new activity's id when it made one, and its Retry-After. */
    public record Result(int status, String activityId, Optional<Duration> retryAfter) {

        public boolean ok() {
            return status / 100 == 2;
        }

        /** Rate limited or the Connector's own failure: worth trying again. */
        public boolean transientFailure() {
            return status == 429 || status >= 500 || status == 0;
        }
    }

    private record Token(String value, Instant renewAt) {
    }

    public static URI defaultTokenUrl(String tenantId) {
        return URI.create("https://login.microsoftonline.com/" + URLEncoder.encode(tenantId, StandardCharsets.UTF_8) + "/oauth2/v2.0/token");
    }

    private final URI tokenUrl;
    private final String appId;
    private final String appPassword;
    private final HttpClient http;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private Token token;

    public TeamsConnector(URI tokenUrl, String appId, String appPassword, HttpClient http, Clock clock) {
        this.tokenUrl = tokenUrl;
        this.appId = appId;
        this.appPassword = appPassword;
        this.http = http;
        this.clock = clock;
    }

    /** Posts {@code activity} into the conversation (a reply in a channel's thread when the id names its message). */
    public Result send(String serviceUrl, String conversationId, ObjectNode activity) throws IOException, InterruptedException {
        return call("POST", activities(serviceUrl, conversationId), activity);
    }

    /** Replaces activity {@code activityId} (a card whose button was pressed) with {@code activity}. */
    public Result update(String serviceUrl, String conversationId, String activityId, ObjectNode activity)
            throws IOException, InterruptedException {
        activity.put("id", activityId);
        return call("PUT", activities(serviceUrl, conversationId) + "/" + URLEncoder.encode(activityId, StandardCharsets.UTF_8), activity);
    }

    private static String activities(String serviceUrl, String conversationId) {
        String base = serviceUrl.endsWith("/") ? serviceUrl : serviceUrl + "/";
        return base + "v3/conversations/" + URLEncoder.encode(conversationId, StandardCharsets.UTF_8).replace("+", "%20") + "/activities";
    }

    private Result call(String method, String url, ObjectNode activity) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json; charset=utf-8")
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(activity))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            forgetToken();
        }
        String id = null;
        if (response.statusCode() / 100 == 2 && !response.body().isBlank()) {
            id = json.readTree(response.body()).path("id").asText(null);
        }
        Optional<Duration> after = response.headers().firstValue("Retry-After").flatMap(TeamsConnector::seconds);
        return new Result(response.statusCode(), id, after);
    }

    private static Optional<Duration> seconds(String value) {
        return value.strip().matches("\\d{1,6}") ? Optional.of(Duration.ofSeconds(Long.parseLong(value.strip()))) : Optional.empty();
    }

    private synchronized void forgetToken() {
        token = null;
    }

    /** The app token: the cached one, else a new one from the token endpoint. */
    private synchronized String token() throws IOException, InterruptedException {
        Instant now = clock.instant();
        if (token != null && now.isBefore(token.renewAt())) {
            return token.value();
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(appId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(appPassword, StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode(SCOPE, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenUrl).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            // the body may echo what was sent; only the status is said
            throw new IOException("the Teams token endpoint answered HTTP " + response.statusCode());
        }
        JsonNode body = json.readTree(response.body());
        String value = body.path("access_token").asText("");
        if (value.isEmpty()) {
            throw new IOException("the Teams token endpoint gave no access_token");
        }
        token = new Token(value, now.plusSeconds(body.path("expires_in").asLong(3600)).minus(EARLY));
        return value;
    }
}
