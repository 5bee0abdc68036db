package dk.referent.minutes.referat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The markers that make an item closed: "Lukket:", "Lukket punkt:", "Lukket sag -", "(Lukket)", "for lukkede døre". */
final class ClosedMarker {

    record Stripped(String title, boolean closed) {
    }

    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^(?:\\(\\s*lukket(?:\\s+(?:punkt|sag))?\\s*\\)|lukket(?:\\s+(?:punkt|sag|dagsordenspunkt))?\\s*[:\\-–—]|lukket\\s+(?:punkt|sag)\\b)\\s*");
    private static final Pattern SUFFIX = Pattern.compile(
            "(?iu)\\s*(?:[\\(\\[]\\s*lukket(?:\\s+(?:punkt|sag))?\\s*[\\)\\]]|[\\-–—:]\\s*lukket(?:\\s+(?:punkt|sag))?)\\s*$");
    private static final Pattern FLAG_LINE = Pattern.compile(
            "(?iu)^(?:lukket|lukket\\s+(?:punkt|sag|dagsordenspunkt)|fortroligt?|.{0,60}\\bfor\\s+lukkede\\s+døre\\b.{0,60})\\s*[.:]?$");
    private static final Pattern INSIDE = Pattern.compile("(?iu)\\bfor\\s+lukkede\\s+døre\\b|[-–]\\s*lukket\\s+sag\\b|^lukket\\s+møde\\b");
    private static final Pattern OPEN_SUFFIX = Pattern.compile("(?iu)\\s+(?:åben\\s+sag|åbent\\s+punkt|\\(åben\\)|\\(åbent\\))$");
    private static final Pattern OPEN_LINE = Pattern.compile("(?iu)^(?:åbent?|åben\\s+sag|åbent\\s+punkt)\\s*[.:]?$");

    /** "Til behandling (lukkede punkter)", "Åbne sager": a heading over the open or the closed part of a list of items. */
    private static final Pattern SECTION = Pattern.compile(
            "(?iu)^.{0,40}?\\b(?:(åbne|lukkede)\\s+(?:punkter|sager|dagsordenspunkter)|for\\s+(åbne|lukkede)\\s+døre)\\b.{0,3}$");

    private ClosedMarker() {
    }

    static Stripped strip(String title) {
        String t = title.strip();
        boolean closed = false;
        Matcher p = PREFIX.matcher(t);
        if (p.find()) {
            t = t.substring(p.end());
            closed = true;
        }
        Matcher s = SUFFIX.matcher(t);
        if (s.find()) {
            t = t.substring(0, s.start());
            closed = true;
        }
        // an open-status column glued to the title: "Godkendelse af dagsorden Åben sag"
        t = OPEN_SUFFIX.matcher(t).replaceFirst("");
        // "(FOR LUKKEDE DØRE)", "- LUKKET SAG": a marker the title keeps
        closed |= INSIDE.matcher(t).find();
        return new Stripped(t.strip(), closed);
    }

    /** A line that on its own says the item is closed. */
    static boolean closedLine(String text) {
        return FLAG_LINE.matcher(text).matches();
    }

    /** A line that on its own says the item is open ("Åbent"). */
    static boolean openLine(String text) {
        return OPEN_LINE.matcher(text).matches();
    }

    /**
     * Whether the last part heading among lines [from, to) opens the closed part ("(lukkede punkter)") or the open
     * part of a list of items; empty when none stands there.
     */
    static Optional<Boolean> section(List<Line> lines, int from, int to) {
        Optional<Boolean> found = Optional.empty();
        for (int i = from; i < to; i++) {
            String t = lines.get(i).text();
            // (most lines name no part: the words are looked for before the pattern is run)
            String lower = t.length() <= 80 ? t.toLowerCase(Locale.ROOT) : "";
            Matcher m = lower.contains("åbne") || lower.contains("lukkede") ? SECTION.matcher(t) : null;
            if (m != null && m.matches()) {
                String word = m.group(1) != null ? m.group(1) : m.group(2);
                found = Optional.of(word.toLowerCase(Locale.ROOT).startsWith("lukkede"));
            }
        }
        return found;
    }
}
