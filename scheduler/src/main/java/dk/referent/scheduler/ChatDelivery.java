package dk.referent.scheduler;

import java.util.Optional;

/**
 * Where reminders go: a chat platform (Slack, Discord) or the console. {@code target} is an owner's name, a chat
 * user or a channel as the platform resolves it; an unknown owner falls back to the follow-up channel there.
 */
public interface ChatDelivery {

    DeliveryResult send(String target, String text);

    /**
     * A reminder of a follow-up: platforms with buttons offer done / snooze on it; the others send the text.
     */
    default DeliveryResult sendReminder(String target, String text, long followUpId) {
        return send(target, text);
    }

    /**
     * As {@link #sendReminder(String, String, long)} (or {@link #send} when {@code followUpId} is null), carrying
     * {@code marker} where the platform can keep it with the message, so {@link #delivered} can find it later.
     */
    default DeliveryResult sendMarked(String target, String text, Long followUpId, String marker) {
        return followUpId == null ? send(target, text) : sendReminder(target, text, followUpId);
    }

    /**
     * Whether a message sent with {@code marker} to {@code target} is there — asked before sending again what an
     * instance may have sent just before it died. Empty when the platform cannot tell (then it is sent again: at least
     * once beats never).
     */
    default Optional<Boolean> delivered(String target, String marker) {
        return Optional.empty();
    }
}
