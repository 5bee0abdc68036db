package dk.referent.bot.platform.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.plan.PlannedReminder;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reminders into Slack: to the owner when the owner is a Slack user or channel id, else to the follow-up channel
 * with the owner named. Rate limits and Slack's own failures are retried (after Retry-After); a missing channel or a
 * bad token is not.
 */
public final class SlackDelivery implements ChatDelivery {

    private static final Pattern SLACK_ID = Pattern.compile("[UWCGD][A-Z0-9]{6,}");
    private static final Set<String> PERMANENT = Set.of("channel_not_found", "invalid_auth", "not_authed", "account_inactive",
            "is_archived", "not_in_channel", "token_revoked", "missing_scope", "user_not_found");

    private final MethodsClient client;
    private final String followUpChannel;

    public SlackDelivery(MethodsClient client, String followUpChannel) {
        this.client = client;
        this.followUpChannel = followUpChannel;
    }

    @Override
    public DeliveryResult send(String target, String text) {
        return post(target, text, null);
    }

    /** A reminder with its buttons: done, snooze a day, snooze a week, reassign. */
    @Override
    public DeliveryResult sendReminder(String target, String text, long followUpId) {
        return post(target, text, followUpId);
    }

    private DeliveryResult post(String target, String text, Long followUpId) {
        boolean direct = SLACK_ID.matcher(target).matches();
        String channel = direct ? target : followUpChannel;
        boolean named = !direct && !target.equals(PlannedReminder.FOLLOW_UP_CHANNEL);
        String message = named ? "Til " + target + ": " + text : text;
        try {
            java.util.List<com.slack.api.model.block.LayoutBlock> blocks = SlackBot.blocks(new dk.referent.bot.chat.Reply(message,
                    followUpId == null ? java.util.List.of() : dk.referent.bot.chat.Button.reminder(followUpId)));
            ChatPostMessageResponse response = client.chatPostMessage(r -> r.channel(channel).text(SlackText.escape(message))
                    .blocks(blocks).unfurlLinks(false).unfurlMedia(false));
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
