package dk.referent.bot.conversation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and excerpts as readers expect them: "29. april 2024" (or "29 April 2024" when asked in English). */
public final class DanishFormat {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private DanishFormat() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The date format of the answer's language. */
    static DateTimeFormatter dates(boolean english) {
        return english ? ENGLISH_DATE : DATE;
    }

    /** {@code text} on one line (whitespace collapsed), cut to {@code max} characters with "…". */
    public static String oneLine(String text, int max) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() > max ? one.substring(0, max - 1) + "…" : one;
    }

    /**
     * A published item after its "punkt N": its title, then for an open item its case and decision (cut to
     * {@code max}), for a closed one only that it is closed.
     */
    public static String publishedItem(String number, String title, String caseNumber, boolean closed, String decision, int max) {
        StringBuilder out = new StringBuilder().append(number).append(": ").append(title);
        if (closed) {
            return out.append(" — lukket punkt").toString();
        }
        if (caseNumber != null) {
            out.append(" (sag ").append(caseNumber).append(')');
        }
        if (decision != null) {
            out.append(" — ").append(oneLine(decision, max));
        }
        return out.toString();
    }
}
