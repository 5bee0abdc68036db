package dk.referent.minutes.referat;

import dk.referent.minutes.names.CaseNumbers;
import dk.referent.minutes.time.DanishDates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lines that open agenda items. Candidates come from every cue family municipalities' systems use —
 * a keyword ("Punkt 4:", "Pkt. 42", "Sag nr. 129", "Dagsordenspunkt 1:", "Nr.60 - "), a number before the title
 * ("119. T", "1.T", "2 : T", "1 Åbent T", "1.1 T"), or a number alone with the title on the next line ("01." /
 * "T", "1⇥" / "T"). Each candidate is scored by what follows it (section labels, case numbers and text rather than
 * the next entry of a list or contents), and the best-supported increasing sequence wins, consecutive numbers
 * counting for it. Tables of contents, numbered lists and stray numbers lose on their own.
 */
final class ItemHeadings {

    /**
     * A line that opens an item.
     *
     * @param line   the heading line
     * @param label  the number as printed ("7", "01", "1.1")
     * @param title  the title, markers kept ("(B)", "(FOR LUKKEDE DØRE)"), open/closed status words taken off
     * @param closed a status word said the item is closed
     * @param body   the first line of the item after its heading (and its title, when that stood on its own line)
     */
    record Heading(int line, String label, String title, boolean closed, int body) {
    }

    private static final Pattern KEYWORD = Pattern.compile(
            "(?iu)^(?:dagsordens)?(?:punkt|pkt\\.?|sag\\s*nr\\.?|sag|nr\\.?)\\s*(\\d{1,4})(?![\\d/.\\-]\\d)\\s*(?:[:.)\\-–—]\\s*|\\s+|$)(.*)$");
    /**
     * "119. T", "1.T", "844) T", "114Spørgsmål": a title glued to its number without a dot starts with a word, since "05O" and
     * "04A" are sub-item references ("05O behandles først").
     */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(\\d{1,3}(?:\\.\\d{1,2})?)(?:\\.|\\)|\\s?:)?(?:\\s+|$|(?<=[.:])(?=\\p{Lu})|(?=\\p{Lu}\\p{Ll}))(.*)$");
    /** A status column before or after the number: "åbent 1 T", "1 Åbent T", "1 (Åben) T", "lukket 101 T". */
    private static final Pattern STATUS_FIRST = Pattern.compile("(?iu)^(åben|åbent|lukket)\\s+(\\d{1,4})\\s+(\\S.*)$");
    /** "Lukket Salg af grund", "Åbent punkt Budget": a status column before a title; "Åben dagsorden - godkendelse" is a title. */
    private static final Pattern STATUS = Pattern.compile(
            "(?iu)^\\(?(åben|åbent|lukket)\\)?(?!\\s+punkt\\s*:)(?:\\s+punkt)?\\s+(?-i:(?=[\\p{Lu}\\d\"“»(]))");
    private static final Pattern BULLET = Pattern.compile("^[•▪●◦*\\-–]\\s*");
    private static final Pattern AGENDA_LEAD = Pattern.compile("(?iu)^dagsorden(?:en)?\\s*:$");
    /** "Forvaltningen indstiller, at": a recommendation whose points follow as a numbered list. */
    private static final Pattern LIST_LEAD = Pattern.compile("(?iu)\\s(?:indstiller|foreslår|anbefaler|beslutter|besluttede),?\\s+at$");
    /** "19:00 10. Nyt fra eleverne": an agenda's time column before the item's number. */
    private static final Pattern TIME_COLUMN = Pattern.compile("^\\d{1,2}[:.]\\d{2}\\s+(?=\\d{1,3}\\.\\s+\\p{Lu})");
    /** "19.00 – 19.05", "Kl. 18.30-18.45": an agenda table's time cell. */
    private static final Pattern TIME_SLOT = Pattern.compile(
            "(?iu)^(?:kl\\.?\\s*)?\\d{1,2}[.:]\\d{2}\\s*(?:[-–]|til)\\s*(?:kl\\.?\\s*)?\\d{1,2}[.:]\\d{2}$");
    /** "Beslutning", "Orientering": an agenda table's cell saying what kind of item it is. */
    private static final Pattern ITEM_KIND = Pattern.compile(
            "(?iu)^(?:til\\s+)?(?:beslutning|orientering|drøftelse|debat|godkendelse|information|dialog)$");
    /** "Mette K.", "Nicklas og Jens", "Jørgen, Simon og Nick": who presents an item, names and initials only ("SFO" is none). */
    private static final Pattern PEOPLE_CELL = Pattern.compile(
            "(?u)^\\p{Lu}(?:\\p{Ll}[\\p{L}\\-]*|\\.)(?:(?:\\s+|\\s*,\\s*|\\s+og\\s+|\\s*&\\s*)\\p{Lu}(?:\\p{Ll}[\\p{L}\\-]*|\\.)){0,5}$");
    /** "(Katrine)", "(v. AS/HE)": who presents an item, in brackets after its number. */
    private static final Pattern WHO = Pattern.compile("(?u)^\\((?:v\\.\\s*)?\\p{Lu}[\\p{L}./ ,&-]{0,40}\\)$");
    /** "• 57 - Title": a bulleted list of numbered titles, as news pages list a meeting's items (the dash only after a bullet). */
    private static final Pattern BULLETED_NUMBER = Pattern.compile("^(\\d{1,4})\\s+[-–]\\s+(\\S.*)$");
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "(?iu)^(?:" + DanishDates.MONTH_NAMES + "|kvartal|halvår|gang|mio|mia|kr|pct|procent|%|timer|dage|uger|måneder|år"
                    + "|ingen|side)\\b");
    private static final Pattern DOCUMENT_TITLE = Pattern.compile("(?iu)^(?:referat|dagsorden|beslutningsprotokol)\\b");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^[\\d.,:\\s\\-–/]+$");
    /** How far after a heading its section labels or case number are looked for. */
    private static final int LOOKAHEAD = 15;

    private ItemHeadings() {
    }

    /** @param bracketed numbered "844) T", as lists inside items are too */
    private record Candidate(int line, String label, String title, boolean closed, int body, boolean keyword, int key, boolean bracketed) {
    }

    /**
     * The headings chosen, and the entries of a contents: printed as lines of their own ("åbent 1 T", "1. T" runs), or
     * the closed ones of a contents run together on one line.
     */
    record Found(List<Heading> headings, List<Heading> listed) {
    }

    static Found find(List<Line> lines, TableOfContents toc) {
        List<Candidate> candidates = new ArrayList<>();
        for (Line line : lines) {
            if (line.blank() || toc.contains(line) || line.text().length() > 250) {
                continue;
            }
            Candidate c = candidate(lines, line);
            if (c != null) {
                candidates.add(c);
            }
        }
        // "1. 1. …", "2. 2. …": an ordered list of a web page whose entries carry their own numbers too, never headings
        if (candidates.stream().filter(ItemHeadings::numberedTwice).count() >= 2) {
            candidates.removeIf(ItemHeadings::numberedTwice);
        }
        // minutes number their items in one style: where "Punkt 4:"-style headings are found, a bare "2. …" is a list entry
        if (candidates.stream().anyMatch(Candidate::keyword)) {
            candidates.removeIf(c -> !c.keyword());
        }
        // likewise, where "2. …" headings are found or an item has begun, "3) …" is an entry of a list inside an item
        if (candidates.stream().anyMatch(c -> !c.bracketed()) || candidates.stream().filter(Candidate::bracketed).findFirst()
                .map(c -> itemBegunBefore(lines, c.line())).orElse(false)) {
            candidates.removeIf(Candidate::bracketed);
        }
        boolean[] bare = bare(candidates, lines);
        List<Line> contents = runOnContents(lines);
        List<Candidate> chosen = bestSequence(candidates, bare, lines, toc, contents);
        List<Heading> headings = new ArrayList<>();
        for (Candidate c : chosen) {
            headings.add(new Heading(firstOfRepeat(candidates, c), c.label(), c.title(), c.closed(), c.body()));
        }
        // a contents stands before the items; a numbered list inside an item's text is not one
        int firstItem = chosen.isEmpty() ? lines.size() : chosen.get(0).line();
        java.util.Set<Candidate> isChosen = new java.util.HashSet<>(chosen);
        List<Heading> listed = new ArrayList<>(closedInRunOnContents(contents));
        boolean previousInRun = false;
        boolean closedSection = false;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            closedSection = ClosedMarker.section(lines, i == 0 ? 0 : candidates.get(i - 1).line() + 1, c.line()).orElse(closedSection);
            // the entries of a contents, the last one too (whatever follows the contents stands under it)
            boolean inRun = bare[i] && (i > 0 && bare[i - 1] || i + 1 < candidates.size() && bare[i + 1])
                    || previousInRun && candidates.get(i - 1).key() < c.key();
            previousInRun = inRun && bare[i];
            if (inRun && !isChosen.contains(c) && c.line() < firstItem) {
                listed.add(new Heading(c.line(), c.label(), c.title(), c.closed() || closedSection, c.body()));
            }
        }
        return new Found(headings, listed);
    }

    private static Candidate candidate(List<Line> lines, Line line) {
        Matcher bullet = BULLET.matcher(line.text());
        boolean bulleted = bullet.lookingAt();
        String text = bullet.replaceFirst("").replace('\t', ' ').strip();
        if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
            text = TIME_COLUMN.matcher(text).replaceFirst("");
        }
        boolean keyword = false;
        String label;
        String rest;
        boolean closed = false;
        Matcher k = KEYWORD.matcher(text);
        Matcher s = STATUS_FIRST.matcher(text);
        Matcher n = NUMBERED.matcher(text);
        Matcher b = BULLETED_NUMBER.matcher(text);
        if (bulleted && b.matches()) {
            label = b.group(1);
            rest = b.group(2);
        } else if (k.matches()) {
            keyword = true;
            label = k.group(1);
            rest = k.group(2);
        } else if (s.matches()) {
            label = s.group(2);
            rest = s.group(3);
            closed = s.group(1).equalsIgnoreCase("lukket");
        } else if (n.matches()) {
            label = n.group(1);
            rest = n.group(2);
        } else {
            return null;
        }
        rest = rest.strip();
        Matcher status = STATUS.matcher(rest);
        if (!ClosedMarker.strip(rest).closed() && status.find()) {
            closed |= status.group(1).equalsIgnoreCase("lukket");
            rest = rest.substring(status.end());
        }
        if (keyword && WHO.matcher(rest).matches()) {
            rest = ""; // "Pkt.2 (Katrine)" over its title: who presents the item, not what it is
        }
        int body = line.index() + 1;
        if (rest.isEmpty()) {
            // "01." or "1⇥" with the title on the next line
            Line next = nextNonBlank(lines, line.index());
            if (next != null && TIME_SLOT.matcher(next.text()).matches()) {
                // a flattened agenda table: number, time, who presents it, what kind of item, then the title
                next = afterTableCells(lines, next);
            }
            if (next == null || next.text().length() > 250 || SectionLabel.of(next).isPresent()
                    || NUMBER_ONLY.matcher(next.text()).matches() || CaseNumbers.in(next.text()).isPresent()) {
                // "Meddelelser" / "Sag nr. 162": the title printed above its number
                Line previous = previousNonBlank(lines, line.index());
                if (keyword && previous != null && previous.index() == line.index() - 1 && titleLike(previous.text())
                        && SectionLabel.of(previous).isEmpty() && !previous.text().endsWith(":") && !previous.text().endsWith(".")
                        && !KEYWORD.matcher(previous.text()).matches()) {
                    return new Candidate(previous.index(), label, previous.text(), closed, line.index() + 1, true, key(label), false);
                }
                return null;
            }
            if (DOCUMENT_TITLE.matcher(next.text()).find()) {
                return null; // "32" over "Referat Økonomiudvalget …": a page count over the document's title
            }
            rest = next.text();
            body = next.index() + 1;
            if (!keyword && n.matches() && !text.matches("\\d{1,3}(?:\\.\\d{1,2})?\\.?")) {
                return null;
            }
        }
        if (!titleLike(rest)) {
            return null;
        }
        return new Candidate(line.index(), label, rest, closed, body, keyword, key(label), !keyword && text.startsWith(label + ")"));
    }

    /**
     * The line after a flattened agenda table's cells that follow an item's number and time ("19.00 – 19.05" / "Mette K."
     * or "Nicklas og Jens" / "Beslutning"): the title. A single word is who presents the item only where a kind of item
     * follows it; otherwise it is the title ("Eventuelt").
     */
    private static Line afterTableCells(List<Line> lines, Line time) {
        Line at = nextNonBlank(lines, time.index());
        for (int cells = 0; at != null && cells < 2; cells++) {
            Line following = nextNonBlank(lines, at.index());
            String t = at.text();
            boolean kind = ITEM_KIND.matcher(t).matches();
            boolean people = PEOPLE_CELL.matcher(t).matches()
                    && (t.contains(" ") || following != null && ITEM_KIND.matcher(following.text()).matches());
            if (!kind && !people) {
                break;
            }
            at = following;
        }
        return at;
    }

    /** Whether an item's section (other than attendance) or a case number stands above the line: items have begun. */
    private static boolean itemBegunBefore(List<Line> lines, int line) {
        for (Line l : lines.subList(0, line)) {
            if (!l.blank() && (CaseNumbers.in(l.text()).isPresent() || SectionLabel.of(l)
                    .filter(s -> !(s instanceof SectionLabel.Labelled d && d.kind() == SectionLabel.Kind.ABSENCE)).isPresent())) {
                return true;
            }
        }
        return false;
    }

    private static boolean numberedTwice(Candidate c) {
        return c.title().startsWith(c.label() + ". ");
    }

    /** Whether an item's section ("Beslutning", "Resume") stands above the candidate: it comes after items, not in a contents. */
    private static boolean sectionAbove(List<Line> lines, Candidate c) {
        for (int i = 0; i < c.line(); i++) {
            if (!lines.get(i).blank() && SectionLabel.of(lines.get(i)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean listedBefore(List<Candidate> candidates, boolean[] bare, int i) {
        Candidate c = candidates.get(i);
        for (int j = 0; j < i; j++) {
            Candidate earlier = candidates.get(j);
            if (bare[j] && earlier.label().equals(c.label()) && Titles.similar(earlier.title(), c.title())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A contents printed as one run-on line ("Indholdsfortegnelse Side 162. Dialogmøde med borgerne …") that names it by
     * its number and first words (a contents may shorten a title: "1. Godkendelse af referat 3" for "… fra mødet den …").
     */
    private static boolean inRunOnContents(List<Line> contents, Candidate c) {
        String[] words = c.title().strip().split("\\s+");
        String start = String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
        String entry = c.label() + ". " + start;
        String bare = c.label() + " " + start;
        for (Line l : contents) {
            if (l.index() < c.line() && (l.text().contains(entry) || l.text().contains(bare))) {
                return true;
            }
        }
        return false;
    }

    /** Contents printed as one long line ("Indholdsfortegnelse Side 162. Dialogmøde med borgerne …"). */
    private static List<Line> runOnContents(List<Line> lines) {
        List<Line> contents = new ArrayList<>();
        for (Line l : lines) {
            if (l.text().length() > 150 && TableOfContents.startsWithHeading(l.text())) {
                contents.add(l);
            }
        }
        return contents;
    }

    /** A heading printed twice in a row ("1. T" then "1.     T"): the item starts at the first. */
    private static int firstOfRepeat(List<Candidate> candidates, Candidate chosen) {
        int line = chosen.line();
        for (int i = candidates.indexOf(chosen) - 1; i >= 0; i--) {
            Candidate before = candidates.get(i);
            if (!before.label().equals(chosen.label()) || !Titles.similar(before.title(), chosen.title())
                    || chosen.line() - before.line() > 4) {
                break;
            }
            line = before.line();
        }
        return line;
    }

    private static boolean titleLike(String rest) {
        String t = rest.strip();
        if (t.isEmpty() || t.endsWith(",") || t.endsWith(";") || NOT_A_TITLE.matcher(t).find()
                || NUMBER_ONLY.matcher(t).matches() || t.split("\\s+").length > 30) {
            return false;
        }
        int first = t.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '“' || first == '\'';
    }

    /** The order of printed numbers: "2" after "1.4", "1.1" after "1". */
    private static int key(String label) {
        int dot = label.indexOf('.');
        if (dot < 0) {
            return Integer.parseInt(label) * 100;
        }
        return Integer.parseInt(label.substring(0, dot)) * 100 + Integer.parseInt(label.substring(dot + 1));
    }

    /** What speaks for a candidate, from what stands between it and the next candidate. */
    private static int support(Candidate c, Candidate following, boolean followingBare, int end, List<Line> lines,
                               TableOfContents toc, List<Line> contents, boolean stopStyle) {
        int score = c.keyword() ? 2 : 0;
        Line heading = lines.get(c.line());
        if (heading.marked()) {
            score += 2;
        }
        ClosedMarker.Stripped stripped = ClosedMarker.strip(c.title());
        boolean closed = c.closed() || stripped.closed();
        if (closed) {
            score += 1;
        }
        String title = stripped.title();
        if (toc.entries().stream().anyMatch(e -> Titles.similar(e.title(), title)) || inRunOnContents(contents, c)) {
            score += 2;
        }
        int seen = 0;
        boolean structured = false;
        boolean repeated = false;
        boolean prose = false;
        for (int i = c.body(); i < end && seen < LOOKAHEAD; i++) {
            Line next = lines.get(i);
            if (next.blank()) {
                continue;
            }
            seen++;
            prose |= SENTENCE.matcher(next.text()).find()
                    // "Godkendt" alone under the title: a decision written without its label
                    || seen == 1 && next.text().length() <= 80 && Outcome.of(next.text()) != Outcome.OTHER;
            // where the numbering starts again ("17. …" of a contents, then "Sagsnr." over "1. …"), a case number right
            // above the next heading is that item's
            boolean caseNumber = CaseNumbers.in(next.text()).isPresent();
            boolean caseOfTheNext = caseNumber && following != null && following.key() <= c.key()
                    && following.line() == java.util.Optional.ofNullable(nextNonBlank(lines, i)).map(Line::index).orElse(-1);
            if (SectionLabel.of(next).isPresent() || caseNumber && !caseOfTheNext || CaseNumbers.field(next.text())
                    || ClosedMarker.openLine(next.text()) || ClosedMarker.closedLine(next.text())) {
                structured = true;
            }
            if (seen <= 4 && Titles.similar(BULLET.matcher(next.text()).replaceFirst("").replaceFirst("^\\d{1,4}[.)]?\\s+", ""), title)) {
                repeated = true;
            }
        }
        structured |= seen == 0 && following != null && following.key() == c.key() + 1 && c.key() % 100 == 0;
        score += structured ? 4 : 0;
        score += repeated ? 2 : 0;
        if (!structured && prose && shortTitle(title, stopStyle)) {
            // a short title over running text: how minutes without section labels (councils, boards) write an item;
            // entries of a contents or a list stand over nothing or over the next entry
            score += 2;
        }
        if (seen <= 1 && !structured && end >= lines.size()) {
            // the text was cut off right after this heading or in its first line, or a closed item ends the minutes
            score += closed ? 2 : 1;
        } else if (seen == 0 && !structured && closed && (following == null || followingBare) && sectionAbove(lines, c)) {
            score += 2; // closed items at the end of the minutes show their titles only ("161. … (Lukket)", "162. … (Lukket)")
        } else if (seen == 0 && !structured && (following == null || followingBare)) {
            score -= 3; // a run of bare titles: a table of contents
        } else if (seen == 0 && !structured) {
            score += closed ? 2 : 0; // a closed item shows its title only
        } else if (seen >= 3) {
            score += 1;
        }
        Line previous = previousNonBlank(lines, c.line());
        if (previous != null && (previous.text().endsWith(":") && !AGENDA_LEAD.matcher(previous.text()).matches()
                || LIST_LEAD.matcher(previous.text()).find())) {
            // an entry of a list the sentence before introduces ("… følgende:", "Forvaltningen indstiller, at"), not the
            // agenda ("Dagsorden:")
            score -= 2;
        }
        if (meetingFieldsFollow(lines, c.body(), end)) {
            score -= 8; // "58" over "Varde Kommune Åbent Referat til Byrådet" / "Mødedato: …": the document's own title
        }
        return score;
    }

    /** Running text: a line that ends a sentence. */
    private static final Pattern SENTENCE = Pattern.compile("\\p{L}[.!?]$");

    /**
     * A short title; one that ends in a full stop is a sentence, unless the stop closes a date ("… fra møde d. 28.08.17.")
     * or ends every title ({@code stopStyle}: "1.Valg af referent." … "10.Institutioner.", as minutes written by hand do).
     */
    private static boolean shortTitle(String title, boolean stopStyle) {
        String t = title.strip();
        return (!t.endsWith(".") || stopStyle || t.length() > 1 && Character.isDigit(t.charAt(t.length() - 2)))
                && t.split("\\s+").length <= 12;
    }

    /**
     * Whether the candidates end their titles in a full stop as a style: three or more, and two in three of them or more,
     * each standing apart after a blank line as headings do. The entries of a numbered list of sentences run on in their
     * paragraph ("… foreslår, at" / "1. Der afsættes …." / running text / "2. …").
     */
    private static boolean stopStyle(List<Candidate> candidates, List<Line> lines) {
        long stopped = candidates.stream()
                .filter(c -> c.title().strip().endsWith(".") && (c.line() == 0 || lines.get(c.line() - 1).blank())).count();
        return stopped >= 3 && 3 * stopped >= 2L * candidates.size();
    }

    private static final Pattern MEETING_FIELD = Pattern.compile("(?iu)^(?:mødedato|mødested|mødetidspunkt|mødetid|mødelokale)\\s*:");

    private static boolean meetingFieldsFollow(List<Line> lines, int from, int end) {
        int seen = 0;
        for (int i = from; i < end && seen < 4; i++) {
            if (!lines.get(i).blank()) {
                seen++;
                if (MEETING_FIELD.matcher(lines.get(i).text()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a step to the next number adds to a sequence. */
    private static final int CONSECUTIVE = 3;

    private static int transition(Candidate from, Candidate to) {
        int a = from.key() / 100;
        int am = from.key() % 100;
        int b = to.key() / 100;
        int bm = to.key() % 100;
        boolean consecutive = b == a && bm == am + 1 || b == a + 1 && bm == 0 || b == a + 1 && bm == 1 && am == 0;
        if (consecutive) {
            return CONSECUTIVE;
        }
        int gap = b == a ? bm - am - 1 : b - a - 1;
        return gap <= 1 ? 0 : -Math.min(4, 1 + gap / 3);
    }

    /** Candidates with nothing but blank lines before the next: entries of a contents, or headings of empty items. */
    private static boolean[] bare(List<Candidate> candidates, List<Line> lines) {
        int n = candidates.size();
        boolean[] bare = new boolean[n];
        for (int i = 0; i < n; i++) {
            int end = i + 1 < n ? candidates.get(i + 1).line() : lines.size();
            bare[i] = true;
            for (int k = candidates.get(i).body(); k < end && bare[i]; k++) {
                bare[i] = lines.get(k).blank();
            }
        }
        return bare;
    }

    /** "Lukket - Vesterballevej Lukket - Erhvervsjord …" in a contents run together on one line: the closed entries. */
    private static List<Heading> closedInRunOnContents(List<Line> contents) {
        List<Heading> closed = new ArrayList<>();
        for (Line l : contents) {
            Matcher m = RUN_ON_CLOSED.matcher(l.text());
            while (m.find()) {
                String title = m.group(2).replaceAll("\\s*(?:\\.{3,}|…+)\\s*\\d*$", "").replaceAll("\\s+\\d{1,3}$", "").strip();
                if (!title.isEmpty()) {
                    closed.add(new Heading(l.index(), m.group(1), "Lukket - " + title, true, l.index() + 1));
                }
            }
        }
        return closed;
    }

    private static final Pattern RUN_ON_CLOSED = Pattern.compile(
            "(?iu)(?:(\\d{1,4})\\.?\\s+)?\\blukket\\s*[-–:]\\s*(.+?)(?=\\s+(?:\\d{1,4}\\.?\\s+)?lukket\\s*[-–:]|\\s+underskrift|$)");

    /** The increasing sequence of candidates with the most support; consecutive numbers add to it. */
    private static List<Candidate> bestSequence(List<Candidate> candidates, boolean[] bare, List<Line> lines, TableOfContents toc,
                                                List<Line> contents) {
        int n = candidates.size();
        if (n == 0) {
            return List.of();
        }
        int[] value = new int[n];
        boolean stopStyle = stopStyle(candidates, lines);
        for (int i = 0; i < n; i++) {
            int end = i + 1 < n ? candidates.get(i + 1).line() : lines.size();
            value[i] = support(candidates.get(i), i + 1 < n ? candidates.get(i + 1) : null, i + 1 < n && bare[i + 1], end,
                    lines, toc, contents, stopStyle) - 3;
            if (!bare[i] && listedBefore(candidates, bare, i)) {
                value[i] += 3; // a contents printed as a numbered list names this heading
            }
        }
        long[] best = new long[n];
        int[] previous = new int[n];
        int top = -1;
        for (int i = 0; i < n; i++) {
            best[i] = value[i];
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (candidates.get(j).key() < candidates.get(i).key() && candidates.get(j).body() <= candidates.get(i).line()) {
                    int step = transition(candidates.get(j), candidates.get(i));
                    long through = best[j] + step + value[i];
                    // at a tie, the run of consecutive numbers from an earlier heading is the fuller reading
                    if (through > best[i] || through == best[i] && previous[i] < 0 && step == CONSECUTIVE && !bare[j]) {
                        best[i] = through;
                        previous[i] = j;
                    }
                }
            }
            if (best[i] > 0 && (top < 0 || best[i] > best[top])) {
                top = i;
            }
        }
        List<Candidate> chosen = new ArrayList<>();
        for (int i = top; i >= 0; i = previous[i]) {
            chosen.add(candidates.get(i));
        }
        Collections.reverse(chosen);
        return chosen;
    }

    private static Line nextNonBlank(List<Line> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).blank()) {
                return lines.get(i);
            }
        }
        return null;
    }

    private static Line previousNonBlank(List<Line> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!lines.get(i).blank()) {
                return lines.get(i);
            }
        }
        return null;
    }
}
