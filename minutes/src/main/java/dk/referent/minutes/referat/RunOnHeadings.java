package dk.referent.minutes.referat;

import dk.referent.minutes.time.DanishDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered item headings inside the long lines of a flattened document — a PDF whose pages were run together into
 * one line each ("2 1. Meddelelser a) Der afholdes … 2. Anden egentlige budgetopfølgning for regnskabsåret
 * Økonomiudvalget den 21. marts 2006 …", "1) Valg af referent Anette Lewinsky blev …"). A number counts as a heading
 * only as part of a run of consecutive numbers in one style across the document (1, 2, 3 …), since sub-points,
 * references and amounts are numbered too; each heading is put on a line of its own, and its title on a line apart
 * from the text run onto it. Works on raw lines; pure.
 */
final class RunOnHeadings {

    /** A line this long holds a page or more, not a heading or a paragraph of a web page's item. */
    private static final int LONG_LINE = 300;
    /** A document is flattened when most of its text stands in such lines; then a line this long may hold headings. */
    private static final int RUN_ON_LINE = 100;
    private static final double FLATTENED_SHARE = 0.5;
    /** "1. T", "1) T", and ") T" where a flattening lost the number; the title starts with a capital. */
    private static final Pattern MARKER = Pattern.compile("(?<=^|\\s)(\\d{1,3})?([.)])\\s+(?=\\p{Lu}\\p{L})");
    /** Words after which a number is a reference, not a heading ("jf. pkt. 4. Borgmesteren", "kl. 9. Mødet"). */
    private static final Pattern REFERENCE = Pattern.compile("(?iu)(?:pkt\\.?|punkt|nr\\.?|kl\\.?|§|stk\\.?|jf\\.?|den|d\\.)");
    /** A sub-point or page control that ends a title: "a)", "2.", "2.a", "Side". */
    private static final Pattern TITLE_STOP = Pattern.compile("^(?:\\p{Ll}\\)|\\d{1,3}[.)]|\\d{1,3}\\.\\p{Ll}\\)?|Side)$");
    /** Words that tie a title to a name after them ("Lokalplan for Kokkedal", "Referat fra Kommissionsmødet"). */
    private static final Set<String> LINKS = Set.of("af", "for", "fra", "i", "til", "om", "med", "på", "ved", "vedr.", "vedrørende",
            "og", "samt", "mellem", "under", "efter", "over", "hos", "mod", "-", "–", "/");
    /** A title longer than this is running text whose end could not be told. */
    private static final int TITLE_WORDS = 20;
    private static final Pattern WORD = Pattern.compile("\\S+");
    /**
     * A field's or section's label: "Sagsnr.:", "J.nr.:", "Initialer:", "Sagsfremstilling", "Beslutning"; or the item's
     * status printed after its title ("… og nyt medlem Åbent A Anledning", "… dagsorden Åben sag Sagsnr.:").
     */
    private static final Pattern LABEL = Pattern.compile(
            "\\p{Lu}[\\p{L}.]{0,20}:|(?:Sagsfremstilling|Sagsbeskrivelse|Indstilling|Beslutning|Resum[eé]|Bilag|Åbent|Åben|Lukket)(?!\\p{L})");
    /** A word of capitals or with digits is an abbreviation or a code inside a title ("ØKV2", "KB", "VM"). */
    private static final Pattern ABBREVIATED = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]+(?![\\p{Ll}])");
    /** A month after a day's number: "den 21. september 2010" is a date in a title, not a sub-point. */
    private static final Pattern MONTH_AFTER = Pattern.compile("(?iu)\\s+" + DanishDates.MONTH_NAMES + "\\b");
    /** A list of the people at a meeting, whose numbers are their offices. */
    private static final Pattern PARTICIPANTS = Pattern.compile(
            "(?iu)(?:medlemmer|deltagere|til\\s?stede|fraværende|afbud|indkaldte|tilforordnede)\\s*:");
    /**
     * How long the stretch from one heading to the next must be on average: items hold text, while a contents or a list
     * of titles run onto one line has a title and a page number between its numbers.
     */
    private static final int ITEM_LENGTH = 100;
    /** A word whose full stop marks an abbreviation, not the end of the title ("vedr.", "nr.", "jf."). */
    private static final Pattern ABBREVIATION = Pattern.compile("(?iu)(?:vedr|nr|jf|pkt|ca|inkl|ekskl|mv|bl\\.a|evt|m\\.m|stk|kl|pr|mio|mia|kr)\\.");

    private RunOnHeadings() {
    }

    /** A number before a title; {@code inferred} when the flattening lost it and its run tells it. */
    private record Marker(int line, int start, int end, int number, char style, boolean inferred) {
    }

    /** The lines with each run-on heading on a line of its own (line count may grow). */
    static List<String> split(List<String> lines) {
        if (!flattened(lines)) {
            return lines;
        }
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            if (s.length() < RUN_ON_LINE) {
                continue;
            }
            if (PARTICIPANTS.matcher(s).lookingAt()) {
                continue; // "Medlemmer: … 1. Viceborgmester Anthon Frederiksen (PN), 2. Viceborgmester …": titles of members
            }
            Matcher m = MARKER.matcher(s);
            while (m.find()) {
                if (!REFERENCE.matcher(wordBefore(s, m.start())).matches()) {
                    markers.add(new Marker(i, m.start(), m.end(), m.group(1) == null ? -1 : Integer.parseInt(m.group(1)), m.group(2).charAt(0), false));
                }
            }
        }
        List<Marker> headings = headings(lines, markers);
        if (headings.isEmpty()) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size() + 2 * headings.size());
        int next = 0;
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            int from = 0;
            while (next < headings.size() && headings.get(next).line() == i) {
                Marker h = headings.get(next++);
                String before = s.substring(from, h.start()).strip();
                // a transcript's page number before the page's first heading ("2 1. Meddelelser") is no text of its own
                if (!before.isEmpty() && !before.chars().allMatch(Character::isDigit)) {
                    out.add(before);
                }
                int end = next < headings.size() && headings.get(next).line() == i ? headings.get(next).start() : s.length();
                int titleEnd = titleEnd(s, h.end(), end);
                // written as the numbered headings the rest of the parser reads: "1) T" and ") T" (its number lost) → "1. T"
                out.add(h.number() + ". " + s.substring(h.end(), titleEnd).strip());
                from = titleEnd;
            }
            String rest = s.substring(from).strip();
            if (from == 0) {
                out.add(s);
            } else if (!rest.isEmpty()) {
                out.add(rest);
            }
        }
        return out;
    }

    /** The word before {@code at}, or "" at the start of the line. */
    private static String wordBefore(String s, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end);
    }

    /** Whether most of the text stands in lines of a page's length: paragraphs of a web page or a document are shorter. */
    private static boolean flattened(List<String> lines) {
        long all = 0;
        long inLong = 0;
        for (String s : lines) {
            int length = s.strip().length();
            all += length;
            inLong += length >= LONG_LINE ? length : 0;
        }
        return inLong >= LONG_LINE && inLong >= FLATTENED_SHARE * all;
    }

    /**
     * The markers that are headings: runs of consecutive numbers in one style, each of at least two numbers, starting at
     * 1 or at the document's first marker (a council that numbers its items through the year starts anywhere). A marker
     * without its number fills one gap in a run of its style.
     */
    private static List<Marker> headings(List<String> lines, List<Marker> markers) {
        List<List<Marker>> runs = new ArrayList<>();
        for (Marker m : markers) {
            List<Marker> joined = null;
            for (List<Marker> run : runs) {
                Marker last = run.get(run.size() - 1);
                boolean fits = m.number() == last.number() + 1 || m.number() < 0 && !last.inferred();
                if (fits && last.style() == m.style()) {
                    joined = run;
                }
            }
            if (joined != null) {
                Marker last = joined.get(joined.size() - 1);
                joined.add(m.number() < 0 ? new Marker(m.line(), m.start(), m.end(), last.number() + 1, m.style(), true) : m);
            } else if (m.number() >= 0) {
                runs.add(new ArrayList<>(List.of(m)));
            }
        }
        List<Marker> out = new ArrayList<>();
        for (List<Marker> run : runs) {
            long numbered = run.stream().filter(m -> !m.inferred()).count();
            boolean start = run.get(0).number() == 1 || run.get(0) == markers.get(0);
            if (numbered == 1 && run.size() == 1 && (runs.stream().anyMatch(other -> other.size() == 1
                    && other.get(0).line() < run.get(0).line() && sameEntry(lines, other.get(0), run.get(0)))
                    || namedInContents(lines, run.get(0)))) {
                // a contents of one numbered entry, then the heading it names ("1. Boligsituation …" twice), or a contents
                // run onto one line that names it ("Indholdsfortegnelse 1 Velkommen til ny næstformand 3 2 …"): the heading
                out.add(run.get(0));
            } else if (numbered >= 2 && start && meanLength(lines, run) >= ITEM_LENGTH) {
                // a number lost at the end of a run has nothing after it to vouch for it
                int size = run.size();
                while (run.get(size - 1).inferred()) {
                    size--;
                }
                out.addAll(run.subList(0, size));
            }
        }
        out.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The mean length of the stretches from each heading of a run to the next (to the end of its line for the last). */
    private static double meanLength(List<String> lines, List<Marker> run) {
        long sum = 0;
        for (int i = 0; i < run.size(); i++) {
            Marker m = run.get(i);
            boolean nextOnLine = i + 1 < run.size() && run.get(i + 1).line() == m.line();
            sum += (nextOnLine ? run.get(i + 1).start() : lines.get(m.line()).length()) - m.start();
        }
        return (double) sum / run.size();
    }

    /** Whether a line before the marker's has its number and then its first words, as a contents run onto a line has. */
    private static boolean namedInContents(List<String> lines, Marker m) {
        String words = firstWords(lines.get(m.line()), m.end()).strip();
        if (words.split(" ").length < 3) {
            return false;
        }
        Pattern entry = Pattern.compile("(?<![\\d.])" + m.number() + "\\s+" + Pattern.quote(words));
        return lines.subList(0, m.line()).stream().anyMatch(l -> entry.matcher(l.replaceAll("\\p{P}+(?=\\s|$)", "")).find());
    }

    /** Two markers with the same number before the same first words. */
    private static boolean sameEntry(List<String> lines, Marker a, Marker b) {
        return a.number() == b.number() && a.style() == b.style() && firstWords(lines.get(a.line()), a.end()).equals(firstWords(lines.get(b.line()), b.end()));
    }

    private static String firstWords(String s, int from) {
        Matcher word = WORD.matcher(s).region(from, s.length());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 3 && word.find(); i++) {
            out.append(word.group().replaceAll("\\p{P}+$", "")).append(' ');
        }
        return out.toString();
    }

    /**
     * Where the title after a heading's number ends: before a field or section label within a title's length ("…
     * Sydfyns Erhvervsråd J.nr.: G00", "… Børnehave. Sagsgang: KA"); else before a sub-point or page control, after the
     * title's own full stop, or before a word with a capital that neither follows a linking word nor goes on a name —
     * in Danish a title's later words are written small, and a capital after it starts the text ("Valg af referent |
     * Anette Lewinsky blev …"). Where no end is found, the heading's whole stretch.
     */
    private static int titleEnd(String s, int from, int limit) {
        Matcher label = WORD.matcher(s).region(from, limit);
        for (int words = 0; words <= TITLE_WORDS && label.find(); words++) {
            if (words > 0 && LABEL.matcher(label.group()).lookingAt()) {
                return label.start();
            }
        }
        Matcher word = WORD.matcher(s).region(from, limit);
        int words = 0;
        String previous = null;
        boolean previousName = false;
        while (word.find()) {
            String w = word.group();
            boolean linked = words > 0 && (LINKS.contains(previous.toLowerCase(Locale.ROOT)) || previous.endsWith(",") || previous.endsWith(":"));
            boolean capital = Character.isUpperCase(w.codePointAt(0)) && !ABBREVIATED.matcher(w).lookingAt();
            boolean date = Character.isDigit(w.charAt(0)) && MONTH_AFTER.matcher(s).region(word.end(), limit).lookingAt();
            if (words > 0 && !linked && (TITLE_STOP.matcher(w).matches() && !date || capital && !previousName)) {
                return word.start();
            }
            if (++words > TITLE_WORDS) {
                return limit;
            }
            if (w.length() > 1 && w.endsWith(".") && !w.endsWith("..") && Character.isLowerCase(w.codePointAt(w.length() - 2))
                    && !ABBREVIATION.matcher(w).matches()) {
                return word.end(); // the title's own full stop
            }
            // a name of several words ("Ballerup Kommune", "Station Søllerød") goes on; the title's first word does not count
            previousName = words > 1 && capital;
            previous = w;
        }
        return limit;
    }
}
