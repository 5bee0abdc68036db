package dk.referent.minutes.referat;

import dk.referent.minutes.followup.FollowUp;
import java.util.List;

/**
 * One agenda item (punkt). Text fields are null when the minutes do not have them — always so for the
 * content of a closed item, whose title alone is public.
 *
 * @param number            the item's key within its meeting: the printed number when the items carry distinct whole
 *                          numbers, else its position (1, 2, …)
 * @param label             the number as printed ("7", "01", "1.1"), null when the minutes print none
 * @param alternativeTitles other spellings of the title seen in the same minutes (table of contents)
 * @param route             the bodies that treat the item ("Behandling")
 * @param caseText          the case presentation ("Sagsfremstilling")
 * @param fullText          everything the item says, for search
 * @param followUps         deadlines, events, obligations and actions found in it (empty until extracted)
 */
public record AgendaItem(
        int number,
        String label,
        String title,
        List<String> alternativeTitles,
        String caseNumber,
        boolean closed,
        String decision,
        Outcome outcome,
        List<String> recommendations,
        List<String> route,
        List<PriorTreatment> prior,
        String economy,
        List<String> attachments,
        String resume,
        String caseText,
        String fullText,
        List<FollowUp> followUps) {

    public AgendaItem {
        alternativeTitles = List.copyOf(alternativeTitles);
        recommendations = List.copyOf(recommendations);
        route = List.copyOf(route);
        prior = List.copyOf(prior);
        attachments = List.copyOf(attachments);
        followUps = List.copyOf(followUps);
    }

    /** The punkt as the minutes print it ("1.1", "01"), or its number where they print none. */
    public String punkt() {
        return punkt(number, label);
    }

    /** The punkt of item {@code number} printed as {@code label} (null: none printed, the number stands). */
    public static String punkt(int number, String label) {
        return label == null || label.isBlank() ? String.valueOf(number) : label;
    }

    /** An item the minutes list by its title alone (a closed item, or one in a contents the text stops before). */
    public boolean titleOnly() {
        return fullText.equals(title);
    }

    /** The same item under another key within its meeting. */
    public AgendaItem withNumber(int key) {
        return new AgendaItem(key, label, title, alternativeTitles, caseNumber, closed, decision, outcome, recommendations, route,
                prior, economy, attachments, resume, caseText, fullText, followUps);
    }

    /** The same item with the follow-ups found in it. */
    public AgendaItem withFollowUps(List<FollowUp> found) {
        return new AgendaItem(number, label, title, alternativeTitles, caseNumber, closed, decision, outcome, recommendations, route,
                prior, economy, attachments, resume, caseText, fullText, found);
    }
}
