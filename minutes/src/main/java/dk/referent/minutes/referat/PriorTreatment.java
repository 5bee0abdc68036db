package dk.referent.minutes.referat;

import java.time.LocalDate;

/**
 * Another treatment of the same item quoted in the minutes, e.g. "Direktionens møde den 25. oktober 2021:"
 * or "Økonomiudvalget, 18. september 2019, pkt. 153: Anbefales." with its own text.
 */
public record PriorTreatment(String body, LocalDate date, String text) {
}
