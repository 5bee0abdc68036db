package dk.referent.bot.chat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a chat user is told when something fails unexpectedly: a short message with a reference (»fejl-7f3a2c«), never
 * the exception's text, which may carry SQL, a path or a host. The detail goes to the log under the same reference,
 * so whoever runs Referent finds it from what the user passes on.
 *
 * <p>Only for the unexpected: a message Referent means the user to read (a referat it cannot read and why, a
 * calendar line it does not understand) is said as it is.
 */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    /** A failure logged under {@code reference}; says so in the user's language. */
    public record Failure(String reference) {

        /** »Det lykkedes ikke: der skete en uventet fejl (fejl-7f3a2c). …«, after {@code what} failed in Danish words. */
        public String danish(String what) {
            return what + ": der skete en uventet fejl (" + reference + "). Prøv igen om lidt; sker det igen, så giv referencen "
                    + reference + " til den, der driver Referent.";
        }

        /** "That did not work: an unexpected error occurred (fejl-7f3a2c). …", after {@code what} failed in English words. */
        public String english(String what) {
            return what + ": an unexpected error occurred (" + reference + "). Try again in a moment; if it happens again, give the "
                    + "reference " + reference + " to whoever runs Referent.";
        }

        public String in(boolean english, String danishWhat, String englishWhat) {
            return english ? english(englishWhat) : danish(danishWhat);
        }
    }

    private final Supplier<String> references;

    /** References drawn at random: »fejl-« and six hex digits. */
    public Failures() {
        this(() -> String.format("fejl-%06x", ThreadLocalRandom.current().nextInt(1 << 24)));
    }

    public Failures(Supplier<String> references) {
        this.references = references;
    }

    /**
     * Logs {@code e} (with its stack trace) at ERROR under a new reference, with what was being done and for whom —
     * not what they wrote, which is theirs — and returns the reference to tell them.
     *
     * @param doing what failed, in English for the log ("answering a message", "a button")
     * @param actor who it was for ("slack:U0123")
     */
    public Failure logged(String doing, String actor, Throwable e) {
        String reference = references.get();
        LOG.error("{}: {} for {} failed unexpectedly", reference, doing, actor, e);
        return new Failure(reference);
    }

    /**
     * Logs a failure that is no exception (a delivery refused, with the platform's reason) at WARN under a new
     * reference, and returns the reference to tell the user.
     */
    public Failure noted(String doing, String actor, String detail) {
        String reference = references.get();
        LOG.warn("{}: {} for {} failed: {}", reference, doing, actor, detail);
        return new Failure(reference);
    }
}
