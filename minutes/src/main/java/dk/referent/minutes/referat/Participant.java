package dk.referent.minutes.referat;

/** A member named in the minutes; {@code absent} when marked "(Fravær)", "Afbud:", "Fraværende:" and the like. */
public record Participant(String name, boolean absent) {
}
