package dk.referent.minutes.referat;

import dk.referent.minutes.names.Bodies;
import dk.referent.minutes.names.CaseNumbers;
import dk.referent.minutes.time.DanishDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a referat into its items. Three families, tried in order: item headings ({@link ItemHeadings}); items
 * without a heading that each start at their case-number line ("Sagsnr.: …", "Sagsid.: …", as some systems print
 * a decision protocol); and a page that holds one item (a title, then its sections).
 */
final class ItemSegments {

    /**
     * One item's stretch of lines.
     *
     * @param start the first line of the item (its heading, or a case number printed above it)
     * @param body  the first line after the heading (and title)
     * @param end   the line after its last line
     * @param label the number as printed, null when none
     * @param title the title as printed, null when the item has none
     */
    record Segment(int start, int body, int end, String label, String title, boolean closed) {
    }

    private static final Pattern CASE_LINE = Pattern.compile(
            "(?iu)^(?:[•▪●◦]\\s*)?" + CaseNumbers.LABEL + "\\.?\\s*:?.*");
    /** "Åben", "Lukket punkt": a status printed on its own line above each item. */
    private static final Pattern STATUS_LINE = Pattern.compile("(?iu)^(?:åben|åbent|lukket)(?:\\s+(?:punkt|sag))?$");
    /** "Sted: Kantinen", "Dato:": a field's label, and its value on the same line if any. */
    static final Pattern FIELD = Pattern.compile("(?iu)^[\\p{L} .]{2,30}:(?:\\s.*)?$");
    /** "Emne Godkendelse af dagsorden", "Emne: …": an item's subject label and its title, where no number heads it. */
    private static final Pattern SUBJECT = Pattern.compile("(?u)^(?:Emne|EMNE)\\s*:?\\s+(\\p{Lu}.{2,200})$");
    private static final Pattern DOCUMENT_TITLE = Pattern.compile("(?iu)^(?:protokol|beslutningsprotokol|referat|beslutninger)\\s*:?$");
    /** How many lines after a case-number line a section label must stand for it to open an item. */
    private static final int CASE_LOOKAHEAD = 30;

    private ItemSegments() {
    }

    /** An entry of the contents: an item the text lists, perhaps without printing it (closed items, a text cut short). */
    record Listed(String label, String title, boolean closed) {
    }

    /** The items' stretches, and the contents' entries. */
    record Reading(List<Segment> segments, List<Listed> listed) {
    }

    static Reading read(List<Line> lines, TableOfContents toc) {
        ItemHeadings.Found found = ItemHeadings.find(lines, toc);
        List<Segment> segments = segments(lines, found.headings());
        // a contents stands before the first item: a numbered list inside an item found by another cue is not one
        int firstItem = segments.isEmpty() ? lines.size() : segments.get(0).start();
        List<Listed> listed = new ArrayList<>();
        for (ItemHeadings.Heading h : found.listed()) {
            if (h.line() < firstItem) {
                listed.add(new Listed(h.label(), h.title(), h.closed()));
            }
        }
        // a contents has several entries; one line with a tab and a number is a table row
        for (TableOfContents.Entry e : toc.entries().size() >= 3 ? toc.entries() : List.<TableOfContents.Entry>of()) {
            listed.add(new Listed(e.number() == null ? null : String.valueOf(e.number()), e.title(), e.closed()));
        }
        return new Reading(segments, listed);
    }

    private static List<Segment> segments(List<Line> lines, List<ItemHeadings.Heading> headings) {
        if (!headings.isEmpty()) {
            return withUnheadedDecision(lines, fromHeadings(lines, headings));
        }
        List<Segment> byCase = fromCaseLines(lines, CASE_LINE);
        if (!byCase.isEmpty()) {
            return byCase;
        }
        List<Segment> byStatus = fromCaseLines(lines, STATUS_LINE);
        if (byStatus.size() >= 2) {
            return byStatus;
        }
        List<Segment> bySubject = fromSubjectLines(lines);
        if (!bySubject.isEmpty()) {
            return withUnheadedDecision(lines, bySubject);
        }
        List<Segment> bySection = fromRepeatedSection(lines);
        if (!bySection.isEmpty()) {
            return bySection;
        }
        return singleItem(lines);
    }

    /**
     * A decision printed between the contents and the first item with no heading of its own, as minutes record the
     * agenda's approval ("Beslutning:" / "Dagsorden godkendt, …"): an item without number or title, not header. Only the
     * last decision label before the first item is looked at.
     */
    private static List<Segment> withUnheadedDecision(List<Line> lines, List<Segment> segments) {
        if (segments.isEmpty()) {
            return segments;
        }
        int first = segments.get(0).start();
        for (int i = first - 1; i >= 0; i--) {
            Line l = lines.get(i);
            Optional<SectionLabel> label = l.blank() ? Optional.empty() : itemSection(l);
            // on a line of its own: "Beslutning: Udkast til …" run on in a flattened contents is an entry's type
            if (label.isPresent() && label.get() instanceof SectionLabel.Labelled d && d.kind() == SectionLabel.Kind.DECISION) {
                if (!d.inline().isEmpty() || nextNonBlank(lines, i, first) == null) {
                    return segments;
                }
                List<Segment> out = new ArrayList<>(segments.size() + 1);
                out.add(new Segment(i, i, first, null, null, false));
                out.addAll(segments);
                return out;
            }
        }
        return segments;
    }

    /**
     * Items headed by a subject label and their title ("Emne Godkendelse af dagsorden", "Emne: Møde med …"), in minutes
     * that label their sections.
     */
    private static List<Segment> fromSubjectLines(List<Line> lines) {
        List<Line> subjects = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        boolean sections = false;
        for (Line l : lines) {
            if (l.blank()) {
                continue;
            }
            Matcher m = SUBJECT.matcher(l.text());
            if (m.matches() && !m.group(1).endsWith(".") && !FIELD.matcher(m.group(1)).matches()) {
                subjects.add(l);
                titles.add(m.group(1).strip());
            } else if (itemSection(l).isPresent()) {
                sections = true;
            }
        }
        if (subjects.isEmpty() || !sections) {
            return List.of();
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            int at = subjects.get(i).index();
            int end = i + 1 < subjects.size() ? subjects.get(i + 1).index() : lines.size();
            segments.add(new Segment(at, at + 1, end, null, titles.get(i), false));
        }
        return segments;
    }

    private static List<Segment> fromHeadings(List<Line> lines, List<ItemHeadings.Heading> headings) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            // a case line right under the previous heading's title is that item's, not this one's
            int above = caseAbove(lines, headings.get(i).line());
            boolean previousOwn = i > 0 && above == firstNonBlank(lines, headings.get(i - 1).body());
            starts.add(previousOwn ? headings.get(i).line() : above);
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            ItemHeadings.Heading h = headings.get(i);
            int end = i + 1 < headings.size() ? starts.get(i + 1) : lines.size();
            segments.add(new Segment(starts.get(i), h.body(), Math.max(end, h.body()), h.label(), h.title(), h.closed()));
        }
        return segments;
    }

    private static int firstNonBlank(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).blank()) {
                return i;
            }
        }
        return -1;
    }

    /** A case number printed on its own line just above a heading belongs to that item (SBSYS HTML, PDF text). */
    private static int caseAbove(List<Line> lines, int heading) {
        for (int i = heading - 1; i >= 0 && heading - i <= 3; i--) {
            Line l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            return CaseNumbers.bare(l.text()) ? i : heading;
        }
        return heading;
    }

    /**
     * Items that start at their case-number line (or, in systems that print neither heading nor case number, at the
     * line giving their open/closed status), each followed soon by its sections.
     */
    private static List<Segment> fromCaseLines(List<Line> lines, Pattern opening) {
        List<Integer> starts = new ArrayList<>();
        for (Line l : lines) {
            if (!l.blank() && opening.matcher(l.text()).matches() && sectionFollows(lines, l.index())) {
                starts.add(l.index());
            }
        }
        // some systems print the title right above the case line: the item starts there
        List<String> above = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int at = starts.get(i);
            Line previous = at > 0 ? lines.get(at - 1) : null;
            // … standing on its own: after a blank line or a page break, not at the end of the previous item's text
            boolean title = previous != null && !previous.blank() && titleLine(previous.text())
                    && SectionLabel.of(previous).isEmpty() && (i == 0 || at - 1 > starts.get(i - 1))
                    && (at < 2 || lines.get(at - 2).blank());
            above.add(title ? previous.text() : null);
            if (title) {
                starts.set(i, at - 1);
            }
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : lines.size();
            String title = above.get(i);
            int body = title != null ? start + 1 : start;
            if (title != null) {
                segments.add(new Segment(start, body, end, null, title, false));
                continue;
            }
            Line next = nextNonBlank(lines, start, end);
            // SBSYS pages print the title under the case line; other systems go straight to a section
            if (next != null && SectionLabel.of(next).isEmpty() && titleLine(next.text())) {
                title = next.text();
                body = next.index() + 1;
            }
            segments.add(new Segment(start, body, end, null, title, false));
        }
        return segments;
    }

    private static boolean sectionFollows(List<Line> lines, int from) {
        int seen = 0;
        for (int i = from + 1; i < lines.size() && seen < CASE_LOOKAHEAD; i++) {
            Line l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            seen++;
            if (SectionLabel.of(l).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Items with no numbered heading, each starting where the first section of the page ("Resume", "Sagsfremstilling")
     * comes again. Either a decision lies between each two (the page prints nothing above its sections), or a title
     * standing alone right above the section names each item, as web pages print unnumbered points ("Godkendelse af
     * dagsorden" / "Sagsfremstilling"); then a first recurrence with no title of its own (under the page's "Titel"
     * field: its front page) belongs to the header.
     */
    private static List<Segment> fromRepeatedSection(List<Line> lines) {
        List<Integer> labelled = new ArrayList<>();
        String first = null;
        List<Integer> starts = new ArrayList<>();
        for (Line l : lines) {
            if (itemSection(l).isEmpty()) {
                continue;
            }
            labelled.add(l.index());
            String key = l.text().toLowerCase(Locale.ROOT).strip();
            if (first == null) {
                first = key;
            }
            if (key.equals(first)) {
                starts.add(l.index());
            }
        }
        if (starts.size() < 2) {
            return List.of();
        }
        List<Line> titles = new ArrayList<>();
        for (int at : starts) {
            titles.add(titleAbove(lines, at));
        }
        int firstTitled = titles.get(0) == null ? 1 : 0;
        boolean titled = starts.size() - firstTitled >= 2
                && titles.subList(firstTitled, titles.size()).stream().allMatch(Objects::nonNull);
        if (!titled) {
            for (int i = 0; i + 1 < starts.size(); i++) {
                int from = starts.get(i);
                int to = starts.get(i + 1);
                boolean decided = labelled.stream().filter(at -> at >= from && at < to)
                        .anyMatch(at -> SectionLabel.of(lines.get(at)).filter(ItemParser::isDecisionLike).isPresent());
                if (!decided) {
                    return List.of();
                }
            }
            firstTitled = 0;
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = firstTitled; i < starts.size(); i++) {
            Line title = titles.get(i);
            int start = title != null ? title.index() : starts.get(i);
            int end = i + 1 < starts.size() ? Optional.ofNullable(titles.get(i + 1)).map(Line::index).orElse(starts.get(i + 1))
                    : lines.size();
            segments.add(new Segment(start, starts.get(i), end, null, title == null ? null : title.text(), false));
        }
        return segments;
    }

    /**
     * The title right above an item's first section: a short line standing alone (a blank line or the top of the text
     * before it), not a field, a sentence, a date or a section of its own. One word is enough ("Meddelelser"): the
     * recurring section vouches for it.
     */
    private static Line titleAbove(List<Line> lines, int section) {
        Line title = previousNonBlank(lines, section);
        if (title == null || title.index() > 0 && !lines.get(title.index() - 1).blank()) {
            return null;
        }
        String t = title.text();
        boolean alone = t.length() >= 3 && t.length() <= 150 && Character.isUpperCase(t.codePointAt(0))
                && !t.endsWith(".") && !t.endsWith(":") && !t.endsWith(",") && (!FIELD.matcher(t).matches() || topicAndTitle(t))
                && SectionLabel.of(title).isEmpty() && DanishDates.find(t).map(d -> namesBefore(t, d)).orElse(true) && !Bodies.isName(t)
                && t.split("\\s+").length <= 20;
        return alone ? title : null;
    }

    /** "Kongsgården: Håndtering af fogedforbud": a topic and a title, not a field ("Sted: Rådhuset", "Deltagere: A, B"). */
    private static final Pattern TOPIC_AND_TITLE = Pattern.compile("(?u)^(\\p{Lu}[\\p{L}-]+):\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Ll}.*$");

    private static boolean topicAndTitle(String t) {
        Matcher m = TOPIC_AND_TITLE.matcher(t);
        return m.matches() && !MeetingHeader.isFieldLabel(m.group(1)) && !SectionLabel.LABELS.containsKey(SectionLabel.key(m.group(1)));
    }

    /**
     * Whether a date in a title line comes after what the title is about ("Referat fra Magistratens møde den 18. marts
     * 2019"), not first in a date line ("Mandag den 18. marts 2019").
     */
    private static boolean namesBefore(String t, DanishDates.Found date) {
        String before = t.substring(0, date.start()).replaceAll("(?iu)\\b(?:den|d\\.|" + DanishDates.WEEKDAYS + ")\\b", " ").strip();
        return !before.isEmpty() && before.split("\\s+").length >= 3;
    }

    /**
     * The section a line opens, when it can be an item's: not an attendance line, and not "Protokol" / "Referat"
     * standing alone, which is the document's title.
     */
    private static Optional<SectionLabel> itemSection(Line l) {
        Optional<SectionLabel> label = l.blank() ? Optional.empty() : SectionLabel.of(l);
        boolean notAnItems = label.isPresent() && label.get() instanceof SectionLabel.Labelled lab
                && (lab.kind() == SectionLabel.Kind.ABSENCE || lab.inline().isEmpty() && DOCUMENT_TITLE.matcher(l.text()).matches());
        return notAnItems ? Optional.empty() : label;
    }

    /** A page of one item: its title is the nearest title-like line before its first section. */
    private static List<Segment> singleItem(List<Line> lines) {
        int first = -1;
        int labels = 0;
        boolean decision = false;
        for (Line l : lines) {
            Optional<SectionLabel> label = itemSection(l);
            if (label.isPresent()) {
                first = first < 0 ? l.index() : first;
                labels++;
                decision |= ItemParser.isDecisionLike(label.get());
            }
        }
        if (first < 0 || labels < 2 && !decision) {
            return List.of();
        }
        // the title-like line right above the item's case number, else the one nearest its sections
        String title = null;
        int start = first;
        int looked = 0;
        boolean aboveCase = false;
        for (int i = first - 1; i >= 0 && looked < 6 && !aboveCase; i--) {
            Line l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            looked++;
            if (CaseNumbers.bare(l.text())) {
                aboveCase = true;
                Line over = previousNonBlank(lines, i);
                if (over != null && titleLine(over.text())) {
                    title = over.text();
                    start = over.index();
                }
            } else if (title == null && titleLine(l.text())) {
                title = l.text();
                start = i;
            }
        }
        return List.of(new Segment(start, start == first ? first : start + 1, lines.size(), null, title, false));
    }

    /** A line that can be an item's title: not a field, a date line, a body's name, a sentence or a contents heading. */
    private static boolean titleLine(String t) {
        return t.length() >= 4 && t.length() <= 200 && !t.endsWith(".") && !t.endsWith(":")
                && !FIELD.matcher(t).matches() && Character.isUpperCase(t.codePointAt(0))
                && DanishDates.find(t).isEmpty() && !Bodies.isName(t) && !TableOfContents.isHeading(new Line(0, t, 0, false))
                && t.split("\\s+").length >= 2;
    }

    private static Line previousNonBlank(List<Line> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!lines.get(i).blank()) {
                return lines.get(i);
            }
        }
        return null;
    }

    private static Line nextNonBlank(List<Line> lines, int index, int end) {
        for (int i = index + 1; i < end; i++) {
            if (!lines.get(i).blank()) {
                return lines.get(i);
            }
        }
        return null;
    }
}
