package dk.referent.bot.platform.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signing (v0: HMAC-SHA256 of "v0:timestamp:body" with the signing secret), checked before anything
 * reads the body. A timestamp more than five minutes from now either way is refused: Bolt's own check refuses only
 * the past, so a request signed with a future timestamp could be replayed for as long as that lies ahead.
 */
final class SlackSignature {

    static final Duration FRESH = Duration.ofMinutes(5);

    private final String secret;
    private final Clock clock;

    /** {@code secret}: the app's signing secret; none refuses every request. */
    SlackSignature(String secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    boolean verified(String timestamp, String signature, byte[] body) {
        if (secret == null || secret.isEmpty() || timestamp == null || signature == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(clock.instant().getEpochSecond() - seconds) > FRESH.toSeconds()) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp.strip() + ":").getBytes(StandardCharsets.UTF_8));
            byte[] expected = ("v0=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.UTF_8);
            // constant time: how much of a guess matched must not show in how long the answer takes
            return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
