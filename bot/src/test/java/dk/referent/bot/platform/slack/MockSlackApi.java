package dk.referent.bot.platform.slack;

import com.sun.net.httpserver.HttpServer;
import dk.referent.bot.conversation.Answers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for Slack's Web API: records every call (method and form parameters) and answers ok, or with the
 * failures queued (a status with its body and headers).
 */
public final class MockSlackApi implements AutoCloseable {

    public record Call(String method, Map<String, String> params) {
    }

    record Failure(int status, String body, Map<String, String> headers) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    /** The calls answered as Slack answers a call it carried out (not with a queued failure). */
    final List<Call> accepted = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final HttpServer server;
    /** Where apps.connections.open sends a Socket Mode client. */
    volatile String socketUrl = "ws://127.0.0.1:1/";

    public MockSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", exchange -> {
            try (exchange) {
                String method = exchange.getRequestURI().getPath().substring("/api/".length());
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Call call = new Call(method, form(body));
                calls.add(call);
                Failure f = method.equals("auth.test") || method.equals("apps.connections.open") ? null : failures.poll();
                if (f == null) {
                    accepted.add(call);
                    if (method.equals("chat.postMessage")) {
                        holdIfAsked();
                    }
                }
                String answer = f != null ? f.body() : canned.containsKey(method) ? canned.get(method)
                        : method.equals("conversations.open") ? "{\"ok\":true,\"channel\":{\"id\":\"" + direct(call.params().get("users")) + "\"}}"
                        : method.equals("conversations.history") ? history(call.params().get("channel"))
                        : method.equals("auth.test")
                        ? "{\"ok\":true,\"user_id\":\"UBOT0001\",\"bot_id\":\"BBOT0001\",\"team_id\":\"T0000001\",\"team\":\"Eksempel\"}"
                        : method.equals("apps.connections.open") ? "{\"ok\":true,\"url\":\"" + socketUrl + "\"}"
                        : "{\"ok\":true,\"channel\":\"C0000001\",\"ts\":\"1700000000.000100\"}";
                if (f != null) {
                    f.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
                }
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(f != null ? f.status() : 200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.createContext("/files/", exchange -> {
            try (exchange) {
                downloads.add(exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] bytes = files.get(exchange.getRequestURI().getPath().substring("/files/".length()));
                if (bytes == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.start();
    }

    /** After this many messages are posted, the next one is taken but not answered until {@link #release()}. */
    private volatile int holdAfter = Integer.MAX_VALUE;
    private final java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

    /** The next message after {@code n} posted is taken (it is there) and its answer held back: a sender stuck mid-call. */
    void holdAfter(int n) {
        holdAfter = n;
    }

    /** Waits until a message is held. */
    boolean awaitHeld(long seconds) throws InterruptedException {
        return holding.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
    }

    void release() {
        released.countDown();
    }

    private void holdIfAsked() {
        if (accepted.stream().filter(c -> c.method().equals("chat.postMessage")).count() == holdAfter + 1L) {
            holding.countDown();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A user's direct-message conversation with the bot, as conversations.open names it. */
    private static String direct(String user) {
        return "D" + user;
    }

    /** The messages taken in a conversation (a user's direct messages included), newest first, with their metadata. */
    private String history(String channel) {
        List<Call> taken = accepted.stream().filter(c -> c.method().equals("chat.postMessage"))
                .filter(c -> channel.equals(c.params().get("channel")) || channel.equals(direct(c.params().get("channel")))).toList();
        StringBuilder out = new StringBuilder("{\"ok\":true,\"messages\":[");
        for (int i = taken.size() - 1; i >= 0; i--) {
            String metadata = taken.get(i).params().get("metadata");
            out.append(i < taken.size() - 1 ? "," : "").append("{\"type\":\"message\",\"text\":\"\"")
                    .append(metadata == null ? "" : ",\"metadata\":" + metadata).append('}');
        }
        return out.append("]}").toString();
    }

    /** Answers for particular methods (e.g. usergroups.users.list), instead of a plain ok. */
    final Map<String, String> canned = new java.util.concurrent.ConcurrentHashMap<>();

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Files as Slack keeps them (url_private_download), and the Authorization each download came with. */
    final Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();
    final List<String> downloads = new CopyOnWriteArrayList<>();

    String fileUrl(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/files/" + name;
    }

    void failNext(int status, String body, Map<String, String> headers) {
        failures.add(new Failure(status, body, headers));
    }

    /** The base URL to give {@code SlackConfig#setMethodsEndpointUrlPrefix}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    public List<Call> posts() {
        return calls.stream().filter(c -> c.method().equals("chat.postMessage")).toList();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
