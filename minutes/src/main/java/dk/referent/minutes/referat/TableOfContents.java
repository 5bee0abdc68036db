package dk.referent.minutes.referat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of contents (indholdsfortegnelse) of a referat. Its lines are not items, but its titles confirm
 * item headings and may spell a title differently from the heading.
 */
final class TableOfContents {

    /** One line of the table of contents; {@code number} is null when the line has none. */
    record Entry(int line, Integer number, String title, boolean closed) {
    }

    private static final Pattern LEADER = Pattern.compile("^(.+?)\\s*(?:\\.{3,}|…+|_{3,}|·{3,}|\\s\\.\\s\\.\\s\\.)[.\\s…]*\\t*\\s*(\\d{1,4})$");
    private static final Pattern TAB_PAGE = Pattern.compile("^(.+?)\\.*\\t+\\s*(\\d{1,4})$");
    private static final Pattern HEADING = Pattern.compile(
            "(?iu)^(?:indholdsfortegnelse|indhold|dagsorden|dagsordenspunkter|punktoversigt|oversigt over punkter|sagsliste)\\s*:?$");
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "(?iu)^(?:(?:dagsordens)?(?:punkt|pkt\\.?|sag(?:\\s*nr\\.?)?)\\s*)?(\\d{1,4})\\s*[.:)\\-–]?\\s+(.+)$");

    private final List<Entry> entries;
    private final Set<Integer> lines;

    private TableOfContents(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Set<Integer> set = new HashSet<>();
        entries.forEach(e -> set.add(e.line()));
        this.lines = set;
    }

    List<Entry> entries() {
        return entries;
    }

    boolean contains(Line line) {
        return lines.contains(line.index());
    }

    /** Lines that end in a leader and a page number, anywhere in the document. */
    static TableOfContents of(List<Line> lines) {
        List<Entry> entries = new ArrayList<>();
        for (Line line : lines) {
            String text = line.text();
            if (text.isEmpty() || !Character.isDigit(text.charAt(text.length() - 1))) {
                continue; // every contents line ends in its page number
            }
            Matcher m = LEADER.matcher(text);
            if (!m.matches()) {
                m = TAB_PAGE.matcher(text);
                if (!m.matches()) {
                    continue;
                }
            }
            String title = m.group(1).strip();
            if (title.isEmpty() || HEADING.matcher(title).matches()) {
                continue;
            }
            Integer number = null;
            Matcher n = LEADING_NUMBER.matcher(title);
            if (n.matches()) {
                number = Integer.parseInt(n.group(1));
                title = n.group(2).strip();
            }
            ClosedMarker.Stripped stripped = ClosedMarker.strip(title);
            entries.add(new Entry(line.index(), number, stripped.title(), stripped.closed()));
        }
        return new TableOfContents(entries);
    }

    /** A line that opens with a contents heading ("Indholdsfortegnelse Side 1. …"). */
    static boolean startsWithHeading(String text) {
        return HEADING_START.matcher(text).find();
    }

    private static final Pattern HEADING_START = Pattern.compile(
            "(?iu)^(?:indholdsfortegnelse|sagsoversigt|dagsordenspunkter|punktoversigt)\\b");

    static boolean isHeading(Line line) {
        return HEADING.matcher(line.text()).matches();
    }
}
