package dk.referent.bot.chat;

import java.util.List;

/**
 * What Referent answers: text (plain; the platform escapes and splits it) and the buttons under it. {@code acted}: a
 * button's action took effect (the platform may then take that button off the message it was on).
 */
public record Reply(String text, List<Button> buttons, boolean acted) {

    public Reply {
        buttons = List.copyOf(buttons);
    }

    public Reply(String text, List<Button> buttons) {
        this(text, buttons, false);
    }

    public static Reply of(String text) {
        return new Reply(text, List.of(), false);
    }

    /** What happened when a button (or its typed command) took effect. */
    public static Reply acted(String text) {
        return new Reply(text, List.of(), true);
    }

    /** The follow-ups whose buttons this reply carries, in order. */
    public List<String> followUps() {
        return buttons.stream().filter(b -> b.action().onFollowUp()).map(Button::value).distinct().toList();
    }
}
