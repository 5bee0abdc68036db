package dk.referent.minutes.referat;

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
}
