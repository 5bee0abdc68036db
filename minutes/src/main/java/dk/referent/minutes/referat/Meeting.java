package dk.referent.minutes.referat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting of a body (Direktionen, Økonomiudvalget, …). Its start and end time and place may be unknown (null).
 */
public record Meeting(String body, LocalDate date, LocalTime time, LocalTime end, String place, List<Participant> participants) {
    public Meeting {
        participants = List.copyOf(participants);
    }

    /** A meeting whose end the minutes do not state. */
    public Meeting(String body, LocalDate date, LocalTime time, String place, List<Participant> participants) {
        this(body, date, time, null, place, participants);
    }
}
