package dk.referent.bot.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Referent in Discord (JDA): {@code /referent spørgsmål:<…>}, a message that mentions the bot, or a direct message gets
 * the answer in the same channel. A slash command is acknowledged at once (Discord shows Referent "thinking") and
 * answered after; messages are answered after. Answering runs on {@code work}, never on JDA's event thread.
 *
 * <p>Every message is plain content (no embed) in pieces of at most 2,000 characters, with no mention allowed: text
 * from the minutes ("@everyone", "<@&123>", "<@456>") can show but never ping anyone. Link previews are suppressed.
 * Answers are never authorised for closed items' content: Discord channels are not marked confidential (yet).
 */
public final class DiscordBot extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
    static final String COMMAND = "referent";
    static final String OPTION = "spørgsmål";
    static final String HELP = "Spørg fx `/referent spørgsmål: Hvad blev besluttet om sprogskolen?`, nævn mig i en besked med dit "
            + "spørgsmål, eller skriv direkte til mig.";
    static final String NO_ANSWER = "Jeg har ikke noget svar på det.";
    static final String FAILED = "Beklager, jeg kunne ikke svare lige nu. Prøv igen om lidt.";

    private final dk.referent.bot.chat.Conversation conversation;
    private final ExecutorService work;

    /** {@code conversation}: Referent's replies; {@code work}: where answering runs. */
    public DiscordBot(dk.referent.bot.chat.Conversation conversation, ExecutorService work) {
        this.conversation = conversation;
        this.work = work;
    }

    /** The {@code /referent} command to register with Discord. */
    public static SlashCommandData command() {
        return Commands.slash(COMMAND, "Spørg om beslutninger og frister")
                .addOption(OptionType.STRING, OPTION, "Dit spørgsmål, fx: Hvad blev besluttet om sprogskolen?", true);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!COMMAND.equals(event.getName())) {
            return;
        }
        OptionMapping option = event.getOption(OPTION);
        String question = option == null ? "" : option.getAsString();
        event.deferReply().queue();
        InteractionHook hook = event.getHook();
        // the first message through the hook replaces the deferred "thinking" reply, the rest follow it
        java.util.function.Function<String, String> answers = q -> conversation.said(
                new dk.referent.bot.chat.Speaker("discord", event.getUser().getId()),
                new dk.referent.bot.chat.Place("discord", event.getChannel().getId(), !event.isFromGuild()), q).text();
        answerLater(answers, question, data -> hook.sendMessage(data).complete(), "interaction " + event.getId());
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        User author = event.getAuthor();
        User self = event.getJDA().getSelfUser();
        // never a bot (a loop between bots) and never Referent's own messages (its answers in a direct message)
        if (author.isBot() || author.isSystem() || author.getIdLong() == self.getIdLong()) {
            return;
        }
        Message message = event.getMessage();
        boolean direct = event.isFromType(ChannelType.PRIVATE);
        // in a server: a mention of the bot itself, not @everyone, @here or a role the bot happens to have
        if (!direct && !(event.isFromGuild() && message.getMentions().isMentioned(self, Message.MentionType.USER))) {
            return;
        }
        String question = DiscordText.withoutMention(message.getContentRaw(), self.getId());
        MessageChannel channel = event.getChannel();
        java.util.function.Function<String, String> answers = q -> conversation.said(
                new dk.referent.bot.chat.Speaker("discord", author.getId()), new dk.referent.bot.chat.Place("discord", channel.getId(), direct), q).text();
        answerLater(answers, question, data -> channel.sendMessage(data).complete(), "channel " + channel.getId());
    }

    /** Answers on {@code work}: each piece sent in order through {@code send}; a failed answer gets an apology. */
    private void answerLater(Function<String, String> answers, String question, Consumer<MessageCreateData> send, String where) {
        try {
            work.execute(() -> {
                String answer;
                try {
                    answer = question == null || question.isBlank() ? HELP : answers.apply(question.strip());
                } catch (RuntimeException e) {
                    LOG.warn("answering in Discord ({}) failed: {}", where, e.toString());
                    answer = FAILED;
                }
                try {
                    messages(answer).forEach(send);
                } catch (RuntimeException e) {
                    LOG.warn("Discord did not take the answer in {}: {}", where, e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("not answering in Discord ({}): shutting down", where);
        }
    }

    /**
     * The messages that carry {@code text}: plain content in pieces of at most 2,000 characters (cut at line breaks,
     * else spaces), with no mention allowed (no @everyone/@here, role, user or replied-user ping) and no link previews.
     * A blank text becomes {@link #NO_ANSWER}.
     */
    static List<MessageCreateData> messages(String text) {
        List<String> pieces = DiscordText.split(text == null ? "" : text, DiscordText.CONTENT_LIMIT);
        if (pieces.isEmpty()) {
            pieces = List.of(NO_ANSWER);
        }
        List<MessageCreateData> out = new ArrayList<>(pieces.size());
        for (String piece : pieces) {
            out.add(new MessageCreateBuilder()
                    .setContent(piece)
                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                    .mentionRepliedUser(false)
                    .setSuppressEmbeds(true)
                    .build());
        }
        return out;
    }
}
