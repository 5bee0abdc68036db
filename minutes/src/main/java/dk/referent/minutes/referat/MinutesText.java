package dk.referent.minutes.referat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns the text of a referat (plain, or markdown converted from PDF/Word) into {@link Line}s. */
final class MinutesText {

    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\((?:[^)\\s]*)\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern STRONG = Pattern.compile("\\*\\*|__");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\d\\\\*])[*_](?=\\S)(.+?)(?<=\\S)(?<!\\\\)[*_](?![\\p{L}\\d*])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern WHOLE_EMPHASIS = Pattern.compile("^(?:\\*\\*|__|\\*|_)(.+?)(?:\\*\\*|__|\\*|_)[:.]?$");
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u2007\\u202F\\u2000-\\u200A]+");

    private MinutesText() {
    }

    static List<Line> lines(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\uFEFF", "")
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\f', '\n');
        String[] raw = normal.split("\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(line(i, raw[i]));
        }
        return lines;
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
        boolean emphasised = WHOLE_EMPHASIS.matcher(s).matches() && !s.startsWith("* ");
        s = LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = STRONG.matcher(s).replaceAll("");
        if (s.startsWith("* ") || s.startsWith("+ ")) {
            s = "- " + s.substring(2);
        }
        s = EMPHASIS.matcher(s).replaceAll("$1");
        s = ESCAPE.matcher(s).replaceAll("$1");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return new Line(index, s, heading, emphasised);
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
