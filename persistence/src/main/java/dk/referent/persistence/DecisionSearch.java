package dk.referent.persistence;

import dk.referent.minutes.names.Bodies;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.referent.minutes.question.Question;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * "What was decided on X?": the agenda items that answer a question, best first, or none when nothing is
 * relevant enough. Each question word counts when the item's Danish search vector has it (stemmed, or as a
 * prefix for compounds), more when its title has it; trigram similarity of the words to the title catches
 * spelling slips; rare words count more than common ones. A closed item is found by its title only, unless the
 * query is authorised. A body or a period in the question narrows the answer to it.
 *
 * <p>Answers and word frequencies are cached per version of the stored minutes (the newest audit log entry:
 * every ingest writes one), so a new referat is seen at once, also when another process stored it.
 */
public final class DecisionSearch {

    /** An item that answers, with its citation. */
    public record Hit(String body, LocalDate date, int number, String title, String caseNumber, boolean closed,
                      String decision, String outcome, double score) {
    }

    /** Below this a match is a coincidence of common words, not an answer. */
    static final double THRESHOLD = 0.45;
    /** Up to this many stored items, word frequencies are counted exactly; above, the planner's statistics are used. */
    private static final int EXACT_COUNT_UP_TO = 20_000;
    /** A word in more than this share of the items is looked up newest first instead of through its index. */
    private static final double DENSE = 0.02;
    /** How many of the newest items with all the question's words are candidates. */
    private static final int EVERY_WORD = 100;
    /** A word in fewer than this share of the items (or in none) may be a spelling slip. */
    private static final double RARE = 0.001;

    private final Database database;
    private final Cache<AnswerKey, List<Hit>> answers;
    private final Cache<WordKey, Double> frequencies = Caffeine.newBuilder().maximumSize(50_000).build();
    private final Cache<Long, Double> itemCounts = Caffeine.newBuilder().maximumSize(4).build();
    private final Cache<Long, List<String>> storedBodies = Caffeine.newBuilder().maximumSize(4).build();
    private final Cache<WordKey, List<String>> closeTitleWords = Caffeine.newBuilder().maximumSize(10_000).build();

    private record AnswerKey(long version, Question question, boolean authorised, int limit) {
    }

    private record WordKey(long version, String vector, String word) {
    }

    public DecisionSearch(Database database) {
        this(database, 10_000);
    }

    /** {@code cachedAnswers} 0 answers every question afresh (the latency benchmark). */
    public DecisionSearch(Database database, int cachedAnswers) {
        this.database = database;
        this.answers = Caffeine.newBuilder().maximumSize(Math.max(0, cachedAnswers)).build();
    }

    public List<Hit> search(Question question, boolean authorised, int limit) {
        DSLContext db = database.dsl();
        long version = version(db);
        Question key = new Question(question.text().strip().toLowerCase(java.util.Locale.ROOT), question.kind(), question.language(),
                question.caseNumber(), question.words(), question.related(), question.from(), question.to(), question.body(),
                question.constraintWords());
        return answers.get(new AnswerKey(version, key, authorised, limit), k -> answer(db, version, question, authorised, limit));
    }

    /**
     * Searches what {@code tx} sees, including what it wrote and has not committed (a referat being confirmed, whose
     * followers' notices are staged in the same transaction); not cached, as that view is the transaction's own.
     */
    public List<Hit> searchIn(DSLContext tx, Question question, boolean authorised, int limit) {
        return answer(tx, version(tx), question, authorised, limit);
    }

    private List<Hit> answer(DSLContext db, long version, Question asked, boolean authorised, int limit) {
        Question question = bodyByAbbreviation(asked, storedBodies.get(version, v -> storedBodies(db)));
        List<Hit> hits = find(db, version, question, authorised, limit);
        // a body or date that matches nothing: the topic may still have been decided elsewhere or at another time
        return hits.isEmpty() && question.constrained() ? find(db, version, question.unconstrained(), authorised, limit) : hits;
    }

    /**
     * Whether {@code best} keeps to the question's body and period; false when nothing there answered and the search
     * looked elsewhere (anything there would have ranked first).
     */
    /**
     * A body the question names the way its minutes abbreviate it ("TMU", "BY", "ØU"): the stored body whose name
     * gives that abbreviation becomes the question's body, and the abbreviation stops being a topic word.
     */
    private static Question bodyByAbbreviation(Question question, List<String> stored) {
        if (question.body().isPresent()) {
            return question;
        }
        List<String> tokens = new ArrayList<>();
        Matcher capitals = CAPITALS.matcher(question.text());
        while (capitals.find()) {
            tokens.add(capitals.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        // a word that is a stored body's own name ("mødesystemgruppen"), however inflected
        question.words().stream().filter(w -> w.length() > 4).forEach(tokens::add);
        for (String token : tokens) {
            // (the council's name stays a topic word too: titles name it — "udtræden af Kommunalbestyrelsen")
            List<String> bodies = stored.stream().filter(b -> Bodies.abbreviations(b).contains(token)
                    || token.length() > 4 && Bodies.key(b).equals(Bodies.key(token)) && !Bodies.key(b).equals("council")).toList();
            if (!bodies.isEmpty() && bodies.stream().map(Bodies::key).distinct().count() == 1) {
                List<String> constraint = new ArrayList<>(question.constraintWords());
                constraint.add(token);
                // what the glossary added for the abbreviation ("kb" → kommunalbestyrelse) names the body, not the topic
                String key = Bodies.key(bodies.get(0));
                List<String> related = question.related().stream().filter(r -> !Bodies.key(r).equals(key)).toList();
                return new Question(question.text(), question.kind(), question.language(), question.caseNumber(), question.words(),
                        related, question.from(), question.to(), Optional.of(bodies.get(0)), constraint);
            }
        }
        return question;
    }

    private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}])([A-ZÆØÅ]{2,5})(?![\\p{L}])");

    private static List<String> storedBodies(DSLContext db) {
        return db.fetch("SELECT DISTINCT body FROM meeting WHERE body IS NOT NULL").getValues(0, String.class);
    }

    public static boolean answersWithin(Question question, Hit best) {
        return question.body().map(b -> Bodies.means(b, best.body())).orElse(true)
                && question.from().map(f -> !best.date().isBefore(f)).orElse(true)
                && question.to().map(t -> !best.date().isAfter(t)).orElse(true);
    }

    private List<Hit> find(DSLContext db, long version, Question question, boolean authorised, int limit) {
        Condition meeting = meetingCondition(question, storedBodies.get(version, v -> storedBodies(db)));
        if (question.caseNumber().isPresent()) {
            // a case number is the case's key: its items answer, whatever other words the question has
            List<Hit> ofTheCase = byCase(db, question.caseNumber().get(), meeting, authorised, limit);
            if (!ofTheCase.isEmpty() || question.words().isEmpty()) {
                return ofTheCase;
            }
        }
        if (question.empty()) {
            return List.of();
        }
        String vector = authorised ? "search_authorised" : "search";
        List<String> own = question.constrained() ? question.topicWords() : question.words();
        List<String> all = new ArrayList<>(own);
        question.related().stream().filter(w -> !all.contains(w)).forEach(all::add);
        double items = itemCounts.get(version, v -> itemCount(db));
        double[] frequency = new double[all.size()];
        List<Field<Double>> wordScores = new ArrayList<>();
        double possible = 0;
        for (int w = 0; w < all.size(); w++) {
            String word = all.get(w);
            frequency[w] = frequencies.get(new WordKey(version, vector, word), k -> documents(db, vector, word, items));
            double rarity = Math.min(1.0, Math.log(items / Math.max(1, frequency[w])) / Math.log(items) + 0.15);
            boolean isOwn = w < own.size();
            wordScores.add(wordScore("i." + vector, word, rarity * (isOwn ? 1.0 : 0.6)));
            if (isOwn) {
                // a word no item has ("aftalt", "sagde") may be the question's own phrasing: it weighs less than a rare word the items have
                possible += 2 * (frequency[w] == 0 ? 0.75 : Math.max(rarity, 0.05));
            }
        }
        String phrase = String.join(" ", own);
        // a word (almost) no item has may be a spelling slip: the title words closest to it, each dense or not
        java.util.Map<String, Boolean> slips = new java.util.LinkedHashMap<>();
        for (int w = 0; w < own.size(); w++) {
            if (frequency[w] < RARE * items + 1) {
                for (String near : closeTitleWords.get(new WordKey(version, "title_word", own.get(w)), k -> closeTitleWords(db, k.word()))) {
                    double f = frequencies.get(new WordKey(version, vector, near), k -> documents(db, vector, near, items));
                    slips.put(near, f > DENSE * items);
                }
            }
        }
        Field<Double> coverage = DSL.field("({0}) / {1}", SQLDataType.DOUBLE,
                wordScores.stream().reduce(Field::plus).orElseThrow(), DSL.val(possible));
        Field<Double> similarity = DSL.field("word_similarity({0}, i.title || ' ' || array_to_string(i.alternative_titles, ' '))",
                SQLDataType.DOUBLE, DSL.val(phrase));
        // of one council's several names, the one the question used ranks first where all else is equal
        Field<Double> score = DSL.field("least(1.0, {0}) * 0.75 + {1} * 0.35 + CASE WHEN i.case_number = {2} THEN 1 ELSE 0 END"
                        + " + CASE WHEN lower(m.body) = {3} THEN 0.02 ELSE 0 END",
                SQLDataType.DOUBLE, coverage, similarity, DSL.val(question.caseNumber().orElse("")),
                DSL.val(question.body().map(b -> b.toLowerCase(java.util.Locale.ROOT)).orElse("")));
        List<org.jooq.CommonTableExpression<?>> ctes = new ArrayList<>();
        var candidates = candidates(vector, own, all, frequency, items, slips, meeting, ctes);
        var query = (ctes.isEmpty() ? db.select(citation(score.as("score"))) : db.with(ctes).select(citation(score.as("score"))))
                .from(ITEMS_WITH_MEETINGS)
                .where(DSL.field("i.id").in(candidates))
                .orderBy(DSL.field("score").desc(), DSL.field("i.closed").asc(), DSL.field("m.meeting_date").desc(), DSL.field("i.number").asc())
                .limit(limit);
        // every part of the query is led by an index; a sequential scan, which the planner may pick for a LIMIT over
        // a misestimated match, reads every item; and a plan is only good for the words it was made for
        return withPlannerSettings(db, query).map(r -> hit(r, authorised)).stream().filter(h -> h.score() >= THRESHOLD).toList();
    }

    /**
     * Stage one, from the indexes: the newest items whose title or text has all the question's words, the newest
     * with each word in the title or text, and titles with a spelling slip. Stage two scores only these, so the
     * cost of an answer does not grow with the number of stored items that share a common word.
     */
    private static org.jooq.Select<org.jooq.Record1<Long>> candidates(String vector, List<String> own, List<String> all, double[] frequency,
                                                    double items, java.util.Map<String, Boolean> slips, Condition meeting,
                                                    List<org.jooq.CommonTableExpression<?>> ctes) {
        boolean[] dense = new boolean[all.size()];
        for (int w = 0; w < all.size(); w++) {
            dense[w] = frequency[w] > DENSE * items;
        }
        // a word most items have brings enough candidates by its stem; compounds are looked up for the others
        List<String> queries = new ArrayList<>();
        List<Object[]> binds = new ArrayList<>();
        for (int w = 0; w < all.size(); w++) {
            queries.add(dense[w] ? STEM_QUERY : WORD_QUERY);
            binds.add(dense[w] ? new Object[] {all.get(w)} : new Object[] {all.get(w), all.get(w)});
        }
        String everyWord = String.join(" && ", queries.subList(0, own.size()).stream().map(q -> "(" + q + ")").toList());
        Object[] everyBind = binds.subList(0, own.size()).stream().flatMap(java.util.Arrays::stream).toArray();
        boolean allDense = own.size() == 1 && dense[0];
        // several words each in many items may together be in many (a subject and its usual qualifier) or in few
        // (two unrelated common words); the statistics cannot tell, so the newest items are walked first, a bounded
        // number, and the index is asked only when that walk did not find enough — unless the walk cannot find enough
        // even if the words always came together (the rarest word is in too few items)
        int walk = (int) Math.ceil(Math.sqrt(EVERY_WORD * items));
        double rarest = java.util.Arrays.stream(frequency, 0, own.size()).min().orElse(0);
        boolean mayBeDense = own.size() > 1 && rarest / items * walk >= EVERY_WORD;
        List<org.jooq.Select<org.jooq.Record1<Long>>> parts = new ArrayList<>();
        if (mayBeDense) {
            parts.add(walkedFirst("title_search", everyWord, walk, EVERY_WORD, meeting, everyBind, ctes));
            parts.add(walkedFirst(vector, everyWord, walk, EVERY_WORD, meeting, everyBind, ctes));
        } else {
            parts.add(newest("title_search", everyWord, allDense, EVERY_WORD, meeting, everyBind));
            parts.add(newest(vector, everyWord, allDense, EVERY_WORD, meeting, everyBind));
        }
        // the newest items with each word: the common words in one walk newest first, the others one by one
        List<String> denseTitle = new ArrayList<>();
        List<String> denseText = new ArrayList<>();
        for (int w = 0; w < all.size(); w++) {
            if (dense[w]) {
                denseTitle.add(all.get(w));
                if (w < own.size()) {
                    denseText.add(all.get(w));
                }
                continue;
            }
            parts.add(newest("title_search", queries.get(w), false, 40, meeting, binds.get(w)));
            if (w < own.size()) {
                parts.add(newest(vector, queries.get(w), false, 40, meeting, binds.get(w)));
            }
        }
        if (!denseTitle.isEmpty()) {
            parts.add(newest("title_search", anyOf(denseTitle.size()), true, 40 * denseTitle.size(), meeting, denseTitle.toArray()));
        }
        if (!denseText.isEmpty()) {
            parts.add(newest(vector, anyOf(denseText.size()), true, 40 * denseText.size(), meeting, denseText.toArray()));
        }
        // titles with a word close to a spelling slip
        slips.forEach((word, isDense) -> parts.add(newest("title_search", STEM_QUERY, isDense, 40, meeting, new Object[] {word})));
        org.jooq.Select<org.jooq.Record1<Long>> union = parts.get(0);
        for (org.jooq.Select<org.jooq.Record1<Long>> p : parts.subList(1, parts.size())) {
            union = union.union(p);
        }
        return DSL.select(DSL.field("c.id", Long.class)).from(union.asTable("c"));
    }

    /**
     * The newest {@code limit} items whose {@code vector} matches, when the matches may be many or few: the newest
     * {@code walk} items are read newest first (cheap, and enough when many match); only when fewer than {@code limit}
     * of them match are all matches read through the full-text index. {@code walk} is √(limit · items): beyond that,
     * reading items one by one costs more than the index lookup of the matches it would take to need that walk.
     * The walk is a common table expression, added to {@code ctes}; used twice, it is computed once (also before
     * PostgreSQL 12, where every common table expression is).
     */
    private static org.jooq.Select<org.jooq.Record1<Long>> walkedFirst(String vector, String query, int walk, int limit, Condition meeting,
                                                       Object[] binds, List<org.jooq.CommonTableExpression<?>> ctes) {
        org.jooq.Name name = DSL.name("walk" + ctes.size());
        Table<?> newestItems = DSL.select(DSL.field("a.id", Long.class), DSL.field("a." + vector), DSL.field("a.meeting_id"))
                .from(DSL.table("agenda_item").as("a"))
                .orderBy(DSL.field("a.id").desc())
                .limit(walk)
                .asTable("a");
        ctes.add(name.fields("id").as(DSL.select(DSL.field("a.id", Long.class)).from(newestItems)
                .where(DSL.condition("a." + vector + " @@ (" + query + ")", binds)).and(meeting)
                .orderBy(DSL.field("a.id").desc())
                .limit(limit)));
        Field<Long> walked = DSL.field(DSL.name(name.last(), "id"), Long.class);
        return DSL.select(walked).from(DSL.table(name))
                .unionAll(DSL.select(DSL.field("i.id", Long.class)).from(newest(vector, query, false, limit, meeting, binds).asTable("i"))
                        .where(DSL.field(DSL.select(DSL.count()).from(DSL.table(name))).lt(limit)));
    }

    /**
     * The newest {@code limit} items whose {@code vector} matches; {@code dense} matches are found fastest by
     * walking the items newest first, rare ones through the full-text index (the "+ 0" keeps the planner there).
     */
    private static org.jooq.Select<org.jooq.Record1<Long>> newest(String vector, String query, boolean dense, int limit,
                                                  Condition meeting, Object[] binds) {
        return DSL.select(DSL.field("a.id", Long.class)).from(DSL.table("agenda_item").as("a"))
                .where(DSL.condition("a." + vector + " @@ (" + query + ")", binds)).and(meeting)
                // walking newest first pays only when any item may match: with a body or a period, the newest matching items
                // may be tens of thousands of items back, so the index (or the meeting's items) leads instead
                .orderBy(DSL.field(dense && meeting.equals(DSL.noCondition()) ? "a.id" : "a.id + 0").desc())
                .limit(limit);
    }

    /** For the rest of the transaction: no sequential scans, and a plan made for the words at hand. */
    private static final org.jooq.ResultQuery<Record> PLANNER_SETTINGS = DSL.resultQuery(
            "SELECT set_config('enable_seqscan', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)");

    /**
     * {@code query}'s result, planned with {@link #PLANNER_SETTINGS}: both statements go to the server in one round trip
     * and run in the one implicit transaction of that exchange (the connection is in auto-commit mode), so the settings
     * hold for the query and end with it — no BEGIN, SET and COMMIT exchanges.
     */
    private static org.jooq.Result<Record> withPlannerSettings(DSLContext db, org.jooq.ResultQuery<? extends Record> query) {
        org.jooq.Results results = db.resultQuery("{0}; {1}", PLANNER_SETTINGS, query).fetchMany();
        return results.get(results.size() - 1);
    }

    /** A word's Danish stem, or a word beginning with it (the first part of a compound), as a tsquery; the word bound twice. */
    private static final String WORD_QUERY = wordQuery("?");

    /** The word's stem or the word as a compound's first part, as one tsquery; {@code word} is its placeholder, used twice. */
    private static String wordQuery(String word) {
        return "plainto_tsquery('danish', " + word + ") || to_tsquery('danish', quote_literal(lower(" + word + ")) || ':*')";
    }
    private static String anyOf(int words) {
        return String.join(" || ", java.util.Collections.nCopies(words, STEM_QUERY));
    }

    /** The word's Danish stem alone, one bind. */
    private static final String STEM_QUERY = "plainto_tsquery('danish', ?)";

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+(?:\\.\\d+)?)");

    /**
     * How many items have the word: counted on a small collection; on a large one the planner's estimate from the
     * column statistics (the stem's frequency), which costs no scan.
     */
    private static double documents(DSLContext db, String vector, String word, double items) {
        String matching = "SELECT 1 FROM agenda_item i WHERE " + match("i." + vector, "?");
        if (items <= EXACT_COUNT_UP_TO) {
            return ((Number) db.fetchValue("SELECT count(*) FROM (" + matching + ") x", word, word)).doubleValue();
        }
        String plan = String.valueOf(db.fetchValue("EXPLAIN (FORMAT JSON) SELECT 1 FROM agenda_item i WHERE i." + vector
                + " @@ plainto_tsquery('danish', ?)", word));
        Matcher m = PLAN_ROWS.matcher(plan);
        double estimate = m.find() ? Double.parseDouble(m.group(1)) : items;
        if (estimate >= DENSE * items) {
            return estimate;
        }
        // the statistics only know the common words: a rarer one is counted, up to where it would count as common
        return ((Number) db.fetchValue("SELECT count(*) FROM (" + matching + " LIMIT " + (long) (DENSE * items) + ") x", word, word))
                .doubleValue();
    }

    /**
     * Title words close enough to {@code word} to be what was meant (the same similarity the scoring counts as a slip),
     * closest first; from the dictionary of title words, so it costs a lookup among words, not among items.
     */
    private static List<String> closeTitleWords(DSLContext db, String word) {
        return db.fetch("SELECT d.word FROM title_word d WHERE d.word % ? AND similarity(d.word, ?) >= 0.5"
                + " ORDER BY similarity(d.word, ?) DESC, d.word LIMIT 3", word, word, word).getValues(0, String.class);
    }

    /** The number of stored items: the planner's estimate when statistics exist (free), else counted. */
    private static double itemCount(DSLContext db) {
        Object estimate = db.fetchValue("SELECT reltuples FROM pg_class WHERE relname = 'agenda_item'");
        double n = estimate instanceof Number e ? e.doubleValue() : -1;
        return Math.max(2, n < 1 ? db.fetchCount(DSL.table("agenda_item")) : n);
    }

    /** The version of the stored minutes: any ingest, correction or decision adds an audit entry. */
    private static long version(DSLContext db) {
        return ((Number) db.fetchValue("SELECT coalesce(max(id), 0) FROM audit_log")).longValue();
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
        return "(" + vector + " @@ (" + wordQuery(word) + "))";
    }

    /** Items of meetings of the question's body and period ("Byrådet" and "Kommunalbestyrelsen" are one body). */
    private static Condition meetingCondition(Question question, List<String> stored) {
        if (!question.constrained()) {
            return DSL.noCondition();
        }
        List<Condition> where = new ArrayList<>();
        question.body().ifPresent(b -> where.add(DSL.condition("lower(mc.body) = ANY (?::text[])", (Object) bodyNames(b, stored))));
        question.from().ifPresent(d -> where.add(DSL.field("mc.meeting_date", LocalDate.class).ge(d)));
        question.to().ifPresent(d -> where.add(DSL.field("mc.meeting_date", LocalDate.class).le(d)));
        return DSL.field("a.meeting_id").in(DSL.select(DSL.field("mc.id")).from(DSL.table("meeting").as("mc")).where(where));
    }

    /** The stored names of the body asked for: the same body however each municipality names it. */
    private static String[] bodyNames(String body, List<String> stored) {
        List<String> names = new ArrayList<>();
        names.add(body.toLowerCase(java.util.Locale.ROOT));
        stored.stream().filter(s -> Bodies.means(body, s)).map(s -> s.toLowerCase(java.util.Locale.ROOT)).forEach(names::add);
        return names.stream().distinct().toArray(String[]::new);
    }

    private static boolean sameBody(String one, String other) {
        return Bodies.key(one).equals(Bodies.key(other));
    }

    private static List<Hit> byCase(DSLContext db, String caseNumber, Condition meeting, boolean authorised, int limit) {
        return db.select(citation(DSL.inline(1.0).as("score")))
                .from(ITEMS_WITH_MEETINGS)
                .where(DSL.field("i.case_number").eq(caseNumber))
                .and(DSL.field("i.id").in(DSL.select(DSL.field("a.id", Long.class)).from(DSL.table("agenda_item").as("a")).where(meeting)))
                .orderBy(DSL.field("i.closed").asc(), DSL.field("m.meeting_date").desc())
                .limit(limit)
                .fetch(r -> hit(r, authorised));
    }

    /**
     * The case's history: every treatment of {@code caseNumber} at a meeting (items with that case number) and the
     * earlier treatments the minutes quote ("Direktionens møde den 25. oktober 2021: …"), oldest first. A closed
     * item's treatments show no text unless {@code authorised}.
     */
    public List<Treatment> timeline(String caseNumber, boolean authorised) {
        // the stored treatments and the quoted ones in one statement (one round trip); "stored" tells them apart
        var stored = DSL.select(DSL.field("m.body", String.class).as("body"), DSL.field("m.meeting_date", LocalDate.class).as("date"),
                        DSL.field("i.number", Integer.class).as("number"), DSL.field("i.closed", Boolean.class).as("closed"),
                        DSL.field("i.decision", String.class).as("text"), DSL.field("i.outcome", String.class).as("outcome"),
                        DSL.inline(true).as("stored"))
                .from(ITEMS_WITH_MEETINGS)
                .where(DSL.field("i.case_number").eq(caseNumber));
        var quoted = DSL.select(DSL.field("p.body", String.class), DSL.field("p.treatment_date", LocalDate.class),
                        DSL.inline(null, Integer.class), DSL.field("i.closed", Boolean.class), DSL.field("p.text", String.class),
                        DSL.inline(null, String.class), DSL.inline(false))
                .from(DSL.table("prior_treatment").as("p")).join(DSL.table("agenda_item").as("i")).on("i.id = p.item_id")
                .where(DSL.field("i.case_number").eq(caseNumber));
        var rows = database.dsl().fetch(stored.unionAll(quoted));
        List<Treatment> out = new ArrayList<>();
        List<Treatment> priors = new ArrayList<>();
        for (var r : rows) {
            boolean closed = r.value4();
            String text = closed && !authorised ? null : r.value5();
            if (r.value7()) {
                out.add(new Treatment(r.value1(), r.value2(), Optional.of(r.value3()), closed, text, r.value6()));
            } else {
                priors.add(new Treatment(r.value1(), r.value2(), Optional.empty(), closed, text, null));
            }
        }
        priors.stream()
                .filter(p -> out.stream().noneMatch(t -> t.date().equals(p.date()) && sameBody(t.body(), p.body())))
                .distinct()
                .forEach(out::add);
        out.sort(java.util.Comparator.comparing(Treatment::date));
        return out;
    }

    /** One treatment of a case: at a stored meeting (with its punkt) or quoted in a later item. */
    public record Treatment(String body, LocalDate date, Optional<Integer> number, boolean closed, String text, String outcome) {
    }

    /**
     * When nothing answers: titles that come closest to the question's words, for "did you mean …?" — never
     * presented as an answer. Closed items' titles are public, so they may be suggested.
     */
    public List<String> nearbyTopics(Question question, int limit) {
        if (question.words().isEmpty()) {
            return List.of();
        }
        String phrase = String.join(" ", question.words());
        return database.dsl().fetch("SELECT title FROM (SELECT DISTINCT ON (lower(title)) title, word_similarity(?, title) AS s"
                        + " FROM agenda_item WHERE ? <% title ORDER BY lower(title), s DESC) t ORDER BY s DESC, title LIMIT ?",
                        phrase, phrase, limit)
                .getValues(0, String.class);
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
