package dk.referent.minutes.names;

import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case numbers (sagsnumre) as minutes print them: "24-005394", "21-046857K", "326-2021-16031", "24/12345",
 * "00.01.00-A00-3-24" and "00.01.00P35-0098" (KLE-keyed), "018520-2013", "EMN-2025-008308", "2015-000452".
 * The one home of the case-number pattern. "Sag nr. 129" is an item's number in some systems, not a case number.
 */
public final class CaseNumbers {

    /** A case number standing on its own. */
    public static final String BARE = "(?:\\d{2}-\\d{4,7}[A-ZÆØÅ]?|\\d{3}-\\d{4}-\\d{2,7}|\\d{2,4}/\\d{3,7}(?:-\\d+)?"
            + "|\\d{2}\\.\\d{2}\\.\\d{2}-?[A-ZÆØÅ]\\d{2}-\\d{1,6}(?:-\\d{2})?|\\d{4}-\\d{4,7}|\\d{6}-\\d{4}"
            + "|[A-ZÆØÅ]{2,4}-\\d{4}-\\d{4,7})";
    /** A line that is nothing but a case number, perhaps with a dangling separator ("25/19069 -"). */
    private static final Pattern BARE_LINE = Pattern.compile("^(" + BARE + ")(?:\\s*[-–])?$");
    /**
     * "Åbent - 00.22.00-G01-1-16", "Åbent - 00.01.00A04 - 2007/34364", "012497 - 2017/12299": a status, a KLE code or
     * a document number, then the case.
     */
    private static final Pattern STATUS_LINE = Pattern.compile(
            "(?iu)^(?:(?:åbent?|lukket)\\s*[-–]\\s*)?(?:(?:\\d{2}\\.\\d{2}\\.\\d{2}[A-ZÆØÅ]\\d{2}|\\d{5,7})\\s*[-–]\\s*)?(" + BARE + ")$");
    /** The words that label a case number: "Sagsnr.", "Sags. nr", "Sagsnummer", "Sags ID", "Sags-id", "Sagnr" (any case). */
    public static final String LABEL = "(?:sagsnr|sags\\.\\s?nr|sagsnummer|sags\\s?id|sags-id|sagnr)";
    private static final Pattern LABELLED = Pattern.compile(
            "(?iu)(?<![\\p{L}])" + LABEL + "\\.?\\s*:?\\s*([0-9A-ZÆØÅ][0-9A-ZÆØÅa-zæøå./\\-]*)");

    private CaseNumbers() {
    }

    private static final Pattern FIELD = Pattern.compile("(?iu)^(?:" + LABEL + "|j\\.\\s?nr|journalnr|dok\\.\\s?nr)\\.?\\s*:");

    /** A line that opens with a case field's label ("J.nr.: G00", "Sagsid.:"), its value perhaps lost in extraction. */
    public static boolean field(String line) {
        return FIELD.matcher(line).lookingAt();
    }

    /** The case number a line labels ("Sagsnr.: 24/12345  Dok.nr.: …") or is. */
    public static Optional<String> in(String line) {
        Matcher m = LABELLED.matcher(line);
        if (m.find()) {
            String value = m.group(1).replaceAll("[.,]+$", "");
            // digits lost in extraction leave "14/" or "Dok.nr": no case number
            boolean whole = !value.isEmpty() && Character.isLetterOrDigit(value.charAt(value.length() - 1))
                    && value.chars().filter(Character::isDigit).count() >= 3;
            return whole ? Optional.of(value) : Optional.empty();
        }
        Matcher status = STATUS_LINE.matcher(line.strip());
        if (status.matches()) {
            return Optional.of(status.group(1));
        }
        Matcher bare = BARE_LINE.matcher(line.strip());
        if (bare.matches()) {
            return Optional.of(bare.group(1));
        }
        return Optional.empty();
    }

    /** A case number written in running text, such as a question ("hvad blev besluttet i sag 24-011578?"). */
    private static final Pattern IN_TEXT = Pattern.compile("(?<![\\d/.\\-])(" + BARE + ")(?![\\d/])");
    private static final Pattern YEARS = Pattern.compile("(?:19|20)\\d{2}-(?:19|20)\\d{2}");

    /** The first case number in running text, with where it stands; a span of years ("2020-2021") is none. */
    public static Optional<MatchResult> inText(String text) {
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            if (!YEARS.matcher(m.group(1)).matches()) {
                return Optional.of(m.toMatchResult());
            }
        }
        return Optional.empty();
    }

    private static final String B = "(?<![\\p{L}\\d])";
    private static final String E = "(?![\\p{L}\\d])";
    /**
     * The hyphenated case numbers a date grammar would misread, for masking ("24-005394", "326-2021-16031",
     * "00.01.00-A00-3-24"). Narrower than {@link #BARE}: "2020-2021" and "03-2024" stay dates.
     */
    public static final String HYPHENATED_NOT_DATE = B + "\\d{2,4}-\\d{4}-\\d{2,}" + E + "|" + B + "\\d{2}-\\d{5,7}[A-Z]?" + E
            + "|" + B + "\\d{2}\\.\\d{2}\\.\\d{2}-[A-ZÆØÅ]\\d{2}-\\d+-\\d{2}" + E;
    /** The slashed case numbers a date grammar would misread, for masking ("24/12345", "2019/0456"). */
    public static final String SLASHED_NOT_DATE = B + "\\d{2,4}/\\d{3,}" + E;

    /** Whether the line is nothing but a case number. */
    public static boolean bare(String line) {
        return BARE_LINE.matcher(line.strip()).matches();
    }
}
