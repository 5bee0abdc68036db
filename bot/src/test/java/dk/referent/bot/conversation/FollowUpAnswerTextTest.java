package dk.referent.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.minutes.question.Question.Kind;
import dk.referent.minutes.question.Question.Language;
import dk.referent.minutes.question.Question;
import dk.referent.persistence.FollowUpStore.Row;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** »frister« / "deadlines": what a person reads about the open follow-ups, on a fixed day. */
class FollowUpAnswerTextTest {

    /** Monday 10 March 2025, 11:00 in Copenhagen. */
    private static final Clock MARCH_2025 = Clock.fixed(Instant.parse("2025-03-10T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final LocalDate TODAY = FollowUpToday.today(MARCH_2025);
    private static final Question FRISTER = question("frister", Language.DANISH);
    private static final Question DEADLINES = question("what deadlines do we have?", Language.ENGLISH);

    private static Question question(String text, Language language) {
        return new Question(text, Kind.FOLLOW_UPS, language, Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    private static Row deadline(long id, LocalDate date) {
        return new Row(id, "confirmed", "deadline", date, null, null, null, "Team Ejendomme", null,
                "Team Ejendomme indhenter tilbud senest " + date + ".", 0.9, "{\"source\": \"decision\"}", "Direktionen",
                LocalDate.of(2023, 2, 13), 4, "Renovering", "23-001234");
    }

    private static Row recurring(long id, String rrule, String details) {
        return new Row(id, "confirmed", "recurring", LocalDate.of(2023, 3, 13), null, null, rrule, null, null,
                "Direktionen ønsker status på sygefraværet to gange årligt.", 0.9, details, "Direktionen", LocalDate.of(2023, 3, 13), 2,
                "Sygefravær", null);
    }

    private static String lineOf(String answer, long id) {
        return answer.lines().filter(l -> l.startsWith("• #" + id + " ")).findFirst().orElseThrow(() -> new AssertionError(answer));
    }

    @Test
    void aDeadlineThatHasPassedIsSaidToBeOverdueSinceItsDate() {
        String answer = FollowUpAnswerText.of(FRISTER, List.of(deadline(7, LocalDate.of(2023, 3, 3))), TODAY);

        assertTrue(lineOf(answer, 7).startsWith("• #7 Overskredet siden 3. marts 2023 — Frist: "), answer);
    }

    @Test
    void theOverdueAreListedBeforeTheComingOnes() {
        List<Row> rows = List.of(deadline(1, LocalDate.of(2025, 3, 20)), deadline(2, LocalDate.of(2023, 3, 3)));

        String answer = FollowUpAnswerText.of(FRISTER, rows, TODAY);

        assertTrue(answer.indexOf("• #2 ") < answer.indexOf("• #1 "), answer);
        assertEquals(List.of(2L, 1L), FollowUpAnswerText.shown(rows, TODAY).stream().map(Row::id).toList(), "the buttons follow the same order");
    }

    @Test
    void aDeadlineDueTodayIsNotOverdue() {
        String answer = FollowUpAnswerText.of(FRISTER, List.of(deadline(3, TODAY)), TODAY);

        assertTrue(lineOf(answer, 3).startsWith("• #3 10. marts 2025 — Frist: "), answer);
        assertFalse(answer.contains("verskredet"), answer);
    }

    @Test
    void todayIsTheDayInCopenhagenNotInUtc() {
        // 23:30 UTC on 9 March is already 10 March in Copenhagen
        Clock lateEvening = Clock.fixed(Instant.parse("2025-03-09T23:30:00Z"), ZoneId.of("UTC"));

        String answer = FollowUpAnswerText.of(FRISTER, List.of(deadline(4, LocalDate.of(2025, 3, 9))), FollowUpToday.today(lateEvening));

        assertTrue(lineOf(answer, 4).contains("Overskredet siden 9. marts 2025"), answer);
    }

    @Test
    void aRecurringFollowUpSaysHowOftenInWordsAndWhenItIsNextDue() {
        String answer = FollowUpAnswerText.of(FRISTER, List.of(recurring(5, "FREQ=MONTHLY;INTERVAL=6", "{}")), TODAY);

        assertTrue(lineOf(answer, 5).startsWith("• #5 Næste gang 13. marts 2025 — Tilbagevendende, hvert halve år: "), answer);
        assertFalse(answer.contains("FREQ"), answer);
    }

    @Test
    void aRecurringFollowUpThatBeganLongAgoIsNotOverdue() {
        String answer = FollowUpAnswerText.of(FRISTER, List.of(recurring(5, "FREQ=MONTHLY;INTERVAL=6", "{}")), TODAY);

        assertFalse(answer.contains("verskredet"), answer);
    }

    @Test
    void aRecurringFollowUpIsOrderedByItsNextOccurrence() {
        List<Row> rows = List.of(deadline(1, LocalDate.of(2025, 3, 12)), recurring(5, "FREQ=MONTHLY;INTERVAL=6", "{}"),
                deadline(2, LocalDate.of(2025, 3, 14)));

        assertEquals(List.of(1L, 5L, 2L), FollowUpAnswerText.shown(rows, TODAY).stream().map(Row::id).toList());
    }

    @Test
    void aCountPerPeriodWithoutARuleIsSaidInWordsWithTheNextOccurrenceItsRemindersUse() {
        String answer = FollowUpAnswerText.of(FRISTER, List.of(recurring(6, null, "{\"per\": \"3-4/YEARLY\", \"source\": \"decision\"}")), TODAY);

        // reminders plan "3-4 times a year" every four months from the decision: 13 July 2023, 13 November 2023, …
        assertTrue(lineOf(answer, 6).startsWith("• #6 Næste gang 13. marts 2025 — Tilbagevendende, 3–4 gange om året: "), answer);
    }

    @Test
    void inEnglishOverdueAndRecurringAreSaidInEnglish() {
        List<Row> rows = List.of(deadline(7, LocalDate.of(2023, 3, 3)), recurring(5, "FREQ=WEEKLY;INTERVAL=2", "{}"));

        String answer = FollowUpAnswerText.of(DEADLINES, rows, TODAY);

        assertTrue(lineOf(answer, 7).startsWith("• #7 Overdue since 3 March 2023 — Deadline: "), answer);
        assertTrue(lineOf(answer, 5).startsWith("• #5 Next on 10 March 2025 — Recurring, every other week: "), answer);
    }
}
