package dk.referent.bot.platform.teams;

import com.fasterxml.jackson.databind.JsonNode;
import dk.referent.bot.chat.Conversation;
import dk.referent.persistence.TeamsConversations;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Referent's Teams endpoint running over a conversation, against the stand-in for Microsoft: the HTTP server, the
 * authentication and the bot as {@code run} wires them, and activities posted to it as the Bot Framework posts them.
 */
final class TeamsEndpoint implements AutoCloseable {

    final MockMicrosoft microsoft = new MockMicrosoft();
    final HttpClient http = HttpClient.newHttpClient();
    final TeamsConnector connector;
    private final Clock clock;
    private final ExecutorService work = Executors.newSingleThreadExecutor();
    private dk.referent.bot.runtime.WebServer server;

    TeamsEndpoint(Clock clock) throws Exception {
        this.clock = clock;
        connector = new TeamsConnector(microsoft.tokenUrl(), MockMicrosoft.APP_ID, "app-password", http, clock);
    }

    /** Starts answering: activities go to {@code conversation}, references to {@code references}. */
    TeamsEndpoint over(Conversation conversation, TeamsConversations references) throws java.io.IOException {
        server = dk.referent.bot.runtime.WebServer.start(0, java.util.Map.of(TeamsActivities.PATH, new TeamsActivities(
                new TeamsAuthentication(MockMicrosoft.APP_ID, microsoft.openId(), http, clock),
                new TeamsBot(conversation, references, connector, http)::handle, work)));
        return this;
    }

    /** {@code activity} with the Bot Framework's token, signed now by the key endorsed for Teams. */
    HttpResponse<String> signed(JsonNode activity) throws Exception {
        return post(activity, MockMicrosoft.bearer(microsoft.teamsKey, microsoft.serviceUrl(), clock.instant(), UnaryOperator.identity()));
    }

    HttpResponse<String> post(JsonNode activity, String authorization) throws Exception {
        return post(server.port(), activity, authorization);
    }

    /** {@code activity} posted to {@code /api/messages} on {@code port}, with {@code authorization} when it is not null. */
    static HttpResponse<String> post(int port, JsonNode activity, String authorization) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + TeamsActivities.PATH))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(activity.toString(), StandardCharsets.UTF_8));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        if (server != null) {
            server.close();
        }
        work.shutdownNow();
        work.awaitTermination(5, TimeUnit.SECONDS);
        microsoft.close();
    }
}
