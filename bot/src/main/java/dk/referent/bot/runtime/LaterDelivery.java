package dk.referent.bot.runtime;

import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import java.time.Duration;

/**
 * The chat platform's delivery, connected once the platform is: until then every message is "try again shortly"
 * (the outbox keeps it), never lost.
 */
public final class LaterDelivery implements ChatDelivery {

    private volatile ChatDelivery connected;

    public void connect(ChatDelivery delivery) {
        this.connected = delivery;
    }

    @Override
    public DeliveryResult send(String target, String text) {
        ChatDelivery d = connected;
        return d == null ? notConnected() : d.send(target, text);
    }

    @Override
    public DeliveryResult sendReminder(String target, String text, long followUpId) {
        ChatDelivery d = connected;
        return d == null ? notConnected() : d.sendReminder(target, text, followUpId);
    }

    @Override
    public DeliveryResult sendMarked(String target, String text, Long followUpId, String marker) {
        ChatDelivery d = connected;
        return d == null ? notConnected() : d.sendMarked(target, text, followUpId, marker);
    }

    @Override
    public java.util.Optional<Boolean> delivered(String target, String marker) {
        ChatDelivery d = connected;
        return d == null ? java.util.Optional.empty() : d.delivered(target, marker);
    }

    private static DeliveryResult notConnected() {
        return DeliveryResult.retry(Duration.ofSeconds(5), "chat not connected yet");
    }
}
