package dk.referent.minutes.referat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A meeting of a body (Direktionen, Økonomiudvalget, …). Time and place may be unknown (null). */
public record Meeting(String body, LocalDate date, LocalTime time, String place, List<Participant> participants) {
    public Meeting {
        participants = List.copyOf(participants);
    }
}
