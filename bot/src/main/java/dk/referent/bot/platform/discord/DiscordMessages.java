package dk.referent.bot.platform.discord;

import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Reply;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import net.dv8tion.jda.api.interactions.components.ItemComponent;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Replies as Discord messages: plain content in pieces of at most 2,000 characters, the buttons as components under
 * the last piece (a row per follow-up, the secretariat's buttons in one row), and never a mention allowed — text from
 * the minutes ("@everyone", "<@&123>", "<@456>") can show but never ping anyone, in a new message or an edit.
 */
final class DiscordMessages {

    static final String NO_ANSWER = "Jeg har ikke noget svar på det.";
    /** Discord allows five rows of components under a message, five buttons in a row. */
    static final int MAX_ROWS = 5;
    static final int MAX_IN_ROW = 5;

    /** An action and its value, as a button's custom id carries them: "referent_done:42". */
    record Pressed(Button.Action action, String value) {
    }

    private DiscordMessages() {
    }

    /** The messages that carry {@code reply}; a blank text becomes {@link #NO_ANSWER}. Link previews are suppressed. */
    static List<MessageCreateData> of(Reply reply) {
        if (reply.citation() != null && reply.text().length() <= EMBED_LIMIT) {
            return List.of(embedded(reply));
        }
        List<String> pieces = DiscordText.split(reply.text() == null ? "" : reply.text(), DiscordText.CONTENT_LIMIT);
        if (pieces.isEmpty()) {
            pieces = List.of(NO_ANSWER);
        }
        List<MessageCreateData> out = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            // the buttons under the last piece: they are pressed after reading it all
            boolean last = i == pieces.size() - 1;
            out.add(new MessageCreateBuilder()
                    .setContent(pieces.get(i))
                    .setComponents(last ? rows(reply) : List.of())
                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                    .mentionRepliedUser(false)
                    .setSuppressEmbeds(true)
                    .build());
        }
        return out;
    }

    /** An embed's description holds at most 4,096 characters. */
    static final int EMBED_LIMIT = 4096;

    /**
     * An answer with a citation as an embed: the decision and the rest as its description, the citation as its footer.
     * Nothing in an embed pings anyone; link previews are not made for it.
     */
    private static MessageCreateData embedded(Reply reply) {
        List<String> around = reply.aroundCitation();
        String description = around.get(1).isEmpty() ? around.get(0) : around.get(0) + "\n\n" + around.get(1);
        return new MessageCreateBuilder()
                .setEmbeds(new net.dv8tion.jda.api.EmbedBuilder().setDescription(description.isBlank() ? NO_ANSWER : description)
                        .setFooter(reply.citation().length() > 2048 ? reply.citation().substring(0, 2047) + "…" : reply.citation()).build())
                .setComponents(rows(reply))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false)
                .build();
    }

    static List<MessageCreateData> of(String text) {
        return of(Reply.of(text));
    }

    /** An edit of a message to {@code content} with {@code rows}, pinging no one. */
    static MessageEditData edit(String content, List<ActionRow> rows) {
        return new MessageEditBuilder()
                .setContent(content)
                .setComponents(rows)
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false)
                .build();
    }

    /**
     * The reply's buttons as rows: one per follow-up (its buttons name it when there are several), then the others.
     * Beyond Discord's limits buttons are left out rather than the whole message refused.
     */
    static List<ActionRow> rows(Reply reply) {
        List<Button> buttons = reply.buttons().stream().distinct().toList();
        boolean several = reply.followUps().size() > 1;
        List<ActionRow> rows = new ArrayList<>();
        for (String followUp : reply.followUps()) {
            rows.add(row(buttons.stream().filter(b -> b.action().onFollowUp() && b.value().equals(followUp)).toList(), several));
        }
        List<Button> others = buttons.stream().filter(b -> !b.action().onFollowUp()).toList();
        if (!others.isEmpty()) {
            rows.add(row(others, false));
        }
        return rows.size() > MAX_ROWS ? List.copyOf(rows.subList(0, MAX_ROWS)) : rows;
    }

    private static ActionRow row(List<Button> buttons, boolean nameFollowUp) {
        List<ItemComponent> components = new ArrayList<>();
        for (Button b : buttons.subList(0, Math.min(MAX_IN_ROW, buttons.size()))) {
            ButtonStyle style = switch (b.action()) {
                case DONE, PUBLISH -> ButtonStyle.SUCCESS;
                case DISCARD -> ButtonStyle.DANGER;
                default -> ButtonStyle.SECONDARY;
            };
            components.add(net.dv8tion.jda.api.interactions.components.buttons.Button.of(style, customId(b.action(), b.value()),
                    b.label(nameFollowUp)));
        }
        return ActionRow.of(components);
    }

    static String customId(Button.Action action, String value) {
        return action.id() + ":" + value;
    }

    /** The action and value of one of Referent's custom ids; empty for anything else. */
    static Optional<Pressed> pressed(String customId) {
        int colon = customId == null ? -1 : customId.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return Button.Action.ofId(customId.substring(0, colon)).map(a -> new Pressed(a, customId.substring(colon + 1)));
    }

    /**
     * {@code rows} without the pressed button's: a follow-up's button takes its follow-up's row away; the secretariat's
     * (publish, discard) end the preview, so every row goes.
     */
    static List<ActionRow> without(List<ActionRow> rows, Pressed pressed) {
        if (!pressed.action().onFollowUp()) {
            return List.of();
        }
        return rows.stream().filter(row -> row.getComponents().stream()
                .noneMatch(c -> c instanceof net.dv8tion.jda.api.interactions.components.buttons.Button b && b.getId() != null
                        && pressed(b.getId()).filter(p -> p.action().onFollowUp() && p.value().equals(pressed.value())).isPresent()))
                .toList();
    }
}
