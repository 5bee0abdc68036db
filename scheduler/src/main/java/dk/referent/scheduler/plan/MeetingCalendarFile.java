package dk.referent.scheduler.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A body's meeting calendar as the secretariat imports it: an iCalendar export (.ics) from the calendar system,
 * or a plain text file with one date (ÅÅÅÅ-MM-DD) a line, where blank lines and lines starting with # are
 * ignored. Only the dates matter: after_meeting reminders fire the working day after each meeting.
 */
public final class MeetingCalendarFile {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Enough of a rejected line to recognise it, without echoing a whole wrongly chosen file. */
    private static final int SHOWN = 60;

    private MeetingCalendarFile() {
    }

    /**
     * The meeting dates in the file, sorted and without repeats.
     *
     * @throws CalendarFormatException naming the file and line of the first thing that is not understood, or when
     *                                 the file holds no meeting dates at all
     */
    public static List<LocalDate> parse(String fileName, String text) throws CalendarFormatException {
        List<Line> lines = Line.split(text);
        List<LocalDate> dates = text.toUpperCase(Locale.ROOT).contains("BEGIN:VCALENDAR")
                ? IcsMeetingDates.read(fileName, lines)
                : plainDates(fileName, lines);
        if (dates.isEmpty()) {
            throw CalendarFormatException.in(fileName, "ingen mødedatoer fundet");
        }
        return dates.stream().distinct().sorted().toList();
    }

    private static List<LocalDate> plainDates(String fileName, List<Line> lines) throws CalendarFormatException {
        List<LocalDate> dates = new ArrayList<>();
        for (Line line : lines) {
            String value = line.text().strip();
            if (value.isEmpty() || value.startsWith("#")) {
                continue;
            }
            dates.add(isoDate(value).orElseThrow(() -> CalendarFormatException.at(fileName, line.number(),
                    "»" + shown(value) + "« er ikke en dato (ÅÅÅÅ-MM-DD)")));
        }
        return dates;
    }

    private static Optional<LocalDate> isoDate(String value) {
        if (!ISO_DATE.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String shown(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN - 1) + "…";
    }

    /** A line of the file with its 1-based number, for error messages. */
    record Line(int number, String text) {

        static List<Line> split(String text) {
            String[] raw = text.replaceFirst("^\uFEFF", "").split("\r\n|\r|\n", -1);
            List<Line> lines = new ArrayList<>(raw.length);
            for (int i = 0; i < raw.length; i++) {
                lines.add(new Line(i + 1, raw[i]));
            }
            return lines;
        }
    }
}
