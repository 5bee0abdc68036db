package dk.referent.bot.platform.email;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Where mail goes: REFERENT_SMTP_URL ({@code smtp://host:587}; STARTTLS is required unless
 * REFERENT_SMTP_STARTTLS=optional, for a relay on the same host), REFERENT_SMTP_USER, REFERENT_SMTP_PASSWORD,
 * REFERENT_SMTP_FROM. {@link #toString()} never shows the password.
 */
public record SmtpSettings(String host, int port, String user, String password, String from, boolean startTlsRequired) {

    public static final String URL = "REFERENT_SMTP_URL";

    /** The settings when REFERENT_SMTP_URL is set. */
    public static Optional<SmtpSettings> from(Map<String, String> env) {
        String url = env.getOrDefault(URL, "").strip();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        URI uri = URI.create(url);
        return Optional.of(new SmtpSettings(uri.getHost(), uri.getPort() < 0 ? 587 : uri.getPort(),
                blankToNull(env.get("REFERENT_SMTP_USER")), blankToNull(env.get("REFERENT_SMTP_PASSWORD")),
                env.getOrDefault("REFERENT_SMTP_FROM", ""),
                !"optional".equalsIgnoreCase(env.getOrDefault("REFERENT_SMTP_STARTTLS", "required").strip())));
    }

    /** What is wrong with the e-mail configuration, or null. Never names a secret's value. */
    public static String problem(Map<String, String> env) {
        String url = env.getOrDefault(URL, "").strip();
        if (url.isEmpty()) {
            return null;
        }
        if (!url.matches("smtp://[A-Za-z0-9.-]+(:\\d{1,5})?/?")) {
            return URL + " must look like smtp://host:587, not »" + url + "«";
        }
        if (EmailAddresses.valid(env.getOrDefault("REFERENT_SMTP_FROM", "")).isEmpty()) {
            return "REFERENT_SMTP_FROM (the sender's e-mail address) is needed when " + URL + " is set";
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String toString() {
        return "smtp://" + host + ":" + port + (user == null ? "" : " as " + user) + " from " + from;
    }
}
