package dk.referent.persistence;

import dk.referent.minutes.question.Question;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * "What was decided on X?": the agenda items that answer a question, best first, or none when nothing is
 * relevant enough. Each question word counts when the item's Danish search vector has it (stemmed, or as a
 * prefix for compounds), more when its title has it; trigram similarity of the words to the title catches
 * spelling slips. A closed item is found by its title only, unless the query is authorised.
 */
public final class DecisionSearch {

    /** An item that answers, with its citation. */
    public record Hit(String body, LocalDate date, int number, String title, String caseNumber, boolean closed,
                      String decision, String outcome, double score) {
    }

    /** Below this a match is a coincidence of common words, not an answer. */
    static final double THRESHOLD = 0.45;
    /** How many best-ranked items the full scoring looks at. */
    private static final int CANDIDATES = 200;

    private final Database database;

    public DecisionSearch(Database database) {
        this.database = database;
    }

    public List<Hit> search(Question question, boolean authorised, int limit) {
        DSLContext db = database.dsl();
        if (question.caseNumber().isPresent() && question.words().isEmpty()) {
            return byCase(db, question.caseNumber().get(), authorised, limit);
        }
        if (question.empty()) {
            return List.of();
        }
        String vector = authorised ? "i.search_authorised" : "i.search";
        List<String> all = new ArrayList<>(question.words());
        all.addAll(question.related());
        double[] rarity = rarity(db, vector, all);
        List<Field<Double>> wordScores = new ArrayList<>();
        double possible = 0;
        for (int w = 0; w < all.size(); w++) {
            boolean own = w < question.words().size();
            double weight = rarity[w] * (own ? 1.0 : 0.6);
            wordScores.add(wordScore(vector, all.get(w), weight));
            if (own) {
                possible += 2 * Math.max(rarity[w], 0.05);
            }
        }
        Param<String> words = DSL.val(String.join(" ", question.words()));
        Field<Double> coverage = DSL.field("({0}) / {1}", SQLDataType.DOUBLE,
                wordScores.stream().reduce((a, b) -> a.plus(b)).orElseThrow(), DSL.val(possible));
        Field<Double> similarity = DSL.field("word_similarity({0}, i.title || ' ' || array_to_string(i.alternative_titles, ' '))",
                SQLDataType.DOUBLE, words);
        Field<Double> score = DSL.field("least(1.0, {0}) * 0.75 + {1} * 0.35 + CASE WHEN i.case_number = {2} THEN 1 ELSE 0 END",
                SQLDataType.DOUBLE, coverage, similarity, DSL.val(question.caseNumber().orElse("")));
        // Stage one: candidates from the GIN indexes — the best-ranked items for any of the words, and titles
        // with a spelling slip; stage two scores only those.
        String combined = String.join(" || ", all.stream().map(w -> "plainto_tsquery('danish', ?) || to_tsquery('danish', quote_literal(lower(?)) || ':*')").toList());
        List<Object> candidateBinds = new ArrayList<>();
        for (String w : all) {
            candidateBinds.add(w);
            candidateBinds.add(w);
        }
        candidateBinds.add(String.join(" ", question.words()));
        String candidates = "i.id IN (SELECT c.id FROM (SELECT a.id FROM agenda_item a, (SELECT " + combined + " AS q) query WHERE "
                + vector.replace("i.", "a.") + " @@ query.q ORDER BY ts_rank_cd(" + vector.replace("i.", "a.") + ", query.q) DESC LIMIT "
                + CANDIDATES + ") c UNION SELECT t.id FROM agenda_item t WHERE ? <<% t.title)";
        return db.select(citation(score.as("score")))
                .from(ITEMS_WITH_MEETINGS)
                .where(DSL.condition(candidates, candidateBinds.toArray()))
                .orderBy(DSL.field("score").desc(), DSL.field("i.closed").asc(), DSL.field("m.meeting_date").desc(), DSL.field("i.number").asc())
                .limit(limit)
                .fetch(r -> hit(r, authorised))
                .stream().filter(h -> h.score() >= THRESHOLD).toList();
    }

    /**
     * How much each word says: 1 for a word few items have, towards 0 for one most items have ("kommunens",
     * "status") — an inverse document frequency over the stored items, counted in one query.
     */
    private static double[] rarity(DSLContext db, String vector, List<String> words) {
        double[] out = new double[words.size()];
        // the planner's row estimate (kept by ANALYZE and autovacuum) is close enough for a weight, and free
        Number estimate = db.fetchValue("SELECT reltuples FROM pg_class WHERE relname = 'agenda_item'") instanceof Number n ? n : null;
        double items = Math.max(2, estimate == null || estimate.doubleValue() < 1
                ? db.fetchCount(DSL.table("agenda_item")) : estimate.doubleValue());
        for (int w = 0; w < words.size(); w++) {
            // one query a word, each answered from the GIN index
            Object count = db.fetchValue("SELECT count(*) FROM agenda_item i WHERE " + match(vector, "?"), words.get(w), words.get(w));
            double df = Math.max(1, ((Number) count).doubleValue());
            out[w] = Math.min(1.0, Math.log(items / df) / Math.log(items) + 0.15);
        }
        return out;
    }

    /**
     * 2 when the title has the word, 1.5 when the title has it with a slip (trigram similarity), 1.3 when only the
     * rest of the item has it, 0 otherwise; times {@code weight}.
     */
    private static Field<Double> wordScore(String vector, String word, double weight) {
        return DSL.field("(CASE WHEN " + match("i.title_search", "{0}")
                        + " THEN 2 WHEN strict_word_similarity({0}, i.title || ' ' || array_to_string(i.alternative_titles, ' ')) >= 0.5"
                        + " THEN 1.5 WHEN " + match(vector, "{0}") + " THEN 1.3 ELSE 0 END) * {1}",
                SQLDataType.DOUBLE, DSL.val(word), DSL.val(weight));
    }

    /**
     * The vector has the word's Danish stem, or a word beginning with it (the first part of a compound);
     * {@code word} is the SQL placeholder of the word ("?" or "{0}"), used twice.
     */
    private static String match(String vector, String word) {
        return "(" + vector + " @@ plainto_tsquery('danish', " + word + ") OR " + vector
                + " @@ to_tsquery('danish', quote_literal(lower(" + word + ")) || ':*'))";
    }

    private static List<Hit> byCase(DSLContext db, String caseNumber, boolean authorised, int limit) {
        return db.select(citation(DSL.inline(1.0).as("score")))
                .from(ITEMS_WITH_MEETINGS)
                .where(DSL.field("i.case_number").eq(caseNumber))
                .orderBy(DSL.field("i.closed").asc(), DSL.field("m.meeting_date").desc())
                .limit(limit)
                .fetch(r -> hit(r, authorised));
    }

    private static final Table<?> ITEMS_WITH_MEETINGS = DSL.table("agenda_item").as("i")
            .join(DSL.table("meeting").as("m")).on(DSL.field("m.id").eq(DSL.field("i.meeting_id")));

    /** What an answer cites: body, date, punkt, title, case, closed, decision, outcome, and the score. */
    private static List<SelectField<?>> citation(Field<Double> score) {
        return List.of(DSL.field("m.body", String.class), DSL.field("m.meeting_date", LocalDate.class),
                DSL.field("i.number", Integer.class), DSL.field("i.title", String.class), DSL.field("i.case_number", String.class),
                DSL.field("i.closed", Boolean.class), DSL.field("i.decision", String.class), DSL.field("i.outcome", String.class), score);
    }

    /** A closed item's decision stays in the database unless the query is authorised. */
    private static Hit hit(Record r, boolean authorised) {
        boolean closed = r.get(5, Boolean.class);
        return new Hit(r.get(0, String.class), r.get(1, LocalDate.class), r.get(2, Integer.class), r.get(3, String.class),
                r.get(4, String.class), closed, closed && !authorised ? null : r.get(6, String.class), r.get(7, String.class),
                Math.round(r.get(8, Double.class) * 1000) / 1000.0);
    }
}
