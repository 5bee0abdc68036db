package dk.referent.scheduler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingCalendarFileTest {

    private static List<LocalDate> dates(String... iso) {
        return Arrays.stream(iso).map(LocalDate::parse).toList();
    }

    /** An iCalendar file with CRLF line ends, as calendar systems export it. */
    private static String ics(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    @Nested
    class PlainText {

        @Test
        void readsOneIsoDatePerLineSortedWithoutRepeats() throws CalendarFormatException {
            String text = """
                    # Kommunalbestyrelsen 2024
                    2024-06-25

                    2024-05-28
                      2024-08-27\s
                    2024-05-28
                    """;

            assertEquals(dates("2024-05-28", "2024-06-25", "2024-08-27"), MeetingCalendarFile.parse("møder.txt", text));
        }

        @Test
        void acceptsWindowsLineEndsAndAByteOrderMark() throws CalendarFormatException {
            assertEquals(dates("2024-05-28", "2024-06-25"),
                    MeetingCalendarFile.parse("møder.txt", "\uFEFF2024-05-28\r\n2024-06-25\r\n"));
        }

        @Test
        void saysWhichLineIsNotADate() {
            CalendarFormatException e = assertThrows(CalendarFormatException.class,
                    () -> MeetingCalendarFile.parse("møder.txt", "# 2024\n2024-05-28\n2024-13-01\n"));

            assertEquals("møder.txt, linje 3: »2024-13-01« er ikke en dato (ÅÅÅÅ-MM-DD)", e.getMessage());
            assertEquals(3, e.line());
        }

        @ParameterizedTest
        @ValueSource(strings = {"28. maj 2024", "28-05-2024", "2024-5-28", "2024-02-30", "2024-05-28 kl. 14"})
        void onlyCompleteValidIsoDatesAreAccepted(String line) {
            CalendarFormatException e = assertThrows(CalendarFormatException.class,
                    () -> MeetingCalendarFile.parse("møder.txt", "2024-05-01\n" + line + "\n"));

            assertEquals("møder.txt, linje 2: »" + line + "« er ikke en dato (ÅÅÅÅ-MM-DD)", e.getMessage());
        }

        @Test
        void aVeryLongLineIsShortenedInTheMessage() {
            CalendarFormatException e = assertThrows(CalendarFormatException.class,
                    () -> MeetingCalendarFile.parse("møder.txt", "z".repeat(5000)));

            assertEquals("møder.txt, linje 1: »" + "z".repeat(59) + "…« er ikke en dato (ÅÅÅÅ-MM-DD)", e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "\n\n", "# ingen møder endnu\n"})
        void aFileWithoutDatesIsRefused(String text) {
            CalendarFormatException e = assertThrows(CalendarFormatException.class,
                    () -> MeetingCalendarFile.parse("møder.txt", text));

            assertEquals("møder.txt: ingen mødedatoer fundet", e.getMessage());
            assertEquals(0, e.line());
        }
    }

    @Nested
    class ICalendar {

        @Test
        void readsTheStartDateOfEachEventInEachForm() throws CalendarFormatException {
            String text = ics(
                    "BEGIN:VCALENDAR",
                    "VERSION:2.0",
                    "PRODID:-//Kommune//Mødekalender//DA",
                    "BEGIN:VEVENT",
                    "SUMMARY:Kommunalbestyrelsen",
                    "DTSTART;VALUE=DATE:20240528",
                    "END:VEVENT",
                    "BEGIN:VEVENT",
                    "DTSTART:20240625T170000",
                    "END:VEVENT",
                    "BEGIN:VEVENT",
                    "DTSTART;TZID=Europe/Copenhagen:20240827T170000",
                    "END:VEVENT",
                    "END:VCALENDAR");

            assertEquals(dates("2024-05-28", "2024-06-25", "2024-08-27"), MeetingCalendarFile.parse("kb.ics", text));
        }

        @ParameterizedTest(name = "{0} is {1} in Copenhagen")
        @CsvSource({
            "20240513T220000Z,2024-05-14",
            "20240513T215959Z,2024-05-13",
            "20241215T230000Z,2024-12-16",
            "20241215T225959Z,2024-12-15",
        })
        void aUtcStartIsTheDateInDanishTime(String utc, LocalDate expected) throws CalendarFormatException {
            String text = ics("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART:" + utc, "END:VEVENT", "END:VCALENDAR");

            assertEquals(List.of(expected), MeetingCalendarFile.parse("kb.ics", text));
        }

        @Test
        void aStartInAnotherZoneIsConvertedToDanishTime() throws CalendarFormatException {
            String text = ics("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;TZID=America/New_York:20240513T200000",
                    "END:VEVENT", "END:VCALENDAR");

            assertEquals(dates("2024-05-14"), MeetingCalendarFile.parse("kb.ics", text));
        }

        @Test
        void aZoneNameJavaDoesNotKnowIsTakenAsLocalTime() throws CalendarFormatException {
            String text = ics("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;TZID=\"Romance Standard Time\":20240513T233000",
                    "END:VEVENT", "END:VCALENDAR");

            assertEquals(dates("2024-05-13"), MeetingCalendarFile.parse("kb.ics", text));
        }

        @Test
        void foldedLinesAreUnfolded() throws CalendarFormatException {
            String text = ics(
                    "BEGIN:VCALENDAR",
                    "BEGIN:VEVENT",
                    "SUMMARY:Kommunalbestyrelsen\\, ordinært møde med en meget lang beskrivelse der",
                    "  foldes over flere linjer",
                    "DTSTART;TZID=Europe/Copen",
                    " hagen:202405",
                    "\t28T170000",
                    "END:VEVENT",
                    "END:VCALENDAR");

            assertEquals(dates("2024-05-28"), MeetingCalendarFile.parse("kb.ics", text));
        }

        @Test
        void cancelledMeetingsAreSkipped() throws CalendarFormatException {
            String text = ics(
                    "BEGIN:VCALENDAR",
                    "BEGIN:VEVENT",
                    "DTSTART;VALUE=DATE:20240528",
                    "STATUS:CANCELLED",
                    "END:VEVENT",
                    "BEGIN:VEVENT",
                    "DTSTART;VALUE=DATE:20240625",
                    "STATUS:CONFIRMED",
                    "END:VEVENT",
                    "END:VCALENDAR");

            assertEquals(dates("2024-06-25"), MeetingCalendarFile.parse("kb.ics", text));
        }

        @Test
        void startDatesOfTimeZoneDefinitionsAndAlarmsAreNotMeetings() throws CalendarFormatException {
            String text = ics(
                    "BEGIN:VCALENDAR",
                    "BEGIN:VTIMEZONE",
                    "TZID:Europe/Copenhagen",
                    "BEGIN:STANDARD",
                    "DTSTART:19701025T030000",
                    "TZOFFSETFROM:+0200",
                    "TZOFFSETTO:+0100",
                    "END:STANDARD",
                    "END:VTIMEZONE",
                    "BEGIN:VEVENT",
                    "DTSTART;TZID=Europe/Copenhagen:20240625T170000",
                    "BEGIN:VALARM",
                    "TRIGGER:-PT15M",
                    "ACTION:DISPLAY",
                    "STATUS:CANCELLED",
                    "END:VALARM",
                    "END:VEVENT",
                    "END:VCALENDAR");

            assertEquals(dates("2024-06-25"), MeetingCalendarFile.parse("kb.ics", text));
        }

        @Test
        void unixLineEndsAndLowerCaseNamesAreAccepted() throws CalendarFormatException {
            String text = "begin:vcalendar\nbegin:vevent\ndtstart;value=date:20240528\nend:vevent\nend:vcalendar\n";

            assertEquals(dates("2024-05-28"), MeetingCalendarFile.parse("kb.ics", text));
        }

        @Test
        void anUnreadableStartSaysWhichLineCountingFoldedLines() {
            String text = ics(
                    "BEGIN:VCALENDAR",
                    "BEGIN:VEVENT",
                    "SUMMARY:Kommunalbestyrelsen",
                    "  fortsat",
                    "DTSTART;VALUE=DATE:20240528",
                    "END:VEVENT",
                    "BEGIN:VEVENT",
                    "DTSTART:2024-06-25",
                    "END:VEVENT",
                    "END:VCALENDAR");

            CalendarFormatException e = assertThrows(CalendarFormatException.class,
                    () -> MeetingCalendarFile.parse("kb.ics", text));

            assertEquals("kb.ics, linje 8: »2024-06-25« er ikke en dato eller et tidspunkt (DTSTART)", e.getMessage());
            assertEquals(8, e.line());
        }

        @Test
        void anImpossibleDateIsRefused() {
            String text = ics("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20240230", "END:VEVENT",
                    "END:VCALENDAR");

            CalendarFormatException e = assertThrows(CalendarFormatException.class,
                    () -> MeetingCalendarFile.parse("kb.ics", text));

            assertEquals("kb.ics, linje 3: »20240230« er ikke en dato eller et tidspunkt (DTSTART)", e.getMessage());
        }

        @Test
        void anEventWithoutAStartIsRefusedAtItsBeginLine() {
            String text = ics("BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:Møde", "END:VEVENT", "END:VCALENDAR");

            CalendarFormatException e = assertThrows(CalendarFormatException.class,
                    () -> MeetingCalendarFile.parse("kb.ics", text));

            assertEquals("kb.ics, linje 2: mødet har ingen startdato (DTSTART mangler)", e.getMessage());
        }

        @Test
        void aRecurringMeetingSeriesIsRefusedRatherThanReadAsOneMeeting() {
            String text = ics("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20240528",
                    "RRULE:FREQ=MONTHLY;BYDAY=-1TU", "END:VEVENT", "END:VCALENDAR");

            CalendarFormatException e = assertThrows(CalendarFormatException.class,
                    () -> MeetingCalendarFile.parse("kb.ics", text));

            assertEquals(4, e.line());
        }

        @Test
        void aTruncatedFileIsRefused() {
            String text = ics("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20240528");

            CalendarFormatException e = assertThrows(CalendarFormatException.class,
                    () -> MeetingCalendarFile.parse("kb.ics", text));

            assertEquals("kb.ics, linje 2: BEGIN:VEVENT afsluttes ikke (END:VEVENT mangler)", e.getMessage());
        }

        @Test
        void anEndWithoutItsBeginIsRefused() {
            String text = ics("BEGIN:VCALENDAR", "END:VEVENT", "END:VCALENDAR");

            CalendarFormatException e = assertThrows(CalendarFormatException.class,
                    () -> MeetingCalendarFile.parse("kb.ics", text));

            assertEquals("kb.ics, linje 2: END:VEVENT uden BEGIN:VEVENT", e.getMessage());
        }

        @Test
        void aCalendarWithOnlyCancelledMeetingsHasNoDates() {
            String text = ics("BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20240528", "STATUS:CANCELLED",
                    "END:VEVENT", "END:VCALENDAR");

            CalendarFormatException e = assertThrows(CalendarFormatException.class,
                    () -> MeetingCalendarFile.parse("kb.ics", text));

            assertEquals("kb.ics: ingen mødedatoer fundet", e.getMessage());
        }
    }
}
