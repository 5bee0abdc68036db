package dk.referent.bot.chat;

import dk.referent.minutes.source.CleanText;
import java.util.List;

/**
 * What Referent answers: text (plain; the platform escapes and splits it) and the buttons under it. {@code acted}: a
 * button's action took effect (the platform may then take that button off the message it was on). {@code citation}:
 * the line of {@code text} that says where the answer stands (body, date, punkt, case), which platforms may set apart
 * (Slack's context, a Discord embed's footer); null when there is none.
 */
public record Reply(String text, List<Button> buttons, boolean acted, String citation) {

    public Reply {
        // what reaches a chat never carries escapes or invisible characters from minutes, however they were stored
        text = CleanText.of(text);
        citation = CleanText.of(citation);
        buttons = List.copyOf(buttons);
        if (citation != null && !text.contains(citation)) {
            throw new IllegalArgumentException("the citation is a line of the text");
        }
    }

    public Reply(String text, List<Button> buttons) {
        this(text, buttons, false, null);
    }

    public Reply(String text, List<Button> buttons, boolean acted) {
        this(text, buttons, acted, null);
    }

    /** The text before the citation line, and after it (each maybe empty); the whole text before when there is none. */
    public List<String> aroundCitation() {
        if (citation == null) {
            return List.of(text, "");
        }
        int at = text.indexOf(citation);
        return List.of(text.substring(0, at).strip(), text.substring(at + citation.length()).strip());
    }

    public static Reply of(String text) {
        return new Reply(text, List.of(), false, null);
    }

    /** What happened when a button (or its typed command) took effect. */
    public static Reply acted(String text) {
        return new Reply(text, List.of(), true, null);
    }

    /** The follow-ups whose buttons this reply carries, in order. */
    public List<String> followUps() {
        return buttons.stream().filter(b -> b.action().onFollowUp()).map(Button::value).distinct().toList();
    }
}
