package dk.referent.bot.platform.email;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The e-mails' Udført / Udsæt links: {@code <public url>/act/<token>}, the token being
 * {@code <follow-up id>.<action>.<expiry, epoch seconds>.<HMAC-SHA256 of those three>} with REFERENT_LINK_SECRET, so
 * a link cannot be forged or altered and needs no row until it is used. Pure: making and checking only; that a link
 * works once is {@link EmailActions}' part.
 */
public final class ActionLinks {

    /** How long a link works: a reminder is read within days, and a forwarded mail should not act for ever. */
    public static final Duration VALID_FOR = Duration.ofDays(30);
    public static final String PATH = "/act/";
    private static final Pattern TOKEN = Pattern.compile("(\\d{1,18})\\.([a-z0-9]{1,16})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})");

    /** What a link does; {@code code} is in the token, {@code label} on the link. */
    public enum Action {
        DONE("done", "Udført"), SNOOZE_DAY("snooze1", "Udsæt 1 dag"), SNOOZE_WEEK("snooze7", "Udsæt 1 uge");

        final String code;
        final String label;

        Action(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Optional<Action> of(String code) {
            for (Action a : values()) {
                if (a.code.equals(code)) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
    }

    /** What a token says, once checked. */
    public sealed interface Checked {
        record Valid(long followUpId, Action action) implements Checked {
        }

        record Expired() implements Checked {
        }

        /** Malformed, or not signed with this secret (altered or forged). */
        record Invalid() implements Checked {
        }
    }

    private final byte[] secret;
    private final String publicUrl;
    private final Clock clock;

    /** {@code secret}: REFERENT_LINK_SECRET (at least 32 bytes); {@code publicUrl}: REFERENT_PUBLIC_URL. */
    public ActionLinks(String secret, String publicUrl, Clock clock) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("REFERENT_LINK_SECRET must be at least 32 bytes");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
        this.clock = clock;
    }

    /** The link that does {@code action} on follow-up {@code followUpId}, valid for {@link #VALID_FOR}. */
    public String link(long followUpId, Action action) {
        return publicUrl + PATH + token(followUpId, action, clock.instant().plus(VALID_FOR));
    }

    String token(long followUpId, Action action, Instant expiry) {
        String payload = followUpId + "." + action.code + "." + expiry.getEpochSecond();
        return payload + "." + signature(payload);
    }

    public Checked check(String token) {
        Matcher m = token == null ? null : TOKEN.matcher(token);
        if (m == null || !m.matches()) {
            return new Checked.Invalid();
        }
        String payload = m.group(1) + "." + m.group(2) + "." + m.group(3);
        // constant time: a timing difference must not reveal how much of a forged signature was right
        if (!MessageDigest.isEqual(signature(payload).getBytes(StandardCharsets.US_ASCII), m.group(4).getBytes(StandardCharsets.US_ASCII))) {
            return new Checked.Invalid();
        }
        Optional<Action> action = Action.of(m.group(2));
        if (action.isEmpty()) {
            return new Checked.Invalid();
        }
        if (!clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(m.group(3))))) {
            return new Checked.Expired();
        }
        return new Checked.Valid(Long.parseLong(m.group(1)), action.get());
    }

    private String signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
