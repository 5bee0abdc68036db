package dk.referent.minutes.referat;

import java.util.List;

/** The minutes of one meeting: where they came from, the meeting, and its agenda items in order. */
public record Referat(String source, Meeting meeting, List<AgendaItem> items) {
    public Referat {
        items = List.copyOf(items);
    }

    /** The same referat with other items (e.g. with their follow-ups). */
    public Referat withItems(List<AgendaItem> changed) {
        return new Referat(source, meeting, changed);
    }
}
