package dk.referent.minutes.referat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Case numbers (sagsnumre) as minutes print them: "24-005394", "21-046857K", "326-2021-16031", "24/12345", "00.01.00-A00-3-24". */
final class CaseNumbers {

    /** A line that is nothing but a case number. */
    static final String BARE = "(?:\\d{2}-\\d{4,7}[A-ZÆØÅ]?|\\d{3}-\\d{4}-\\d{2,7}|\\d{2,4}/\\d{3,7}(?:-\\d+)?"
            + "|\\d{2}\\.\\d{2}\\.\\d{2}-[A-ZÆØÅ]\\d{2}-\\d{1,6}-\\d{2}|\\d{4}-\\d{4,7})";
    private static final Pattern BARE_LINE = Pattern.compile("^(?:" + BARE + ")$");
    private static final Pattern LABELLED = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:sagsnr|sags\\.\\s?nr|sagsnummer|sags\\s?id|sags-id|sag\\s+nr|sagnr)\\.?\\s*:?\\s*([0-9A-ZÆØÅ][0-9A-ZÆØÅa-zæøå./\\-]*[0-9A-ZÆØÅ])");

    private CaseNumbers() {
    }

    /** The case number a line labels ("Sagsnr.: 24/12345  Dok.nr.: …") or is. */
    static Optional<String> in(String line) {
        Matcher m = LABELLED.matcher(line);
        if (m.find() && m.group(1).chars().anyMatch(Character::isDigit)) {
            return Optional.of(m.group(1));
        }
        String t = line.strip();
        if (BARE_LINE.matcher(t).matches()) {
            return Optional.of(t);
        }
        return Optional.empty();
    }
}
