package dk.referent.bot.platform.teams;

import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Reply;
import dk.referent.persistence.TeamsConversations;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.plan.PlannedReminder;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reminders, publications and notices into Teams. A person (their Entra ID object id) is written to in their 1:1
 * chat with Referent; one who has none yet — Teams lets a bot write only where it has been — is named in the
 * follow-up channel, which says why. A conversation id (the decisions channel) is posted to; any other owner (a name)
 * is named in the follow-up channel. Rate limits and the Connector's own failures are retried after Retry-After.
 */
public final class TeamsDelivery implements ChatDelivery {

    private static final Pattern OBJECT_ID = dk.referent.bot.chat.ChatIds.TEAMS_OBJECT_ID;
    private static final Pattern CONVERSATION_ID = dk.referent.bot.chat.ChatIds.TEAMS_CONVERSATION_ID;

    private final TeamsConnector connector;
    private final TeamsConversations references;
    /** Microsoft's global service URL for proactive messages, for conversations Referent has not heard from. */
    public static final String GLOBAL_SERVICE_URL = "https://smba.trafficmanager.net/teams/";

    private final String followUpChannel;
    private final String globalServiceUrl;

    /** {@code globalServiceUrl}: where a conversation not heard from yet (nor any other) is reached. */
    public TeamsDelivery(TeamsConnector connector, TeamsConversations references, String followUpChannel, String globalServiceUrl) {
        this.connector = connector;
        this.references = references;
        this.followUpChannel = followUpChannel;
        this.globalServiceUrl = globalServiceUrl;
    }

    @Override
    public DeliveryResult send(String target, String text) {
        return post(target, text, List.of());
    }

    @Override
    public DeliveryResult sendReminder(String target, String text, long followUpId) {
        return post(target, text, Button.reminder(followUpId));
    }

    private DeliveryResult post(String target, String text, List<Button> buttons) {
        Optional<TeamsConversations.Reference> personal = OBJECT_ID.matcher(target).matches() ? references.personal(target) : Optional.empty();
        String conversationId;
        String message;
        if (personal.isPresent()) {
            conversationId = personal.get().conversationId();
            message = text;
        } else if (CONVERSATION_ID.matcher(target).matches()) {
            conversationId = target;
            message = text;
        } else if (followUpChannel == null || !CONVERSATION_ID.matcher(followUpChannel).matches()) {
            // side by side the follow-up channel may be another platform's, where Teams cannot post
            return DeliveryResult.failed("no 1:1 chat with " + target + " in Teams, and the follow-up channel is not a Teams channel");
        } else {
            conversationId = followUpChannel;
            message = target.equals(PlannedReminder.FOLLOW_UP_CHANNEL) ? text
                    : OBJECT_ID.matcher(target).matches()
                    ? "Til " + target + " (har ikke skrevet med Referent i Teams endnu, så det står her): " + text
                    : "Til " + target + ": " + text;
        }
        // the conversation's own service URL, else the tenant's (the same for all its conversations), else the global one
        String serviceUrl = personal.map(TeamsConversations.Reference::serviceUrl)
                .or(() -> references.conversation(conversationId).map(TeamsConversations.Reference::serviceUrl))
                .or(references::latestServiceUrl).orElse(globalServiceUrl);
        try {
            TeamsConnector.Result result = connector.send(serviceUrl, conversationId, TeamsCards.message(new Reply(message, buttons)));
            if (result.ok()) {
                return DeliveryResult.sent();
            }
            String reason = "HTTP " + result.status();
            return result.transientFailure() ? DeliveryResult.retry(result.retryAfter().orElse(Duration.ZERO), reason)
                    : DeliveryResult.failed(reason);
        } catch (IOException e) {
            return DeliveryResult.retry(Duration.ZERO, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.retry(Duration.ZERO, "interrupted");
        }
    }
}
