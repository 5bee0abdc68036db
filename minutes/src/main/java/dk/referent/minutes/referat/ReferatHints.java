package dk.referent.minutes.referat;

import java.time.LocalDate;

/**
 * What the secretariat says about a referat beside its text: the body and the meeting date (either may be null).
 * Given values win over what the text says.
 */
public record ReferatHints(String body, LocalDate date) {

    public static final ReferatHints NONE = new ReferatHints(null, null);
}
