package dk.referent.bot.conversation;

import dk.referent.minutes.question.Question.Language;
import dk.referent.minutes.question.Question;
import dk.referent.minutes.referat.Outcome;
import dk.referent.persistence.DecisionSearch.Hit;
import dk.referent.persistence.DecisionSearch.Treatment;
import dk.referent.persistence.DecisionSearch;
import java.util.List;

/** The answer as the bot would post it: the decision first, then where it stands; Danish, or English when asked in English. */
final class AnswerText {

    private static final int MORE = 3;
    private static final java.util.Map<String, String> ENGLISH_OUTCOMES = java.util.Map.of("godkendt", "approved",
            "godkendt_med_bemaerkning", "approved with a remark", "anbefales", "recommended", "taget_til_efterretning", "noted",
            "droeftet", "discussed", "udsat", "postponed", "afvist", "not approved");

    private AnswerText() {
    }

    /**
     * @param timeline the best hit's case over its meetings, oldest first (shown when it has more than one treatment)
     * @param nearby   titles close to the question, suggested when nothing answers
     */
    static String of(Question q, List<Hit> hits, boolean authorised, List<Treatment> timeline, List<String> nearby) {
        boolean en = q.language() == Language.ENGLISH;
        if (hits.isEmpty()) {
            String none = en ? "I found no decision about \"" + topic(q) + "\" in the minutes."
                    : "Jeg fandt ingen beslutning om »" + topic(q) + "« i referaterne.";
            return nearby.isEmpty() ? none : none + (en ? "\nRelated topics: " : "\nBeslægtede emner: ") + String.join("; ", nearby);
        }
        StringBuilder out = new StringBuilder();
        if (!DecisionSearch.answersWithin(q, hits.get(0))) {
            out.append(en ? "Nothing from that meeting or period; the closest decisions elsewhere:\n"
                    : "Intet fra det møde eller den periode; de nærmeste beslutninger andre steder:\n");
        }
        Hit best = hits.get(0);
        out.append(decision(best, en, authorised)).append('\n').append(citation(best, en));
        if (timeline.size() > 1) {
            out.append("\n\n").append(en ? "The case over time:" : "Sagens forløb:");
            for (Treatment t : timeline) {
                out.append("\n• ").append(t.body()).append(", ").append(DanishFormat.dates(en).format(t.date()));
                t.number().ifPresent(n -> out.append(en ? ", item " : ", punkt ").append(n));
                out.append(": ").append(t.text() != null ? excerpt(t.text(), 160)
                        : t.closed() ? (en ? "(closed)" : "(lukket)") : (en ? "(no decision recorded)" : "(ingen beslutning i referatet)"));
            }
        }
        if (hits.size() > 1) {
            out.append("\n\n").append(en ? "Also:" : "Se også:");
            for (Hit h : hits.subList(1, Math.min(hits.size(), 1 + MORE))) {
                out.append("\n• ").append(citation(h, en));
            }
        }
        return out.toString();
    }

    /**
     * "Hvornår blev X behandlet?": the meetings where the topic came up, oldest first — the items found and, for the
     * best one's case, the treatments its minutes quote.
     */
    static String whenTreated(Question q, List<Hit> hits, List<Treatment> timeline) {
        boolean en = q.language() == Language.ENGLISH;
        if (hits.isEmpty()) {
            return en ? "I found no meeting where \"" + topic(q) + "\" was treated." : "Jeg fandt intet møde, hvor »" + topic(q) + "« blev behandlet.";
        }
        java.util.TreeMap<String, String> meetings = new java.util.TreeMap<>();
        double best = hits.get(0).score();
        // the same topic, not everything the words touch: items scored near the best one
        for (Hit h : hits.stream().filter(h -> h.score() >= 0.85 * best).toList()) {
            meetings.putIfAbsent(h.date() + h.body(), "• " + h.body() + ", " + DanishFormat.dates(en).format(h.date())
                    + (en ? ", item " : ", punkt ") + h.punkt() + ": " + h.title());
        }
        for (Treatment t : timeline) {
            meetings.putIfAbsent(t.date() + t.body(), "• " + t.body() + ", " + DanishFormat.dates(en).format(t.date())
                    + t.number().map(n -> (en ? ", item " : ", punkt ") + n).orElse(""));
        }
        return (en ? "\"" + topic(q) + "\" was treated at:\n" : "»" + topic(q) + "« blev behandlet:\n") + String.join("\n", meetings.values());
    }

    private static String decision(Hit h, boolean en, boolean authorised) {
        if (h.closed() && h.decision() == null && !authorised) {
            return en ? "This is a closed item: only its title can be shown." : "Punktet er lukket: kun titlen kan vises.";
        }
        if (h.decision() == null) {
            return en ? "The minutes record no decision for this item." : "Referatet har ingen beslutning på punktet.";
        }
        return excerpt(h.decision(), 600);
    }

    private static String excerpt(String text, int max) {
        String t = text.replaceAll("[ \\t]+", " ").replaceAll("\\n{2,}", "\n").strip();
        return t.length() > max ? t.substring(0, max - 3) + "…" : t;
    }

    /** Where a hit stands: body, date, punkt, title, case and outcome, on one line. */
    static String citation(Hit h, boolean en) {
        StringBuilder c = new StringBuilder();
        c.append(h.body()).append(", ").append(DanishFormat.dates(en).format(h.date()))
                .append(en ? ", item " : ", punkt ").append(h.punkt()).append(": ").append(h.title());
        if (h.caseNumber() != null) {
            c.append(en ? " (case " : " (sag ").append(h.caseNumber()).append(')');
        }
        if (h.closed()) {
            c.append(en ? " — closed" : " — lukket");
        } else if (h.outcome() != null && !h.outcome().equals("other")) {
            c.append(" — ").append(en ? ENGLISH_OUTCOMES.get(h.outcome()) : Outcome.ofCode(h.outcome()).label());
        }
        return c.toString();
    }

    private static String topic(Question q) {
        return q.caseNumber().map(c -> "sag " + c).orElse(String.join(" ", q.words()));
    }
}
