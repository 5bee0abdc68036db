package dk.referent.scheduler;

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
}
