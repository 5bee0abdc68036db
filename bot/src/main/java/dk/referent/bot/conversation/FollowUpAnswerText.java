package dk.referent.bot.conversation;

import dk.referent.minutes.question.Question.Language;
import dk.referent.minutes.question.Question;
import dk.referent.persistence.FollowUpStore.Row;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The answer to "hvilke frister har vi i juni?" / "hvad mangler Team Ejendomme?": the open follow-ups, the overdue first
 * (said so: »overskredet siden 3. marts 2023«), then soonest first — a recurring one by its next occurrence, with how
 * often it comes in words.
 */
public final class FollowUpAnswerText {

    private static final int SHOWN = 10;
    public static final Map<String, String> DANISH_KIND = Map.of("deadline", "frist", "event", "begivenhed", "recurring", "tilbagevendende",
            "action", "handling", "after_meeting", "efter møde");
    static final Map<String, String> ENGLISH_KIND = Map.of("deadline", "deadline", "event", "event", "recurring", "recurring",
            "action", "action", "after_meeting", "after a meeting");

    private FollowUpAnswerText() {
    }

    static String of(Question q, List<Row> rows, LocalDate today) {
        boolean en = q.language() == Language.ENGLISH;
        DateTimeFormatter dates = DanishFormat.dates(en);
        String scope = scope(q, en, dates);
        if (rows.isEmpty()) {
            return en ? "No open follow-ups" + scope + "." : "Ingen åbne opfølgninger" + scope + ".";
        }
        List<FollowUpToday> sorted = FollowUpToday.sorted(rows, today, FollowUpToday.OVERDUE_THEN_SOONEST);
        StringBuilder out = new StringBuilder(en ? "Open follow-ups" : "Åbne opfølgninger").append(scope).append(':');
        for (FollowUpToday f : sorted.subList(0, Math.min(SHOWN, sorted.size()))) {
            Row r = f.row();
            out.append("\n• #").append(r.id()).append(' ');
            String kind = (en ? ENGLISH_KIND : DANISH_KIND).getOrDefault(r.kind(), r.kind().replace('_', ' '));
            if (f.overdue()) {
                out.append(capitalised(f.overdueWords(en).orElseThrow())).append(" — ");
            } else if (f.recurring()) {
                f.nextWords(en).ifPresent(next -> out.append(capitalised(next)).append(" — "));
                kind = kind + ", " + f.recurrence(en);
            } else if (r.date() != null) {
                out.append(dates.format(r.date())).append(" — ");
            }
            out.append(capitalised(kind)).append(": ").append(DanishFormat.oneLine(r.evidence(), 160));
            if (r.owner() != null) {
                out.append(" (").append(r.owner()).append(')');
            }
            out.append(" — ").append(r.meetingBody()).append(", ").append(dates.format(r.meetingDate()))
                    .append(en ? ", item " : ", punkt ").append(r.itemNumber());
            if (r.itemCase() != null) {
                out.append(en ? " (case " : " (sag ").append(r.itemCase()).append(')');
            }
            if (r.status().equals("proposed")) {
                out.append(en ? " [not yet confirmed]" : " [endnu ikke bekræftet]");
            }
        }
        if (sorted.size() > SHOWN) {
            out.append('\n').append(en ? "… and " + (sorted.size() - SHOWN) + " more." : "… og " + (sorted.size() - SHOWN) + " flere.");
        }
        return out.toString();
    }

    /** The follow-ups the answer lists, in its order. */
    static List<Row> shown(List<Row> rows, LocalDate today) {
        List<FollowUpToday> sorted = FollowUpToday.sorted(rows, today, FollowUpToday.OVERDUE_THEN_SOONEST);
        return sorted.subList(0, Math.min(SHOWN, sorted.size())).stream().map(FollowUpToday::row).toList();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String scope(Question q, boolean en, DateTimeFormatter dates) {
        StringBuilder s = new StringBuilder();
        if (!q.subjectWords().isEmpty()) {
            s.append(en ? " for " : " for ").append(String.join(" ", q.subjectWords()));
        }
        if (q.from().isPresent() && q.to().isPresent()) {
            s.append(en ? " from " : " fra ").append(dates.format(q.from().get())).append(en ? " to " : " til ").append(dates.format(q.to().get()));
        }
        return s.toString();
    }
}
