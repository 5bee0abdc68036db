package dk.referent.scheduler.plan;

import static dk.referent.scheduler.plan.FollowUpBuilder.EVIDENCE;
import static dk.referent.scheduler.plan.FollowUpBuilder.followUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReminderPlannerTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    /** Where the test follow-ups come from, as the messages end. */
    private static final String SOURCE = " — Direktionen 29. april 2024, punkt 3 (sag 24-001234)";

    private final ReminderPlanner planner = new ReminderPlanner(WorkingDays.danish(), LeadTimes.defaults(), COPENHAGEN);

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private List<PlannedReminder> plan(PlannableFollowUp f, String from, String to) {
        return planner.plan(f, List.of(), date(from), date(to));
    }

    /** "lead fire-date" per reminder, in the planner's order. */
    private static List<String> fired(List<PlannedReminder> reminders) {
        return reminders.stream().map(r -> r.lead() + " " + r.fireAt().toLocalDate()).toList();
    }

    private static List<LocalDate> occurrences(List<PlannedReminder> reminders) {
        return reminders.stream().map(PlannedReminder::occurrence).toList();
    }

    private static List<LocalDate> dates(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.split(" ")).map(LocalDate::parse).toList();
    }

    @Nested
    class Deadline {

        private final PlannableFollowUp may13 = followUp("deadline").date(date("2024-05-13")).build();

        @Test
        void remindsSevenWorkingDaysBeforeOneWorkingDayBeforeAndOnTheDay() {
            assertEquals(List.of("7wd 2024-05-01", "1wd 2024-05-10", "day 2024-05-13"),
                    fired(plan(may13, "2024-04-29", "2024-05-31")));
        }

        @Test
        void everyReminderIsAboutTheDeadlineDate() {
            assertEquals(List.of(date("2024-05-13"), date("2024-05-13"), date("2024-05-13")),
                    occurrences(plan(may13, "2024-04-29", "2024-05-31")));
        }

        @Test
        void theMessagesSayHowFarAwayTheDeadlineIs() {
            assertEquals(List.of(
                    "Frist om 7 arbejdsdage (mandag 13. maj 2024): " + EVIDENCE + SOURCE,
                    "Frist i morgen (mandag 13. maj 2024): " + EVIDENCE + SOURCE,
                    "Frist i dag (mandag 13. maj 2024): " + EVIDENCE + SOURCE),
                    plan(may13, "2024-04-29", "2024-05-31").stream().map(PlannedReminder::text).toList());
        }

        @Test
        void aDeadlineOnASundayIsRemindedOnTheFridayBeforeOnceNotTwice() {
            PlannableFollowUp sunday = followUp("deadline").date(date("2024-05-12")).build();

            List<PlannedReminder> reminders = plan(sunday, "2024-04-29", "2024-05-31");

            assertEquals(List.of("7wd 2024-05-01", "day 2024-05-10"), fired(reminders));
            assertEquals("Frist inden næste arbejdsdag (søndag 12. maj 2024): " + EVIDENCE + SOURCE,
                    reminders.get(1).text());
        }

        @Test
        void leadsLandingOnTheSameDayKeepTheOneClosestToTheDeadline() {
            ReminderPlanner sameLeads = new ReminderPlanner(WorkingDays.danish(),
                    new LeadTimes(1, 1, 1, 10, 5, LocalTime.of(9, 0)), COPENHAGEN);
            ReminderPlanner zeroSecondLead = new ReminderPlanner(WorkingDays.danish(),
                    new LeadTimes(7, 0, 1, 10, 5, LocalTime.of(9, 0)), COPENHAGEN);

            assertEquals(List.of("1wd 2024-05-10", "day 2024-05-13"),
                    fired(sameLeads.plan(may13, List.of(), date("2024-04-29"), date("2024-05-31"))));
            assertEquals(List.of("7wd 2024-05-01", "day 2024-05-13"),
                    fired(zeroSecondLead.plan(may13, List.of(), date("2024-04-29"), date("2024-05-31"))));
        }

        @Test
        void theTimeOfTheDeadlineIsInTheMessage() {
            PlannableFollowUp atNoon = followUp("deadline").date(date("2024-05-13")).time(LocalTime.NOON).build();

            assertEquals("Frist i dag (mandag 13. maj 2024 kl. 12.00): " + EVIDENCE + SOURCE,
                    plan(atNoon, "2024-05-13", "2024-05-13").get(0).text());
        }

        @Test
        void aDeadlineWithoutADateIsRefusedNamingTheFollowUp() {
            PlannableFollowUp undated = followUp("deadline").build();

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> plan(undated, "2024-04-29", "2024-05-31"));
            assertTrue(e.getMessage().contains("42"), e.getMessage());
        }
    }

    @Nested
    class Event {

        @Test
        void remindsOneWorkingDayBeforeTheStart() {
            PlannableFollowUp tuesday = followUp("event").date(date("2024-05-14")).time(LocalTime.of(14, 0)).build();

            List<PlannedReminder> reminders = plan(tuesday, "2024-04-29", "2024-05-31");

            assertEquals(List.of("1wd 2024-05-13"), fired(reminders));
            assertEquals(date("2024-05-14"), reminders.get(0).occurrence());
            assertEquals("Begivenhed i morgen (tirsdag 14. maj 2024 kl. 14.00): " + EVIDENCE + SOURCE,
                    reminders.get(0).text());
        }

        @Test
        void anEventAfterAHolidayIsRemindedTheWorkingDayBeforeTheHoliday() {
            PlannableFollowUp friday = followUp("event").date(date("2024-05-10")).build();

            assertEquals(List.of("1wd 2024-05-08"), fired(plan(friday, "2024-04-29", "2024-05-31")));
        }

        @Test
        void aLongerLeadIsCountedInWorkingDays() {
            ReminderPlanner threeDays = new ReminderPlanner(WorkingDays.danish(),
                    new LeadTimes(7, 1, 3, 10, 5, LocalTime.of(9, 0)), COPENHAGEN);
            PlannableFollowUp tuesday = followUp("event").date(date("2024-05-14")).build();

            List<PlannedReminder> reminders = threeDays.plan(tuesday, List.of(), date("2024-04-29"), date("2024-05-31"));

            assertEquals(List.of("3wd 2024-05-08"), fired(reminders));
            assertEquals("Begivenhed om 3 arbejdsdage (tirsdag 14. maj 2024): " + EVIDENCE + SOURCE,
                    reminders.get(0).text());
        }
    }

    @Nested
    class Recurring {

        @Test
        void everySixMonthsFromNovember2021GivesTheOccurrencesInTheWindowTenWorkingDaysAhead() {
            PlannableFollowUp halfYearly = followUp("recurring").rrule("FREQ=MONTHLY;INTERVAL=6")
                    .date(date("2021-11-01")).decidedOn(date("2021-10-25")).build();

            List<PlannedReminder> reminders = plan(halfYearly, "2024-01-01", "2024-12-31");

            assertEquals(List.of("10wd 2024-04-17", "10wd 2024-10-18"), fired(reminders));
            assertEquals(dates("2024-05-01 2024-11-01"), occurrences(reminders));
        }

        @Test
        void theLastDayOfTheYearIsRemindedTenWorkingDaysAheadSkippingChristmas() {
            PlannableFollowUp yearEnd = followUp("recurring").rrule("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31")
                    .decidedOn(date("2024-05-13")).build();

            List<PlannedReminder> reminders = plan(yearEnd, "2024-05-13", "2024-12-31");

            assertEquals(List.of("10wd 2024-12-13"), fired(reminders));
            assertEquals("Tilbagevendende opgave, hvert år den 31. december (tirsdag 31. december 2024) om 10 arbejdsdage: " + EVIDENCE
                    + " — Direktionen 13. maj 2024, punkt 3 (sag 24-001234)", reminders.get(0).text());
        }

        @Test
        void configuredDaysOffAroundNewYearMoveTheReminderEarlier() {
            ReminderPlanner withChristmasEve = new ReminderPlanner(
                    new WorkingDays(Set.of(ExtraDayOff.JULEAFTEN, ExtraDayOff.NYTAARSAFTENSDAG)), LeadTimes.defaults(),
                    COPENHAGEN);
            PlannableFollowUp yearEnd = followUp("recurring").rrule("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31")
                    .decidedOn(date("2024-05-13")).build();

            assertEquals(List.of("10wd 2024-12-12"),
                    fired(withChristmasEve.plan(yearEnd, List.of(), date("2024-05-13"), date("2024-12-31"))));
        }

        @ParameterizedTest(name = "{0} from {1}")
        @CsvSource(delimiter = '|', value = {
            "FREQ=MONTHLY;BYDAY=1MO     |            |2024-04-29|2024-09-30|2024-06-03 2024-07-01 2024-08-05 2024-09-02 2024-10-07",
            "FREQ=MONTHLY;BYDAY=-1MO    |            |2024-04-29|2024-09-30|2024-05-27 2024-06-24 2024-07-29 2024-08-26 2024-09-30",
            "FREQ=WEEKLY;INTERVAL=2     |2024-09-02  |2024-09-01|2024-09-30|2024-09-16 2024-09-30 2024-10-14",
            "FREQ=YEARLY;UNTIL=20261231 |2024-06-03  |2024-04-29|2030-12-31|2024-06-03 2025-06-03 2026-06-03",
        })
        void rulesAsTheMinutesStateThemExpandToTheOccurrencesRemindedOfInTheWindow(
                String rule, LocalDate start, LocalDate from, LocalDate to, String expected) {
            PlannableFollowUp series = followUp("recurring").rrule(rule).date(start).decidedOn(date("2024-04-29")).build();

            assertEquals(dates(expected), occurrences(planner.plan(series, List.of(), from, to)));
        }

        @Test
        void theStartDateIsAnOccurrenceWhenTheRuleProducesIt() {
            PlannableFollowUp halfYearly = followUp("recurring").rrule("FREQ=MONTHLY;INTERVAL=6")
                    .date(date("2021-11-01")).decidedOn(date("2021-10-01")).build();

            List<PlannedReminder> reminders = plan(halfYearly, "2021-10-01", "2021-10-31");

            assertEquals(List.of("10wd 2021-10-18"), fired(reminders));
            assertEquals(dates("2021-11-01"), occurrences(reminders));
        }

        @Test
        void theStartDateIsNoOccurrenceWhenTheRuleDoesNotProduceIt() {
            PlannableFollowUp yearEnd = followUp("recurring").rrule("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31")
                    .date(date("2024-06-03")).build();

            assertEquals(List.of(), plan(yearEnd, "2024-04-29", "2024-11-30"));
        }

        @Test
        void aSeriesStartedDecadesAgoStillHasRemindersInTheWindow() {
            PlannableFollowUp weekly = followUp("recurring").rrule("FREQ=WEEKLY").date(date("2000-01-03"))
                    .decidedOn(date("1999-12-01")).build();

            assertEquals(dates("2040-01-16 2040-01-23"), occurrences(plan(weekly, "2040-01-02", "2040-01-09")));
        }

        @Test
        void anEndlessDailyRuleOverAHugeWindowStopsAtTheIterationLimit() {
            PlannableFollowUp daily = followUp("recurring").rrule("FREQ=DAILY").date(date("2024-05-01")).build();

            List<PlannedReminder> reminders = plan(daily, "2024-05-01", "2999-12-31");

            LocalDate thousandthOccurrence = date("2024-05-01").plusDays(ReminderPlanner.MAX_OCCURRENCES - 1);
            assertEquals(thousandthOccurrence, reminders.get(reminders.size() - 1).occurrence());
        }

        @Test
        void eachReminderIsIdentifiedByFollowUpOccurrenceAndLead() {
            PlannableFollowUp daily = followUp("recurring").rrule("FREQ=DAILY").date(date("2024-05-01")).build();

            List<PlannedReminder> reminders = plan(daily, "2024-05-01", "2024-06-30");
            Set<List<Object>> keys = new HashSet<>();
            reminders.forEach(r -> keys.add(List.of(r.followUpId(), r.occurrence(), r.lead())));

            assertEquals(reminders.size(), keys.size());
        }

        @ParameterizedTest
        @ValueSource(strings = {"hver sjette måned", "FREQ=MONTHLY;FOO=1", "FREQ=SOMETIMES", "RRULE:FREQ=MONTHLY"})
        void aRuleThatDoesNotParseIsRefusedNamingTheFollowUpAndTheRule(String rule) {
            PlannableFollowUp broken = followUp("recurring").rrule(rule).date(date("2024-05-01")).build();

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> plan(broken, "2024-05-01", "2024-12-31"));
            assertTrue(e.getMessage().contains("follow-up 42"), e.getMessage());
            assertTrue(e.getMessage().contains(rule), e.getMessage());
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = " ")
        void aRecurringFollowUpWithoutARuleIsRefused(String rule) {
            PlannableFollowUp ruleless = followUp("recurring").rrule(rule).date(date("2024-05-01")).build();

            assertThrows(IllegalArgumentException.class, () -> plan(ruleless, "2024-05-01", "2024-12-31"));
        }
    }

    @Nested
    class AfterMeeting {

        private final PlannableFollowUp afterKb = followUp("after_meeting").body("Kommunalbestyrelsen").build();

        @Test
        void remindsTheWorkingDayAfterEachMeetingOfTheOtherBody() {
            List<PlannedReminder> reminders = planner.plan(afterKb,
                    dates("2024-06-07 2024-05-08 2024-06-25"), date("2024-04-29"), date("2024-12-31"));

            assertEquals(List.of("after 2024-05-10", "after 2024-06-10", "after 2024-06-26"), fired(reminders));
            assertEquals(dates("2024-05-08 2024-06-07 2024-06-25"), occurrences(reminders));
        }

        @Test
        void theMessageNamesTheOtherBodysMeeting() {
            List<PlannedReminder> reminders = planner.plan(afterKb, dates("2024-06-07"), date("2024-04-29"),
                    date("2024-12-31"));

            assertEquals("Opfølgning efter Kommunalbestyrelsens møde 7. juni 2024: " + EVIDENCE + SOURCE,
                    reminders.get(0).text());
        }

        @Test
        void withoutANamedBodyTheDecidingBodysOwnMeetingsCount() {
            PlannableFollowUp afterNextMeeting = followUp("after_meeting").build();

            assertEquals("Direktionen", afterNextMeeting.calendarBody());
            assertTrue(planner.plan(afterNextMeeting, dates("2024-05-06"), date("2024-04-29"), date("2024-12-31"))
                    .get(0).text().startsWith("Opfølgning efter Direktionens møde 6. maj 2024: "));
        }

        @Test
        void meetingsBeforeTheDecisionAreNotFollowedUp() {
            assertEquals(List.of("after 2024-05-07"), fired(planner.plan(afterKb,
                    dates("2024-04-22 2024-05-06"), date("2024-01-01"), date("2024-12-31"))));
        }

        @Test
        void withoutMeetingsThereAreNoReminders() {
            assertEquals(List.of(), planner.plan(afterKb, List.of(), date("2024-04-29"), date("2024-12-31")));
        }
    }

    @Nested
    class Action {

        @Test
        void aDatedActionIsRemindedFiveWorkingDaysBeforeItsDueDate() {
            PlannableFollowUp due = followUp("action").date(date("2024-05-13")).build();

            List<PlannedReminder> reminders = plan(due, "2024-04-29", "2024-05-31");

            assertEquals(List.of("5wd 2024-05-03"), fired(reminders));
            assertEquals(date("2024-05-13"), reminders.get(0).occurrence());
            assertEquals("Opgave med frist mandag 13. maj 2024: " + EVIDENCE + SOURCE, reminders.get(0).text());
        }

        @Test
        void anUndatedActionIsNudgedOnTheFirstWorkingDayOfEveryWeekMovingOffAHolidayMonday() {
            PlannableFollowUp open = followUp("action").decidedOn(date("2024-03-21")).build();

            assertEquals(List.of("weekly 2024-03-25", "weekly 2024-04-02", "weekly 2024-04-08", "weekly 2024-04-15",
                    "weekly 2024-04-22", "weekly 2024-04-29"), fired(plan(open, "2024-03-01", "2024-04-30")));
        }

        @Test
        void aWeeklyNudgeIsAboutTheDayItFires() {
            PlannableFollowUp open = followUp("action").decidedOn(date("2024-03-21")).build();

            List<PlannedReminder> reminders = plan(open, "2024-04-01", "2024-04-07");

            assertEquals(dates("2024-04-02"), occurrences(reminders));
            assertEquals("Påmindelse om åben opgave: " + EVIDENCE
                    + " — Direktionen 21. marts 2024, punkt 3 (sag 24-001234)", reminders.get(0).text());
        }

        @Test
        void nudgingStartsTheWeekAfterTheDecisionEvenWhenDecidedOnAMonday() {
            PlannableFollowUp open = followUp("action").decidedOn(date("2024-04-08")).build();

            assertEquals(List.of("weekly 2024-04-15", "weekly 2024-04-22"), fired(plan(open, "2024-04-01", "2024-04-28")));
        }

        @Test
        void aWindowStartingMidWeekHasNoNudgeFromEarlierThatWeek() {
            PlannableFollowUp open = followUp("action").decidedOn(date("2024-03-21")).build();

            assertEquals(List.of("weekly 2024-04-08"), fired(plan(open, "2024-04-03", "2024-04-12")));
        }
    }

    @Nested
    class Snooze {

        @Test
        void holdsBackEarlierRemindersAndRemindsOnTheNextWorkingDayFromTheSnoozeDate() {
            PlannableFollowUp snoozed = followUp("deadline").date(date("2024-05-13"))
                    .snoozedUntil(date("2024-05-04")).build();

            List<PlannedReminder> reminders = plan(snoozed, "2024-04-29", "2024-05-31");

            assertEquals(List.of("snooze 2024-05-06", "1wd 2024-05-10", "day 2024-05-13"), fired(reminders));
            assertEquals(date("2024-05-06"), reminders.get(0).occurrence());
            assertEquals("Udsat påmindelse: " + EVIDENCE + SOURCE, reminders.get(0).text());
        }

        @Test
        void theSnoozeReminderOnlyComesWhenItFiresInTheWindow() {
            PlannableFollowUp snoozed = followUp("deadline").date(date("2024-05-13"))
                    .snoozedUntil(date("2024-05-04")).build();

            assertEquals(List.of("1wd 2024-05-10", "day 2024-05-13"), fired(plan(snoozed, "2024-05-07", "2024-05-31")));
        }

        @Test
        void weeklyNudgesPauseUntilTheSnoozeDate() {
            PlannableFollowUp snoozed = followUp("action").decidedOn(date("2024-03-21"))
                    .snoozedUntil(date("2024-04-17")).build();

            assertEquals(List.of("snooze 2024-04-17", "weekly 2024-04-22"), fired(plan(snoozed, "2024-03-01", "2024-04-28")));
        }

        @Test
        void aSnoozeEndingOnADayWithAReminderAddsNoSecondOne() {
            PlannableFollowUp snoozed = followUp("deadline").date(date("2024-05-13"))
                    .snoozedUntil(date("2024-05-11")).build();
            assertEquals(List.of("day 2024-05-13"), fired(plan(snoozed, "2024-04-29", "2024-05-31")));
        }

    }

    @Nested
    class Window {

        private final PlannableFollowUp may13 = followUp("deadline").date(date("2024-05-13")).build();

        @Test
        void includesBothEnds() {
            assertEquals(List.of("7wd 2024-05-01", "1wd 2024-05-10"), fired(plan(may13, "2024-05-01", "2024-05-10")));
        }

        @Test
        void aReminderCannotPrecedeTheDecision() {
            PlannableFollowUp decidedLate = followUp("deadline").date(date("2024-05-13")).decidedOn(date("2024-05-06"))
                    .build();
            PlannableFollowUp decidedOnTheDay = followUp("deadline").date(date("2024-05-13"))
                    .decidedOn(date("2024-05-01")).build();

            assertEquals(List.of("1wd 2024-05-10", "day 2024-05-13"), fired(plan(decidedLate, "2024-04-01", "2024-05-31")));
            assertEquals(List.of("7wd 2024-05-01", "1wd 2024-05-10", "day 2024-05-13"),
                    fired(plan(decidedOnTheDay, "2024-04-01", "2024-05-31")));
        }

        @Test
        void aWindowEndingBeforeItStartsIsRefused() {
            assertThrows(IllegalArgumentException.class, () -> plan(may13, "2024-05-31", "2024-05-01"));
        }

        @Test
        void planningTwiceGivesTheSameReminders() {
            assertEquals(plan(may13, "2024-04-29", "2024-05-31"), plan(may13, "2024-04-29", "2024-05-31"));
        }

        @Test
        void anUnknownKindIsRefused() {
            PlannableFollowUp odd = followUp("someday").date(date("2024-05-13")).build();

            assertThrows(IllegalArgumentException.class, () -> plan(odd, "2024-04-29", "2024-05-31"));
        }
    }

    @Nested
    class FireTime {

        private final ZoneRules rules = COPENHAGEN.getRules();
        private final ZoneOffsetTransition spring = rules.nextTransition(Instant.parse("2024-01-01T00:00:00Z"));
        private final ZoneOffsetTransition autumn = rules.nextTransition(spring.getInstant());

        private PlannedReminder dayReminderOn(LocalDate deadline) {
            PlannableFollowUp f = followUp("deadline").date(deadline).decidedOn(date("2024-01-02")).build();
            return planner.plan(f, List.of(), deadline, deadline).get(0);
        }

        @Test
        void theTransitionsOf2024AreTheOnesThisTestIsAbout() {
            assertEquals(date("2024-03-31"), spring.getDateTimeBefore().toLocalDate());
            assertEquals(date("2024-10-27"), autumn.getDateTimeBefore().toLocalDate());
        }

        @Test
        void remindersFireAtNineLocalTimeOnBothSidesOfTheSpringTransition() {
            LocalDate sunday = spring.getDateTimeBefore().toLocalDate();
            PlannedReminder before = dayReminderOn(WorkingDays.danish().minus(sunday, 0));
            PlannedReminder after = dayReminderOn(WorkingDays.danish().nextAfter(sunday));

            assertEquals(LocalTime.of(9, 0), before.fireAt().toLocalTime());
            assertEquals(LocalTime.of(9, 0), after.fireAt().toLocalTime());
            assertEquals(ZoneOffset.ofHours(1), before.fireAt().getOffset());
            assertEquals(ZoneOffset.ofHours(2), after.fireAt().getOffset());
        }

        @Test
        void remindersFireAtNineLocalTimeOnBothSidesOfTheAutumnTransition() {
            LocalDate sunday = autumn.getDateTimeBefore().toLocalDate();
            PlannedReminder before = dayReminderOn(WorkingDays.danish().minus(sunday, 0));
            PlannedReminder after = dayReminderOn(WorkingDays.danish().nextAfter(sunday));

            assertEquals(LocalTime.of(9, 0), before.fireAt().toLocalTime());
            assertEquals(LocalTime.of(9, 0), after.fireAt().toLocalTime());
            assertEquals(ZoneOffset.ofHours(2), before.fireAt().getOffset());
            assertEquals(ZoneOffset.ofHours(1), after.fireAt().getOffset());
        }

        @Test
        void theConfiguredTimeOfDayIsUsed() {
            ReminderPlanner early = new ReminderPlanner(WorkingDays.danish(),
                    new LeadTimes(7, 1, 1, 10, 5, LocalTime.of(7, 30)), COPENHAGEN);
            PlannableFollowUp f = followUp("deadline").date(date("2024-05-13")).build();

            assertEquals(LocalTime.of(7, 30),
                    early.plan(f, List.of(), date("2024-05-13"), date("2024-05-13")).get(0).fireAt().toLocalTime());
        }
    }

    @Nested
    class Target {

        @Test
        void theOwnerGetsTheReminder() {
            PlannableFollowUp owned = followUp("deadline").date(date("2024-05-13")).owner("Team Ejendomme").build();

            assertEquals("Team Ejendomme", plan(owned, "2024-05-13", "2024-05-13").get(0).target());
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void withoutAnOwnerTheFollowUpChannelGetsIt(String owner) {
            PlannableFollowUp unowned = followUp("deadline").date(date("2024-05-13")).owner(owner).build();

            assertEquals(PlannedReminder.FOLLOW_UP_CHANNEL, plan(unowned, "2024-05-13", "2024-05-13").get(0).target());
        }

        @Test
        void theReminderCarriesTheFollowUpsIdAndKind() {
            PlannedReminder r = plan(followUp("deadline").date(date("2024-05-13")).build(), "2024-05-13", "2024-05-13")
                    .get(0);

            assertEquals(42, r.followUpId());
            assertEquals("deadline", r.kind());
        }
    }

    @Nested
    class Text {

        private String dayText(PlannableFollowUp f) {
            return plan(f, "2024-05-13", "2024-05-13").get(0).text();
        }

        @Test
        void withoutACaseNumberTheSourceEndsAtTheItem() {
            PlannableFollowUp caseless = followUp("deadline").date(date("2024-05-13")).itemCase(null).build();

            assertTrue(dayText(caseless).endsWith(" — Direktionen 29. april 2024, punkt 3"), dayText(caseless));
        }

        @Test
        void theEvidenceIsPutOnOneLine() {
            PlannableFollowUp multiline = followUp("deadline").date(date("2024-05-13"))
                    .evidence("  Direktionen\n  godkendte\u00a0indstillingen,\t\r\nmed  frist. ").build();

            assertEquals("Frist i dag (mandag 13. maj 2024): Direktionen godkendte indstillingen, med frist." + SOURCE,
                    dayText(multiline));
        }

        @Test
        void longEvidenceIsCutAtTwoHundredCharacters() {
            PlannableFollowUp wordy = followUp("deadline").date(date("2024-05-13")).evidence("x".repeat(500)).build();

            String text = dayText(wordy);
            String evidence = text.substring(text.indexOf(": ") + 2, text.indexOf(" — "));
            assertEquals(200, evidence.length());
            assertTrue(evidence.endsWith("x…"), evidence);
        }

        @Test
        void evidenceOfExactlyTwoHundredCharactersIsKept() {
            PlannableFollowUp fits = followUp("deadline").date(date("2024-05-13")).evidence("y".repeat(200)).build();

            assertTrue(dayText(fits).contains("y".repeat(200) + " — "));
            assertFalse(dayText(fits).contains("…"));
        }
    }

    @Test
    void noReminderOfAnyKindFallsOnAWeekendOrAPublicHoliday() {
        WorkingDays days = WorkingDays.danish();
        List<LocalDate> meetings = date("2024-01-01").datesUntil(date("2027-01-01"), java.time.Period.ofDays(5)).toList();
        for (LocalDate d = date("2024-01-15"); d.isBefore(date("2026-12-31")); d = d.plusDays(3)) {
            List<PlannableFollowUp> kinds = List.of(
                    followUp("deadline").date(d).decidedOn(date("2024-01-01")).build(),
                    followUp("event").date(d).decidedOn(date("2024-01-01")).build(),
                    followUp("action").date(d).decidedOn(date("2024-01-01")).build(),
                    followUp("recurring").rrule("FREQ=MONTHLY").date(d).decidedOn(date("2024-01-01")).build(),
                    followUp("after_meeting").body("Kommunalbestyrelsen").decidedOn(date("2024-01-01")).build());
            for (PlannableFollowUp f : kinds) {
                for (PlannedReminder r : planner.plan(f, meetings, d.minusDays(20), d.plusDays(40))) {
                    assertTrue(days.isWorkingDay(r.fireAt().toLocalDate()), r.kind() + " " + r.lead() + " on " + r.fireAt());
                    assertEquals(java.time.LocalTime.of(9, 0), r.fireAt().toLocalTime());
                }
            }
        }
    }
}
