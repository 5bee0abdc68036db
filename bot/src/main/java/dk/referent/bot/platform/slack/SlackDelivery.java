package dk.referent.bot.platform.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.Message;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.plan.PlannedReminder;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reminders into Slack: to the owner when the owner is a Slack user or channel id, else to the follow-up channel
 * with the owner named. Rate limits and Slack's own failures are retried (after Retry-After); a missing channel or a
 * bad token is not.
 */
public final class SlackDelivery implements ChatDelivery {

    private static final Pattern SLACK_ID = dk.referent.bot.chat.ChatIds.SLACK_ID;
    private static final Set<String> PERMANENT = Set.of("channel_not_found", "invalid_auth", "not_authed", "account_inactive",
            "is_archived", "not_in_channel", "token_revoked", "missing_scope", "user_not_found");

    /** The metadata event type that carries a delivery's marker. */
    static final String MARKER_EVENT = "referent_delivery";
    /** How many of a conversation's latest messages are searched for a marker (a lease is minutes, not days). */
    private static final int HISTORY = 200;

    private final MethodsClient client;
    private final String followUpChannel;

    public SlackDelivery(MethodsClient client, String followUpChannel) {
        this.client = client;
        this.followUpChannel = followUpChannel;
    }

    @Override
    public DeliveryResult send(String target, String text) {
        return post(target, text, null, null);
    }

    /** A reminder with its buttons: done, snooze a day, snooze a week, reassign. */
    @Override
    public DeliveryResult sendReminder(String target, String text, long followUpId) {
        return post(target, text, followUpId, null);
    }

    /** The marker goes into the message's metadata, where {@link #delivered} looks for it. */
    @Override
    public DeliveryResult sendMarked(String target, String text, Long followUpId, String marker) {
        return post(target, text, followUpId, marker);
    }

    /**
     * Whether a message with {@code marker} in its metadata is among the latest in the conversation it went to (the
     * user's direct messages with Referent, or the channel); empty when Slack cannot be asked.
     */
    @Override
    public Optional<Boolean> delivered(String target, String marker) {
        try {
            String channel = conversationOf(target);
            if (channel == null) {
                return Optional.empty();
            }
            ConversationsHistoryResponse history = client.conversationsHistory(r -> r.channel(channel).limit(HISTORY).includeAllMetadata(true));
            if (!history.isOk()) {
                return Optional.empty();
            }
            return Optional.of(history.getMessages().stream().map(Message::getMetadata).filter(Objects::nonNull)
                    .anyMatch(m -> MARKER_EVENT.equals(m.getEventType()) && m.getEventPayload() != null
                            && marker.equals(String.valueOf(m.getEventPayload().get("marker")))));
        } catch (IOException | SlackApiException e) {
            return Optional.empty();
        }
    }

    /** The conversation a message to {@code target} lands in: a user's direct messages are opened to find theirs. */
    private String conversationOf(String target) throws IOException, SlackApiException {
        if (!SLACK_ID.matcher(target).matches()) {
            return followUpChannel;
        }
        if (target.startsWith("U") || target.startsWith("W")) {
            ConversationsOpenResponse opened = client.conversationsOpen(r -> r.users(List.of(target)));
            return opened.isOk() && opened.getChannel() != null ? opened.getChannel().getId() : null;
        }
        return target;
    }

    private DeliveryResult post(String target, String text, Long followUpId, String marker) {
        boolean direct = SLACK_ID.matcher(target).matches();
        String channel = direct ? target : followUpChannel;
        boolean named = !direct && !target.equals(PlannedReminder.FOLLOW_UP_CHANNEL);
        String message = named ? "Til " + target + ": " + text : text;
        try {
            java.util.List<com.slack.api.model.block.LayoutBlock> blocks = SlackBot.blocks(new dk.referent.bot.chat.Reply(message,
                    followUpId == null ? java.util.List.of() : dk.referent.bot.chat.Button.reminder(followUpId)));
            Message.Metadata metadata = marker == null ? null : new Message.Metadata(MARKER_EVENT, Map.of("marker", marker));
            ChatPostMessageResponse response = client.chatPostMessage(r -> r.channel(channel).text(SlackText.escape(message))
                    .blocks(blocks).unfurlLinks(false).unfurlMedia(false).metadata(metadata));
            if (response.isOk()) {
                return DeliveryResult.sent();
            }
            return PERMANENT.contains(response.getError()) ? DeliveryResult.failed(response.getError())
                    : DeliveryResult.retry(Duration.ZERO, response.getError());
        } catch (SlackApiException e) {
            if (e.getResponse().code() == 429) {
                String after = e.getResponse().header("Retry-After");
                return DeliveryResult.retry(Duration.ofSeconds(after == null ? 30 : Long.parseLong(after.strip())), "429 rate limited");
            }
            return DeliveryResult.retry(Duration.ZERO, "HTTP " + e.getResponse().code());
        } catch (IOException e) {
            return DeliveryResult.retry(Duration.ZERO, e.toString());
        }
    }
}
