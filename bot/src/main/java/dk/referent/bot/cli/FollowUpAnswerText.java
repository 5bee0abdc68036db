package dk.referent.bot.cli;

import dk.referent.minutes.question.Question;
import dk.referent.minutes.question.Question.Language;
import dk.referent.persistence.FollowUpStore.Row;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The answer to "hvilke frister har vi i juni?" / "hvad mangler Team Ejendomme?": the open follow-ups, soonest first. */
final class FollowUpAnswerText {

    private static final int SHOWN = 10;
    static final Map<String, String> DANISH_KIND = Map.of("deadline", "frist", "event", "begivenhed", "recurring", "tilbagevendende",
            "action", "handling", "after_meeting", "efter møde");

    private FollowUpAnswerText() {
    }

    static String of(Question q, List<Row> rows) {
        boolean en = q.language() == Language.ENGLISH;
        DateTimeFormatter dates = DanishFormat.dates(en);
        String scope = scope(q, en, dates);
        if (rows.isEmpty()) {
            return en ? "No open follow-ups" + scope + "." : "Ingen åbne opfølgninger" + scope + ".";
        }
        List<Row> sorted = soonestFirst(rows);
        StringBuilder out = new StringBuilder(en ? "Open follow-ups" : "Åbne opfølgninger").append(scope).append(':');
        for (Row r : shown(rows)) {
            out.append("\n• #").append(r.id()).append(' ');
            if (r.date() != null) {
                out.append(dates.format(r.date())).append(" — ");
            }
            String kind = en ? r.kind().replace('_', ' ') : DANISH_KIND.getOrDefault(r.kind(), r.kind());
            out.append(Character.toUpperCase(kind.charAt(0))).append(kind.substring(1)).append(": ").append(DanishFormat.oneLine(r.evidence(), 160));
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
    static List<Row> shown(List<Row> rows) {
        List<Row> sorted = soonestFirst(rows);
        return sorted.subList(0, Math.min(SHOWN, sorted.size()));
    }

    private static List<Row> soonestFirst(List<Row> rows) {
        return rows.stream().sorted(java.util.Comparator.comparing(Row::date, java.util.Comparator.nullsLast(
                java.util.Comparator.naturalOrder())).thenComparing(Row::id)).toList();
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
