package dk.referent.minutes.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.minutes.time.TemporalExpression.DateExpression;
import dk.referent.minutes.time.TemporalExpression.NextMeetingExpression;
import dk.referent.minutes.time.TemporalExpression.PeriodExpression;
import dk.referent.minutes.time.TemporalExpression.RecurrenceExpression;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One construction of the grammar per case, on sentences written for the test (reference date 2024-03-11). */
class DanishTemporalParserTest {

    private static final LocalDate REF = LocalDate.of(2024, 3, 11);
    private final DanishTemporalParser parser = new DanishTemporalParser();

    private List<TemporalExpression> find(String text) {
        return parser.find(text, REF);
    }

    private String only(String text) {
        List<TemporalExpression> found = find(text);
        assertEquals(1, found.size(), text + " → " + found);
        return describe(found.get(0));
    }

    private static String describe(TemporalExpression t) {
        String value;
        if (t instanceof DateExpression d) {
            value = d.date() + (d.time() == null ? "" : "T" + d.time());
        } else if (t instanceof PeriodExpression p) {
            value = p.from() + "/" + p.to() + (p.vague() == null ? "" : "~" + p.vague());
        } else if (t instanceof RecurrenceExpression r) {
            value = (r.rrule() == null ? "" : r.rrule())
                    + (r.per() == null ? "" : " per " + r.per().freq() + ":" + r.per().times() + ":" + r.per().min() + "-" + r.per().max());
        } else {
            value = String.valueOf(((NextMeetingExpression) t).body());
        }
        return t.kind() + " " + value + (t.deadline() ? " !" : "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // dates in the formats minutes use
        "Mødet holdes tirsdag den 9. april 2024 kl. 14.30|date 2024-04-09T14:30",
        "Temamødet er flyttet til 3. juni 2024.|date 2024-06-03",
        "Indkaldelsen udsendes d. 02.05.2024.|date 2024-05-02",
        "Referatet blev godkendt 27/2-24.|date 2024-02-27",
        "Tilbud skal afgives på 2024-04-15 kl. 12:00|date 2024-04-15T12:00 !",
        "Besigtigelse 18-apr-2024 klokken 10|date 2024-04-18T10:00",
        "Udvalget mødes igen kl. 16.|date 2024-03-11T16:00",
        // year-less days by tense
        "Byrådet godkendte planen den 12. december.|date 2023-12-12",
        "Høringsfristen er den 2. februar.|date 2025-02-02 !",
        "Ansøgninger skal være modtaget senest 20. marts.|date 2024-03-20 !",
        "Sagen blev senest drøftet den 4. marts 2024.|date 2024-03-04",
        "Svar skal sendes inden den 1. maj 2024.|date 2024-05-01 !",
        "Frist for tilbud: 20. januar 2025|date 2025-01-20 !",
        "Regnskabet skal indsendes senest pr. 1. juni 2024.|date 2024-06-01 !",
        "Fristen for indsendelse var den 1. marts.|date 2024-03-01 !",
        "Sagen forelægges Byrådet den 30. oktober.|date 2024-10-30",
        "Materialet skal være færdigt inden udgangen af april 2024.|date 2024-04-30 !",
        // periods
        "Arbejdet udføres i maj 2024.|period 2024-05-01/2024-05-31",
        "Ombygningen sker fra 1. juli til 15. august 2024.|period 2024-07-01/2024-08-15",
        "Festugen løber 6.-12. maj 2024.|period 2024-05-06/2024-05-12",
        "Kurset afholdes den 3., 4. og 5. september 2024.|period 2024-09-03/2024-09-05",
        "Planen gælder for 2025-2028.|period 2025-01-01/2028-12-31",
        "Evalueringen foreligger i 4. kvartal 2024.|period 2024-10-01/2024-12-31",
        "Byggeriet afsluttes i andet halvår 2025.|period 2025-07-01/2025-12-31",
        "Indsatsen starter i efteråret 2024.|period 2024-09-01/2024-11-30",
        "Skolerne holder lukket i uge 42.|period 2024-10-14/2024-10-20",
        "Kampagnen kører i uge 10-12 2025.|period 2025-03-03/2025-03-23",
        "Rapporten ventes medio juni.|period 2024-06-11/2024-06-20~medio",
        "Rammeaftalen genforhandles ultimo 2025.|period 2025-12-01/2025-12-31~ultimo",
        "Piloten kører i perioden 1.9.2024-31.1.2025.|period 2024-09-01/2025-01-31",
        "Mødesystemgruppen mødtes i okt 2016.|period 2016-10-01/2016-10-31",
        "Regnskabet for jan. 2025 foreligger.|period 2025-01-01/2025-01-31",
        // recurrences
        "Status gives to gange om året.|recurrence FREQ=MONTHLY;INTERVAL=6 per YEARLY:2:null-null",
        "Gruppen mødes hver anden uge.|recurrence FREQ=WEEKLY;INTERVAL=2",
        "Der afrapporteres hver tredje måned.|recurrence FREQ=MONTHLY;INTERVAL=3",
        "Udvalget holder møde den sidste torsdag i måneden.|recurrence FREQ=MONTHLY;BYDAY=-1TH",
        "Tallene opdateres ugentligt.|recurrence FREQ=WEEKLY",
        "Forum mødes 3-4 gange årligt.|recurrence  per YEARLY:null:3-4",
        "Netværket mødes seks gange om året.|recurrence FREQ=MONTHLY;INTERVAL=2 per YEARLY:6:null-null",
        "Borgmesteren holder spørgetid hver torsdag.|recurrence FREQ=WEEKLY;BYDAY=TH",
        "Lønsedler udsendes den 25. i hver måned.|recurrence FREQ=MONTHLY;BYMONTHDAY=25",
        "Budgettet skal hvert år senest 15. oktober vedtages.|recurrence FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=15 !",
        // next meeting
        "Punktet genoptages på næste byrådsmøde.|next_meeting Byrådet",
        "Direktøren orienterer på det kommende møde i Økonomiudvalget.|next_meeting Økonomiudvalget",
        "Sagen forelægges på næste KB-møde.|next_meeting Kommunalbestyrelsen",
        "Notatet skal foreligge inden behandlingen i Byrådet.|next_meeting Byrådet !",
    })
    void construction(String sentence, String expected) {
        assertEquals(expected.strip(), only(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sagsnr.: 24-004232 J.nr.: 85.02.00 Dokumentnr.: 24-114563",
        "Bevillingen er på 32.083 kr.",
        "jf. § 17, stk. 4, i styrelsesloven",
        "Ring på 72 36 40 00 for at booke",
        "Punkterne 8-11 behandles for lukkede døre",
        "Lokalplan 1.23 for boliger ved Havnen",
        "Der er 15-20 deltagere på hvert hold",
        "Skolen har 2. og 3. klasse i samme bygning",
        "Sag 24/11223 er afsluttet",
        "Adressen er Nørregade 12, 4400 Kalundborg",
        "Version v3.2.21 er installeret på alle pc'er",
        "Se afsnit 4.2.10 i rapporten",
        "Børnehuset på Maj Allé 12 udvides",
        "Kampagnen kører i uge 53 2024",
        "Udgifterne steg med 3,5 % i forhold til sidste år",
        "Gruppen tog en tur til Mar del Plata",
    })
    void notTemporal(String sentence) {
        assertEquals(List.of(), find(sentence), sentence);
    }

    @Test
    void severalExpressionsInOneSentenceComeInOrder() {
        List<TemporalExpression> found = find("Høringen løber fra 1. april til 30. april 2024, og status gives månedligt på næste direktionsmøde.");
        assertEquals(List.of("period", "recurrence", "next_meeting"), found.stream().map(TemporalExpression::kind).toList());
    }

    @Test
    void spansPointAtTheExpression() {
        String text = "Fristen er den 7. juni 2021 kl. 12.";
        TemporalExpression t = find(text).get(0);
        assertEquals("den 7. juni 2021 kl. 12", text.substring(t.span().start(), t.span().end()));
        assertTrue(t.deadline());
    }

    @Test
    void innenForIsNotADeadline() {
        assertFalse(find("Opgaven løses inden for rammen i 2025.").get(0).deadline());
    }
}
