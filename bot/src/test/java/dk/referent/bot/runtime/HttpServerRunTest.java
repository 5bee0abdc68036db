package dk.referent.bot.runtime;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.bot.cli.CommandLineFactory;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.persistence.TestDatabases;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code referent run} in console mode with REFERENT_HTTP_PORT set: the HTTP server runs beside the terminal. */
class HttpServerRunTest {

    private final TestDatabases.FreshDatabase fresh = TestDatabases.fresh();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        fresh.close();
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void inConsoleModeHealthMetricsAndFeedsAreServedUntilTheTerminalEnds() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PipedOutputStream typing = new PipedOutputStream();
        CommandLine run = CommandLineFactory.create(new CommandLineFactory.Dependencies(new ReferatParser(), new DanishTemporalParser(),
                new ObjectMapper(), fresh::connect, Clock.fixed(Instant.parse("2024-05-13T10:00:00Z"), ZoneId.of("Europe/Copenhagen")),
                new PipedInputStream(typing), true, Map.of("REFERENT_HTTP_PORT", String.valueOf(port))));
        StringWriter err = new StringWriter();
        run.setOut(new PrintWriter(new StringWriter(), true));
        run.setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> run.execute("run"));

        int p = port;
        await().atMost(60, TimeUnit.SECONDS).ignoreExceptions().until(() -> get(p, "/health").statusCode() == 200);
        assertTrue(get(port, "/metrics").body().contains("referent_outbox_depth"));
        assertEquals(404, get(port, "/calendar/AAAAAAAAAAAAAAAAAAAAAA.ics").statusCode());
        // no platform in console mode: its webhooks are not mounted
        assertEquals(404, get(port, "/slack/events").statusCode());
        assertTrue(err.toString().contains("referent: HTTP on port " + port), err.toString());

        typing.close();
        assertEquals(0, running.get(60, TimeUnit.SECONDS));
        // the server stopped with the service
        await().atMost(10, TimeUnit.SECONDS).until(() -> {
            try {
                get(p, "/health");
                return false;
            } catch (java.io.IOException refused) {
                return true;
            }
        });
    }
}
