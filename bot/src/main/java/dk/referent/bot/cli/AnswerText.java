package dk.referent.bot.cli;

import dk.referent.minutes.question.Question;
import dk.referent.minutes.question.Question.Language;
import dk.referent.minutes.referat.Outcome;
import dk.referent.persistence.DecisionSearch.Hit;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The answer as the bot would post it: the decision first, then where it stands; Danish, or English when asked in English. */
final class AnswerText {

    private static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final int MORE = 3;

    private AnswerText() {
    }

    static String of(Question q, List<Hit> hits, boolean authorised) {
        boolean en = q.language() == Language.ENGLISH;
        if (hits.isEmpty()) {
            return en ? "I found no decision about \"" + topic(q) + "\" in the minutes."
                    : "Jeg fandt ingen beslutning om »" + topic(q) + "« i referaterne.";
        }
        StringBuilder out = new StringBuilder();
        Hit best = hits.get(0);
        out.append(decision(best, en, authorised)).append('\n').append(citation(best, en));
        if (hits.size() > 1) {
            out.append("\n\n").append(en ? "Also:" : "Se også:");
            for (Hit h : hits.subList(1, Math.min(hits.size(), 1 + MORE))) {
                out.append("\n• ").append(citation(h, en));
            }
        }
        return out.toString();
    }

    private static String decision(Hit h, boolean en, boolean authorised) {
        if (h.closed() && h.decision() == null && !authorised) {
            return en ? "This is a closed item: only its title can be shown." : "Punktet er lukket: kun titlen kan vises.";
        }
        if (h.decision() == null) {
            return en ? "The minutes record no decision for this item." : "Referatet har ingen beslutning på punktet.";
        }
        String text = h.decision().replaceAll("[ \\t]+", " ").replaceAll("\\n{2,}", "\n").strip();
        return text.length() > 600 ? text.substring(0, 597) + "…" : text;
    }

    private static String citation(Hit h, boolean en) {
        StringBuilder c = new StringBuilder();
        c.append(h.body()).append(", ").append(en ? ENGLISH.format(h.date()) : DANISH.format(h.date()))
                .append(en ? ", item " : ", punkt ").append(h.number()).append(": ").append(h.title());
        if (h.caseNumber() != null) {
            c.append(en ? " (case " : " (sag ").append(h.caseNumber()).append(')');
        }
        if (h.closed()) {
            c.append(en ? " — closed" : " — lukket");
        } else if (h.outcome() != null && !h.outcome().equals("other")) {
            String label = Outcome.ofCode(h.outcome()).label();
            c.append(" — ").append(en ? label.toLowerCase(Locale.ROOT) : label);
        }
        return c.toString();
    }

    private static String topic(Question q) {
        return q.caseNumber().map(c -> "sag " + c).orElse(String.join(" ", q.words()));
    }
}
