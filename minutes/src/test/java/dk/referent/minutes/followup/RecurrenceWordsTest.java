package dk.referent.minutes.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.minutes.time.TemporalExpression;
import dk.referent.minutes.time.TemporalExpression.RecurrenceExpression;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecurrenceWordsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "FREQ=MONTHLY;INTERVAL=6                 | hvert halve år",
        "FREQ=WEEKLY;INTERVAL=2                  | hver anden uge",
        "FREQ=MONTHLY;BYDAY=-1TH                 | den sidste torsdag i måneden",
        "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=15    | hvert år den 15. oktober",
        "FREQ=MONTHLY;BYMONTHDAY=25              | den 25. i hver måned",
        "FREQ=DAILY                              | hver dag",
        "FREQ=DAILY;INTERVAL=3                   | hver tredje dag",
        "FREQ=WEEKLY                             | hver uge",
        "FREQ=WEEKLY;INTERVAL=3                  | hver tredje uge",
        "FREQ=WEEKLY;BYDAY=TH                    | hver torsdag",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO         | hver anden mandag",
        "FREQ=MONTHLY                            | hver måned",
        "FREQ=MONTHLY;INTERVAL=2                 | hver anden måned",
        "FREQ=MONTHLY;INTERVAL=3                 | hvert kvartal",
        "FREQ=MONTHLY;INTERVAL=4                 | hver fjerde måned",
        "FREQ=MONTHLY;INTERVAL=12                | hvert år",
        "FREQ=MONTHLY;BYDAY=1MO                  | den første mandag i måneden",
        "FREQ=MONTHLY;BYDAY=2WE                  | den anden onsdag i måneden",
        "FREQ=YEARLY                             | hvert år",
        "FREQ=YEARLY;INTERVAL=2                  | hvert andet år",
        "FREQ=YEARLY;INTERVAL=4                  | hvert fjerde år",
        "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31    | hvert år den 31. december",
        "FREQ=YEARLY;UNTIL=20261231              | hvert år til og med 2026",
        "RRULE:FREQ=WEEKLY;INTERVAL=2            | hver anden uge",
    })
    void aRuleIsSaidInDanish(String rrule, String words) {
        assertEquals(words, RecurrenceWords.danish(rrule, null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "FREQ=MONTHLY;INTERVAL=6                 | every six months",
        "FREQ=WEEKLY;INTERVAL=2                  | every other week",
        "FREQ=MONTHLY;BYDAY=-1TH                 | on the last Thursday of the month",
        "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=15    | every year on 15 October",
        "FREQ=MONTHLY;BYMONTHDAY=25              | on the 25th of every month",
        "FREQ=MONTHLY;BYMONTHDAY=1               | on the 1st of every month",
        "FREQ=MONTHLY;INTERVAL=3                 | every quarter",
        "FREQ=MONTHLY;INTERVAL=4                 | every 4 months",
        "FREQ=WEEKLY;BYDAY=FR                    | every Friday",
        "FREQ=MONTHLY;BYDAY=1MO                  | on the first Monday of the month",
        "FREQ=YEARLY                             | every year",
        "FREQ=YEARLY;UNTIL=20261231              | every year until the end of 2026",
    })
    void aRuleIsSaidInEnglish(String rrule, String words) {
        assertEquals(words, RecurrenceWords.english(rrule, null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "2/YEARLY   | to gange om året",
        "1/YEARLY   | en gang om året",
        "3-4/YEARLY | 3–4 gange om året",
        "2/MONTHLY  | to gange om måneden",
        "4-6/YEARLY | 4–6 gange om året",
    })
    void aCountPerPeriodIsSaidInDanishWhenThereIsNoRule(String per, String words) {
        assertEquals(words, RecurrenceWords.danish(null, per));
    }

    @Test
    void aCountPerPeriodIsSaidInEnglish() {
        assertEquals("twice a year", RecurrenceWords.english(null, "2/YEARLY"));
        assertEquals("3–4 times a year", RecurrenceWords.english(null, "3-4/YEARLY"));
    }

    @Test
    void theRuleWinsOverTheCountPerPeriod() {
        assertEquals("hvert halve år", RecurrenceWords.danish("FREQ=MONTHLY;INTERVAL=6", "2/YEARLY"));
    }

    @Test
    void aRuleWithPartsItDoesNotKnowFallsBackToTheCountPerPeriod() {
        assertEquals("to gange om året", RecurrenceWords.danish("FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO", "2/YEARLY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FREQ=SOMETIMES", "FREQ=MONTHLY;FOO=1", "hver sjette måned", "FREQ=MONTHLY;INTERVAL=", "FREQ=MONTHLY;INTERVAL=0",
        "FREQ=MONTHLY;BYDAY=", "FREQ=YEARLY;BYMONTH=13", "INTERVAL=2", ""})
    void anUnreadableRuleIsSaidVaguelyNeverAsNotation(String rrule) {
        String words = RecurrenceWords.danish(rrule, null);
        assertEquals("med faste mellemrum", words);
        assertFalse(words.contains("FREQ"), words);
    }

    @Test
    void noRuleAndNoCountIsSaidVaguelyInEnglish() {
        assertEquals("at regular intervals", RecurrenceWords.english(null, null));
    }

    /** The recurrences the temporal parser finds in Danish sentences, said back in words. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Status gives to gange om året.                         | hvert halve år",
        "Gruppen mødes hver anden uge.                          | hver anden uge",
        "Der afrapporteres hver tredje måned.                   | hvert kvartal",
        "Udvalget holder møde den sidste torsdag i måneden.     | den sidste torsdag i måneden",
        "Tallene opdateres ugentligt.                           | hver uge",
        "Forum mødes 3-4 gange årligt.                          | 3–4 gange om året",
        "Netværket mødes seks gange om året.                    | hver anden måned",
        "Borgmesteren holder spørgetid hver torsdag.            | hver torsdag",
        "Lønsedler udsendes den 25. i hver måned.               | den 25. i hver måned",
        "Budgettet skal hvert år senest 15. oktober vedtages.   | hvert år den 15. oktober",
        "Direktionen ønsker en halvårlig status.                | hvert halve år",
        "Der gives status kvartalsvis.                          | hvert kvartal",
        "Planen evalueres årligt.                               | hvert år",
        "Der holdes møde den første mandag i måneden.           | den første mandag i måneden",
    })
    void whatTheParserFindsIsSaidInDanish(String sentence, String words) {
        List<RecurrenceExpression> found = new DanishTemporalParser().find(sentence, LocalDate.of(2024, 3, 11)).stream()
                .filter(RecurrenceExpression.class::isInstance).map(RecurrenceExpression.class::cast).toList();
        assertEquals(1, found.size(), () -> sentence + ": " + found);
        RecurrenceExpression r = found.get(0);
        assertEquals(words, RecurrenceWords.danish(r.rrule(), per(r.per())));
    }

    /** The count per period as the follow-up stores it ("3-4/YEARLY"). */
    private static String per(TemporalExpression.Per per) {
        if (per == null) {
            return null;
        }
        return per.times() != null ? per.times() + "/" + per.freq() : per.min() + "-" + per.max() + "/" + per.freq();
    }
}
