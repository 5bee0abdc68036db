package dk.referent.bot.platform.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A local stand-in for Microsoft's side of Teams: the Bot Framework's OpenID metadata and JWKS (keys generated here,
 * one endorsed for msteams and one for another channel), the token endpoint of the client-credentials flow, and a
 * Connector that records every activity posted or updated and answers with queued failures (429, 500) when asked.
 * It also signs activities' tokens as the Bot Framework does.
 */
final class MockMicrosoft implements AutoCloseable {

    static final String APP_ID = "00000000-0000-0000-0000-0000000a9901";
    static final String APP_TOKEN = "app-token-that-must-never-be-logged";

    /** An activity the Connector took: the method, the path after the service URL, the body. */
    record Call(String method, String path, JsonNode body) {
    }

    record Failure(int status, String retryAfter) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final RSAKey teamsKey;
    final RSAKey otherChannelKey;
    final RSAKey unpublishedKey;
    /** The keys the JWKS publishes, with the channel each is endorsed for; a test may rotate them. */
    final Map<RSAKey, String> published = new java.util.concurrent.ConcurrentHashMap<>();
    final java.util.concurrent.atomic.AtomicInteger keyFetches = new java.util.concurrent.atomic.AtomicInteger();
    private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private int activities;

    MockMicrosoft() throws IOException, JOSEException {
        teamsKey = new RSAKeyGenerator(2048).keyID("teams-key").generate();
        otherChannelKey = new RSAKeyGenerator(2048).keyID("skype-key").generate();
        unpublishedKey = new RSAKeyGenerator(2048).keyID("unknown-key").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/openid", exchange -> answer(exchange, 200, "{\"issuer\":\"https://api.botframework.com\",\"jwks_uri\":\""
                + base() + "/keys\"}"));
        published.put(teamsKey, "msteams");
        published.put(otherChannelKey, "skype");
        server.createContext("/keys", exchange -> {
            keyFetches.incrementAndGet();
            answer(exchange, 200, "{\"keys\":[" + String.join(",", published.entrySet().stream()
                    .map(k -> published(k.getKey(), k.getValue())).toList()) + "]}");
        });
        server.createContext("/token", exchange -> {
            tokenRequests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange, 200, "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + APP_TOKEN + "\"}");
        });
        server.createContext("/connector/", exchange -> {
            String path = exchange.getRequestURI().getRawPath().substring("/connector".length());
            calls.add(new Call(exchange.getRequestMethod(), path, json.readTree(exchange.getRequestBody())));
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            Failure f = failures.poll();
            if (f != null) {
                if (f.retryAfter() != null) {
                    exchange.getResponseHeaders().set("Retry-After", f.retryAfter());
                }
                answer(exchange, f.status(), "{\"error\":{\"code\":\"Throttled\"}}");
                return;
            }
            answer(exchange, exchange.getRequestMethod().equals("POST") ? 201 : 200, "{\"id\":\"activity-" + next() + "\"}");
        });
        server.createContext("/files/", exchange -> {
            byte[] bytes = files.get(exchange.getRequestURI().getPath().substring("/files/".length()));
            if (bytes == null) {
                answer(exchange, 404, "");
                return;
            }
            try (exchange) {
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.start();
    }

    /** Files as a download link of Teams' file.download.info reaches them. */
    final Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();

    String fileUrl(String name) {
        return base() + "/files/" + name;
    }

    private synchronized int next() {
        return ++activities;
    }

    private static String published(RSAKey key, String channel) {
        Map<String, Object> jwk = new java.util.HashMap<>(key.toPublicJWK().toJSONObject());
        jwk.put("endorsements", List.of(channel));
        return com.nimbusds.jose.util.JSONObjectUtils.toJSONString(jwk);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    URI openId() {
        return URI.create(base() + "/openid");
    }

    URI tokenUrl() {
        return URI.create(base() + "/token");
    }

    /** The service URL activities name: the Connector here. */
    String serviceUrl() {
        return base() + "/connector/";
    }

    void failNext(int status, String retryAfter) {
        failures.add(new Failure(status, retryAfter));
    }

    List<Call> posts() {
        return calls.stream().filter(c -> c.method().equals("POST")).toList();
    }

    List<Call> updates() {
        return calls.stream().filter(c -> c.method().equals("PUT")).toList();
    }

    /** The claims the Bot Framework puts in a token for {@code serviceUrl}, valid from {@code now} for an hour. */
    static JWTClaimsSet.Builder claims(String serviceUrl, Instant now) {
        return new JWTClaimsSet.Builder().issuer("https://api.botframework.com").audience(APP_ID)
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("serviceurl", serviceUrl);
    }

    /** "Bearer …" signed with {@code key}, with the claims as {@code change} leaves them. */
    static String bearer(RSAKey key, String serviceUrl, Instant now, UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                change.apply(claims(serviceUrl, now)).build());
        jwt.sign(new RSASSASigner(key));
        return "Bearer " + jwt.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
