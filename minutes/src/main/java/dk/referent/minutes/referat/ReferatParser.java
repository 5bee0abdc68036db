package dk.referent.minutes.referat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the text of a referat into a {@link Referat}: a pure function of the text. Built from families of
 * cues that municipalities' systems share (item headings, labelled sections, treatment blocks, header fields)
 * rather than from one template.
 */
public final class ReferatParser {

    public Referat parse(String source, String text) throws ReferatFormatException {
        return parse(source, text, ReferatHints.NONE);
    }

    /**
     * Reads a referat. Refuses only what is not minutes (empty, or no sign of a meeting); anything else is read
     * as far as it can be, and what could not be read becomes a doubt.
     */
    public Referat parse(String source, String text, ReferatHints hints) throws ReferatFormatException {
        List<Line> lines = MinutesText.lines(text);
        if (lines.stream().allMatch(Line::blank)) {
            throw new ReferatFormatException("the document is empty (no text)");
        }
        TableOfContents toc = TableOfContents.of(lines);
        List<ItemHeadings.Heading> headings = ItemHeadings.find(lines, toc);
        if (headings.isEmpty()) {
            throw new ReferatFormatException("no agenda items found — not a referat? "
                    + "(looked for item headings such as \"Punkt 1: …\", \"Pkt. 1\", \"Sag nr. 1\" or \"1. Titel\" "
                    + "followed by sections such as \"Beslutning\")");
        }
        int firstItemLine = headings.get(0).line();
        List<Line> headerLines = lines.subList(0, firstItemLine).stream().filter(l -> !toc.contains(l)).toList();
        MeetingHeader.Fields header = MeetingHeader.read(headerLines);

        LocalDate date = header.date();
        String body = header.body();
        if (date == null || body == null) {
            Optional<Map.Entry<String, LocalDate>> fromDecisions = decisionTreatment(lines, firstItemLine);
            if (date == null) {
                date = fromDecisions.map(Map.Entry::getValue).orElseThrow(() -> new ReferatFormatException(
                        "no meeting date found — not a referat? (looked for \"Mødedato\", \"Dato:\", a date in the title"
                                + " such as \"Referat Direktionen d. 29-04-2024\", or \"Beslutning i … den …\")"));
            }
            if (body == null) {
                body = fromDecisions.map(Map.Entry::getKey).orElse(null);
            }
        }

        List<AgendaItem> items = new ArrayList<>();
        List<TableOfContents.Entry> entries = toc.entries();
        for (int i = 0; i < headings.size(); i++) {
            ItemHeadings.Heading h = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).line() : lines.size();
            List<Line> itemLines = lines.subList(h.line() + 1, end).stream().filter(l -> !toc.contains(l)).toList();
            items.add(ItemParser.parse(h, itemLines, date, tocEntry(entries, headings, i)));
        }
        if (body == null) {
            body = items.stream().flatMap(it -> it.route().stream()).findFirst().orElse(null);
        }
        checkComplete(entries, items);
        return new Referat(source, new Meeting(body, date, header.time(), header.place(), header.participants()), items);
    }

    /** The body and date of the most common "Beslutning i X den D" line: this meeting, when the header does not say. */
    private static Optional<Map.Entry<String, LocalDate>> decisionTreatment(List<Line> lines, int from) {
        Map<Map.Entry<String, LocalDate>, Integer> counts = new HashMap<>();
        for (Line line : lines.subList(from, lines.size())) {
            SectionLabel.of(line).ifPresent(label -> {
                if (label instanceof SectionLabel.Treatment t && t.explicitDecision()) {
                    counts.merge(Map.entry(t.body(), t.date()), 1, Integer::sum);
                }
            });
        }
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<Map.Entry<String, LocalDate>, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().getValue()))
                .map(Map.Entry::getKey);
    }

    /** The table-of-contents entry of heading {@code i}: by number when the contents are numbered, else by position. */
    private static Optional<TableOfContents.Entry> tocEntry(List<TableOfContents.Entry> entries,
                                                            List<ItemHeadings.Heading> headings, int i) {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        ItemHeadings.Heading h = headings.get(i);
        String title = ClosedMarker.strip(h.title()).title();
        Optional<TableOfContents.Entry> byNumber = entries.stream()
                .filter(e -> e.number() != null && e.number() == h.number()).findFirst();
        if (byNumber.isPresent()) {
            return byNumber;
        }
        if (entries.size() == headings.size()) {
            TableOfContents.Entry e = entries.get(i);
            if (title.isEmpty() || Titles.similar(e.title(), title) || Titles.truncationOf(title, e.title())
                    || Titles.truncationOf(e.title(), title)) {
                return Optional.of(e);
            }
        }
        return entries.stream().filter(e -> Titles.similar(e.title(), title)).findFirst();
    }

    /** A contents that lists more items than the text has, all after the last one found: the file was cut off. */
    private static void checkComplete(List<TableOfContents.Entry> entries, List<AgendaItem> items)
            throws ReferatFormatException {
        if (entries.size() <= items.size() || items.isEmpty()) {
            return;
        }
        AgendaItem last = items.get(items.size() - 1);
        int lastIndex = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (Titles.similar(entries.get(i).title(), last.title())
                    || Titles.truncationOf(entries.get(i).title(), last.title())) {
                lastIndex = i;
            }
        }
        if (lastIndex >= 0 && lastIndex < entries.size() - 1) {
            String missing = entries.subList(lastIndex + 1, entries.size()).stream()
                    .map(TableOfContents.Entry::title).limit(3).collect(Collectors.joining("\", \""));
            throw new ReferatFormatException("the document looks truncated: it ends in punkt " + last.number()
                    + " \"" + last.title() + "\", but its table of contents lists " + entries.size()
                    + " items (missing: \"" + missing + "\"" + (entries.size() - lastIndex - 1 > 3 ? ", …" : "") + ")");
        }
    }
}
