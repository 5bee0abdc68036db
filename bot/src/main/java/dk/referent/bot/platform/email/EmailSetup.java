package dk.referent.bot.platform.email;

import dk.referent.bot.Stores;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.FollowUpDecisions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** E-mail from the environment, for {@code RunningService} and the HTTP server: a few calls, each built once. */
public final class EmailSetup {

    private static final Logger LOG = LoggerFactory.getLogger(EmailSetup.class);
    public static final String PEOPLE_FILE = "REFERENT_PEOPLE_FILE";
    public static final String LINK_SECRET = "REFERENT_LINK_SECRET";
    public static final String PUBLIC_URL = "REFERENT_PUBLIC_URL";

    private EmailSetup() {
    }

    /** What is wrong with the e-mail configuration (SMTP, the people file, the link secret), or null. Never a secret's value. */
    public static String problem(Map<String, String> env) {
        String smtp = SmtpSettings.problem(env);
        if (smtp != null) {
            return smtp;
        }
        if (env.containsKey(LINK_SECRET) && env.get(LINK_SECRET).getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
            return LINK_SECRET + " must be at least 32 characters (a random string)";
        }
        try {
            people(env);
            return null;
        } catch (IOException e) {
            return PEOPLE_FILE + " could not be read: " + e.getMessage();
        } catch (PeopleFile.Invalid e) {
            return PEOPLE_FILE + " (" + env.get(PEOPLE_FILE) + ") has bad lines, so none of it is used: " + String.join("; ", e.problems());
        }
    }

    /**
     * Wraps the platform's delivery for the outbox: with REFERENT_SMTP_URL set, reminders and digests go by e-mail to
     * whoever prefers it ({@link EmailRouting}); without, the platform's delivery unchanged. Call after
     * {@link #problem} said nothing.
     */
    public static UnaryOperator<ChatDelivery> around(Map<String, String> env, Stores stores, Clock clock) {
        Optional<SmtpSettings> smtp = SmtpSettings.from(env);
        if (smtp.isEmpty()) {
            return platform -> platform;
        }
        try {
            Contacts contacts = new Contacts(stores.personContacts(), people(env));
            EmailDelivery email = new EmailDelivery(smtp.get(), target -> contacts.of(target).map(Contacts.Reach::email),
                    links(env, clock).orElse(null), clock);
            LOG.info("e-mail through {}", smtp.get());
            return platform -> new EmailRouting(platform, email, contacts);
        } catch (IOException | PeopleFile.Invalid e) {
            throw new IllegalStateException(PEOPLE_FILE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The handler for {@code GET /act/<token>} — present when REFERENT_LINK_SECRET and REFERENT_PUBLIC_URL are set:
     * the HTTP server calls {@link EmailActions#act(String)} with the path's token and shows the text.
     */
    public static Optional<EmailActions> actions(Map<String, String> env, Stores stores, FollowUpDecisions decisions, Clock clock) {
        return links(env, clock).map(l -> new EmailActions(l, stores.personContacts(), decisions, clock));
    }

    static Optional<ActionLinks> links(Map<String, String> env, Clock clock) {
        String secret = env.getOrDefault(LINK_SECRET, "");
        String url = env.getOrDefault(PUBLIC_URL, "").strip();
        // without both, a link could not be checked or not be reached: the mail then points to chat
        return secret.length() < 32 || url.isEmpty() ? Optional.empty() : Optional.of(new ActionLinks(secret, url, clock));
    }

    static PeopleFile people(Map<String, String> env) throws IOException, PeopleFile.Invalid {
        String path = env.getOrDefault(PEOPLE_FILE, "").strip();
        return path.isEmpty() ? PeopleFile.empty() : PeopleFile.load(Path.of(path));
    }
}
