package dk.referent.minutes.referat;

import dk.referent.minutes.names.Bodies;
import dk.referent.minutes.time.DanishDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting as the approval of its own agenda names it: "Godkendelse af dagsorden for ØU den 22. oktober 2018",
 * "Godkendelse af åben dagsorden for KB den 1. december 2021", "Godkendelse af dagsorden for mødet den 7. november
 * 2022" (Stevns, Greve, Ringsted). Pages of one meeting that print no header still open with this item, and it states
 * the date and often the body. Read only where the header leaves the date unsaid or says the same date; only "for"
 * (the agenda <em>of</em> a meeting) and "til mødet" — a compound such as "dagsorden til byrådsmøde" may name another
 * body's meeting.
 */
final class AgendaApproval {

    /** What the approval says: the date, and the body when it names one rather than "mødet". */
    record Named(String body, LocalDate date) {
    }

    private static final Pattern APPROVAL = Pattern.compile(
            "(?iu)\\bgodkend\\p{L}*\\s+(?:af\\s+)?(?:den\\s+)?(?:åb(?:en|ne|ent)\\s+)?dagsorden(?:en)?\\s+(?:for\\s+(?:mødet|(\\p{L}[\\p{L}\\- ]{1,60}?))|til\\s+mødet)\\s+(?:den|d\\.)\\s+(?=\\d)");
    /** How far into the first item the approval may stand: its heading and the first of its sections. */
    private static final int LINES_READ = 12;

    private AgendaApproval() {
    }

    /** The meeting named by the first item's approval of the agenda, read from its heading and its opening lines. */
    static Optional<Named> of(List<Line> headingAndBody) {
        int read = 0;
        for (Line line : headingAndBody) {
            if (line.blank()) {
                continue;
            }
            if (read++ == LINES_READ) {
                break;
            }
            if (read > 1 && SectionLabel.of(line).filter(l -> l instanceof SectionLabel.Treatment).isPresent()) {
                break; // another body's treatment of the item, with a date of its own
            }
            Matcher m = APPROVAL.matcher(line.text());
            if (m.find()) {
                Optional<DanishDates.Found> date = DanishDates.find(line.text().substring(m.end()));
                if (date.isPresent() && date.get().start() == 0) {
                    return Optional.of(new Named(body(m.group(1)), date.get().date()));
                }
            }
        }
        return Optional.empty();
    }

    /** "ØU" → Økonomiudvalget, "Byrådet" as it is; null for words that are not a body's name. */
    private static String body(String named) {
        if (named == null) {
            return null;
        }
        String definite = Bodies.definite(named);
        return Bodies.isName(definite) ? Bodies.canonical(definite) : null;
    }
}
