package dk.referent.bot.platform.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a request to {@code /api/messages} comes from Microsoft's Bot Framework for Teams, as Microsoft documents
 * it: the bearer JWT signed (RS256) by a key from the Bot Framework's OpenID metadata that is endorsed for the
 * {@code msteams} channel, issued by {@code https://api.botframework.com} for this app, within its validity (5
 * minutes' skew), and naming the activity's own service URL — the one Referent's replies and app token then go to.
 * The keys are cached and fetched again when a token names one not known (Microsoft rotates them).
 */
public final class TeamsAuthentication {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsAuthentication.class);
    public static final String ISSUER = "https://api.botframework.com";
    public static final URI DEFAULT_OPENID = URI.create("https://login.botframework.com/v1/.well-known/openidconfiguration");
    static final Duration SKEW = Duration.ofMinutes(5);
    static final String CHANNEL = "msteams";
    /** An unknown key fetches the keys again at most this often, so forged tokens cannot make Referent hammer Microsoft. */
    private static final Duration REFRESH_AT_MOST = Duration.ofMinutes(1);
    /** Keys are fetched again after a day (as Microsoft advises), so one Microsoft has withdrawn stops being trusted. */
    private static final Duration KEYS_KEPT = Duration.ofDays(1);

    /** A key of the JWKS and the channels it is endorsed for (Microsoft's extension to the JWK). */
    private record Key(RSAKey key, Set<String> endorsements) {
    }

    private final String appId;
    private final URI openIdMetadata;
    private final HttpClient http;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private volatile Map<String, Key> keys = Map.of();
    /** When the keys were last fetched, and last tried (a failed fetch is not tried again within the minute). */
    private volatile Instant fetched = Instant.MIN;
    private Instant tried = Instant.MIN;

    public TeamsAuthentication(String appId, URI openIdMetadata, HttpClient http, Clock clock) {
        this.appId = appId;
        this.openIdMetadata = openIdMetadata;
        this.http = http;
        this.clock = clock;
    }

    /**
     * Whether {@code authorization} (the request's header, maybe null) proves the activity comes from Teams through
     * the Bot Framework and was meant for {@code serviceUrl}; the reason it does not is logged, never the token.
     */
    public boolean verified(String authorization, String serviceUrl) {
        Optional<String> refused = refusal(authorization, serviceUrl);
        refused.ifPresent(reason -> LOG.warn("a Teams request was refused: {}", reason));
        return refused.isEmpty();
    }

    private Optional<String> refusal(String authorization, String serviceUrl) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of("no bearer token");
        }
        try {
            SignedJWT jwt = SignedJWT.parse(authorization.substring(7).strip());
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                return Optional.of("algorithm " + jwt.getHeader().getAlgorithm());
            }
            Key key = key(jwt.getHeader().getKeyID());
            if (key == null) {
                return Optional.of("unknown key " + jwt.getHeader().getKeyID());
            }
            if (!key.endorsements().contains(CHANNEL)) {
                return Optional.of("key " + jwt.getHeader().getKeyID() + " is not endorsed for " + CHANNEL);
            }
            if (!jwt.verify(new RSASSAVerifier(key.key()))) {
                return Optional.of("bad signature");
            }
            return claimsRefusal(jwt.getJWTClaimsSet(), serviceUrl);
        } catch (ParseException | JOSEException e) {
            return Optional.of("unreadable token (" + e.getClass().getSimpleName() + ")");
        } catch (IOException e) {
            return Optional.of("the Bot Framework's keys could not be fetched: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private Optional<String> claimsRefusal(JWTClaimsSet claims, String serviceUrl) throws ParseException {
        Instant now = clock.instant();
        if (!ISSUER.equals(claims.getIssuer())) {
            return Optional.of("issuer " + claims.getIssuer());
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(appId)) {
            return Optional.of("audience " + claims.getAudience());
        }
        if (claims.getExpirationTime() == null || !now.minus(SKEW).isBefore(claims.getExpirationTime().toInstant())) {
            return Optional.of("expired");
        }
        if (claims.getNotBeforeTime() != null && now.plus(SKEW).isBefore(claims.getNotBeforeTime().toInstant())) {
            return Optional.of("not valid yet");
        }
        // Microsoft's SDKs read the claim as "serviceurl" and its documentation writes "serviceUrl": either is taken,
        // and every one the token carries must name the activity's service URL
        List<Object> claimed = claims.getClaims().entrySet().stream().filter(c -> c.getKey().equalsIgnoreCase("serviceurl"))
                .map(Map.Entry::getValue).toList();
        if (claimed.isEmpty() || serviceUrl == null
                || !claimed.stream().allMatch(c -> c instanceof String url && withoutSlash(url).equals(withoutSlash(serviceUrl)))) {
            return Optional.of("the token's serviceurl is not the activity's");
        }
        return Optional.empty();
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The key with id {@code kid}: from the cache while it is less than a day old, else from the keys fetched again —
     * tried at most once a minute, so neither forged key ids nor an outage at Microsoft make Referent hammer it.
     */
    private Key key(String kid) throws IOException, InterruptedException {
        if (kid == null) {
            return null;
        }
        Key known = keys.get(kid);
        if (known != null && clock.instant().isBefore(fetched.plus(KEYS_KEPT))) {
            return known;
        }
        synchronized (this) {
            Instant now = clock.instant();
            boolean stale = !now.isBefore(fetched.plus(KEYS_KEPT));
            if ((stale || !keys.containsKey(kid)) && !now.isBefore(tried.plus(REFRESH_AT_MOST))) {
                tried = now;
                keys = fetchKeys();
                fetched = now;
            }
            return keys.get(kid);
        }
    }

    private Map<String, Key> fetchKeys() throws IOException, InterruptedException {
        JsonNode metadata = getJson(openIdMetadata);
        String jwksUri = metadata.path("jwks_uri").asText("");
        if (jwksUri.isEmpty()) {
            throw new IOException("the OpenID metadata names no jwks_uri");
        }
        Map<String, Key> out = new HashMap<>();
        for (JsonNode k : getJson(URI.create(jwksUri)).path("keys")) {
            try {
                if (JWK.parse(k.toString()) instanceof RSAKey rsa && rsa.getKeyID() != null) {
                    Set<String> endorsements = new HashSet<>();
                    k.path("endorsements").forEach(e -> endorsements.add(e.asText()));
                    out.put(rsa.getKeyID(), new Key(rsa, Set.copyOf(endorsements)));
                }
            } catch (ParseException e) {
                LOG.warn("a key in the Bot Framework's JWKS could not be read: {}", e.getMessage());
            }
        }
        return Map.copyOf(out);
    }

    private JsonNode getJson(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered HTTP " + response.statusCode());
        }
        return json.readTree(response.body());
    }
}
