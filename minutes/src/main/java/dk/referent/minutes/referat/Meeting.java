package dk.referent.minutes.referat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting of a body (Direktionen, Økonomiudvalget, …). Its start and end time and place may be unknown (null).
 * {@code timeSeparator} and {@code endSeparator} are how its minutes write the start and the end ("kl. 17:00",
 * "Mødet hævet kl. 18.10" in one referat): answers quote the times as the reader will find them in the minutes.
 */
public record Meeting(String body, LocalDate date, LocalTime time, LocalTime end, String place, List<Participant> participants,
                      char timeSeparator, char endSeparator) {
    public Meeting {
        participants = List.copyOf(participants);
        for (char c : new char[] {timeSeparator, endSeparator}) {
            if (c != '.' && c != ':') {
                throw new IllegalArgumentException("a time of day is written with '.' or ':', not '" + c + "'");
            }
        }
    }

    public Meeting(String body, LocalDate date, LocalTime time, LocalTime end, String place, List<Participant> participants) {
        this(body, date, time, end, place, participants, ':', ':');
    }

    /** A meeting whose end the minutes do not state. */
    public Meeting(String body, LocalDate date, LocalTime time, String place, List<Participant> participants) {
        this(body, date, time, null, place, participants);
    }

    /** {@code time} as the minutes write a time of day: "18.10" and "9.30" (Danish orthography), or "18:10" and "09:30". */
    public static String written(LocalTime time, char separator) {
        return String.format(separator == '.' ? "%d%c%02d" : "%02d%c%02d", time.getHour(), separator, time.getMinute());
    }

    /**
     * How {@code text} writes the time of day {@code t}: '.' where it first appears as "18.10" (or "9.30"), ':' where
     * as "18:10", and where it does not appear with its minutes (a bare "kl. 17") or is unknown.
     */
    public static char separatorIn(String text, LocalTime t) {
        if (t == null) {
            return ':';
        }
        String minutes = String.format("%02d", t.getMinute());
        int colon = Math.min(firstAt(text, written(t, ':')), firstAt(text, t.getHour() + ":" + minutes));
        int period = Math.min(firstAt(text, String.format("%02d.%s", t.getHour(), minutes)), firstAt(text, written(t, '.')));
        return period < colon ? '.' : ':';
    }

    /** Where {@code time} first stands on its own in {@code text} (not inside a longer number: "2018.10.05"). */
    private static int firstAt(String text, String time) {
        for (int at = text.indexOf(time); at >= 0; at = text.indexOf(time, at + 1)) {
            int end = at + time.length();
            boolean before = at > 0 && (Character.isDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '.' || text.charAt(at - 1) == ':');
            boolean after = end < text.length() && (Character.isDigit(text.charAt(end))
                    || (text.charAt(end) == '.' || text.charAt(end) == ':') && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)));
            if (!before && !after) {
                return at;
            }
        }
        return Integer.MAX_VALUE;
    }
}
