package dk.referent.bot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Place;
import dk.referent.bot.chat.Reply;
import dk.referent.bot.chat.Speaker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Mentions;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import net.dv8tion.jda.api.interactions.modals.Modal;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.NamedAttachmentProxy;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** The listener against mocked JDA events: what is answered, where, in what order, and that nothing can ping. */
class DiscordBotTest {

    private static final long BOT_ID = 900000000000000001L;
    private static final long ASKER_ID = 300000000000000007L;
    private static final String ASKER = Long.toString(ASKER_ID);
    private static final String CHANNEL = "110000000000000002";
    private static final String SECRETARIAT_ROLE = "500000000000000001";
    private static final String LEADER_ROLE = "500000000000000002";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeConversation echo = new FakeConversation();

    /** Runs work on the calling thread, so a test sees the answer as soon as the event has been handled. */
    static final class DirectExecutorService extends AbstractExecutorService {
        private boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    /** Holds work until told to run it: shows what happens on the event thread and what on {@code work}. */
    static final class HeldExecutorService extends AbstractExecutorService {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public void execute(Runnable command) {
            held.add(command);
        }

        void runAll() {
            held.forEach(Runnable::run);
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    /** A slash command with its deferral and hook mocked. */
    private static final class Slash {
        final SlashCommandInteractionEvent event = mock();
        final ReplyCallbackAction defer = mock();
        final InteractionHook hook = mock();
        final WebhookMessageCreateAction<Message> send = mock();

        Slash(String name, String question) {
            when(event.getName()).thenReturn(name);
            OptionMapping option = mock();
            when(option.getAsString()).thenReturn(question);
            when(event.getOption(DiscordBot.OPTION)).thenReturn(option);
            when(event.deferReply()).thenReturn(defer);
            when(event.getHook()).thenReturn(hook);
            when(hook.sendMessage(any(MessageCreateData.class))).thenReturn(send);
            User asker = user();
            when(event.getUser()).thenReturn(asker);
            when(event.getChannelId()).thenReturn(CHANNEL);
            when(event.getChannelType()).thenReturn(ChannelType.TEXT);
        }

        List<MessageCreateData> sent() {
            ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
            verify(hook, atLeast(0)).sendMessage(data.capture());
            return data.getAllValues();
        }
    }

    /** A message event: its author, channel, mentions and content mocked. */
    private static final class Received {
        final MessageReceivedEvent event = mock();
        final SelfUser self = mock();
        final User author = mock();
        final Message message = mock();
        final Mentions mentions = mock();
        final MessageChannelUnion channel = mock();
        final MessageCreateAction send = mock();

        Received(ChannelType type, String content) {
            JDA jda = mock();
            when(event.getJDA()).thenReturn(jda);
            when(jda.getSelfUser()).thenReturn(self);
            when(self.getIdLong()).thenReturn(BOT_ID);
            when(self.getId()).thenReturn(Long.toString(BOT_ID));
            when(event.getAuthor()).thenReturn(author);
            when(author.getIdLong()).thenReturn(ASKER_ID);
            when(author.getId()).thenReturn(ASKER);
            when(event.isFromType(any())).thenAnswer(i -> i.getArgument(0) == type);
            when(event.getChannelType()).thenReturn(type);
            when(event.isFromGuild()).thenReturn(type.isGuild());
            when(event.getMessage()).thenReturn(message);
            when(message.getContentRaw()).thenReturn(content);
            when(message.getMentions()).thenReturn(mentions);
            when(event.getChannel()).thenReturn(channel);
            when(channel.getId()).thenReturn(CHANNEL);
            when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(send);
        }

        Received withFile(Message.Attachment file) {
            when(message.getAttachments()).thenReturn(List.of(file));
            return this;
        }

        Received mentioningTheBot() {
            when(mentions.isMentioned(self, Message.MentionType.USER)).thenReturn(true);
            return this;
        }

        List<MessageCreateData> sent() {
            ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
            verify(channel, atLeast(0)).sendMessage(data.capture());
            return data.getAllValues();
        }
    }

    private static DiscordBot bot(FakeConversation conversation) {
        return new DiscordBot(conversation, new DirectExecutorService());
    }

    private static User user() {
        User user = mock();
        when(user.getId()).thenReturn(ASKER);
        when(user.getIdLong()).thenReturn(ASKER_ID);
        return user;
    }

    /** A server member with the secretariat's and the leaders' roles. */
    private static Member member() {
        Member member = mock();
        List<Role> roles = new ArrayList<>();
        for (String id : List.of(SECRETARIAT_ROLE, LEADER_ROLE)) {
            Role role = mock();
            when(role.getId()).thenReturn(id);
            roles.add(role);
        }
        when(member.getRoles()).thenReturn(roles);
        return member;
    }

    /** The message a button is on: Referent's answer with follow-ups 41 and 42. */
    private static Message answerWithButtons() {
        Message message = mock();
        when(message.getContentRaw()).thenReturn("Svar om sprogskolen");
        when(message.getActionRows()).thenReturn(DiscordMessages.rows(DiscordMessagesTest.twoFollowUps("Svar om sprogskolen")));
        return message;
    }

    /** What an interaction's hook was given: edits of the original message, follow-up messages, and in what order. */
    private static final class Hooked {
        final InteractionHook hook = mock();
        final WebhookMessageEditAction<Message> edit = mock();
        final WebhookMessageCreateAction<Message> send = mock();

        Hooked() {
            when(hook.editOriginal(any(MessageEditData.class))).thenReturn(edit);
            when(hook.sendMessage(any(MessageCreateData.class))).thenReturn(send);
        }

        List<MessageEditData> edits() {
            ArgumentCaptor<MessageEditData> data = ArgumentCaptor.forClass(MessageEditData.class);
            verify(hook, atLeast(0)).editOriginal(data.capture());
            return data.getAllValues();
        }

        List<MessageCreateData> sent() {
            ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
            verify(hook, atLeast(0)).sendMessage(data.capture());
            return data.getAllValues();
        }
    }

    /** A press of a button in a server channel by a member. */
    private static final class Press {
        final ButtonInteractionEvent event = mock();
        final MessageEditCallbackAction deferEdit = mock();
        final ModalCallbackAction modal = mock();
        final Hooked hooked = new Hooked();
        final Message message = answerWithButtons();

        Press(String customId) {
            when(event.getComponentId()).thenReturn(customId);
            User presser = user();
            Member member = member();
            when(event.getUser()).thenReturn(presser);
            when(event.getMember()).thenReturn(member);
            when(event.getChannelId()).thenReturn(CHANNEL);
            when(event.getChannelType()).thenReturn(ChannelType.TEXT);
            when(event.isFromGuild()).thenReturn(true);
            when(event.getMessage()).thenReturn(message);
            when(event.deferEdit()).thenReturn(deferEdit);
            when(event.getHook()).thenReturn(hooked.hook);
            when(event.replyModal(any(Modal.class))).thenReturn(modal);
        }
    }

    /** An attachment of {@code size} bytes whose download gives {@code bytes}. */
    private static Message.Attachment attachment(String name, int size, byte[] bytes) {
        Message.Attachment file = mock();
        NamedAttachmentProxy proxy = mock();
        when(file.getFileName()).thenReturn(name);
        when(file.getSize()).thenReturn(size);
        when(file.getProxy()).thenReturn(proxy);
        when(proxy.download()).thenAnswer(i -> CompletableFuture.completedFuture(new ByteArrayInputStream(bytes)));
        return file;
    }

    private static JsonNode json(MessageCreateData data) throws Exception {
        return JSON.readTree(data.toData().toString());
    }

    @Test
    void aSlashCommandIsDeferredFirstThenAnsweredThroughTheHook() {
        Slash slash = new Slash("referent", "Hvad blev besluttet om sprogskolen?");
        bot(echo).onSlashCommandInteraction(slash.event);

        InOrder order = inOrder(slash.defer, slash.hook, slash.send);
        order.verify(slash.defer).queue();
        order.verify(slash.hook).sendMessage(any(MessageCreateData.class));
        order.verify(slash.send).complete();
        assertEquals("Godkendt: Hvad blev besluttet om sprogskolen?", slash.sent().get(0).getContent());
    }

    @Test
    void aSlashCommandIsAcknowledgedBeforeTheAnswerIsWorkedOut() {
        Slash slash = new Slash("referent", "Hvad blev besluttet om sprogskolen?");
        HeldExecutorService work = new HeldExecutorService();
        new DiscordBot(echo, work).onSlashCommandInteraction(slash.event);

        verify(slash.defer).queue();
        assertTrue(echo.calls.isEmpty(), "answered on the event thread");
        work.runAll();
        assertEquals(List.of("Hvad blev besluttet om sprogskolen?"), echo.said());
    }

    @Test
    void anotherSlashCommandIsLeftAlone() {
        Slash slash = new Slash("andet", "Hvad blev besluttet?");
        bot(echo).onSlashCommandInteraction(slash.event);
        verify(slash.event, never()).deferReply();
    }

    @Test
    void aSlashAnswerAllowsNoMentions() throws Exception {
        Slash slash = new Slash("referent", "sprogskolen");
        bot(new FakeConversation().answering(Reply.of("@everyone <@&123> <@456> godkendte sprogskolen"))).onSlashCommandInteraction(slash.event);

        JsonNode allowed = json(slash.sent().get(0)).get("allowed_mentions");
        assertEquals(JSON.readTree("{\"parse\":[],\"replied_user\":false}"), allowed);
    }

    @Test
    void aFailedAnswerIsReplacedByAnApology() {
        Slash slash = new Slash("referent", "sprogskolen");
        bot(new FakeConversation().failing(new IllegalStateException("database down"))).onSlashCommandInteraction(slash.event);

        assertEquals(DiscordBot.FAILED, slash.sent().get(0).getContent());
    }

    @Test
    void aDirectMessageIsAnsweredInItsChannel() {
        Received dm = new Received(ChannelType.PRIVATE, "Hvilke frister har vi i juni?");
        bot(echo).onMessageReceived(dm.event);

        assertEquals("Godkendt: Hvilke frister har vi i juni?", dm.sent().get(0).getContent());
    }

    @Test
    void aMentionIsAnsweredWithoutTheMentionInTheQuestion() {
        Received mention = new Received(ChannelType.TEXT, "<@" + BOT_ID + "> Hvad blev besluttet om kantinen?").mentioningTheBot();
        bot(echo).onMessageReceived(mention.event);

        assertEquals(List.of("Hvad blev besluttet om kantinen?"), echo.said());
        assertEquals(1, mention.sent().size());
    }

    @Test
    void aMentionWithoutAQuestionGetsHelp() {
        Received mention = new Received(ChannelType.TEXT, "<@" + BOT_ID + ">").mentioningTheBot();
        bot(echo).onMessageReceived(mention.event);

        assertTrue(echo.calls.isEmpty());
        assertEquals(DiscordBot.HELP, mention.sent().get(0).getContent());
    }

    @Test
    void aServerMessageWithoutAMentionIsIgnored() {
        Received chatter = new Received(ChannelType.TEXT, "Hvad blev besluttet om kantinen?");
        bot(echo).onMessageReceived(chatter.event);

        verify(chatter.channel, never()).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void anEveryoneBroadcastDoesNotWakeTheBot() {
        Received broadcast = new Received(ChannelType.TEXT, "@everyone møde i morgen");
        // the bot counts as mentioned by @everyone, but not as a user mention
        when(broadcast.mentions.isMentioned(broadcast.self)).thenReturn(true);
        when(broadcast.mentions.isMentioned(broadcast.self, Message.MentionType.EVERYONE)).thenReturn(true);
        bot(echo).onMessageReceived(broadcast.event);

        verify(broadcast.channel, never()).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void theBotsOwnDirectMessageIsIgnored() {
        Received own = new Received(ChannelType.PRIVATE, "Godkendt: tidligere svar");
        when(own.author.getIdLong()).thenReturn(BOT_ID);
        when(own.author.isBot()).thenReturn(true);
        bot(echo).onMessageReceived(own.event);

        verify(own.channel, never()).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void anotherBotsMentionIsIgnored() {
        Received other = new Received(ChannelType.TEXT, "<@" + BOT_ID + "> Hvad blev besluttet?").mentioningTheBot();
        when(other.author.isBot()).thenReturn(true);
        bot(echo).onMessageReceived(other.event);

        verify(other.channel, never()).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void theCommandAsksForARequiredQuestion() throws Exception {
        JsonNode command = JSON.readTree(DiscordBot.command().toData().toString());

        assertEquals("referent", command.get("name").asText());
        JsonNode option = command.get("options").get(0);
        assertEquals("spørgsmål", option.get("name").asText());
        assertEquals(3, option.get("type").asInt()); // STRING
        assertTrue(option.get("required").asBoolean());
    }
    @Test
    void aSlashAnswerCarriesItsButtons() {
        Slash slash = new Slash("referent", "Hvad blev besluttet om sprogskolen?");
        bot(new FakeConversation().answering(DiscordMessagesTest.twoFollowUps("Svar"))).onSlashCommandInteraction(slash.event);

        assertEquals(2, slash.sent().get(0).getComponents().size());
    }

    @Test
    void aSlashCommandIsSaidByItsUserInItsChannel() {
        Slash slash = new Slash("referent", "mine frister");
        bot(echo).onSlashCommandInteraction(slash.event);

        FakeConversation.Call call = echo.only();
        assertEquals(new Speaker("discord", ASKER), call.who());
        assertEquals(new Place("discord", CHANNEL, false), call.where());
    }

    @Test
    void aPressedButtonIsPressedByItsMemberWithTheirRolesAndItsRowIsReplacedByTheEffect() throws Exception {
        Press press = new Press("referent_done:41");
        FakeConversation done = new FakeConversation().answering(Reply.acted("Opfølgning #41 er markeret som udført."));
        bot(done).onButtonInteraction(press.event);

        FakeConversation.Call call = done.only();
        assertEquals("pressed", call.method());
        assertEquals(new Speaker("discord", ASKER, Set.of(SECRETARIAT_ROLE, LEADER_ROLE)), call.who());
        assertEquals(new Place("discord", CHANNEL, false), call.where());
        assertEquals(List.of(Button.Action.DONE, "41"), call.args());

        InOrder order = inOrder(press.deferEdit, press.hooked.hook, press.hooked.edit);
        order.verify(press.deferEdit).queue();
        order.verify(press.hooked.hook).editOriginal(any(MessageEditData.class));
        order.verify(press.hooked.edit).complete();
        MessageEditData edit = press.hooked.edits().get(0);
        assertEquals("Svar om sprogskolen\n\nOpfølgning #41 er markeret som udført.", edit.getContent());
        assertEquals(1, edit.getComponents().size());
        assertEquals(List.of("referent_done:42", "referent_snooze_week:42", "referent_reassign:42"),
                DiscordMessagesTest.ids((ActionRow) edit.getComponents().get(0)));
        assertEquals(JSON.readTree("{\"parse\":[],\"replied_user\":false}"), DiscordMessagesTest.json(edit).get("allowed_mentions"));
        verify(press.hooked.hook, never()).sendMessage(any(MessageCreateData.class));
    }

    @Test
    void aRefusalIsShownToThePresserOnlyAndTheMessageStays() throws Exception {
        Press press = new Press("referent_snooze_week:41");
        bot(new FakeConversation().answering(Reply.of("Opfølgning #41 er 300000000000000999s; kun den ansvarlige …")))
                .onButtonInteraction(press.event);

        InOrder order = inOrder(press.hooked.hook);
        order.verify(press.hooked.hook).setEphemeral(true);
        order.verify(press.hooked.hook).sendMessage(any(MessageCreateData.class));
        verify(press.hooked.hook, never()).editOriginal(any(MessageEditData.class));
        MessageCreateData refusal = press.hooked.sent().get(0);
        assertEquals("Opfølgning #41 er 300000000000000999s; kun den ansvarlige …", refusal.getContent());
        assertEquals(JSON.readTree("{\"parse\":[],\"replied_user\":false}"), json(refusal).get("allowed_mentions"));
    }

    @Test
    void aPressIsAcknowledgedBeforeTheConversationRuns() {
        Press press = new Press("referent_done:41");
        HeldExecutorService work = new HeldExecutorService();
        new DiscordBot(echo, work).onButtonInteraction(press.event);

        verify(press.deferEdit).queue();
        assertTrue(echo.calls.isEmpty(), "pressed on the event thread");
        work.runAll();
        assertEquals(1, echo.calls.size());
    }

    @Test
    void publishingTakesEveryButtonOffThePreview() {
        Press press = new Press("referent_publish:");
        bot(new FakeConversation().answering(Reply.acted("Offentliggjort."))).onButtonInteraction(press.event);

        assertTrue(press.hooked.edits().get(0).getComponents().isEmpty());
    }

    @Test
    void anotherBotsButtonIsLeftAlone() {
        Press press = new Press("poll_yes");
        bot(echo).onButtonInteraction(press.event);

        verify(press.event, never()).deferEdit();
        assertTrue(echo.calls.isEmpty());
    }

    @Test
    void aButtonReferentNoLongerKnowsGetsAPrivateAnswer() {
        Press press = new Press("referent_vote:41");
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(press.event.reply(any(MessageCreateData.class))).thenReturn(reply);
        bot(echo).onButtonInteraction(press.event);

        verify(reply).setEphemeral(true);
        verify(reply).queue();
        assertTrue(echo.calls.isEmpty());
    }

    @Test
    void reassignAsksToWhomInAModal() throws Exception {
        Press press = new Press("referent_reassign:41");
        bot(echo).onButtonInteraction(press.event);

        ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
        verify(press.event).replyModal(modal.capture());
        verify(press.modal).queue();
        verify(press.event, never()).deferEdit();
        assertTrue(echo.calls.isEmpty());
        assertEquals("referent_reassign:41", modal.getValue().getId());
        JsonNode input = DiscordMessagesTest.json(modal.getValue()).get("components").get(0).get("components").get(0);
        assertEquals(DiscordBot.REASSIGN_TO, input.get("custom_id").asText());
        assertEquals("Til hvem? (@navn, bruger-id eller et team)", input.get("label").asText());
        assertEquals(1, input.get("style").asInt()); // short
        assertTrue(input.get("required").asBoolean());
    }

    @Test
    void theModalsAnswerReassignsAndTakesTheFollowUpsRowOff() {
        ModalInteractionEvent event = mock();
        MessageEditCallbackAction deferEdit = mock();
        Hooked hooked = new Hooked();
        Message message = answerWithButtons();
        ModalMapping to = mock();
        when(to.getAsString()).thenReturn("<@300000000000000009>");
        User presser = user();
        Member member = member();
        when(event.getModalId()).thenReturn("referent_reassign:42");
        when(event.getValue(DiscordBot.REASSIGN_TO)).thenReturn(to);
        when(event.getUser()).thenReturn(presser);
        when(event.getMember()).thenReturn(member);
        when(event.getChannelId()).thenReturn(CHANNEL);
        when(event.getChannelType()).thenReturn(ChannelType.TEXT);
        when(event.getMessage()).thenReturn(message);
        when(event.deferEdit()).thenReturn(deferEdit);
        when(event.getHook()).thenReturn(hooked.hook);
        FakeConversation reassigned = new FakeConversation().answering(Reply.acted("Opfølgning #42 er overdraget."));

        bot(reassigned).onModalInteraction(event);

        verify(deferEdit).queue();
        FakeConversation.Call call = reassigned.only();
        assertEquals("reassign", call.method());
        assertEquals(new Speaker("discord", ASKER, Set.of(SECRETARIAT_ROLE, LEADER_ROLE)), call.who());
        assertEquals(List.of(42L, "<@300000000000000009>"), call.args());
        MessageEditData edit = hooked.edits().get(0);
        assertEquals(List.of("referent_done:41", "referent_snooze_week:41", "referent_reassign:41"),
                DiscordMessagesTest.ids((ActionRow) edit.getComponents().get(0)));
        assertEquals(1, edit.getComponents().size());
    }

    @Test
    void aFileInADirectMessageIsSentWithItsTextAsCaptionAndFetchedOnlyWhenRead() throws Exception {
        byte[] ics = "BEGIN:VCALENDAR".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Message.Attachment file = attachment("moeder.ics", ics.length, ics);
        Received dm = new Received(ChannelType.PRIVATE, "kalender Økonomiudvalget").withFile(file);
        when(dm.channel.getId()).thenReturn("110000000000000003");
        bot(echo).onMessageReceived(dm.event);

        FakeConversation.Call call = echo.only();
        assertEquals("sent", call.method());
        assertEquals(new Speaker("discord", ASKER), call.who());
        assertEquals(new Place("discord", "110000000000000003", true), call.where());
        assertEquals(List.of("moeder.ics", "kalender Økonomiudvalget"), call.args());
        verify(file, never()).getProxy();

        assertArrayEquals(ics, echo.download.bytes());
        verify(file.getProxy()).download();
        assertEquals("Godkendt: moeder.ics", dm.sent().get(0).getContent());
    }

    @Test
    void aFileMentioningTheBotInAServerIsSentWithoutTheMentionByAMemberWithRoles() {
        Received mention = new Received(ChannelType.TEXT, "<@" + BOT_ID + "> referat").mentioningTheBot()
                .withFile(attachment("referat.pdf", 10, new byte[10]));
        Member member = member();
        when(mention.event.getMember()).thenReturn(member);
        bot(echo).onMessageReceived(mention.event);

        FakeConversation.Call call = echo.only();
        assertEquals(List.of("referat.pdf", "referat"), call.args());
        assertEquals(Set.of(SECRETARIAT_ROLE, LEADER_ROLE), call.who().groups());
        assertEquals(new Place("discord", CHANNEL, false), call.where());
    }

    @Test
    void aFileOver20MbIsNeverFetched() {
        Message.Attachment file = attachment("stor.pdf", 20 * 1024 * 1024 + 1, new byte[0]);
        Received dm = new Received(ChannelType.PRIVATE, "").withFile(file);
        bot(echo).onMessageReceived(dm.event);

        IOException refused = assertThrows(IOException.class, () -> echo.download.bytes());
        assertEquals(DiscordBot.TOO_LARGE, refused.getMessage());
        verify(file, never()).getProxy();
    }

    @Test
    void aFileLargerThanDiscordSaidIsCutOff() {
        Message.Attachment file = attachment("lille.pdf", 10, new byte[20 * 1024 * 1024 + 1]);
        Received dm = new Received(ChannelType.PRIVATE, "").withFile(file);
        bot(echo).onMessageReceived(dm.event);

        assertThrows(IOException.class, () -> echo.download.bytes());
    }
}
