package dk.referent.bot.platform.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Reply;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Referent's replies as Teams draws them: an Adaptive Card with the text as TextBlocks (one per line: a card's
 * markdown would join them), the citation set apart in small subtle text, and the buttons as {@code Action.Submit}
 * whose data names the action and the follow-up ({@code {"action": "referent_done", "id": "17"}}); »Overdrag« opens an
 * input for whom. Text is escaped, so nothing from minutes becomes markup, a link or a mention.
 */
final class TeamsCards {

    static final String CARD = "application/vnd.microsoft.card.adaptive";
    /** The data key of the reassign input: whom the follow-up goes to. */
    static final String TO = "to";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /**
     * The characters a card's markdown gives a meaning wherever they stand (emphasis, links, code, {{DATE()}}
     * functions), and {@code <} {@code >} so no {@code <at>} is left to take for a mention. Not '.', '-' or '(' in
     * running text: they mean nothing there, and Teams' older mobile clients show a backslash literally — »29\. april«.
     */
    private static final Pattern MARKUP = Pattern.compile("([\\\\`*_{}\\[\\]~<>])");
    /** What starts a list or a heading at the beginning of a line: "1. ", "- ", "+ ", "# ". */
    private static final Pattern LINE_START = Pattern.compile("^(\\s*)(\\d+)?([.)\\-+#])(?=\\s|$)");
    private static final int SUMMARY = 200;

    private TeamsCards() {
    }

    /** One line of {@code text} with its markdown backslash-escaped: shown as written, never formatted or linked. */
    static String escape(String line) {
        String escaped = MARKUP.matcher(line).replaceAll("\\\\$1");
        return LINE_START.matcher(escaped).replaceFirst(m -> Matcher.quoteReplacement(
                m.group(1) + (m.group(2) == null ? "" : m.group(2)) + "\\" + m.group(3)));
    }

    /** A message activity carrying {@code reply} as a card. */
    static ObjectNode message(Reply reply) {
        return message(reply, null);
    }

    /** As {@link #message(Reply)}, with {@code note} (what a pressed button did) under it. */
    static ObjectNode message(Reply reply, String note) {
        ObjectNode activity = NODES.objectNode().put("type", "message");
        activity.put("summary", summary(reply.text()));
        ObjectNode attachment = activity.putArray("attachments").addObject().put("contentType", CARD);
        ObjectNode card = attachment.putObject("content").put("type", "AdaptiveCard").put("version", "1.4")
                .put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        ArrayNode body = card.putArray("body");
        List<String> around = reply.aroundCitation();
        lines(body, around.get(0), false);
        if (reply.citation() != null) {
            lines(body, reply.citation(), true);
        }
        lines(body, around.get(1), false);
        boolean several = reply.followUps().size() > 1;
        for (String followUp : reply.followUps()) {
            actions(body, reply.buttons().stream().filter(b -> b.action().onFollowUp() && b.value().equals(followUp)).toList(), several);
        }
        actions(body, reply.buttons().stream().filter(b -> !b.action().onFollowUp()).toList(), false);
        if (note != null) {
            lines(body, note, true);
        }
        return activity;
    }

    /** Plain text for the notification (not rendered as markdown), its first line, cut short. */
    private static String summary(String text) {
        String first = text.lines().findFirst().orElse("");
        return first.length() > SUMMARY ? first.substring(0, SUMMARY - 1) + "…" : first;
    }

    private static void lines(ArrayNode body, String text, boolean subtle) {
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode block = body.addObject().put("type", "TextBlock").put("text", escape(line)).put("wrap", true);
            if (subtle) {
                block.put("isSubtle", true).put("size", "Small");
            }
        }
    }

    private static void actions(ArrayNode body, List<Button> buttons, boolean nameFollowUp) {
        if (buttons.isEmpty()) {
            return;
        }
        ArrayNode actions = body.addObject().put("type", "ActionSet").putArray("actions");
        for (Button b : buttons) {
            if (b.action() == Button.Action.REASSIGN) {
                ObjectNode show = actions.addObject().put("type", "Action.ShowCard").put("title", b.label(nameFollowUp));
                ObjectNode inner = show.putObject("card").put("type", "AdaptiveCard");
                inner.putArray("body").addObject().put("type", "Input.Text").put("id", TO).put("label", "Til hvem (en person eller et team)?")
                        .put("maxLength", 200);
                submit(inner.putArray("actions"), "Overdrag", b);
            } else {
                submit(actions, b.label(nameFollowUp), b);
            }
        }
    }

    private static void submit(ArrayNode actions, String title, Button b) {
        ObjectNode action = actions.addObject().put("type", "Action.Submit").put("title", title);
        action.putObject("data").put("action", b.action().id()).put("id", b.value());
        if (b.action() == Button.Action.DONE || b.action() == Button.Action.PUBLISH) {
            action.put("style", "positive");
        } else if (b.action() == Button.Action.DISCARD) {
            action.put("style", "destructive");
        }
    }

    /** {@code reply} without the buttons a pressed one made moot: the follow-up's, or all of them. */
    static Reply without(Reply reply, Button.Action pressed, String value) {
        List<Button> kept = reply.buttons().stream()
                .filter(b -> pressed.onFollowUp() ? !(b.action().onFollowUp() && b.value().equals(value)) : b.action().onFollowUp())
                .toList();
        return new Reply(reply.text(), kept, reply.acted(), reply.citation());
    }
}
