package dk.referent.minutes.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full calendar dates and clock times as Danish minutes write them in headers and treatment lines
 * ("Mandag d. 29. april 2024 kl. 12:30", "29-04-2024", "9.12.2021", "1/9-2023", "2024-09-16").
 * Only complete dates with a year are recognised here: the meeting header always has one.
 */
public final class DanishDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jan", 1),
            Map.entry("februar", 2), Map.entry("feb", 2),
            Map.entry("marts", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("maj", 5),
            Map.entry("juni", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12),
            // English month names: some agenda systems render the meeting date with an English locale
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("july", 7), Map.entry("october", 10));

    /** The days of the week, as an alternation for patterns. */
    public static final String WEEKDAYS = "(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)";
    /**
     * The Danish month names and their abbreviations as one non-capturing alternation, for every pattern that names a month;
     * with the English names a web CMS with an English locale prints in a Danish day-first date ("9. January 2018").
     */
    public static final String MONTH_NAMES = "(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
            + "|january|february|march|may|june|july|october"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)";
    private static final String MONTH_NAME = "(" + MONTH_NAMES + ")\\.?";

    /** "29. april 2024", "3 maj 2021", "15-maj-2002". */
    private static final Pattern WRITTEN = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(\\d{1,2})\\.?[ \\-]+" + MONTH_NAME + "[ \\-,]+(\\d{4})(?!\\d)");
    /** "April 3, 2019", "Januar 16, 2019": month first, as a page rendered with an English date pattern writes it. */
    private static final Pattern ENGLISH = Pattern.compile(
            "(?iu)(?<![\\p{L}])(january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|januar|februar|marts|maj|juni|juli|oktober)"
                    + "\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)");
    /** "2024-09-16". */
    private static final Pattern ISO = Pattern.compile("(?<![\\d.\\-/])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d\\-])");
    /** "29-04-2024", "9.12.2021", "05.12.22", "1/9-2023", "03/12/2024", "23.11. 2017" (typed, a space before the year). */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.\\-/])(\\d{1,2})[.\\-/](\\d{1,2})(?:[.\\-/]|\\. (?=\\d{4}))(\\d{4}|\\d{2})(?![\\d]|[.\\-/]\\d)");
    private static final Pattern TIME = Pattern.compile(
            "(?iu)(?:\\bkl\\.?|\\bklokken|\\btidspunkt:?|\\bfra)\\s*(\\d{1,2})(?:[.:](\\d{2}))?(?!\\d)");
    /** "4:00:00 PM": an American locale's clock time. */
    private static final Pattern TWELVE_HOUR = Pattern.compile("(?<![\\d:])(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*([AP]M)\\b");
    private static final Pattern BARE_TIME = Pattern.compile("(?<![\\d.:])(\\d{1,2})[:.](\\d{2})(?![\\d.:])");

    private DanishDates() {
    }

    /** A date found in text, with where it stood. */
    public record Found(LocalDate date, int start, int end) {
    }

    /** The first complete date in the text, if any. */
    public static Optional<LocalDate> firstDate(String text) {
        return find(text).map(Found::date);
    }

    /** The first complete date in the text with its position, if any. */
    public static Optional<Found> find(String text) {
        Found best = null;
        for (Pattern p : new Pattern[] {WRITTEN, ENGLISH, ISO, NUMERIC}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<LocalDate> date = toDate(p, m);
                if (date.isPresent()) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(date.get(), m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<LocalDate> toDate(Pattern p, Matcher m) {
        try {
            if (p == WRITTEN) {
                int month = month(m.group(2));
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
            }
            if (p == ENGLISH) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if (p == ISO) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            int year = Integer.parseInt(m.group(3));
            if (m.group(3).length() == 2) {
                year += 2000;
            }
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (month > 12 && day <= 12 && m.group(0).contains("/")) {
                // "8/29/2019": a system rendering dates with an American locale; only where the Danish reading is impossible
                return Optional.of(LocalDate.of(year, day, month));
            }
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** A month's number from its Danish name or abbreviation ("marts", "mar.", "sept"). */
    static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer month = MONTHS.get(key);
        return month != null ? month : MONTHS.get(key.substring(0, Math.min(3, key.length())));
    }

    /**
     * The clock time of a header line: "kl. 12:30", "kl. 16.00", "fra kl. 15", or a bare "16:00" when
     * {@code allowBare} (a line labelled as a time).
     */
    public static Optional<LocalTime> firstTime(String text, boolean allowBare) {
        Matcher twelve = TWELVE_HOUR.matcher(text);
        if (twelve.find()) {
            int h = Integer.parseInt(twelve.group(1)) % 12 + (twelve.group(3).equalsIgnoreCase("PM") ? 12 : 0);
            return toTime(String.valueOf(h), twelve.group(2));
        }
        Matcher m = TIME.matcher(text);
        if (m.find()) {
            Optional<LocalTime> t = toTime(m.group(1), m.group(2));
            if (t.isPresent()) {
                return t;
            }
        }
        if (allowBare) {
            Matcher b = BARE_TIME.matcher(text);
            while (b.find()) {
                Optional<LocalTime> t = toTime(b.group(1), b.group(2));
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalTime> toTime(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int min = minutes == null ? 0 : Integer.parseInt(minutes);
        if (h > 23 || min > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(h, min));
    }
}
