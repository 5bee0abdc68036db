package dk.referent.bot.platform.console;

import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Conversation;
import dk.referent.bot.chat.Place;
import dk.referent.bot.chat.Reply;
import dk.referent.bot.chat.Speaker;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The conversation in the terminal: each line typed is said to Referent by whoever runs it (the secretariat there);
 * buttons are shown as what to type instead.
 */
public final class ConsoleConversation {

    private final Conversation conversation;
    private final Speaker speaker;
    private final Place place = new Place("console", "terminal", false);

    public ConsoleConversation(Conversation conversation, String user) {
        this.conversation = conversation;
        this.speaker = new Speaker("console", user);
    }

    /** The reply to one line typed in the terminal. */
    public String reply(String line) {
        return render(conversation.said(speaker, place, line));
    }

    /** A reply as text, its buttons as the commands that do the same. */
    public static String render(Reply reply) {
        if (reply.buttons().isEmpty()) {
            return reply.text();
        }
        StringBuilder out = new StringBuilder(reply.text());
        List<String> followUps = reply.followUps();
        for (String id : followUps) {
            out.append("\n  #").append(id).append(": ").append(reply.buttons().stream().filter(b -> b.value().equals(id))
                    .map(ConsoleConversation::typed).collect(Collectors.joining(" · ")));
        }
        String others = reply.buttons().stream().filter(b -> !b.action().onFollowUp()).map(ConsoleConversation::typed)
                .collect(Collectors.joining(" · "));
        if (!others.isEmpty()) {
            out.append("\n  ").append(others);
        }
        return out.toString();
    }

    private static String typed(Button b) {
        return switch (b.action()) {
            case DONE -> "»udført " + b.value() + "«";
            case SNOOZE_DAY -> "»udsæt " + b.value() + " 1«";
            case SNOOZE_WEEK -> "»udsæt " + b.value() + " 7«";
            case REASSIGN -> "»overdrag " + b.value() + " til NAVN«";
            case PUBLISH -> "»bekræft«";
            case EDIT -> "»ret N dato ÅÅÅÅ-MM-DD« / »ret N ansvarlig NAVN« / »fjern N« / »ret mødedato DATO« / »ret organ NAVN«";
            case DISCARD -> "»kassér«";
        };
    }
}
