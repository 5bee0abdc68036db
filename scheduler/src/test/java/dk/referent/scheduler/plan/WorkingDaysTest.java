package dk.referent.scheduler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {

    private final WorkingDays days = WorkingDays.danish();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class Holidays {

        @ParameterizedTest(name = "Easter {0} is {1}")
        @CsvSource({"2008,2008-03-23", "2019,2019-04-21", "2023,2023-04-09", "2024,2024-03-31", "2025,2025-04-20",
            "2026,2026-04-05", "2027,2027-03-28", "2038,2038-04-25", "2285,2285-03-22"})
        void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
            assertEquals(easter, WorkingDays.easterSunday(year));
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {
            "2023-01-01|Nytårsdag",
            "2023-04-06|Skærtorsdag",
            "2023-04-07|Langfredag",
            "2023-04-09|Påskedag",
            "2023-04-10|2. påskedag",
            "2023-05-05|Store bededag",
            "2023-05-18|Kristi himmelfartsdag",
            "2023-05-28|Pinsedag",
            "2023-05-29|2. pinsedag",
            "2023-12-25|Juledag",
            "2023-12-26|2. juledag",
            "2024-01-01|Nytårsdag",
            "2024-03-28|Skærtorsdag",
            "2024-03-29|Langfredag",
            "2024-03-31|Påskedag",
            "2024-04-01|2. påskedag",
            "2024-05-09|Kristi himmelfartsdag",
            "2024-05-19|Pinsedag",
            "2024-05-20|2. pinsedag",
            "2024-12-25|Juledag",
            "2024-12-26|2. juledag",
            "2025-04-17|Skærtorsdag",
            "2025-04-18|Langfredag",
            "2025-04-20|Påskedag",
            "2025-04-21|2. påskedag",
            "2025-05-29|Kristi himmelfartsdag",
            "2025-06-08|Pinsedag",
            "2025-06-09|2. pinsedag",
        })
        void publicHolidaysHaveTheirDanishNames(LocalDate d, String name) {
            assertEquals(Optional.of(name), days.holiday(d));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2023-04-06", "2023-05-05", "2024-01-01", "2024-04-01", "2024-05-09", "2024-12-26"})
        void publicHolidaysOnWeekdaysAreNotWorkingDays(LocalDate d) {
            assertFalse(days.isWorkingDay(d));
        }

        @Test
        void storeBededagIsAHolidayUpToAndIncluding2023() {
            assertEquals(Optional.of("Store bededag"), days.holiday(date("2022-05-13")));
            assertFalse(days.isWorkingDay(date("2023-05-05")));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2024-04-26", "2025-05-16"})
        void storeBededagIsAnOrdinaryWorkingDayFrom2024(LocalDate fourthFridayAfterEaster) {
            assertTrue(days.isWorkingDay(fourthFridayAfterEaster));
            assertEquals(Optional.empty(), days.holiday(fourthFridayAfterEaster));
        }

        @Test
        void ordinaryDaysAndWeekendsHaveNoHolidayName() {
            assertEquals(Optional.empty(), days.holiday(date("2024-05-13")));
            assertEquals(Optional.empty(), days.holiday(date("2024-05-11")));
        }

        @Test
        void holidaysFallingOnAWeekendStillHaveTheirName() {
            assertEquals(Optional.of("Juledag"), days.holiday(date("2022-12-25")));
        }
    }

    @Nested
    class ExtraDaysOff {

        private final WorkingDays withAll = new WorkingDays(EnumSet.allOf(ExtraDayOff.class));

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2024-06-05", "2024-12-24", "2024-12-31"})
        void areWorkingDaysUnlessConfigured(LocalDate d) {
            assertTrue(days.isWorkingDay(d));
            assertEquals(Optional.empty(), days.holiday(d));
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {"2024-06-05|Grundlovsdag", "2024-12-24|Juleaften", "2024-12-31|Nytårsaftensdag"})
        void areDaysOffWithTheirNameWhenConfigured(LocalDate d, String name) {
            assertFalse(withAll.isWorkingDay(d));
            assertEquals(Optional.of(name), withAll.holiday(d));
        }

        @Test
        void onlyTheConfiguredOnesAreDaysOff() {
            WorkingDays grundlovsdagOnly = new WorkingDays(Set.of(ExtraDayOff.GRUNDLOVSDAG));

            assertFalse(grundlovsdagOnly.isWorkingDay(date("2024-06-05")));
            assertTrue(grundlovsdagOnly.isWorkingDay(date("2024-12-24")));
        }

        @Test
        void changingTheSetAfterwardsChangesNothing() {
            Set<ExtraDayOff> configured = EnumSet.noneOf(ExtraDayOff.class);
            WorkingDays configuredDays = new WorkingDays(configured);
            configured.add(ExtraDayOff.JULEAFTEN);

            assertTrue(configuredDays.isWorkingDay(date("2024-12-24")));
        }
    }

    @Nested
    class Weekends {

        @ParameterizedTest
        @ValueSource(strings = {"2024-05-11", "2024-05-12"})
        void saturdayAndSundayAreNotWorkingDays(LocalDate d) {
            assertFalse(days.isWorkingDay(d));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2024-05-13", "2024-05-14", "2024-05-15", "2024-05-16", "2024-05-17"})
        void ordinaryWeekdaysAreWorkingDays(LocalDate d) {
            assertTrue(days.isWorkingDay(d));
        }
    }

    @Nested
    class Stepping {

        @Test
        void sevenWorkingDaysBeforeMonday13May2024IsWednesday1MaySkippingKristiHimmelfartsdag() {
            assertEquals(date("2024-05-01"), days.minus(date("2024-05-13"), 7));
        }

        @Test
        void oneWorkingDayBeforeMonday13May2024IsFriday10May() {
            assertEquals(date("2024-05-10"), days.minus(date("2024-05-13"), 1));
        }

        @Test
        void minusZeroIsOnOrBefore() {
            assertEquals(date("2024-05-13"), days.minus(date("2024-05-13"), 0));
            assertEquals(date("2024-05-10"), days.minus(date("2024-05-12"), 0));
        }

        @Test
        void minusFromANonWorkingDayCountsTheNearestWorkingDayBeforeItAsTheFirst() {
            assertEquals(date("2024-05-10"), days.minus(date("2024-05-12"), 1));
            assertEquals(date("2024-05-08"), days.minus(date("2024-05-12"), 2));
        }

        @Test
        void minusSkipsEasterAndChristmas() {
            assertEquals(date("2024-03-27"), days.minus(date("2024-04-02"), 1));
            assertEquals(date("2024-12-24"), days.minus(date("2024-12-27"), 1));
        }

        @Test
        void minusRefusesANegativeCount() {
            assertThrows(IllegalArgumentException.class, () -> days.minus(date("2024-05-13"), -1));
        }

        @ParameterizedTest(name = "{0}: on or before {1}, on or after {2}")
        @CsvSource({
            "2024-05-13,2024-05-13,2024-05-13",
            "2024-05-11,2024-05-10,2024-05-13",
            "2024-05-09,2024-05-08,2024-05-10",
            "2024-03-28,2024-03-27,2024-04-02",
            "2024-12-25,2024-12-24,2024-12-27",
        })
        void onOrBeforeAndOnOrAfterKeepAWorkingDayAndMoveOffOthers(LocalDate d, LocalDate before, LocalDate after) {
            assertEquals(before, days.onOrBefore(d));
            assertEquals(after, days.onOrAfter(d));
        }

        @ParameterizedTest(name = "after {0} comes {1}")
        @CsvSource({"2024-05-13,2024-05-14", "2024-05-10,2024-05-13", "2024-05-08,2024-05-10", "2024-05-17,2024-05-21"})
        void nextAfterIsTheFirstWorkingDayStrictlyAfter(LocalDate d, LocalDate next) {
            assertEquals(next, days.nextAfter(d));
        }

        @Test
        void nextAfterSkipsConfiguredDaysOff() {
            WorkingDays withJuleaften = new WorkingDays(Set.of(ExtraDayOff.JULEAFTEN));

            assertEquals(date("2024-12-24"), days.nextAfter(date("2024-12-23")));
            assertEquals(date("2024-12-27"), withJuleaften.nextAfter(date("2024-12-23")));
        }
    }
}
