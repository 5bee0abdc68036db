package dk.referent.bot.runtime;

import dk.referent.bot.chat.ChatIds;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox's one delivery over every running chat platform: a target goes to the platform whose id shape it has
 * ({@link ChatIds}); a name that is no chat id (an owner such as "Team Ejendomme", the follow-up channel's stand-in)
 * goes to the platform the follow-up channel is on, which names the owner there. With one platform everything goes to
 * it, as before platforms ran side by side.
 */
public final class ChatRouting implements ChatDelivery {

    private final Map<String, ChatDelivery> platforms;
    private final String followUpChannel;

    /** {@code platforms}: by name ({@link ChatIds#SLACK}, …), the first the home of names when the follow-up channel is none's. */
    public ChatRouting(Map<String, ? extends ChatDelivery> platforms, String followUpChannel) {
        this.platforms = new LinkedHashMap<>(platforms);
        this.followUpChannel = followUpChannel == null ? "" : followUpChannel.strip();
    }

    /** The name of the platform a message to {@code target} goes to; empty when none is running. */
    public Optional<String> platformFor(String target) {
        if (platforms.size() <= 1) {
            return platforms.keySet().stream().findFirst();
        }
        return ChatIds.platformOf(target).filter(platforms::containsKey)
                .or(() -> ChatIds.platformOf(followUpChannel).filter(platforms::containsKey))
                .or(() -> platforms.keySet().stream().findFirst());
    }

    private Optional<ChatDelivery> to(String target) {
        return platformFor(target).map(platforms::get);
    }

    @Override
    public DeliveryResult send(String target, String text) {
        return to(target).map(d -> d.send(target, text)).orElseGet(ChatRouting::none);
    }

    @Override
    public DeliveryResult sendReminder(String target, String text, long followUpId) {
        return to(target).map(d -> d.sendReminder(target, text, followUpId)).orElseGet(ChatRouting::none);
    }

    @Override
    public DeliveryResult sendMarked(String target, String text, Long followUpId, String marker) {
        return to(target).map(d -> d.sendMarked(target, text, followUpId, marker)).orElseGet(ChatRouting::none);
    }

    @Override
    public Optional<Boolean> delivered(String target, String marker) {
        return to(target).flatMap(d -> d.delivered(target, marker));
    }

    private static DeliveryResult none() {
        // no platform is running yet: the outbox keeps the message
        return DeliveryResult.retry(Duration.ofSeconds(5), "no chat platform running");
    }
}
