package dk.referent.minutes.referat;

import java.util.List;

/**
 * The minutes of one meeting: where they came from, the meeting, its agenda items in order, and the doubts —
 * what could not be read, in words the secretariat can act on ("no meeting date in the text", "punkt 4: no
 * decision found"). A referat is never refused for a doubt; the meeting's date may be null until one is given.
 */
public record Referat(String source, Meeting meeting, List<AgendaItem> items, List<String> doubts) {
    public Referat {
        items = List.copyOf(items);
        doubts = List.copyOf(doubts);
    }

    public Referat(String source, Meeting meeting, List<AgendaItem> items) {
        this(source, meeting, items, List.of());
    }

    /** The same referat with other items (e.g. with their follow-ups). */
    public Referat withItems(List<AgendaItem> changed) {
        return new Referat(source, meeting, changed, doubts);
    }

    /** The same referat with one more doubt, found outside its text (how its bytes were read). */
    public Referat withDoubt(String doubt) {
        List<String> more = new java.util.ArrayList<>(doubts);
        more.add(doubt);
        return new Referat(source, meeting, items, more);
    }

    /** Whether the meeting's date is known: a referat without one is not stored until the secretariat gives it. */
    public boolean dated() {
        return meeting.date() != null;
    }
}
