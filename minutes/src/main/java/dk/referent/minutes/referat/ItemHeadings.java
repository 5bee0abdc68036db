package dk.referent.minutes.referat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lines that open agenda items. Two families of cue: a keyword ("Punkt 4:", "Pkt. 4", "Sag nr. 129")
 * and a bare number ("4. Titel", "4 Titel"). A bare number also opens numbered lists inside case texts, so it
 * only counts with support from the document's structure (a section label or case number after it, the table
 * of contents, heading typography). Of the candidates, the increasing sequence that covers the most text wins,
 * which leaves out a table of contents written as headings and stray references.
 */
final class ItemHeadings {

    /** A line that opens an item. */
    record Heading(int line, int number, String title) {
    }

    private static final Pattern KEYWORD = Pattern.compile(
            "(?iu)^(?:dagsordens)?(?:punkt|pkt\\.?|sag\\s*nr\\.?|sag)\\s*(\\d{1,4})(?![\\d/.\\-]\\d)\\s*(?:[:.)\\-–—]\\s*|\\s+|$)(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})(?:\\.|\\))?\\s+(\\S.*)$");
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "(?iu)^(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr"
                    + "|jun|jul|aug|sep|sept|okt|nov|dec|kvartal|halvår|gang|mio|mia|kr|pct|procent|%|timer|dage|uger|måneder|år)\\b");
    private static final int LOOKAHEAD = 8;

    private ItemHeadings() {
    }

    static List<Heading> find(List<Line> lines, TableOfContents toc) {
        List<Candidate> keyword = new ArrayList<>();
        List<Candidate> numbered = new ArrayList<>();
        for (Line line : lines) {
            if (line.blank() || toc.contains(line) || line.text().length() > 250) {
                continue;
            }
            Matcher k = KEYWORD.matcher(line.text());
            if (k.matches() && titleLike(k.group(2))) {
                keyword.add(new Candidate(line.index(), Integer.parseInt(k.group(1)), k.group(2).strip()));
                continue;
            }
            Matcher n = NUMBERED.matcher(line.text());
            if (n.matches() && titleLike(n.group(2)) && !n.group(2).isEmpty()
                    && !NOT_A_TITLE.matcher(n.group(2)).find()
                    && Character.isUpperCase(n.group(2).codePointAt(0))
                    && supported(lines, line, n, toc)) {
                numbered.add(new Candidate(line.index(), Integer.parseInt(n.group(1)), n.group(2).strip()));
            }
        }
        List<Candidate> family = keyword.isEmpty() ? numbered : keyword;
        List<Heading> headings = new ArrayList<>();
        for (Candidate c : bestSequence(family, lines)) {
            headings.add(new Heading(c.line(), c.number(), c.title()));
        }
        return headings;
    }

    private record Candidate(int line, int number, String title) {
    }

    private static boolean titleLike(String rest) {
        String t = rest.strip();
        return t.isEmpty() || !Character.isLowerCase(t.codePointAt(0)) && !t.endsWith(",") && !t.endsWith(";");
    }

    /** Evidence that a bare-number line is an item heading and not an entry of a numbered list. */
    private static boolean supported(List<Line> lines, Line line, Matcher n, TableOfContents toc) {
        int score = line.marked() ? 2 : 0;
        String title = ClosedMarker.strip(n.group(2)).title();
        if (ClosedMarker.strip(n.group(2)).closed()) {
            score += 3;
        }
        if (toc.entries().stream().anyMatch(e -> Titles.similar(e.title(), title))) {
            score += 3;
        }
        int number = Integer.parseInt(n.group(1));
        int seen = 0;
        for (int i = line.index() + 1; i < lines.size() && seen < LOOKAHEAD; i++) {
            Line next = lines.get(i);
            if (next.blank()) {
                continue;
            }
            seen++;
            Matcher following = NUMBERED.matcher(next.text());
            if (following.matches() && Integer.parseInt(following.group(1)) == number + 1 && seen == 1) {
                score -= 3;
                break;
            }
            if (SectionLabel.of(next).isPresent() || CaseNumbers.in(next.text()).isPresent()
                    || ClosedMarker.openLine(next.text()) || ClosedMarker.closedLine(next.text())) {
                score += 3;
                break;
            }
        }
        Line previous = previousNonBlank(lines, line.index());
        if (previous != null) {
            Matcher before = NUMBERED.matcher(previous.text());
            if (before.matches() && Integer.parseInt(before.group(1)) == number - 1 && !previous.marked()) {
                score -= 2;
            }
            if (previous.text().endsWith(":")) {
                score -= 2;
            }
        }
        return score >= 3;
    }

    private static Line previousNonBlank(List<Line> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!lines.get(i).blank()) {
                return lines.get(i);
            }
        }
        return null;
    }

    /** The strictly increasing subsequence of candidates that covers the most non-blank lines. */
    private static List<Candidate> bestSequence(List<Candidate> candidates, List<Line> lines) {
        int n = candidates.size();
        if (n == 0) {
            return List.of();
        }
        int[] weight = new int[n];
        for (int i = 0; i < n; i++) {
            int end = i + 1 < n ? candidates.get(i + 1).line() : lines.size();
            int count = 1;
            for (int j = candidates.get(i).line() + 1; j < end; j++) {
                if (!lines.get(j).blank()) {
                    count++;
                }
            }
            weight[i] = count;
        }
        long[] best = new long[n];
        int[] previous = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            best[i] = weight[i];
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (candidates.get(j).number() < candidates.get(i).number() && best[j] + weight[i] > best[i]) {
                    best[i] = best[j] + weight[i];
                    previous[i] = j;
                }
            }
            if (best[i] > best[top]) {
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

}
