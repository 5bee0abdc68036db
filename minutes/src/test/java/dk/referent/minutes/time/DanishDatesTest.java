package dk.referent.minutes.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DanishDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Mandag d. 29. april 2024 kl. 12:30|2024-04-29",
        "REFERAT Direktionen d. 29-04-2024|2024-04-29",
        "Niveau 2 ledermøde 9.12.2021|2021-12-09",
        "Mødedato: 05.12.22|2022-12-05",
        "fra 1/9-2023|2023-09-01",
        "15-maj-2002|2002-05-15",
        "Dato: 2024-09-16|2024-09-16",
        "den 3. maj 2021:|2021-05-03",
        "18. nov. 2024|2024-11-18",
        // web CMSs with an English locale in a Danish day-first pattern (sermersooq.gl), upper case, no dot after the day
        "9. January 2018 -|2018-01-09",
        "26. January 2021 -|2021-01-26",
        "ORDINÆRT MØDE Søndag DEN 08. September 2019 KL. 10:00|2019-09-08",
        "ORDINÆRT MØDE tirsdag den 26 november 2019 KL. 10:00|2019-11-26",
        "Kommunalbestyrelse 28. Februar 2019 kl. 10.00|2019-02-28",
    })
    void findsTheDate(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), DanishDates.firstDate(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"J.nr.: 00.01.10", "Sagsnr. 326-2021-16031", "32.083 kr. årligt", "31.12.", "tlf. 59 53 44 00"})
    void caseNumbersAmountsAndPartialDatesAreNotDates(String text) {
        assertTrue(DanishDates.firstDate(text).isEmpty(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"kl. 12:30|12:30", "kl. 16.00|16:00", "fra kl. 15|15:00", "Møde kl. 8.15 - 9.00|08:15"})
    void findsTheClockTime(String text, LocalTime expected) {
        assertEquals(Optional.of(expected), DanishDates.firstTime(text, false));
    }
}
