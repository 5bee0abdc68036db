package dk.referent.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Mentions;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** The listener against mocked JDA events: what is answered, where, in what order, and that nothing can ping. */
class DiscordBotTest {

    private static final long BOT_ID = 900000000000000001L;
    private static final long ASKER_ID = 300000000000000007L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> questions = new ArrayList<>();
    private final Function<String, String> echo = question -> {
        questions.add(question);
        return "Godkendt: " + question;
    };

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
            when(event.isFromType(any())).thenAnswer(i -> i.getArgument(0) == type);
            when(event.getChannelType()).thenReturn(type);
            when(event.isFromGuild()).thenReturn(type.isGuild());
            when(event.getMessage()).thenReturn(message);
            when(message.getContentRaw()).thenReturn(content);
            when(message.getMentions()).thenReturn(mentions);
            when(event.getChannel()).thenReturn(channel);
            when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(send);
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

    private static DiscordBot bot(Function<String, String> answers) {
        return new DiscordBot(answers, new DirectExecutorService());
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
        assertTrue(questions.isEmpty(), "answered on the event thread");
        work.runAll();
        assertEquals(List.of("Hvad blev besluttet om sprogskolen?"), questions);
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
        bot(question -> "@everyone <@&123> <@456> godkendte sprogskolen").onSlashCommandInteraction(slash.event);

        JsonNode allowed = json(slash.sent().get(0)).get("allowed_mentions");
        assertEquals(JSON.readTree("{\"parse\":[],\"replied_user\":false}"), allowed);
    }

    @Test
    void aFailedAnswerIsReplacedByAnApology() {
        Slash slash = new Slash("referent", "sprogskolen");
        bot(question -> {
            throw new IllegalStateException("database down");
        }).onSlashCommandInteraction(slash.event);

        assertEquals(DiscordBot.FAILED, slash.sent().get(0).getContent());
    }

    /**
     * The whole message as sent to Discord: minutes' broadcasts and mentions are shown as text but ping no one (an
     * empty {@code parse} with no {@code users} or {@code roles} lists); flags 4 suppresses link previews.
     */
    @Test
    void minutesTextWithBroadcastsAndMentionsIsSentWithNoMentionAllowed() throws Exception {
        List<MessageCreateData> messages = DiscordBot.messages("@everyone <@&123> <@456> *Godkendt* @here");

        assertEquals(1, messages.size());
        assertEquals(JSON.readTree("""
                {
                  "content": "@everyone <@&123> <@456> *Godkendt* @here",
                  "embeds": [],
                  "components": [],
                  "poll": null,
                  "tts": false,
                  "flags": 4,
                  "allowed_mentions": {"parse": [], "replied_user": false}
                }
                """), json(messages.get(0)));
    }

    @Test
    void aLongAnswerIsSplitUnderDiscordsLimitWithNothingLost() {
        StringBuilder answer = new StringBuilder();
        for (int line = 1; answer.length() < 5000; line++) {
            answer.append("Punkt ").append(line).append(": Godkendt med de ændringer, der fremgik af mødet.\n");
        }
        String text = answer.toString().strip();

        List<MessageCreateData> messages = DiscordBot.messages(text);

        assertTrue(messages.size() >= 3, "pieces: " + messages.size());
        assertTrue(messages.stream().allMatch(m -> m.getContent().length() <= 2000));
        assertEquals(text, String.join("\n", messages.stream().map(MessageCreateData::getContent).toList()));
    }

    @Test
    void everyPieceOfALongAnswerAllowsNoMentions() {
        List<MessageCreateData> messages = DiscordBot.messages("@everyone ".repeat(500));
        assertTrue(messages.size() > 1);
        assertTrue(messages.stream().allMatch(m -> m.getAllowedMentions().isEmpty() && m.getMentionedUsers().isEmpty()
                && m.getMentionedRoles().isEmpty() && !m.isMentionRepliedUser()));
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

        assertEquals(List.of("Hvad blev besluttet om kantinen?"), questions);
        assertEquals(1, mention.sent().size());
    }

    @Test
    void aMentionWithoutAQuestionGetsHelp() {
        Received mention = new Received(ChannelType.TEXT, "<@" + BOT_ID + ">").mentioningTheBot();
        bot(echo).onMessageReceived(mention.event);

        assertTrue(questions.isEmpty());
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
}
