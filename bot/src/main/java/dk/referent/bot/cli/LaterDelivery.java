package dk.referent.bot.cli;

import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import java.time.Duration;

/**
 * The chat platform's delivery, connected once the platform is: until then every message is "try again shortly"
 * (the outbox keeps it), never lost.
 */
final class LaterDelivery implements ChatDelivery {

    private volatile ChatDelivery connected;

    void connect(ChatDelivery delivery) {
        this.connected = delivery;
    }

    @Override
    public DeliveryResult send(String target, String text) {
        ChatDelivery d = connected;
        return d == null ? DeliveryResult.retry(Duration.ofSeconds(5), "chat not connected yet") : d.send(target, text);
    }

    @Override
    public DeliveryResult sendReminder(String target, String text, long followUpId) {
        ChatDelivery d = connected;
        return d == null ? DeliveryResult.retry(Duration.ofSeconds(5), "chat not connected yet") : d.sendReminder(target, text, followUpId);
    }
}
