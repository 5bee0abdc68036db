package dk.referent.bot.platform.discord;

import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Conversation;
import dk.referent.bot.chat.DownloadException;
import dk.referent.bot.chat.PerUserQueue;
import dk.referent.bot.chat.Place;
import dk.referent.bot.chat.Reply;
import dk.referent.bot.chat.Speaker;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import net.dv8tion.jda.api.interactions.components.text.TextInput;
import net.dv8tion.jda.api.interactions.components.text.TextInputStyle;
import net.dv8tion.jda.api.interactions.modals.Modal;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Referent in Discord (JDA): {@code /referent spørgsmål:<…>}, a message that mentions the bot, or a direct message is
 * said to the conversation, and its reply sent in the same channel with its buttons. A message with a file (in a direct
 * message, or mentioning the bot) sends the file to the conversation, the text being its caption. A button's effect
 * replaces its row on the message it was on; a refusal or failure is shown to the presser only. Reassign asks to whom
 * in a modal. Interactions are acknowledged at once (within Discord's three seconds) and everything else runs on
 * {@code work}, never on JDA's event thread.
 *
 * <p>Every message goes through {@link DiscordMessages}: no mention can ping anyone.
 */
public final class DiscordBot extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
    static final String PLATFORM = "discord";
    static final String COMMAND = "referent";
    static final String OPTION = "spørgsmål";
    static final String HELP = "Spørg fx `/referent spørgsmål: Hvad blev besluttet om sprogskolen?`, nævn mig i en besked med dit "
            + "spørgsmål, eller skriv direkte til mig.";
    static final String FAILED = "Beklager, jeg kunne ikke svare lige nu. Prøv igen om lidt.";
    static final String UNKNOWN_BUTTON = "Den knap kender jeg ikke (længere).";
    static final String REASSIGN_MODAL = "referent_reassign:";
    static final String REASSIGN_TO = "to";
    static final String REASSIGN_LABEL = "Til hvem? (@navn, bruger-id eller et team)";
    static final int MAX_UPLOAD = 20 * 1024 * 1024;
    static final String TOO_LARGE = "den er over 20 MB — det er ikke et referat, Referent kan læse";

    private final Conversation conversation;
    /** Each user's messages in their own line: one user's many cannot hold every thread (at most three each). */
    private final PerUserQueue work;

    /** {@code conversation}: Referent's replies; {@code work}: where the conversation runs. */
    public DiscordBot(Conversation conversation, ExecutorService work) {
        this.conversation = conversation;
        this.work = new PerUserQueue(work);
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
        Speaker who = speaker(event.getUser(), event.getMember());
        Place where = place(event);
        // the first message through the hook replaces the deferred "thinking" reply, the rest follow it
        answerLater(who, question, () -> said(who, where, question), data -> hook.sendMessage(data).complete(),
                data -> hook.sendMessage(data).queue(), "interaction " + event.getId());
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
        String text = DiscordText.withoutMention(message.getContentRaw(), self.getId());
        MessageChannel channel = event.getChannel();
        Speaker who = speaker(author, event.isFromGuild() ? event.getMember() : null);
        Place where = new Place(PLATFORM, channel.getId(), direct);
        List<Message.Attachment> files = message.getAttachments();
        // a file with text is a file with a caption ("kalender Økonomiudvalget"); Referent reads one file a message
        Supplier<Reply> reply = files == null || files.isEmpty() ? () -> said(who, where, text)
                : () -> conversation.sent(who, where, files.get(0).getFileName(), () -> download(files.get(0)), text);
        answerLater(who, text, reply, data -> channel.sendMessage(data).complete(), data -> channel.sendMessage(data).queue(),
                "channel " + channel.getId());
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (event.getComponentId() == null || !event.getComponentId().startsWith("referent_")) {
            return;
        }
        DiscordMessages.Pressed pressed = DiscordMessages.pressed(event.getComponentId()).orElse(null);
        if (pressed == null) {
            event.reply(DiscordMessages.of(UNKNOWN_BUTTON).get(0)).setEphemeral(true).queue();
            return;
        }
        if (pressed.action() == Button.Action.REASSIGN) {
            event.replyModal(reassignModal(pressed.value())).queue();
            return;
        }
        Speaker who = speaker(event.getUser(), event.getMember());
        Place where = place(event);
        Message message = event.getMessage();
        event.deferEdit().queue();
        answerPress(who, "", () -> conversation.pressed(who, where, pressed.action(), pressed.value()), event.getHook(), message, pressed,
                "button " + event.getComponentId());
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        String id = event.getModalId();
        if (id == null || !id.startsWith(REASSIGN_MODAL)) {
            return;
        }
        ModalMapping to = event.getValue(REASSIGN_TO);
        String assignee = to == null ? "" : to.getAsString();
        Speaker who = speaker(event.getUser(), event.getMember());
        Place where = place(event);
        Message message = event.getMessage();
        // opened from a button: its message can be edited like a pressed button's; else the answer is a private reply
        if (message != null) {
            event.deferEdit().queue();
        } else {
            event.deferReply(true).queue();
        }
        String value = id.substring(REASSIGN_MODAL.length());
        answerPress(who, assignee, () -> {
            try {
                return conversation.reassign(who, where, Long.parseLong(value), assignee);
            } catch (NumberFormatException e) {
                return Reply.of(UNKNOWN_BUTTON);
            }
        }, event.getHook(), message, new DiscordMessages.Pressed(Button.Action.REASSIGN, value), "modal " + id);
    }

    /** The dialog that asks to whom follow-up {@code followUp} goes. */
    static Modal reassignModal(String followUp) {
        TextInput to = TextInput.create(REASSIGN_TO, REASSIGN_LABEL, TextInputStyle.SHORT)
                .setRequired(true)
                .setMaxLength(200)
                .build();
        return Modal.create(REASSIGN_MODAL + followUp, "Overdrag opfølgning #" + followUp).addActionRow(to).build();
    }

    private Reply said(Speaker who, Place where, String text) {
        return text == null || text.isBlank() ? Reply.of(HELP) : conversation.said(who, where, text.strip());
    }

    private static Speaker speaker(User user, Member member) {
        // a member's roles are what REFERENT_SECRETARIAT / REFERENT_LEADERS may name; outside a server there are none
        Set<String> roles = member == null || member.getRoles() == null ? Set.of()
                : member.getRoles().stream().map(ISnowflake::getId).collect(Collectors.toSet());
        return new Speaker(PLATFORM, user.getId(), roles);
    }

    private static Place place(Interaction interaction) {
        return new Place(PLATFORM, interaction.getChannelId(), interaction.getChannelType() == ChannelType.PRIVATE);
    }

    /**
     * Works out the reply on {@code work} and sends each piece in order through {@code send}; a failure gets an apology.
     * A user with too many waiting is told so through {@code sendNow}, which must not block JDA's event thread.
     */
    private void answerLater(Speaker who, String text, Supplier<Reply> reply, Consumer<MessageCreateData> send,
                             Consumer<MessageCreateData> sendNow, String where) {
        later(who, where, () -> DiscordMessages.of(conversation.busy(who, text)).forEach(sendNow), () -> {
            List<MessageCreateData> messages = DiscordMessages.of(replyOrApology(reply, where));
            try {
                messages.forEach(send);
            } catch (RuntimeException e) {
                LOG.warn("Discord did not take the answer in {}: {}", where, e.toString());
            }
        });
    }

    /**
     * A pressed button's (or the reassign dialog's) reply, on {@code work}: when it took effect, the message it was on
     * loses the pressed follow-up's row (every row for the secretariat's buttons) and gains the reply; a refusal or a
     * failure goes to the presser only.
     */
    private void answerPress(Speaker who, String text, Supplier<Reply> reply, InteractionHook hook, Message message,
                             DiscordMessages.Pressed pressed, String where) {
        Runnable busy = () -> DiscordMessages.of(conversation.busy(who, text)).forEach(data -> hook.setEphemeral(true).sendMessage(data).queue());
        later(who, where, busy, () -> {
            Reply r = replyOrApology(reply, where);
            try {
                if (r.acted() && message != null) {
                    showActed(hook, message, pressed, r);
                } else {
                    hook.setEphemeral(true);
                    DiscordMessages.of(r).forEach(data -> hook.sendMessage(data).complete());
                }
            } catch (RuntimeException e) {
                LOG.warn("Discord did not take the answer to {}: {}", where, e.toString());
            }
        });
    }

    private static void showActed(InteractionHook hook, Message message, DiscordMessages.Pressed pressed, Reply reply) {
        List<ActionRow> rows = DiscordMessages.without(message.getActionRows(), pressed);
        String original = message.getContentRaw() == null ? "" : message.getContentRaw();
        String appended = original.isBlank() ? reply.text() : original + "\n\n" + reply.text();
        if (reply.buttons().isEmpty() && appended.length() <= DiscordText.CONTENT_LIMIT) {
            hook.editOriginal(DiscordMessages.edit(appended, rows)).complete();
            return;
        }
        // no room on the message: the effect is shown to everyone there in a message of its own
        hook.editOriginal(DiscordMessages.edit(original, rows)).complete();
        DiscordMessages.of(reply).forEach(data -> hook.sendMessage(data).complete());
    }

    private static Reply replyOrApology(Supplier<Reply> reply, String where) {
        try {
            return reply.get();
        } catch (RuntimeException e) {
            LOG.warn("answering in Discord ({}) failed: {}", where, e.toString());
            return Reply.of(FAILED);
        }
    }

    /** {@code task} in {@code who}'s line; {@code busy} when they already have too many waiting. */
    private void later(Speaker who, String where, Runnable busy, Runnable task) {
        if (!work.offer(who.id(), task)) {
            LOG.info("{} has too many waiting in Discord ({})", who.actor(), where);
            busy.run();
        }
    }

    /**
     * A file sent in Discord, fetched only when the conversation reads it, and only when it is at most 20 MB (by the
     * size Discord gives, and by what actually arrives).
     */
    static byte[] download(Message.Attachment file) throws IOException {
        if (file.getSize() > MAX_UPLOAD) {
            throw new DownloadException(TOO_LARGE);
        }
        CompletableFuture<InputStream> fetching = file.getProxy().download();
        try (InputStream in = fetching.get(60, TimeUnit.SECONDS)) {
            byte[] bytes = in.readNBytes(MAX_UPLOAD + 1);
            if (bytes.length > MAX_UPLOAD) {
                throw new DownloadException(TOO_LARGE);
            }
            return bytes;
        } catch (ExecutionException e) {
            LOG.warn("downloading {} from Discord failed: {}", file.getFileName(), String.valueOf(e.getCause()));
            throw new DownloadException("Discord kunne ikke levere den");
        } catch (TimeoutException e) {
            fetching.cancel(true);
            throw new DownloadException("Discord leverede den ikke inden for et minut");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadException("afbrudt");
        }
    }
}
