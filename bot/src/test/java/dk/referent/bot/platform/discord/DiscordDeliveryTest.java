package dk.referent.bot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.plan.PlannedReminder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Reminders through mocked JDA: where they go, what they say, and how Discord's failures map to retry or not. */
class DiscordDeliveryTest {

    private static final String FOLLOW_UP = "110000000000000001";
    private static final String OWNER = "300000000000000007";
    private static final String DECISIONS = "110000000000000005";

    private final JDA jda = mock();
    private final GuildMessageChannel followUp = mock();
    private final MessageCreateAction toFollowUp = mock();
    private final GuildMessageChannel decisions = mock();
    private final MessageCreateAction toDecisions = mock();
    private final PrivateChannel dm = mock();
    private final MessageCreateAction toOwner = mock();
    private DiscordDelivery delivery;

    @BeforeEach
    void discord() throws Exception {
        when(jda.getChannelById(GuildMessageChannel.class, FOLLOW_UP)).thenReturn(followUp);
        when(followUp.sendMessage(any(MessageCreateData.class))).thenReturn(toFollowUp);
        when(jda.getChannelById(GuildMessageChannel.class, DECISIONS)).thenReturn(decisions);
        when(decisions.sendMessage(any(MessageCreateData.class))).thenReturn(toDecisions);

        User owner = mock();
        CacheRestAction<User> retrieveOwner = mock();
        CacheRestAction<PrivateChannel> openDm = mock();
        when(jda.retrieveUserById(OWNER)).thenReturn(retrieveOwner);
        when(retrieveOwner.complete(false)).thenReturn(owner);
        when(owner.openPrivateChannel()).thenReturn(openDm);
        when(openDm.complete(false)).thenReturn(dm);
        when(dm.sendMessage(any(MessageCreateData.class))).thenReturn(toOwner);

        delivery = new DiscordDelivery(jda, FOLLOW_UP);
    }

    private MessageCreateData sentToOwner() {
        ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(dm).sendMessage(data.capture());
        return data.getValue();
    }

    private static MessageCreateData sentTo(GuildMessageChannel channel) {
        ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(channel).sendMessage(data.capture());
        return data.getValue();
    }

    /** The exception JDA throws for Discord's JSON error body {@code {"code": …, "message": …}}. */
    private static ErrorResponseException error(ErrorResponse error) {
        Response response = mock();
        when(response.optObject()).thenReturn(Optional.of(DataObject.empty().put("code", error.getCode()).put("message", error.getMeaning())));
        return ErrorResponseException.create(error, response);
    }

    @Test
    void aReminderForADiscordUserIsADirectMessage() throws Exception {
        assertEquals(DeliveryResult.sent(), delivery.send(OWNER, "Frist i morgen"));

        assertEquals("Frist i morgen", sentToOwner().getContent());
        verify(toOwner).complete(false);
        verify(followUp, never()).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void aReminderForAnOwnerWithoutDiscordIdGoesToTheFollowUpChannelNamingTheOwner() throws Exception {
        assertEquals(DeliveryResult.sent(), delivery.send("Team Ejendomme", "Frist i morgen"));

        assertEquals("Til Team Ejendomme: Frist i morgen", sentTo(followUp).getContent());
        verify(toFollowUp).complete(false);
    }

    @Test
    void aReminderWithoutOwnerGoesToTheFollowUpChannelAsItIs() {
        delivery.send(PlannedReminder.FOLLOW_UP_CHANNEL, "Frist i morgen");

        assertEquals("Frist i morgen", sentTo(followUp).getContent());
    }

    @Test
    void anOwnerNamedLikeABroadcastPingsNoOne() {
        delivery.send("@everyone", "Frist i morgen <@&123>");

        MessageCreateData data = sentTo(followUp);
        assertEquals("Til @everyone: Frist i morgen <@&123>", data.getContent());
        assertTrue(data.getAllowedMentions().isEmpty());
        assertTrue(data.toData().getObject("allowed_mentions").getArray("parse").isEmpty());
    }

    @Test
    void anUnknownChannelIsAPermanentFailure() throws Exception {
        ErrorResponseException failure = error(ErrorResponse.UNKNOWN_CHANNEL);
        when(toFollowUp.complete(false)).thenThrow(failure);

        DeliveryResult result = delivery.send("Team Ejendomme", "Frist i morgen");

        assertEquals(DeliveryResult.Failed.class, result.getClass());
        assertTrue(((DeliveryResult.Failed) result).reason().contains("UNKNOWN_CHANNEL"), result.toString());
    }

    @Test
    void aUserWhoAcceptsNoDirectMessagesIsAPermanentFailure() throws Exception {
        ErrorResponseException failure = error(ErrorResponse.CANNOT_SEND_TO_USER);
        when(toOwner.complete(false)).thenThrow(failure);

        assertEquals(DeliveryResult.Failed.class, delivery.send(OWNER, "Frist i morgen").getClass());
    }

    @Test
    void anUnknownUserIsAPermanentFailure() throws Exception {
        String gone = "300000000000000999";
        CacheRestAction<User> retrieve = mock();
        when(jda.retrieveUserById(gone)).thenReturn(retrieve);
        ErrorResponseException failure = error(ErrorResponse.UNKNOWN_USER);
        when(retrieve.complete(false)).thenThrow(failure);

        assertEquals(DeliveryResult.Failed.class, delivery.send(gone, "Frist i morgen").getClass());
    }

    @Test
    void aMissingPermissionInTheFollowUpChannelIsAPermanentFailure() {
        when(followUp.sendMessage(any(MessageCreateData.class))).thenThrow(mock(InsufficientPermissionException.class));

        assertEquals(DeliveryResult.Failed.class, delivery.send("Team Ejendomme", "Frist i morgen").getClass());
    }

    @Test
    void aFollowUpChannelThatDoesNotExistIsAPermanentFailure() {
        DiscordDelivery nowhere = new DiscordDelivery(jda, "110000000000000404");

        assertEquals(DeliveryResult.failed("unknown channel 110000000000000404"), nowhere.send("Team Ejendomme", "Frist i morgen"));
    }

    @Test
    void aRateLimitIsRetriedAfterItsRetryAfter() throws Exception {
        when(toOwner.complete(false)).thenThrow(new RateLimitedException("channels/1/messages", 7_000));

        assertEquals(DeliveryResult.retry(Duration.ofSeconds(7), "rate limited"), delivery.send(OWNER, "Frist i morgen"));
    }

    @Test
    void aServerErrorIsRetriedAtOnce() throws Exception {
        ErrorResponseException failure = error(ErrorResponse.SERVER_ERROR);
        when(toFollowUp.complete(false)).thenThrow(failure);

        DeliveryResult result = delivery.send("Team Ejendomme", "Frist i morgen");

        assertEquals(DeliveryResult.Retry.class, result.getClass());
        assertEquals(Duration.ZERO, ((DeliveryResult.Retry) result).after());
    }

    @Test
    void aTimeoutIsRetriedAtOnce() throws Exception {
        when(toFollowUp.complete(false)).thenThrow(new IllegalStateException(new java.net.SocketTimeoutException("timeout")));

        assertEquals(DeliveryResult.Retry.class, delivery.send("Team Ejendomme", "Frist i morgen").getClass());
    }
    @Test
    void aMessageForAChannelIdGoesToThatChannelNotToAUser() throws Exception {
        assertEquals(DeliveryResult.sent(), delivery.send(DECISIONS, "Ny beslutning: sprogskolen"));

        assertEquals("Ny beslutning: sprogskolen", sentTo(decisions).getContent());
        verify(toDecisions).complete(false);
        verify(jda, never()).retrieveUserById(DECISIONS);
        verify(dm, never()).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void aMessageForAUserIdIsADirectMessageWithoutButtons() {
        delivery.send(OWNER, "Nyt om sprogskolen");

        MessageCreateData data = sentToOwner();
        assertEquals("Nyt om sprogskolen", data.getContent());
        assertTrue(data.getComponents().isEmpty());
        verify(decisions, never()).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void aReminderCarriesItsFollowUpsButtonsAndPingsNoOne() throws Exception {
        assertEquals(DeliveryResult.sent(), delivery.sendReminder(OWNER, "Frist i morgen @everyone", 42));

        MessageCreateData data = sentToOwner();
        assertEquals(List.of("referent_done:42", "referent_snooze_day:42", "referent_snooze_week:42", "referent_reassign:42"),
                DiscordMessagesTest.ids((ActionRow) data.getComponents().get(0)));
        assertEquals(new ObjectMapper().readTree("{\"parse\":[],\"replied_user\":false}"),
                DiscordMessagesTest.json(data).get("allowed_mentions"));
    }

    @Test
    void aReminderForANamedOwnerGoesToTheFollowUpChannelWithItsButtons() {
        delivery.sendReminder("Team Ejendomme", "Frist i morgen", 42);

        MessageCreateData data = sentTo(followUp);
        assertEquals("Til Team Ejendomme: Frist i morgen", data.getContent());
        assertEquals(1, data.getComponents().size());
    }
}
