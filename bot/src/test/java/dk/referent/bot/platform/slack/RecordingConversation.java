package dk.referent.bot.platform.slack;

import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Conversation;
import dk.referent.bot.chat.Download;
import dk.referent.bot.chat.Place;
import dk.referent.bot.chat.Reply;
import dk.referent.bot.chat.Speaker;
import dk.referent.bot.conversation.ReferentConversationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A conversation that records what the platform handed it (who, where, what) and replies as told: the platform's
 * part is tested without Referent's own (which ReferentConversationTest covers). Files are fetched only for
 * {@code fetchFor}, as the real conversation fetches them only for the secretariat.
 */
public final class RecordingConversation implements Conversation {

    public final List<String> heard = new CopyOnWriteArrayList<>();
    public volatile Function<String, Reply> replies = text -> Reply.of("Svar på: " + text);
    public volatile Reply buttonReply = Reply.acted("Opfølgning er ændret.");
    public volatile String fetchFor = "U0SECRET1";

    @Override
    public Reply said(Speaker who, Place where, String text) {
        heard.add("said " + describe(who, where) + ": " + text);
        return replies.apply(text);
    }

    @Override
    public Reply sent(Speaker who, Place where, String fileName, Download content, String caption) {
        if (!who.id().equals(fetchFor)) {
            heard.add("refused file " + fileName + " from " + describe(who, where));
            return Reply.of("Det kan kun sekretariatet.");
        }
        try {
            heard.add("file " + fileName + " from " + describe(who, where) + ": " + new String(content.bytes(), StandardCharsets.UTF_8).strip()
                    + " [" + caption + "]");
            return new Reply("Forhåndsvisning — Direktionen", List.of(new Button(Button.Action.PUBLISH, ""), new Button(Button.Action.DISCARD, "")));
        } catch (IOException e) {
            heard.add("file " + fileName + " could not be fetched: " + e.getMessage());
            return Reply.of("Filen kunne ikke hentes: " + e.getMessage());
        }
    }

    @Override
    public Reply pressed(Speaker who, Place where, Button.Action action, String value) {
        heard.add("pressed " + action + " " + value + " by " + describe(who, where));
        return buttonReply;
    }

    @Override
    public Reply reassign(Speaker who, Place where, long followUpId, String to) {
        heard.add("reassign " + followUpId + " to " + to + " by " + describe(who, where));
        return Reply.acted("Opfølgning #" + followUpId + " er overdraget til " + to + ".");
    }

    private static String describe(Speaker who, Place where) {
        return who.actor() + (who.groups().isEmpty() ? "" : who.groups().toString()) + " in " + where.key() + (where.direct() ? " (direct)" : "");
    }
}
