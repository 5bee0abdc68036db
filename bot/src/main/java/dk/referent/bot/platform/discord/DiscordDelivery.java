package dk.referent.bot.platform.discord;

import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Reply;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.plan.PlannedReminder;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Messages into Discord: to a channel when the target is the id of one (the decisions channel), as a direct message
 * when it is a user's id (a reminder's owner, a subscriber), else to the follow-up channel with the owner named ("Til
 * Team Ejendomme: …"). A reminder carries its follow-up's buttons (done, snooze, reassign), drawn as {@link DiscordBot}
 * draws a reply's. Requests are blocking ({@code complete(false)}: a rate limit comes back as a
 * {@link DeliveryResult.Retry} after its retry-after instead of blocking the scheduler). A missing channel or user
 * (an id that is neither), missing access or permissions, a closed DM or a revoked token is not retried; Discord's own
 * failures (5xx, timeouts) are. Like {@link DiscordBot}, no message can ping anyone.
 */
public final class DiscordDelivery implements ChatDelivery {

    private static final Set<ErrorResponse> PERMANENT = EnumSet.of(ErrorResponse.UNKNOWN_CHANNEL, ErrorResponse.UNKNOWN_USER,
            ErrorResponse.MISSING_ACCESS, ErrorResponse.MISSING_PERMISSIONS, ErrorResponse.CANNOT_SEND_TO_USER);

    private final JDA jda;
    private final String followUpChannelId;

    /** {@code followUpChannelId}: the id of the server channel (text, announcement or thread) for follow-ups. */
    public DiscordDelivery(JDA jda, String followUpChannelId) {
        this.jda = jda;
        this.followUpChannelId = followUpChannelId == null ? "" : followUpChannelId.strip();
    }

    @Override
    public DeliveryResult send(String target, String text) {
        return post(target, Reply.of(text));
    }

    @Override
    public DeliveryResult sendReminder(String target, String text, long followUpId) {
        return post(target, new Reply(text, Button.reminder(followUpId)));
    }

    private DeliveryResult post(String target, Reply reply) {
        boolean byId = DiscordText.SNOWFLAKE.matcher(target).matches();
        boolean named = !byId && !target.equals(PlannedReminder.FOLLOW_UP_CHANNEL);
        Reply message = named ? new Reply("Til " + target + ": " + reply.text(), reply.buttons()) : reply;
        try {
            MessageChannel channel;
            if (byId) {
                channel = channelOrUser(target);
            } else {
                channel = followUpChannel();
                if (channel == null) {
                    return DeliveryResult.failed("unknown channel " + followUpChannelId);
                }
            }
            // a reminder longer than one message is sent in pieces; a retry after a failed later piece repeats the first
            for (MessageCreateData data : DiscordMessages.of(message)) {
                channel.sendMessage(data).complete(false);
            }
            return DeliveryResult.sent();
        } catch (RateLimitedException e) {
            return DeliveryResult.retry(Duration.ofMillis(Math.max(0, e.getRetryAfter())), "rate limited");
        } catch (ErrorResponseException e) {
            String reason = e.getErrorResponse().name() + " (" + e.getErrorCode() + " " + e.getMeaning() + ")";
            boolean unauthorised = e.getResponse() != null && e.getResponse().code == 401;
            return PERMANENT.contains(e.getErrorResponse()) || unauthorised ? DeliveryResult.failed(reason)
                    : DeliveryResult.retry(Duration.ZERO, reason);
        } catch (PermissionException e) {
            // JDA checks the bot's permissions in a server channel before asking Discord: missing access, for good
            return DeliveryResult.failed("MISSING_PERMISSIONS (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            return DeliveryResult.retry(Duration.ZERO, e.toString());
        }
    }

    /**
     * The server channel with id {@code id} (from JDA's cache, which holds every channel the bot can see), else the
     * direct conversation with the user of that id — who must exist, or the id is unknown for good.
     */
    private MessageChannel channelOrUser(String id) throws RateLimitedException {
        MessageChannel channel = jda.getChannelById(GuildMessageChannel.class, id);
        if (channel != null) {
            return channel;
        }
        User user = jda.retrieveUserById(id).complete(false);
        return user.openPrivateChannel().complete(false);
    }

    /** The follow-up channel from JDA's cache, or null when there is no such channel (or the id is no Discord id). */
    private MessageChannel followUpChannel() {
        if (!DiscordText.SNOWFLAKE.matcher(followUpChannelId).matches()) {
            return null;
        }
        return jda.getChannelById(GuildMessageChannel.class, followUpChannelId);
    }
}
