package dk.referent.persistence;

import dk.referent.minutes.names.Bodies;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.referent.minutes.question.Question;
import dk.referent.minutes.referat.AgendaItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/**
 * "What was decided on X?": the agenda items that answer a question, best first, or none when nothing is
 * relevant enough. Each question word counts when the item's Danish search vector has it (stemmed, or as a
 * prefix for compounds), more when its title has it; trigram similarity of the words to the title catches
 * spelling slips; rare words count more than common ones. A closed item is found by its title only, unless the
 * query is authorised. A body or a period in the question narrows the answer to it.
 *
 * <p>The words are matched in memory ({@link ItemIndex}: the lexemes PostgreSQL's Danish dictionary made for every
 * item, with their postings), every item that has one of the question's words is a candidate, and the trigram
 * similarities ({@link Trigrams}, pg_trgm's) are computed only for the candidates whose bound can still reach the
 * best; the database gives the stems of question words that are not letters alone, and the version of the minutes.
 * The index and the answers are kept per version of the stored minutes (the newest audit log entry: every ingest
 * writes one), so a new referat is seen at once, also when another process stored it; that check runs beside the
 * search of the version last seen.
 */
public final class DecisionSearch {

    /** An item that answers, with its citation; {@code punkt} as the minutes print it ("1.1"). */
    public record Hit(String body, LocalDate date, int number, String punkt, String title, String caseNumber, boolean closed,
                      String decision, String outcome, double score) {
    }

    /** Below this a match is a coincidence of common words, not an answer. */
    static final double THRESHOLD = 0.45;
    /**
     * Where the question names the meeting itself (its body and date leave a few dozen items at most), it has already
     * said where to look: an item sharing one of its words is the likelier answer, not a coincidence.
     */
    static final double THRESHOLD_IN_MEETING = 0.25;
    private static final int ONE_MEETING = 40;
    /** A word in fewer than this share of the items (or in none) may be a spelling slip. */
    private static final double RARE = 0.001;

    private final Database database;
    private final Cache<AnswerKey, List<Hit>> answers;
    /** Each question word's Danish stem and compound prefix as tsquery texts; the dictionary does not change. */
    private final Cache<String, String[]> wordQueries = Caffeine.newBuilder().maximumSize(100_000).build();
    private final DanishStems stems = new DanishStems();
    /** Up to 2,000 words' matches (three bit sets of an eighth of a byte per item each: 75 MB at 100,000 items). */
    private final Cache<MatchKey, WordMatches> wordMatches = Caffeine.newBuilder().maximumSize(2_000).build();
    private final ItemIndex.Vocabulary vocabulary = new ItemIndex.Vocabulary();
    private volatile ItemIndex index;
    /** Where the version checks run beside the searches: threads of their own, which end when idle a minute. */
    private final ExecutorService versionChecks = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "referent-minutes-version");
        thread.setDaemon(true);
        return thread;
    });
    private final Cache<Long, List<String>> storedBodies = Caffeine.newBuilder().maximumSize(4).build();

    private record AnswerKey(long version, Question question, boolean authorised, int limit) {
    }

    public DecisionSearch(Database database) {
        this(database, 10_000);
    }

    /** {@code cachedAnswers} 0 answers every question afresh (the latency benchmark). */
    public DecisionSearch(Database database, int cachedAnswers) {
        this.database = database;
        this.answers = Caffeine.newBuilder().maximumSize(Math.max(0, cachedAnswers)).build();
    }

    /**
     * The question's answers in the minutes as they are now. The check of their version, a round trip to the database,
     * runs beside the search of the version the index holds; an answer is returned only for the version the check finds
     * (searched again when the minutes changed meanwhile).
     */
    public List<Hit> search(Question question, boolean authorised, int limit) {
        DSLContext db = database.dsl();
        Question key = new Question(question.text().strip().toLowerCase(java.util.Locale.ROOT), question.kind(), question.language(),
                question.caseNumber(), question.words(), question.related(), question.from(), question.to(), question.body(),
                question.constraintWords());
        java.util.function.LongFunction<List<Hit>> at = version ->
                answers.get(new AnswerKey(version, key, authorised, limit), k -> answer(db, version, question, authorised, limit, false));
        ItemIndex current = index;
        if (current == null) {
            return at.apply(version(db));
        }
        Future<Long> check = versionChecks.submit(() -> version(db));
        long seen = current.version();
        List<Hit> hits = at.apply(seen);
        long version = checked(check);
        return version == seen ? hits : at.apply(version);
    }

    private static long checked(Future<Long> check) {
        try {
            return check.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the version of the minutes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("the version of the minutes could not be checked", e.getCause());
        }
    }

    /**
     * Reads the stored items' words into memory now, so that the first question does not wait for it (at 100,000 items a
     * few seconds); a later ingest adds only its own items. Returns how many items the index holds.
     */
    public int prepare() {
        DSLContext db = database.dsl();
        return index(db, version(db), false).size();
    }

    /**
     * Searches what {@code tx} sees, including what it wrote and has not committed (a referat being confirmed, whose
     * followers' notices are staged in the same transaction); not cached, as that view is the transaction's own.
     */
    public List<Hit> searchIn(DSLContext tx, Question question, boolean authorised, int limit) {
        return answer(tx, version(tx), question, authorised, limit, true);
    }

    private List<Hit> answer(DSLContext db, long version, Question asked, boolean authorised, int limit, boolean ownView) {
        Question question = bodyByAbbreviation(asked, storedBodies.get(version, v -> storedBodies(db)));
        List<Hit> hits = find(db, version, question, authorised, limit, ownView);
        // a body or date that matches nothing: the topic may still have been decided by that body at another time, or
        // elsewhere
        if (hits.isEmpty() && question.body().isPresent() && (question.from().isPresent() || question.to().isPresent())) {
            hits = find(db, version, question.anyTime(), authorised, limit, ownView);
        }
        return hits.isEmpty() && question.constrained() ? find(db, version, question.unconstrained(), authorised, limit, ownView) : hits;
    }

    /**
     * A body the question names the way its minutes abbreviate it ("TMU", "BY", "ØU"): the stored body whose name
     * gives that abbreviation becomes the question's body, and the abbreviation stops being a topic word.
     */
    private Question bodyByAbbreviation(Question question, List<String> stored) {
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
        List<StoredBody> named = stored.stream()
                .map(b -> knownBodies.computeIfAbsent(b, n -> new StoredBody(n, Bodies.key(n), Bodies.abbreviations(n)))).toList();
        for (String token : tokens) {
            String tokenKey = Bodies.key(token);
            // (the council's name stays a topic word too: titles name it — "udtræden af Kommunalbestyrelsen")
            List<StoredBody> bodies = named.stream().filter(b -> b.abbreviations().contains(token)
                    || token.length() > 4 && b.key().equals(tokenKey) && !b.key().equals("council")).toList();
            if (!bodies.isEmpty() && bodies.stream().map(StoredBody::key).distinct().count() == 1) {
                List<String> constraint = new ArrayList<>(question.constraintWords());
                constraint.add(token);
                // what the glossary added for the abbreviation ("kb" → kommunalbestyrelse) names the body, not the topic
                String key = bodies.get(0).key();
                List<String> related = question.related().stream().filter(r -> !Bodies.key(r).equals(key)).toList();
                return new Question(question.text(), question.kind(), question.language(), question.caseNumber(), question.words(),
                        related, question.from(), question.to(), Optional.of(bodies.get(0).name()), constraint);
            }
        }
        return question;
    }

    /** A stored body's name with what it is known by: its key (one council under any name) and abbreviations. */
    private record StoredBody(String name, String key, Set<String> abbreviations) {
    }

    /** Body names are few and never change meaning, so each is worked out once. */
    private final Map<String, StoredBody> knownBodies = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}])([A-ZÆØÅ]{2,5})(?![\\p{L}])");

    private static List<String> storedBodies(DSLContext db) {
        return db.fetch("SELECT DISTINCT body FROM meeting WHERE body IS NOT NULL").getValues(0, String.class);
    }

    /**
     * Whether {@code best} keeps to the question's body and period; false when nothing there answered and the search
     * looked elsewhere (anything there would have ranked first).
     */
    public static boolean answersWithin(Question question, Hit best) {
        return question.body().map(b -> Bodies.means(b, best.body())).orElse(true)
                && question.from().map(f -> !best.date().isBefore(f)).orElse(true)
                && question.to().map(t -> !best.date().isAfter(t)).orElse(true);
    }

    private List<Hit> find(DSLContext db, long version, Question question, boolean authorised, int limit, boolean ownView) {
        if (question.caseNumber().isPresent()) {
            // a case number is the case's key: its items answer, whatever other words the question has
            Condition meeting = meetingCondition(question, storedBodies.get(version, v -> storedBodies(db)));
            List<Hit> ofTheCase = byCase(db, question.caseNumber().get(), meeting, authorised, limit);
            if (!ofTheCase.isEmpty() || question.words().isEmpty()) {
                return ofTheCase;
            }
        }
        if (question.empty()) {
            return List.of();
        }
        ItemIndex index = index(db, version, ownView);
        List<String> own = question.constrained() ? question.topicWords() : question.words();
        List<String> all = new ArrayList<>(own);
        question.related().stream().filter(w -> !all.contains(w)).forEach(all::add);
        Map<String, ItemIndex.WordQuery> queries = wordQueries(db, all, false);
        double items = Math.max(2, index.size());
        int n = all.size();
        BitSet[] inTitle = new BitSet[n];
        BitSet[] inText = new BitSet[n];
        TitleSlips[] slips = new TitleSlips[n];
        double[] weight = new double[n];
        double possible = 0;
        BitSet candidates = new BitSet();
        for (int w = 0; w < n; w++) {
            WordMatches matches = matches(index, ownView, all.get(w), queries.get(all.get(w)), authorised);
            inTitle[w] = matches.inTitles();
            inText[w] = matches.inTexts();
            slips[w] = matches.slips();
            double frequency = inText[w].cardinality();
            double rarity = Math.min(1.0, Math.log(items / Math.max(1, frequency)) / Math.log(items) + 0.15);
            boolean isOwn = w < own.size();
            weight[w] = rarity * (isOwn ? 1.0 : 0.6);
            if (isOwn) {
                // the glossary's and the dictionary's words help an item that has one of the question's own words; alone
                // (a compound's generic part, "sti" for "cykelstien") they do not make it an answer
                candidates.or(inTitle[w]);
                candidates.or(inText[w]);
                // a word no item has ("aftalt", "sagde") may be the question's own phrasing: it weighs less than a rare word the items have
                possible += 2 * (frequency == 0 ? 0.75 : Math.max(rarity, 0.05));
                if (frequency < RARE * items + 1) {
                    // (almost) no item has it: a spelling slip? the titles with the title words closest to it are candidates
                    List<String> near = index.closeTitleWords(all.get(w), 3);
                    wordQueries(db, near, true).values().forEach(q -> candidates.or(index.inTitles(q)));
                }
            }
        }
        double threshold = THRESHOLD;
        if (question.constrained()) {
            BitSet scope = index.ofMeetings(question.body().map(b -> Set.of(bodyNames(b, storedBodies.get(version, v -> storedBodies(db)))))
                    .orElse(Set.of()), question.from().orElse(null), question.to().orElse(null));
            candidates.and(scope);
            threshold = scope.cardinality() <= ONE_MEETING ? THRESHOLD_IN_MEETING : THRESHOLD;
        }
        Scoring scoring = new Scoring(index, slips, inTitle, inText, weight, possible, String.join(" ", own),
                question.caseNumber().orElse(null), question.body().map(b -> b.toLowerCase(java.util.Locale.ROOT)).orElse(""), threshold,
                sums(index.size()));
        return citations(index, scoring.best(candidates, limit), authorised);
    }

    /**
     * The items with a word in the title and in the searchable text, and its slips in titles; shared, only the slips
     * found grow.
     */
    private record WordMatches(BitSet inTitles, BitSet inTexts, TitleSlips slips) {
    }

    /** Per-item sums for {@link Scoring}, kept per thread: at 100,000 items two fresh arrays a question were 1.6 MB of garbage. */
    private final ThreadLocal<double[][]> sums = ThreadLocal.withInitial(() -> new double[2][0]);

    private double[][] sums(int items) {
        double[][] scratch = sums.get();
        if (scratch[0].length < items) {
            scratch[0] = new double[items];
            scratch[1] = new double[items];
        }
        return scratch;
    }

    private record MatchKey(long version, String word, boolean authorised) {
    }

    /**
     * The items with the word, from the cache when another question of this version of the minutes asked it: topic words
     * recur, and a common one's postings are tens of thousands of items. A transaction's own view is not cached.
     */
    private WordMatches matches(ItemIndex index, boolean ownView, String word, ItemIndex.WordQuery query, boolean authorised) {
        java.util.function.Function<MatchKey, WordMatches> match = k -> {
            BitSet inTitles = index.inTitles(query);
            return new WordMatches(inTitles, index.inTexts(query, inTitles, authorised), new TitleSlips(index, index.matcher(word)));
        };
        MatchKey key = new MatchKey(index.version(), word, authorised);
        return ownView ? match.apply(key) : wordMatches.get(key, match);
    }

    /**
     * An item's score: how much of the question its title and text cover (each word 2 in the title, 1.5 as a slip of a
     * title word, 1.3 elsewhere in the item, times its rarity), how close the title comes to the question's words, and
     * whether it is the case or the body asked for.
     */
    private static final class Scoring {
        /** Bounds are sorted into this many buckets over [0, {@link #MAX_SCORE}] (a counting sort: linear in the candidates). */
        private static final int BUCKETS = 4096;
        private static final double MAX_SCORE = 2.5;

        private final ItemIndex index;
        private final int words;
        private final BitSet[] inTitle;
        private final BitSet[] inText;
        private final double[] weight;
        private final double possible;
        private final String caseNumber;
        private final String body;
        private final Trigrams.Matcher phrase;
        private final ItemIndex.SharedTrigrams phraseShared;
        private final TitleSlips[] slips;
        private final double threshold;
        private final double[][] sums;
        /**
         * The question's similarity with each title compared so far: items that carry the same title (one sequence per
         * distinct title, {@link ItemIndex.Vocabulary}) are compared once.
         */
        private final java.util.Map<Trigrams.Sequence, Float> similarities = new java.util.IdentityHashMap<>();

        /** {@code sums}: two arrays of zeros, at least one per item, that the scoring leaves as zeros (scratch space). */
        Scoring(ItemIndex index, TitleSlips[] slips, BitSet[] inTitle, BitSet[] inText, double[] weight,
                double possible, String phrase, String caseNumber, String body, double threshold, double[][] sums) {
            this.index = index;
            this.sums = sums;
            this.threshold = threshold;
            this.words = slips.length;
            this.inTitle = inTitle;
            this.inText = inText;
            this.weight = weight;
            this.possible = possible;
            this.caseNumber = caseNumber;
            this.body = body;
            this.phrase = index.matcher(phrase);
            this.phraseShared = index.sharedTrigrams(this.phrase);
            this.slips = slips;
        }

        /**
         * The {@code limit} best of {@code candidates} at or above the threshold, best first. Every candidate gets a bound
         * from its postings alone (the title's shared trigrams bound the similarities); the exact score, which compares
         * trigrams in order, is computed in the order of the bounds until no bound can reach the last of the best.
         */
        List<Scored> best(BitSet candidates, int limit) {
            int count = candidates.cardinality();
            int[] item = new int[count];
            double[] base = new double[count];
            double[] slipBound = new double[count];
            double[] bound = new double[count];
            int[] bucket = new int[count];
            int[] perBucket = new int[BUCKETS];
            // word by word along each word's postings among the candidates (a common word's are long, a rare one's
            // short), not every word looked up for every candidate
            double[] sureOf = sums[0];
            double[] slipsOf = sums[1];
            for (int w = 0; w < words; w++) {
                BitSet title = among(inTitle[w], candidates);
                for (int i = title.nextSetBit(0); i >= 0; i = title.nextSetBit(i + 1)) {
                    sureOf[i] += 2 * weight[w];
                }
                BitSet text = among(inText[w], candidates);
                text.andNot(title);
                for (int i = text.nextSetBit(0); i >= 0; i = text.nextSetBit(i + 1)) {
                    sureOf[i] += 1.3 * weight[w];
                }
                if (slips[w].possible()) {
                    BitSet slip = among(slips[w].candidates(), candidates);
                    slip.andNot(title);
                    for (int i = slip.nextSetBit(0); i >= 0; i = slip.nextSetBit(i + 1)) {
                        slipsOf[i] += (1.5 - (text.get(i) ? 1.3 : 0)) * weight[w];
                    }
                }
            }
            int c = 0;
            for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1), c++) {
                item[c] = i;
                base[c] = sureOf[i];
                slipBound[c] = slipsOf[i];
                bound[c] = score(sureOf[i] + slipsOf[i], similarityBound(i), i);
                bucket[c] = bucketOf(bound[c]);
                perBucket[bucket[c]]++;
                // left as found for the next question of this thread
                sureOf[i] = 0;
                slipsOf[i] = 0;
            }
            int[] order = orderByBucket(bucket, perBucket);
            java.util.PriorityQueue<Scored> top = new java.util.PriorityQueue<>(ORDER.reversed());
            for (int k = 0; k < count; k++) {
                int at = order[k];
                double ceiling = (bucket[at] + 1) * MAX_SCORE / BUCKETS;
                if (ceiling < threshold || top.size() == limit && ceiling < top.peek().score()) {
                    break;
                }
                if (top.size() == limit && !mayEnter(item[at], bound[at], top.peek())) {
                    continue;
                }
                double cutoff = top.size() == limit ? Math.max(threshold, top.peek().score()) : threshold;
                Scored scored = exact(item[at], base[at], slipBound[at], cutoff);
                if (scored != null && scored.score() >= threshold && (top.size() < limit || ORDER.compare(scored, top.peek()) < 0)) {
                    top.add(scored);
                    if (top.size() > limit) {
                        top.poll();
                    }
                }
            }
            return top.stream().sorted(ORDER).toList();
        }

        /**
         * Whether an item whose score is at most {@code bound} could still rank before {@code last}: where many titles
         * reach the same score ("budget"), the ties go by keys known before any score is computed.
         */
        private boolean mayEnter(int i, double bound, Scored last) {
            return ORDER.compare(new Scored(i, index.id(i), bound, index.closed(i), index.date(i), index.number(i)), last) < 0;
        }

        /** The items of {@code postings} that are candidates, as a new set. */
        private static BitSet among(BitSet postings, BitSet candidates) {
            BitSet out = (BitSet) candidates.clone();
            out.and(postings);
            return out;
        }

        /** The title's share of the question's trigrams, at least: no similarity of the two can be higher. */
        private float similarityBound(int i) {
            return phrase.size() == 0 ? 0f : Math.min(1f, (float) phraseShared.of(i) / phrase.size());
        }

        private static int bucketOf(double bound) {
            return (int) Math.max(0, Math.min(BUCKETS - 1, Math.floor(bound / MAX_SCORE * BUCKETS)));
        }

        /** Candidate positions, highest bucket first (a counting sort). */
        private static int[] orderByBucket(int[] bucket, int[] perBucket) {
            int[] next = new int[BUCKETS];
            for (int b = BUCKETS - 2, at = perBucket[BUCKETS - 1]; b >= 0; b--) {
                next[b] = at;
                at += perBucket[b];
            }
            int[] order = new int[bucket.length];
            for (int k = 0; k < bucket.length; k++) {
                order[next[bucket[k]]++] = k;
            }
            return order;
        }

        /**
         * The item's exact score, or null when it cannot reach {@code cutoff} (below the threshold, or below the last of
         * the best so far): the trigram comparisons, the costly part, are made only while they still could lift it there.
         */
        private Scored exact(int i, double sure, double slipGain, double cutoff) {
            Trigrams.Sequence title = index.titleTrigrams(i);
            // the title's exact count of the question's trigrams first: one pass over it, cheaper than any slip's comparison
            float similarityBound = phraseShared.of(i) == 0 ? 0f : (float) phrase.sharedIn(title) / phrase.size();
            if (score(sure + slipGain, similarityBound, i) < cutoff) {
                return null;
            }
            double covered = sure;
            for (int w = 0; w < words; w++) {
                if (!inTitle[w].get(i) && slips[w].may(i)) {
                    double gain = (1.5 - (inText[w].get(i) ? 1.3 : 0)) * weight[w];
                    slipGain -= gain;
                    if (slips[w].in(i)) {
                        covered += gain;
                    } else if (score(covered + slipGain, similarityBound, i) < cutoff) {
                        return null;
                    }
                }
            }
            if (score(covered, similarityBound, i) < cutoff) {
                return null;
            }
            float similarity = phraseShared.of(i) == 0 ? 0f : similarities.computeIfAbsent(title, t -> phrase.similarity(t, false));
            return new Scored(i, index.id(i), score(covered, similarity, i), index.closed(i), index.date(i), index.number(i));
        }

        private double score(double covered, float similarity, int i) {
            return Math.min(1.0, covered / possible) * 0.75 + similarity * 0.35f
                    + (caseNumber != null && caseNumber.equals(index.caseNumber(i)) ? 1 : 0)
                    // of one council's several names, the one the question used ranks first where all else is equal
                    + (!body.isEmpty() && body.equals(index.body(i)) ? 0.02 : 0);
        }
    }

    /** A scored item; ties go to the open item, the newer meeting, the lower punkt. */
    private record Scored(int item, long id, double score, boolean closed, LocalDate date, int number) {
    }

    private static final java.util.Comparator<Scored> ORDER = DecisionSearch::order;

    /** Spelled out rather than chained: every candidate that may enter the best five is compared with them. */
    private static int order(Scored a, Scored b) {
        int c = Double.compare(b.score(), a.score());
        if (c == 0) {
            c = Boolean.compare(a.closed(), b.closed());
        }
        if (c == 0) {
            c = b.date().compareTo(a.date());
        }
        if (c == 0) {
            c = Integer.compare(a.number(), b.number());
        }
        return c != 0 ? c : Long.compare(b.id(), a.id());
    }

    /** The scored items as answers, with their citations, in the order given; a closed item's decision only if authorised. */
    private static List<Hit> citations(ItemIndex index, List<Scored> scored, boolean authorised) {
        List<Hit> hits = new ArrayList<>();
        for (Scored s : scored) {
            ItemIndex.Citation c = index.citation(s.item());
            hits.add(new Hit(c.body(), c.date(), c.number(), c.punkt(), c.title(), c.caseNumber(), c.closed(), c.closed() && !authorised ? null : c.decision(),
                    c.outcome(), Math.round(s.score() * 1000) / 1000.0));
        }
        return hits;
    }

    /** The index of what {@code db} sees: the shared one of this version, or for a transaction's own view one of its own. */
    private ItemIndex index(DSLContext db, long version, boolean ownView) {
        if (ownView) {
            return ItemIndex.load(db, version, index, vocabulary);
        }
        ItemIndex current = index;
        if (current != null && current.version() == version) {
            return current;
        }
        synchronized (vocabulary) {
            if (index == null || index.version() != version) {
                index = ItemIndex.load(db, version, index, vocabulary);
            }
            return index;
        }
    }

    /**
     * Each word as the search vectors match it: its Danish stem, or (unless {@code stemOnly}) a word beginning with it
     * (the first part of a compound): as PostgreSQL's Danish configuration makes them — in process for a word of letters,
     * else by the server — once per word.
     */
    private Map<String, ItemIndex.WordQuery> wordQueries(DSLContext db, List<String> words, boolean stemOnly) {
        for (String w : words) {
            if (wordQueries.getIfPresent(w) == null) {
                String[] known = stems.queries(w);
                if (known != null) {
                    wordQueries.put(w, known);
                }
            }
        }
        List<String> unknown = words.stream().filter(w -> wordQueries.getIfPresent(w) == null).distinct().toList();
        if (!unknown.isEmpty()) {
            for (Record r : db.fetch("SELECT w, plainto_tsquery('danish', w)::text, to_tsquery('danish', quote_literal(lower(w)) || ':*')::text"
                    + " FROM unnest(?::text[]) AS w", (Object) unknown.toArray(String[]::new))) {
                wordQueries.put(r.get(0, String.class), new String[] {r.get(1, String.class), r.get(2, String.class)});
            }
        }
        Map<String, ItemIndex.WordQuery> out = new java.util.LinkedHashMap<>();
        for (String w : words) {
            String[] forms = wordQueries.getIfPresent(w);
            List<String> alternatives = forms == null ? List.of() : stemOnly ? List.of(forms[0]) : List.of(forms);
            out.put(w, new ItemIndex.WordQuery(alternatives.stream().map(DecisionSearch::terms).toList()));
        }
        return out;
    }

    private static final Pattern TSQUERY_TERM = Pattern.compile("'((?:[^']|'')*)'(:\\*)?");

    /** The lexemes of a tsquery's text ("'syg':* & 'fravær'"), all of which must match (phrase distances are not kept). */
    private static List<ItemIndex.Term> terms(String tsquery) {
        List<ItemIndex.Term> terms = new ArrayList<>();
        Matcher m = TSQUERY_TERM.matcher(tsquery == null ? "" : tsquery);
        while (m.find()) {
            terms.add(new ItemIndex.Term(m.group(1).replace("''", "'"), m.group(2) != null));
        }
        return terms;
    }

    /** The version of the stored minutes: any ingest, correction or decision adds an audit entry. */
    private static long version(DSLContext db) {
        return ((Number) db.fetchValue("SELECT coalesce(max(id), 0) FROM audit_log")).longValue();
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
                DSL.field("i.closed", Boolean.class), DSL.field("i.decision", String.class), DSL.field("i.outcome", String.class), score,
                DSL.field("i.punkt", String.class));
    }

    /** A closed item's decision stays in the database unless the query is authorised. */
    private static Hit hit(Record r, boolean authorised) {
        boolean closed = r.get(5, Boolean.class);
        return new Hit(r.get(0, String.class), r.get(1, LocalDate.class), r.get(2, Integer.class),
                AgendaItem.punkt(r.get(2, Integer.class), r.get(9, String.class)), r.get(3, String.class),
                r.get(4, String.class), closed, closed && !authorised ? null : r.get(6, String.class), r.get(7, String.class),
                Math.round(r.get(8, Double.class) * 1000) / 1000.0);
    }
}
