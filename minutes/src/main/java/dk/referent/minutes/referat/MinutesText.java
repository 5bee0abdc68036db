package dk.referent.minutes.referat;

import java.text.Normalizer;
import dk.referent.minutes.source.CleanText;
import dk.referent.minutes.time.DanishDates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the text of a referat (plain, or markdown converted from PDF/Word) into {@link Line}s. */
final class MinutesText {

    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\((?:[^)\\s]*)\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern HTML_BREAK = Pattern.compile("(?i)<br\\s*/?>|</?(?:p|b|i|span|div)>");
    private static final Pattern STRONG = Pattern.compile("\\*\\*|__");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\d\\\\*])[*_](?=\\S)(.+?)(?<=\\S)(?<!\\\\)[*_](?![\\p{L}\\d*])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern WHOLE_EMPHASIS = Pattern.compile("^(?:\\*\\*|__|\\*|_)(.+?)(?:\\*\\*|__|\\*|_)[:.]?$");
    /**
     * "Side 7", "Side 3 af 14", "Side 2/53", "Side. 2 - 44", "- 3 -", "Økonomiudvalget 19.11.2024 - side 4": page
     * furniture, not content.
     */
    private static final Pattern PAGE_MARKER = Pattern.compile(
            "(?iu)^(?:.{0,100}?(?:^|\\s|[-–|])\\s*)?side\\.?\\s+\\d{1,4}(?:\\s*(?:af|/|[-–])\\s*\\d{1,4})?\\.?$|^-\\s*\\d{1,4}\\s*-$");
    /** "Udvalgsværelse D Side 1 af 28": a page marker glued to the end of a line. */
    private static final Pattern TRAILING_PAGE = Pattern.compile("(?iu)\\s+side\\s+\\d{1,4}\\s+af\\s+\\d{1,4}$");
    private static final Pattern COLUMN_GAP = Pattern.compile("(?<=\\S)[ \\u00A0]{4,}(?=\\S)");
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u2007\\u202F\\u2000-\\u200A]+");

    private MinutesText() {
    }

    static List<Line> lines(String text) {
        // the one place a referat's text is cleaned: what is stored, searched and shown comes from these lines
        String normal = CleanText.of(Normalizer.normalize(text, Normalizer.Form.NFC));
        List<String> raw = PageFurniture.clean(List.of(normal.split("\n", -1)));
        List<Line> lines = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            lines.add(line(i, raw.get(i)));
        }
        Set<String> running = runningLines(lines);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (pageMarker(t) || running.contains(t) && !seen.add(t)) {
                lines.set(i, new Line(i, "", 0, false));
            }
        }
        return lines;
    }

    private static boolean pageMarker(String t) {
        return !t.isEmpty() && (Character.isDigit(t.charAt(t.length() - 1)) || t.endsWith("-") || t.endsWith("."))
                && PAGE_MARKER.matcher(t).find();
    }

    /**
     * Running headers and footers left in text extracted from paged documents: a short dated line that recurs
     * three or more times and stands next to a page marker at least once ("Side 7" / "Kildemose Kommune
     * Byrådet  28-11-2024"). Decision headings recur with dates too, but not at page breaks. The first
     * occurrence stays (it is often the title); the repeats are blanked.
     */
    private static Set<String> runningLines(List<Line> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (Line l : lines) {
            String t = l.text();
            if (!t.isEmpty() && t.length() <= 120 && Character.isDigit(t.charAt(t.length() - 1))) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        counts.entrySet().removeIf(e -> e.getValue() < 3 || DanishDates.find(e.getKey()).isEmpty());
        Set<String> running = new HashSet<>();
        for (int i = 0; i < lines.size() && !counts.isEmpty(); i++) {
            String t = lines.get(i).text();
            if (counts.containsKey(t) && !running.contains(t) && nextToPageMarker(lines, i) && !decisionHeading(t)) {
                running.add(t);
            }
        }
        return running;
    }

    private static boolean decisionHeading(String text) {
        return SectionLabel.of(new Line(0, text, 0, false))
                .filter(l -> l instanceof SectionLabel.Treatment t && t.explicitDecision()).isPresent();
    }

    private static boolean nextToPageMarker(List<Line> lines, int at) {
        for (int step : new int[] {-1, 1}) {
            int seen = 0;
            for (int i = at + step; i >= 0 && i < lines.size() && seen < 2; i += step) {
                String t = lines.get(i).text();
                if (t.isEmpty()) {
                    continue;
                }
                if (pageMarker(t)) {
                    return true;
                }
                seen++;
            }
        }
        return false;
    }

    private static Line line(int index, String raw) {
        String s = raw.strip();
        int heading = 0;
        if (s.startsWith("#")) {
            int level = 0;
            while (level < s.length() && s.charAt(level) == '#') {
                level++;
            }
            if (level <= 6 && (level == s.length() || Character.isWhitespace(s.charAt(level)) || s.charAt(level) == '*')) {
                heading = level;
                s = MD_HEADING.matcher(s).replaceFirst("");
            }
        }
        // each rewrite only where its marker character occurs: most lines of minutes are plain prose
        boolean marks = s.indexOf('*') >= 0 || s.indexOf('_') >= 0;
        boolean emphasised = marks && WHOLE_EMPHASIS.matcher(s).matches() && !s.startsWith("* ");
        if (s.indexOf('[') >= 0) {
            s = LINK.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('<') >= 0) {
            s = AUTOLINK.matcher(s).replaceAll("$1");
            s = HTML_BREAK.matcher(s).replaceAll(" ").strip(); // "M5/Rådhuset<br />" in a copy of an HTML page
        }
        if (s.startsWith("* ") || s.startsWith("+ ")) {
            s = "- " + s.substring(2);
        }
        if (marks) {
            s = STRONG.matcher(s).replaceAll("");
            s = EMPHASIS.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('\\') >= 0) {
            s = ESCAPE.matcher(s).replaceAll("$1");
        }
        if (s.contains("  ") || hasOddSpace(s)) {
            // a wide gap inside a line of words is a column of a flattened table ("Per Bregengaard (Ø)        Mogens
            // Lønborg (C)"): kept as a tab, which reads as a space everywhere a space does; lines with numbers (contents,
            // page headers, attachments with their numbers) keep their former shape
            String columns = hasDigit(s) ? s.strip() : COLUMN_GAP.matcher(s.strip()).replaceAll("\t");
            s = SPACES.matcher(columns).replaceAll(" ").strip();
        }
        if (s.length() > 12 && Character.isDigit(s.charAt(s.length() - 1))) {
            Matcher page = TRAILING_PAGE.matcher(s);
            if (page.find()) {
                // "Kommunalbestyrelsen 26-11-2024  Side 4 af 8" is a running footer; "Mødelokale D Side 1 af 28" a field
                String before = s.substring(0, page.start());
                s = DanishDates.find(before).isPresent() && before.length() <= 80 ? "" : before;
            }
        }
        return new Line(index, s, heading, emphasised);
    }

    /** Whether the text holds a digit anywhere. */
    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOddSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00A0' || c >= '\u2000' && (c <= '\u200A' || c == '\u202F')) {
                return true;
            }
        }
        return false;
    }

    /** The plain text of a run of lines, paragraphs kept, runs of blank lines folded to one. */
    static String join(List<Line> lines) {
        StringBuilder out = new StringBuilder();
        boolean pendingBlank = false;
        for (Line l : lines) {
            if (l.blank()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            out.append(l.text());
            pendingBlank = false;
        }
        return out.toString();
    }
}
