package dk.referent.bot.platform.discord;

import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Conversation;
import dk.referent.bot.chat.Download;
import dk.referent.bot.chat.Place;
import dk.referent.bot.chat.Reply;
import dk.referent.bot.chat.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A conversation that records what the platform passed it and answers as told (by default, an echo of what was said). */
final class FakeConversation implements Conversation {

    /** One call: which method, by whom, where, and its other arguments in order. */
    record Call(String method, Speaker who, Place where, List<Object> args) {
    }

    final List<Call> calls = new ArrayList<>();
    /** The download handed to {@link #sent}, not called by the conversation: a test decides when to read it. */
    Download download;
    private Function<String, Reply> replies = text -> Reply.of("Godkendt: " + text);

    /** Every call answers {@code reply}. */
    FakeConversation answering(Reply reply) {
        replies = text -> reply;
        return this;
    }

    /** Every call fails. */
    FakeConversation failing(RuntimeException failure) {
        replies = text -> {
            throw failure;
        };
        return this;
    }

    Call only() {
        if (calls.size() != 1) {
            throw new AssertionError("expected one call, got " + calls);
        }
        return calls.get(0);
    }

    List<String> said() {
        return calls.stream().filter(c -> c.method().equals("said")).map(c -> (String) c.args().get(0)).toList();
    }

    @Override
    public Reply said(Speaker who, Place where, String text) {
        calls.add(new Call("said", who, where, List.of(text)));
        return replies.apply(text);
    }

    @Override
    public Reply sent(Speaker who, Place where, String fileName, Download content, String caption) {
        calls.add(new Call("sent", who, where, List.of(fileName, caption)));
        download = content;
        return replies.apply(fileName);
    }

    @Override
    public Reply pressed(Speaker who, Place where, Button.Action action, String value) {
        calls.add(new Call("pressed", who, where, List.of(action, value)));
        return replies.apply(action.id());
    }

    @Override
    public Reply reassign(Speaker who, Place where, long followUpId, String to) {
        calls.add(new Call("reassign", who, where, List.of(followUpId, to)));
        return replies.apply(to);
    }
}
