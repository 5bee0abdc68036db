package dk.referent.minutes.followup;

/**
 * A follow-up found in an agenda item.
 *
 * @param owner      who is to act: a person, a role ("Arbejdsmarkedschefen"), a unit ("Team Ejendomme"); may be null
 * @param evidence   the sentence it came from
 * @param confidence how sure the extraction is, 0–1: an explicit deadline in the decision is near 1, an inference
 *                   from the case text about 0.5; the secretariat reviews the unsure ones first
 * @param source     where in the item it was found
 */
public record FollowUp(FollowUpKind kind, String owner, String evidence, double confidence, Source source) {

    /** Where in an item a follow-up was found, most authoritative first. */
    public enum Source {
        DECISION, TITLE, PRIOR_TREATMENT, RECOMMENDATION, CASE_TEXT;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
