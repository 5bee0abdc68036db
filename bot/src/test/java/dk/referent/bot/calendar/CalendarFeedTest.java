package dk.referent.bot.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.persistence.CalendarFeeds.Entry;
import dk.referent.persistence.CalendarFeeds.Meeting;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/** The feed's iCalendar text, parsed back and validated with ical4j. */
class CalendarFeedTest {

    private static final Instant CONFIRMED = Instant.parse("2024-04-23T07:00:00Z");
    private final CalendarFeed feed = CalendarFeed.withPlannerDefaults();

    /** A deadline on Monday 13 May 2024, from Direktionen's meeting of 22 April, punkt 3. */
    private static Entry deadline(String status, int revision, boolean closed) {
        return new Entry(7, status, "deadline", LocalDate.of(2024, 5, 13), null, null, null, null, "Team Ejendomme", null,
                "Fristen for høringssvar er mandag den 13. maj 2024.", "Direktionen", LocalDate.of(2024, 4, 22), 3,
                closed ? "Lukket: Salg af grund" : "Høring om ungeanalysen", "24-001234", closed, revision, CONFIRMED);
    }

    private static Entry recurring() {
        return new Entry(8, "confirmed", "recurring", LocalDate.of(2024, 6, 1), null, null, "FREQ=MONTHLY;INTERVAL=6", null,
                "Direktionen", null, "Status på et direktionsmøde to gange årligt.", "Direktionen", LocalDate.of(2024, 4, 22), 5,
                "Sygefravær", null, false, 1, CONFIRMED);
    }

    private static Entry event() {
        return new Entry(9, "confirmed", "event", LocalDate.of(2024, 9, 12), null, LocalTime.of(14, 0), null, null, null, null,
                "Temamøde den 12. september kl. 14.", "Kommunalbestyrelsen", LocalDate.of(2024, 4, 25), 2, "Temamøde om budget",
                null, false, 1, CONFIRMED);
    }

    private static Calendar parsedAndValid(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), () -> result + "\n" + ics);
        return calendar;
    }

    private static VEvent only(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals(uid)).findFirst().orElseThrow();
    }

    private static String value(VEvent e, String property) {
        return e.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void aDeadlineIsAnAllDayEventWithTheLeadTimesAsAlarms() throws Exception {
        String ics = feed.render("Referent – frister for Team Ejendomme", List.of(deadline("confirmed", 1, false)), List.of());
        Calendar calendar = parsedAndValid(ics);

        assertEquals("2.0", calendar.getProperty("VERSION").orElseThrow().getValue());
        assertEquals("Referent – frister for Team Ejendomme", calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        assertEquals(1, calendar.getComponents("VTIMEZONE").size());
        assertTrue(ics.contains("TZID:Europe/Copenhagen"), ics);
        VEvent e = only(calendar, "followup-7@referent");
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20240513"), ics);
        assertTrue(ics.contains("DTEND;VALUE=DATE:20240514"), ics);
        assertEquals("Frist: Høring om ungeanalysen", value(e, "SUMMARY"));
        assertEquals("CONFIRMED", value(e, "STATUS"));
        String description = value(e, "DESCRIPTION");
        assertTrue(description.contains("Direktionen, møde 22. april 2024, punkt 3, sag 24-001234"), description);
        assertTrue(description.contains("»Fristen for høringssvar er mandag den 13. maj 2024.«"), description);

        // 7 working days before Monday 13 May 2024 is Wednesday 1 May (Ascension Day, 9 May, is no working day), 1 is
        // Friday 10 May; 09:00 each
        List<Duration> triggers = e.<VAlarm>getComponents("VALARM").stream()
                .map(a -> (Duration) a.<Trigger>getProperty("TRIGGER").orElseThrow().getDuration()).sorted().toList();
        assertEquals(List.of(Duration.ofDays(-12).plusHours(9), Duration.ofDays(-3).plusHours(9), Duration.ofHours(9)), triggers);
        assertTrue(e.<VAlarm>getComponents("VALARM").stream().allMatch(a -> a.getAction().orElseThrow().getValue().equals("DISPLAY")));
    }

    @Test
    void aRecurringObligationHasItsRuleAndItsFrequencyInWords() throws Exception {
        Calendar calendar = parsedAndValid(feed.render("x", List.of(recurring()), List.of()));
        VEvent e = only(calendar, "followup-8@referent");
        assertEquals("FREQ=MONTHLY;INTERVAL=6", value(e, "RRULE"));
        assertEquals("Sygefravær (hvert halve år)", value(e, "SUMMARY"));
        assertFalse(value(e, "DESCRIPTION").contains("FREQ"), value(e, "DESCRIPTION"));
    }

    @Test
    void anEventWithATimeStartsThenInDanishTime() throws Exception {
        String ics = feed.render("x", List.of(event()), List.of());
        parsedAndValid(ics);
        assertTrue(ics.contains("DTSTART;TZID=Europe/Copenhagen:20240912T140000"), ics);
    }

    @Test
    void aDoneFollowUpIsCancelledWithAHigherSequence() throws Exception {
        VEvent before = only(parsedAndValid(feed.render("x", List.of(deadline("confirmed", 1, false)), List.of())), "followup-7@referent");
        VEvent after = only(parsedAndValid(feed.render("x", List.of(deadline("done", 2, false)), List.of())), "followup-7@referent");
        assertEquals("CANCELLED", value(after, "STATUS"));
        assertTrue(Integer.parseInt(value(after, "SEQUENCE")) > Integer.parseInt(value(before, "SEQUENCE")));
        assertTrue(after.getComponents("VALARM").isEmpty(), "no alarm for what is done");
    }

    @Test
    void aClosedItemsEventCarriesOnlyItsTitle() throws Exception {
        String ics = feed.render("x", List.of(deadline("confirmed", 1, true)), List.of());
        VEvent e = only(parsedAndValid(ics), "followup-7@referent");
        assertEquals("Frist: Lukket: Salg af grund", value(e, "SUMMARY"));
        assertEquals(null, value(e, "DESCRIPTION"));
        assertFalse(ics.contains("høringssvar"), ics);
        assertFalse(ics.contains("24-001234"), ics);
        assertFalse(ics.contains("Team Ejendomme"), ics);
    }

    @Test
    void aBodysMeetingIsAnAllDayEventAndUidsAreStable() throws Exception {
        List<Meeting> meetings = List.of(new Meeting("Økonomiudvalget", LocalDate.of(2024, 6, 4), CONFIRMED));
        List<Entry> entries = List.of(deadline("confirmed", 1, false), recurring(), event());
        String first = feed.render("Referent – Økonomiudvalget", entries, meetings);
        String again = feed.render("Referent – Økonomiudvalget", entries, meetings);
        assertEquals(first, again, "same rows, same bytes (so the same ETag)");
        Calendar calendar = parsedAndValid(first);
        VEvent meeting = only(calendar, "meeting-oekonomiudvalget-2024-06-04@referent");
        assertEquals("Møde i Økonomiudvalget", value(meeting, "SUMMARY"));
        assertTrue(first.contains("DTSTART;VALUE=DATE:20240604"), first);
        assertEquals(List.of("followup-7@referent", "followup-8@referent", "followup-9@referent",
                        "meeting-oekonomiudvalget-2024-06-04@referent"),
                calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().orElseThrow().getValue()).sorted()
                        .collect(Collectors.toList()));
    }

    @Test
    void anUndatedActionIsLeftOut() throws Exception {
        Entry undated = new Entry(10, "confirmed", "action", null, null, null, null, null, "Jette", null, "Jette skal deltage.",
                "Direktionen", LocalDate.of(2024, 4, 22), 4, "Rekruttering", null, false, 1, CONFIRMED);
        assertTrue(parsedAndValid(feed.render("x", List.of(undated), List.of())).getComponents("VEVENT").isEmpty());
    }
}
