package dk.referent.minutes.referat;

import dk.referent.minutes.names.Bodies;
import dk.referent.minutes.time.DanishDates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a referat into a {@link Referat}: a pure function of the text, its file name and the
 * secretariat's hints. Built from families of cues that municipalities' systems share (item headings, case-number
 * lines, labelled sections, treatment lines, header fields) rather than from one template. A real referat is never
 * refused: what cannot be read becomes a doubt. Only what shows no sign of a meeting is refused.
 */
public final class ReferatParser {

    /** "Referat Økonomiudvalget 2015-03-23.pdf", "byraadet_23-03-2015.txt": a date in a file name. */
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.[A-Za-z]{2,5}$");
    private static final Pattern FILE_SEPARATORS = Pattern.compile("[_+]+");
    /** Words that only minutes, agendas and their headers use: evidence that a text is about a meeting. */
    private static final Pattern MEETING_WORDS = Pattern.compile(
            "(?iu)\\b(?:referat|beslutningsprotokol|dagsorden|mødedato|mødested|mødetidspunkt|fraværende|afbud"
                    + "|sagsnr|beslutning|indstilling|sagsfremstilling|punkt|møde)");

    /** Earlier than this no referat is digital: a date before it is a misprint or a system's placeholder (1899-12-30). */
    static final LocalDate EARLIEST_MEETING = LocalDate.of(1970, 1, 1);
    /** How far ahead a meeting date may lie: minutes record meetings held, and calendars reach a year or two ahead. */
    private static final int YEARS_AHEAD = 2;

    /** Today, for the latest plausible meeting date; null when the caller gives none (then only the earliest is checked). */
    private final Clock clock;

    public ReferatParser() {
        this(null);
    }

    /** A parser that also doubts meeting dates more than two years after today by {@code clock}. */
    public ReferatParser(Clock clock) {
        this.clock = clock;
    }

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
        ItemSegments.Reading reading = ItemSegments.read(lines, toc);
        List<ItemSegments.Segment> segments = reading.segments();
        int headerEnd = segments.isEmpty() ? lines.size() : segments.get(0).start();
        List<Line> headerLines = lines.subList(0, headerEnd).stream().filter(l -> !toc.contains(l)).toList();
        MeetingHeader.Fields header = MeetingHeader.read(headerLines);
        if (segments.isEmpty() && !header.anySign() && meetingWords(lines) < 3) {
            throw new ReferatFormatException("no agenda items found — not a referat? "
                    + "(looked for item headings such as \"Punkt 1: …\", \"Pkt. 1\", \"Sag nr. 1\" or \"1. Titel\", "
                    + "case numbers such as \"Sagsnr.: …\", sections such as \"Beslutning\", and meeting fields such as "
                    + "\"Mødedato\")");
        }

        List<String> doubts = new ArrayList<>();
        if ((header.date() == null || header.body() == null) && !segments.isEmpty()) {
            // a page of one item prints the meeting's fields under its heading ("• Pkt. 42 …" / "Dato: …")
            header = header.orElse(MeetingHeader.read(fieldsUnder(lines, segments.get(0))));
        }
        if ((header.date() == null || header.body() == null) && segments.size() == 1) {
            header = header.orElse(fieldsUnderDecision(lines, segments.get(0)));
        }
        LocalDate date = header.date();
        String body = header.body();
        if ((date == null || body == null) && !segments.isEmpty()) {
            ItemSegments.Segment first = segments.get(0);
            Optional<AgendaApproval.Named> approval = AgendaApproval.of(lines.subList(first.start(), first.end()));
            if (approval.isPresent() && (date == null || date.equals(approval.get().date()))
                    && (body == null || approval.get().body() == null || Bodies.key(body).equals(Bodies.key(approval.get().body())))) {
                date = approval.get().date();
                body = body == null ? approval.get().body() : body;
            }
        }
        // read once, only when the header leaves the body or the date unsaid (a body still missing later was missing here)
        List<SectionLabel.Treatment> treatments = List.of();
        if (date == null || body == null) {
            treatments = treatments(lines, headerEnd);
            Treatments fromDecisions = decisionTreatments(treatments);
            date = date == null ? fromDecisions.date() : date;
            body = body == null ? fromDecisions.body() : body;
        }
        boolean doubted = false;
        if (date != null && !plausible(date)) {
            // a date no meeting had is worse than none: it would be stored, searched and planned from
            doubts.add(Doubts.implausibleDate(date));
            date = null;
            doubted = true;
        }

        List<AgendaItem> read = new ArrayList<>();
        List<TableOfContents.Entry> entries = toc.entries();
        List<List<Line>> bodies = segments.stream()
                .map(s -> lines.subList(s.body(), s.end()).stream().filter(l -> !toc.contains(l)).toList()).toList();
        Set<String> documentLabels = RecurringLabels.of(bodies);
        for (int i = 0; i < segments.size(); i++) {
            ItemSegments.Segment s = segments.get(i);
            read.add(ItemParser.parse(s, 0, lines.subList(s.start(), s.body()), bodies.get(i), date, tocEntry(entries, s),
                    documentLabels));
        }
        read.addAll(listedOnly(reading.listed(), read));
        List<AgendaItem> items = numbered(read);
        if (body == null) {
            body = items.stream().flatMap(it -> it.route().stream()).filter(Bodies::isName).findFirst().orElse(null);
        }
        if (body == null && date != null) {
            body = treatingOn(treatments, date);
        }

        if (hints.body() != null) {
            body = hints.body();
        } else if (body == null) {
            Optional<String> named = bodyFromFileName(source);
            // only minutes with items speak of their own body; a page of notes about many meetings does not
            Optional<String> mentioned = named.isPresent() || items.isEmpty() ? Optional.empty() : mostNamed(lines);
            if (named.isPresent()) {
                doubts.add(Doubts.bodyFromFileName(named.get()));
            } else if (mentioned.isPresent()) {
                doubts.add(Doubts.bodyFromText(mentioned.get()));
            } else {
                doubts.add(Doubts.noBody());
            }
            body = named.or(() -> mentioned).orElse(null);
        }
        if (hints.date() != null) {
            date = hints.date();
        } else if (date == null) {
            Optional<LocalDate> named = dateFromFileName(source);
            if (named.isPresent() && plausible(named.get())) {
                doubts.add(Doubts.dateFromFileName(named.get()));
                date = named.get();
            } else if (named.isPresent() && !doubted) {
                doubts.add(Doubts.implausibleDate(named.get()));
            } else if (!doubted) {
                doubts.add(header.dayWithoutYear() ? Doubts.dateWithoutYear() : Doubts.noDate());
            }
        }
        itemDoubts(items, doubts);
        List<Participant> participants = Attendance.withAbsences(header.participants(), items);
        LocalTime time = header.time() != null ? header.time() : MeetingHeader.startStatedIn(lines);
        LocalTime end = header.end() != null ? header.end() : MeetingHeader.endStatedIn(lines);
        return new Referat(source, new Meeting(body, date, time, end, header.place(), participants,
                Meeting.separatorIn(text, time), Meeting.separatorIn(text, end)), items, doubts);
    }

    /** Whether a meeting can have been held on {@code date}: not before 1970, nor more than two years after today. */
    private boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST_MEETING) && (clock == null || !date.isAfter(LocalDate.now(clock).plusYears(YEARS_AHEAD)));
    }

    /** The lines under the first item's heading up to its first section: where single-item pages print the meeting. */
    private static List<Line> fieldsUnder(List<Line> lines, ItemSegments.Segment first) {
        List<Line> fields = new ArrayList<>();
        for (Line l : lines.subList(first.body(), first.end())) {
            if (!l.blank() && SectionLabel.of(l).isPresent()) {
                break;
            }
            fields.add(l);
        }
        return fields;
    }

    /**
     * A page of one item may print the meeting's fields under its decision's heading, which names the body ("Beslutning
     * fra Integrationsrådet" / "Dato: 5. april 2018" / "Sted: …" / "Fraværende: …"): those fields, where they date it.
     */
    private static MeetingHeader.Fields fieldsUnderDecision(List<Line> lines, ItemSegments.Segment item) {
        MeetingHeader.Fields none = MeetingHeader.read(List.of());
        for (int i = item.body(); i < item.end(); i++) {
            Matcher heading = SectionLabel.UNDATED_DECISION.matcher(lines.get(i).text());
            if (!heading.matches() || !Bodies.isName(heading.group(1))) {
                continue;
            }
            List<Line> fields = new ArrayList<>();
            for (int k = i + 1; k < item.end() && (lines.get(k).blank() || ItemSegments.FIELD.matcher(lines.get(k).text()).matches()); k++) {
                fields.add(lines.get(k));
            }
            MeetingHeader.Fields read = MeetingHeader.read(fields);
            return read.date() == null ? none : read.orElse(new MeetingHeader.Fields(Bodies.canonical(heading.group(1)), null, null, null,
                    null, List.of(), 0, false));
        }
        return none;
    }

    private static int meetingWords(List<Line> lines) {
        Set<String> words = new HashSet<>();
        for (Line l : lines) {
            Matcher m = MEETING_WORDS.matcher(l.text());
            while (m.find()) {
                words.add(m.group().toLowerCase());
            }
        }
        return words.size();
    }

    /**
     * The contents' entries the text does not print as items (closed items shown by title only, items after the
     * point where an excerpt stops), as items with their title alone.
     */
    private static List<AgendaItem> listedOnly(List<ItemSegments.Listed> listed, List<AgendaItem> printed) {
        List<AgendaItem> extra = new ArrayList<>();
        List<AgendaItem> known = new ArrayList<>(printed);
        for (ItemSegments.Listed l : listed) {
            ClosedMarker.Stripped stripped = ClosedMarker.strip(l.title());
            // "9. Eventuelt" and "11. Lukket – Eventuelt" are two items: a title only matches under no other number
            boolean printedAlready = known.stream().anyMatch(i -> l.label() != null && l.label().equals(i.label())
                    || (l.label() == null || i.label() == null)
                    && (Titles.similar(i.title(), stripped.title()) || Titles.truncationOf(i.title(), stripped.title())
                    || Titles.truncationOf(stripped.title(), i.title()) && !i.title().isEmpty()));
            if (!printedAlready && !stripped.title().isEmpty()) {
                AgendaItem item = new AgendaItem(0, l.label(), stripped.title(), List.of(), null, stripped.closed() || l.closed(), null,
                        null, List.of(), List.of(), List.of(), null, List.of(), null, null, stripped.title(), List.of());
                extra.add(item);
                known.add(item);
            }
        }
        return extra;
    }

    /**
     * The items in agenda order with their keys: the printed numbers when all items carry distinct whole numbers
     * (sorted by them), else positions.
     */
    private static List<AgendaItem> numbered(List<AgendaItem> items) {
        Set<Integer> seen = new HashSet<>();
        boolean whole = items.stream().allMatch(i -> i.label() != null && i.label().matches("\\d{1,6}")
                && seen.add(Integer.parseInt(i.label())));
        List<AgendaItem> ordered = new ArrayList<>(items);
        if (whole) {
            ordered.sort(java.util.Comparator.comparingInt(i -> Integer.parseInt(i.label())));
        }
        List<AgendaItem> out = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            AgendaItem item = ordered.get(i);
            out.add(item.withNumber(whole ? Integer.parseInt(item.label()) : i + 1));
        }
        return out;
    }

    /** What was read about the items that the secretariat should know: missing decisions, a text cut short. */
    private static void itemDoubts(List<AgendaItem> items, List<String> doubts) {
        if (items.isEmpty()) {
            doubts.add(Doubts.noItems());
            return;
        }
        boolean anyDecision = items.stream().anyMatch(i -> i.decision() != null);
        if (!anyDecision) {
            doubts.add(Doubts.noDecisions());
            return;
        }
        List<AgendaItem> printed = items.stream().filter(i -> !i.titleOnly()).toList();
        for (int i = 0; i < printed.size(); i++) {
            AgendaItem item = printed.get(i);
            if (item.decision() == null && !item.closed()) {
                doubts.add(i == printed.size() - 1 ? Doubts.truncated(name(item)) : Doubts.noDecision(name(item)));
            }
        }
        // open items the contents list but the text does not print: the text was cut off (closed ones are public by title)
        List<AgendaItem> listedOnly = items.stream().filter(i -> i.titleOnly() && !i.closed()).toList();
        if (!listedOnly.isEmpty()) {
            doubts.add(Doubts.missingFromContents(listedOnly.size(), listedOnly.get(0).title()));
        }
    }

    private static String name(AgendaItem item) {
        if (item.label() != null) {
            return "Punkt " + item.label();
        }
        return item.title() == null || item.title().isEmpty() ? "Punkt nr. " + item.number() + " i rækkefølgen"
                : "Punktet »" + item.title() + "«";
    }

    private record Treatments(String body, LocalDate date) {
    }

    /** The treatment lines of the items ("Beslutning i X den D", "Kommunalbestyrelsen den 30. august 2022"), in order. */
    private static List<SectionLabel.Treatment> treatments(List<Line> lines, int from) {
        List<SectionLabel.Treatment> out = new ArrayList<>();
        for (Line line : lines.subList(from, lines.size())) {
            SectionLabel.of(line).ifPresent(label -> {
                if (label instanceof SectionLabel.Treatment t) {
                    out.add(t);
                }
            });
        }
        return out;
    }

    /** "Handicaprådet", "Økonomiudvalget": a body's name in its definite form, as running text names it. */
    private static final Pattern BODY_IN_TEXT = Pattern.compile("(?u)\\b\\p{Lu}\\p{Ll}{3,}(?:et|en)\\b");
    /** "Udvalget", "Rådet": the text's word for a body it named before, not a name. */
    private static final Pattern GENERIC_BODY = Pattern.compile(
            "(?iu)(?:udvalg|råd|bestyrelse|kommission|gruppe|ledelse|forsamling|komit[eé])(?:et|en)");
    /** How often a body must be named before the text is taken to be its minutes. */
    private static final int NAMED_OFTEN = 3;

    /**
     * The body the text names most often, when it names one at least {@value #NAMED_OFTEN} times and more often than any
     * other ("Handicaprådet tilretter kalenderen", "Handicaprådet drøfter …"): minutes speak of their own body.
     */
    private static Optional<String> mostNamed(List<Line> lines) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (Line line : lines) {
            Matcher m = BODY_IN_TEXT.matcher(line.text());
            while (m.find()) {
                String word = m.group();
                if (Bodies.isName(word) && !GENERIC_BODY.matcher(word).matches()) {
                    String key = Bodies.key(word);
                    counts.merge(key, 1, Integer::sum);
                    spelling.putIfAbsent(key, word);
                }
            }
        }
        int best = counts.values().stream().max(Integer::compare).orElse(0);
        List<String> top = counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        return best >= NAMED_OFTEN && top.size() == 1 ? Optional.of(Bodies.canonical(spelling.get(top.get(0)))) : Optional.empty();
    }

    /**
     * The one body the items say treats them on the meeting's own date ("Høring og sagsgang" / "Kommunalbestyrelsen den
     * 30. august 2022"), or null when none or several do.
     */
    private static String treatingOn(List<SectionLabel.Treatment> treatments, LocalDate date) {
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        for (SectionLabel.Treatment t : treatments) {
            if (date.equals(t.date()) && t.body() != null && Bodies.isName(t.body())) {
                bodies.putIfAbsent(Bodies.key(t.body()), t.body());
            }
        }
        return bodies.size() == 1 ? bodies.values().iterator().next() : null;
    }

    /**
     * This meeting's body and date from its items' "Beslutning i X den D" lines, when the header does not say:
     * the date only when the items agree on it (one date, or one date in two or more items), the body when all
     * name the same one.
     */
    private static Treatments decisionTreatments(List<SectionLabel.Treatment> treatments) {
        Map<LocalDate, Integer> dates = new HashMap<>();
        Set<String> bodies = new LinkedHashSet<>();
        for (SectionLabel.Treatment t : treatments) {
            if (t.explicitDecision()) {
                dates.merge(t.date(), 1, Integer::sum);
                bodies.add(t.body());
            }
        }
        LocalDate date = null;
        if (dates.size() == 1) {
            date = dates.keySet().iterator().next();
        } else {
            int top = dates.values().stream().max(Integer::compare).orElse(0);
            List<LocalDate> tops = dates.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
            if (top >= 2 && tops.size() == 1) {
                date = tops.get(0);
            }
        }
        return new Treatments(bodies.size() == 1 ? bodies.iterator().next() : null, date);
    }

    /** The table-of-contents entry of a segment: by number when the contents are numbered, else by title. */
    private static Optional<TableOfContents.Entry> tocEntry(List<TableOfContents.Entry> entries, ItemSegments.Segment s) {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        if (s.label() != null && s.label().matches("\\d+")) {
            int n = Integer.parseInt(s.label());
            Optional<TableOfContents.Entry> byNumber = entries.stream()
                    .filter(e -> e.number() != null && e.number() == n).findFirst();
            if (byNumber.isPresent()) {
                return byNumber;
            }
        }
        if (s.title() == null || s.title().isEmpty()) {
            return Optional.empty();
        }
        String title = ClosedMarker.strip(s.title()).title();
        return entries.stream().filter(e -> Titles.similar(e.title(), title) || Titles.truncationOf(title, e.title()))
                .findFirst();
    }

    private static String fileStem(String source) {
        if (source == null) {
            return "";
        }
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return FILE_SEPARATORS.matcher(FILE_EXTENSION.matcher(name).replaceFirst("")).replaceAll(" ");
    }

    static Optional<LocalDate> dateFromFileName(String source) {
        return DanishDates.firstDate(fileStem(source));
    }

    static Optional<String> bodyFromFileName(String source) {
        String stem = fileStem(source);
        Optional<DanishDates.Found> date = DanishDates.find(stem);
        String withoutDate = date.map(f -> stem.substring(0, f.start()) + " " + stem.substring(f.end())).orElse(stem);
        for (String word : withoutDate.replaceAll("(?iu)\\b(?:referat|dagsorden|beslutningsprotokol|protokol)\\b", " ")
                .split("[\\s\\-–]{2,}|\\s+-\\s+")) {
            String candidate = word.strip();
            if (Bodies.isName(candidate)) {
                return Optional.of(Bodies.canonical(candidate));
            }
        }
        return Optional.empty();
    }
}
