package dk.referent.bot.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Danish readers expect them: "29. april 2024". */
final class DanishFormat {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));

    private DanishFormat() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
