package dk.referent.minutes.referat;

import java.util.List;

/** The minutes of one meeting: where they came from, the meeting, and its agenda items in order. */
public record Referat(String source, Meeting meeting, List<AgendaItem> items) {
    public Referat {
        items = List.copyOf(items);
    }
}
