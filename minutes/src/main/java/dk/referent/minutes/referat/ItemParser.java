package dk.referent.minutes.referat;

import dk.referent.minutes.names.CaseNumbers;
import dk.referent.minutes.referat.SectionLabel.Kind;
import dk.referent.minutes.referat.SectionLabel.Labelled;
import dk.referent.minutes.referat.SectionLabel.Treatment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one agenda item from its heading and the lines up to the next heading. */
final class ItemParser {

    /** How many non-blank lines after the heading may still carry the case number and the open/closed flag. */
    private static final int PRELUDE = 12;
    private static final Pattern LIST_ENTRY = Pattern.compile("^(?:\\d{1,2}[.)]|[-•–*▪●◦]|[a-zæøå][.)])\\s+(.*)$");
    private static final Pattern NUMBERED_REPEAT = Pattern.compile("^(\\d{1,4})[.)]?\\s+(.+)$");
    private static final Pattern TRAILING_DOC_NUMBER = Pattern.compile(
            "(?:\\t+|\\s{2,})(?:\\d[\\d\\-/.]{4,}[A-Z]?|dok\\.?\\s*nr\\.?.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTACHMENT_NUMBER = Pattern.compile("(?iu)^bilag\\s*\\d+\\s*[:.\\-–]?\\s+");
    /** A short bracketed marker wrapped onto its own line under a heading: "(B)", "(O)", "(Lukket)". */
    private static final Pattern TITLE_MARKER = Pattern.compile("^\\([^()]{1,12}\\)$");
    private static final Pattern LIST_INTRO = Pattern.compile("(?iu)\\bindstill(?:er|es|ede)\\b|(?:,|\\s)at$");
    private static final Pattern ROUTE_SPLIT = Pattern.compile("\\s*(?:[,;\\n→>]|->|\\s[-–]\\s|(?<!-)\\s+og\\s+|\\s+samt\\s+)\\s*");

    private ItemParser() {
    }

    private record Section(SectionLabel label, List<Line> lines) {
    }

    /** A lower-case letter: a title in sentence case has one, a status in capitals none. */
    private static final Pattern LOWER_CASE = Pattern.compile("\\p{Ll}");

    static AgendaItem parse(ItemSegments.Segment segment, int number, List<Line> prelude, List<Line> body,
                            LocalDate meetingDate, Optional<TableOfContents.Entry> tocEntry, Set<String> documentLabels) {
        ClosedMarker.Stripped stripped = ClosedMarker.strip(segment.title() == null ? "" : segment.title());
        String title = stripped.title();
        boolean closed = stripped.closed() || segment.closed();
        int start = 0;
        // a heading wrapped over lines: continue while the next line goes on in lower case or the contents say so
        while (start < body.size() && !body.get(start).blank() && SectionLabel.of(body.get(start)).isEmpty()
                && CaseNumbers.in(body.get(start).text()).isEmpty()
                && continuesTitle(title, body.get(start).text(), tocEntry)) {
            title = title + " " + body.get(start).text();
            start++;
        }
        List<Line> lines = body.subList(start, body.size());
        if (title.endsWith(":") && LOWER_CASE.matcher(title).find()) {
            // "3. Det Gyldne Punkt:", "Meddelelser:": a heading typed as a lead-in (a status in capitals keeps its colon)
            title = title.substring(0, title.length() - 1).strip();
        }

        Set<String> alternatives = new LinkedHashSet<>();
        if (tocEntry.isPresent()) {
            TableOfContents.Entry e = tocEntry.get();
            if (!Titles.key(e.title()).equals(Titles.key(title)) && !Titles.truncationOf(e.title(), title)) {
                alternatives.add(e.title());
            }
            closed |= e.closed();
        }

        String caseNumber = prelude.stream().map(l -> CaseNumbers.in(l.text())).flatMap(Optional::stream).findFirst().orElse(null);
        Set<Integer> consumed = new HashSet<>();
        // a table printing both "Åbent punkt" and "Lukket punkt" as column headers says neither
        boolean sawOpen = false;
        boolean sawClosed = false;
        int seen = 0;
        for (Line line : lines) {
            if (line.blank()) {
                continue;
            }
            if (++seen > PRELUDE) {
                break;
            }
            Optional<SectionLabel> label = SectionLabel.of(line);
            if (label.isPresent() && isDecisionLike(label.get())) {
                break;
            }
            if (caseNumber == null) {
                Optional<String> found = CaseNumbers.in(line.text());
                if (found.isPresent()) {
                    caseNumber = found.get();
                    consumed.add(line.index());
                    continue;
                }
            }
            if (ClosedMarker.closedLine(line.text())) {
                sawClosed = true;
                consumed.add(line.index());
            } else if (ClosedMarker.openLine(line.text())) {
                sawOpen = true;
                consumed.add(line.index());
            } else {
                Matcher repeat = NUMBERED_REPEAT.matcher(line.text());
                if (repeat.matches() && repeat.group(1).equals(segment.label())
                        && Titles.similar(ClosedMarker.strip(repeat.group(2)).title(), title)) {
                    String again = ClosedMarker.strip(repeat.group(2)).title();
                    if (!Titles.key(again).equals(Titles.key(title))) {
                        alternatives.add(again);
                    }
                    consumed.add(line.index());
                }
            }
        }

        closed |= sawClosed && !sawOpen;
        List<Line> kept = lines.stream().filter(l -> !consumed.contains(l.index())).toList();
        List<Section> sections = sections(kept, documentLabels);

        Map<Kind, List<String>> texts = new EnumMap<>(Kind.class);
        List<PriorTreatment> prior = new ArrayList<>();
        String decision = null;
        String sameDayTreatment = null;
        boolean sameDayExplicit = false;
        // without the meeting's date, the latest decision the item quotes is taken as this meeting's
        LocalDate thisMeeting = meetingDate != null ? meetingDate : sections.stream()
                .map(Section::label).filter(l -> l instanceof Treatment t && t.explicitDecision())
                .map(l -> ((Treatment) l).date()).max(LocalDate::compareTo).orElse(null);
        for (Section s : sections) {
            String text = MinutesText.join(s.lines());
            if (s.label() instanceof Labelled l) {
                String full = join(l.inline(), text);
                if (!full.isBlank()) {
                    texts.computeIfAbsent(l.kind(), k -> new ArrayList<>()).add(full);
                }
            } else if (s.label() instanceof Treatment t) {
                String full = join(t.inline(), text);
                if (t.date().equals(thisMeeting)) {
                    // "Byrådets beslutning den …" beats a bare "Byrådet <date>" line
                    if (!full.isBlank() && (sameDayTreatment == null || t.explicitDecision() && !sameDayExplicit)) {
                        sameDayTreatment = full;
                        sameDayExplicit = t.explicitDecision();
                    }
                } else {
                    prior.add(new PriorTreatment(t.body(), t.date(), full));
                }
            }
        }
        List<String> decisions = texts.getOrDefault(Kind.DECISION, List.of());
        if (!decisions.isEmpty()) {
            decision = String.join("\n\n", decisions);
        } else if (sameDayTreatment != null) {
            decision = sameDayTreatment;
        }

        String fullText = MinutesText.join(concat(List.of(new Line(-1, title, 1, false)), lines));
        return new AgendaItem(
                number,
                segment.label(),
                title,
                List.copyOf(alternatives),
                caseNumber,
                closed,
                decision,
                Outcome.of(decision),
                recommendations(texts.getOrDefault(Kind.RECOMMENDATIONS, List.of())),
                route(texts.getOrDefault(Kind.ROUTE, List.of())),
                prior,
                joined(texts.get(Kind.ECONOMY)),
                attachments(texts.getOrDefault(Kind.ATTACHMENTS, List.of())),
                joined(texts.get(Kind.RESUME)),
                joined(texts.get(Kind.CASE_TEXT)),
                fullText,
                List.of());
    }

    private static boolean continuesTitle(String title, String next, Optional<TableOfContents.Entry> toc) {
        if (title.isEmpty() || next.length() > 200) {
            return false;
        }
        if (toc.isPresent()) {
            String joined = title + " " + next;
            String tocKey = Titles.key(toc.get().title());
            return tocKey.startsWith(Titles.key(joined)) && tocKey.length() > Titles.key(title).length()
                    || Titles.key(joined).startsWith(tocKey) && tocKey.length() > Titles.key(title).length();
        }
        return Character.isLowerCase(next.codePointAt(0)) && !title.endsWith(".") || TITLE_MARKER.matcher(next).matches();
    }

    /** A decision heading, or a body's treatment on a date. */
    static boolean isDecisionLike(SectionLabel label) {
        return label instanceof Treatment || label instanceof Labelled l && l.kind() == Kind.DECISION;
    }

    /**
     * Splits the item's lines at its labels (and the labels the document repeats, see {@link RecurringLabels}); text
     * before the first label is a section of its own (case text).
     */
    private static List<Section> sections(List<Line> lines, Set<String> documentLabels) {
        List<Section> sections = new ArrayList<>();
        SectionLabel current = new Labelled(Kind.CASE_TEXT, "");
        List<Line> buffer = new ArrayList<>();
        boolean takeOneValue = false;
        for (Line line : lines) {
            if (takeOneValue && !line.blank()) {
                // "Sagstype" is followed by its value, which may itself read "Beslutning"
                buffer.add(line);
                takeOneValue = false;
                continue;
            }
            Optional<SectionLabel> label = line.blank() ? Optional.empty() : SectionLabel.of(line);
            if (label.isEmpty() && !line.blank() && !documentLabels.isEmpty() && documentLabels.contains(SectionLabel.key(line.text()))) {
                label = Optional.of(new Labelled(Kind.OTHER, ""));
            }
            if (label.isPresent() && isDecisionLike(current) && label.get() instanceof Labelled l && l.kind() == Kind.ABSENCE) {
                // "Afbud: …", "Fraværende:" written in or right after a decision are part of it
                buffer.add(line);
                continue;
            }
            if (label.isEmpty() && isDecisionLike(current) && buffer.stream().anyMatch(l -> !l.blank()) && capitalHeading(line.text())) {
                // "BESLUTNINGSFORSLAG FRA KF OG M", "INDSTILLING FRA MAGISTRATSAFDELINGEN …": a heading in capitals after a
                // decision opens the next part of the item; no decision goes on in capitals
                label = Optional.of(new Labelled(Kind.OTHER, ""));
            }
            if (label.isPresent()) {
                sections.add(new Section(current, buffer));
                current = label.get();
                buffer = new ArrayList<>();
                takeOneValue = current instanceof Labelled l && l.kind() == Kind.CASE_TYPE && l.inline().isEmpty();
            } else {
                buffer.add(line);
            }
        }
        sections.add(new Section(current, buffer));
        return sections;
    }

    /** A line of two or more words written in capitals, not a sentence: a heading. */
    private static boolean capitalHeading(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 8 && text.strip().contains(" ") && !text.endsWith(".");
    }

    private static List<String> recommendations(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            List<String> entries = new ArrayList<>();
            List<String> intro = new ArrayList<>();
            boolean inList = false;
            for (String paragraphLine : text.split("\n")) {
                String line = paragraphLine.strip();
                if (line.isEmpty()) {
                    continue;
                }
                Matcher m = LIST_ENTRY.matcher(line);
                if (m.matches()) {
                    entries.add(m.group(1).strip());
                    inList = true;
                } else if (inList && Character.isLowerCase(line.codePointAt(0))) {
                    entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line);
                } else {
                    intro.add(line);
                }
            }
            if (entries.isEmpty()) {
                out.addAll(intro);
            } else {
                intro.stream().filter(s -> !introducesList(s)).forEach(out::add);
                out.addAll(entries);
            }
        }
        return out;
    }

    /** "Direktøren indstiller, at:" before the numbered recommendations says nothing of its own. */
    private static boolean introducesList(String line) {
        return line.endsWith(":") || LIST_INTRO.matcher(line).find();
    }

    private static List<String> route(List<String> texts) {
        Set<String> bodies = new LinkedHashSet<>();
        for (String text : texts) {
            for (String part : ROUTE_SPLIT.split(text)) {
                String p = part.replaceAll("[.:]+$", "").strip();
                if (!p.isEmpty() && p.length() <= 60) {
                    bodies.add(p);
                }
            }
        }
        return List.copyOf(bodies);
    }

    /** Attachment names; a second Bilag section (some layouts repeat it after the decision) adds only new ones. */
    private static List<String> attachments(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            List<String> earlier = List.copyOf(out);
            for (String raw : text.split("\n")) {
                String name = raw.strip();
                Matcher m = LIST_ENTRY.matcher(name);
                if (m.matches()) {
                    name = m.group(1);
                }
                name = TRAILING_DOC_NUMBER.matcher(name).replaceFirst("").replace('\t', ' ').strip();
                name = ATTACHMENT_NUMBER.matcher(name).replaceFirst("").strip();
                if (name.isEmpty() || CaseNumbers.in(name).filter(name::equals).isPresent()) {
                    continue; // a document number printed on a line of its own
                }
                String candidate = name;
                if (earlier.stream().noneMatch(a -> Titles.similar(a, candidate)) && !out.contains(candidate)) {
                    out.add(candidate);
                }
            }
        }
        return out;
    }

    private static String join(String inline, String text) {
        if (inline.isBlank()) {
            return text;
        }
        return text.isBlank() ? inline : inline + "\n" + text;
    }

    private static String joined(List<String> texts) {
        return texts == null || texts.isEmpty() ? null : String.join("\n\n", texts);
    }

    private static List<Line> concat(List<Line> a, List<Line> b) {
        List<Line> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
