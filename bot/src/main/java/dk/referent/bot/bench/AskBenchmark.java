package dk.referent.bot.bench;

import dk.referent.bot.Stores;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.minutes.referat.AgendaItem;
import dk.referent.minutes.referat.Meeting;
import dk.referent.minutes.referat.Referat;
import dk.referent.persistence.Database;
import dk.referent.persistence.DecisionSearch;
import dk.referent.persistence.PreviewStore;
import dk.referent.persistence.ReferatStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * {@code referent bench ask}: answer latency of the product's search over a corpus made of real minutes
 * ({@link RealisticCorpus}), stored as the product stores referater, beside a plain Lucene BM25 index of the same items
 * asked the same questions in the same run — so that the figure can be read against what a text search engine does
 * on the same machine, not only against a target.
 */
public final class AskBenchmark {

    /** How many items and questions; the seed fixes the corpus and the questions. */
    public record Options(int items, int questions, int warmup, long seed) {
    }

    /**
     * Where the figures were measured.
     *
     * @param loadAverage the system's one-minute load average when the timing ended: other work on the machine slows both
     *                    engines, so it is printed with the figures
     */
    public record Machine(int cores, String cpu, String java, String os, long maxHeapMegabytes, double loadAverage) {

        public static Machine current() {
            String cpu = "unknown CPU";
            try {
                cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
            } catch (IOException | RuntimeException e) {
                // not Linux: the core count and Java version still say what matters
            }
            return new Machine(Runtime.getRuntime().availableProcessors(), cpu,
                    System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"), Runtime.getRuntime().maxMemory() >> 20,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** One engine's answers: latency, and how many answerable questions got a hit and unanswerable ones got none. */
    public record Engine(Latency latency, int answered, int declined) {
    }

    /**
     * The figures of one run.
     *
     * @param storeSeconds  storing the corpus through the product's {@link ReferatStore}
     * @param vacuumSeconds VACUUM ANALYZE afterwards: the state autovacuum brings a database to after such a load
     */
    public record Report(RealMinutes source, RealisticCorpus.Stats corpus, double storeSeconds, double vacuumSeconds, double indexSeconds,
                         double searchIndexSeconds, long searchIndexBytes,
                         int answerable, int unanswerable, int warmup, Engine product, Engine lucene, List<Slow> slowest, String database,
                         Machine machine) {

        /** Product p95 over Lucene p95. */
        public double ratio() {
            return product.latency().p95() / lucene.latency().p95();
        }
    }

    /** One of the questions Referent took longest over, with Lucene's time for it: where the p95 comes from. */
    public record Slow(String question, double millis, double luceneMillis) {
    }

    /** How many of the slowest questions the report names. */
    private static final int SLOWEST = 5;

    private final QuestionParser parser;
    private final Clock clock;

    public AskBenchmark(QuestionParser parser, Clock clock) {
        this.parser = parser;
        this.clock = clock;
    }

    /** Generates the corpus, stores it in {@code db} (fresh and empty), indexes it in Lucene, and times both. */
    public Report run(Database db, RealMinutes real, Options options, Consumer<String> progress) throws IOException {
        RealisticCorpus corpus = RealisticCorpus.generate(real, options.items(), options.seed());
        RealisticCorpus.Stats stats = corpus.stats();
        progress.accept(String.format(Locale.ROOT, "generated %,d items in %,d meetings; storing them", stats.items(), stats.meetings()));
        long t0 = System.nanoTime();
        store(db, corpus, progress);
        double storeSeconds = seconds(t0);
        long t1 = System.nanoTime();
        db.dsl().execute("VACUUM ANALYZE");
        double vacuumSeconds = seconds(t1);

        List<BenchQuestions.Question> asked = BenchQuestions.generate(corpus, options.questions(), options.seed());
        List<String> questions = asked.stream().map(BenchQuestions.Question::text).toList();
        List<String> warmup = BenchQuestions.generate(corpus, options.warmup(), options.seed() + 1).stream()
                .map(BenchQuestions.Question::text).toList();
        progress.accept("indexing the same items in Lucene");
        long t2 = System.nanoTime();
        try (LuceneBaseline lucene = LuceneBaseline.index(corpus)) {
            double indexSeconds = seconds(t2);
            // every question answered afresh (no answer cache): the figure is the search; "today" is after the newest meeting
            DecisionSearch search = new DecisionSearch(db, 0);
            long heapBefore = usedHeap();
            long t3 = System.nanoTime();
            search.prepare();
            double searchIndexSeconds = seconds(t3);
            long searchIndexBytes = usedHeap() - heapBefore;
            LocalDate today = stats.last().plusDays(1);
            progress.accept("asking both " + questions.size() + " questions, in turns, after " + warmup.size() + " warm-up questions");
            List<Latency.Run> runs = Latency.measure(warmup, questions,
                    List.<ToIntFunction<String>>of(q -> search.search(parser.parse(q, today), false, 5).size(), lucene::search));
            int answerable = (int) asked.stream().filter(BenchQuestions.Question::answerable).count();
            return new Report(real, stats, storeSeconds, vacuumSeconds, indexSeconds, searchIndexSeconds, searchIndexBytes, answerable, asked.size() - answerable, warmup.size(),
                    engine(runs.get(0), asked), engine(runs.get(1), asked), slowest(questions, runs.get(0), runs.get(1)), db.description(),
                    Machine.current());
        }
    }

    /**
     * Stores every meeting as the product stores a referat ({@link ReferatStore#ingest}, one transaction per meeting): the
     * same rows, triggers, search vectors, dictionary of title words and audit entries as real minutes get.
     */
    void store(Database db, RealisticCorpus corpus, Consumer<String> progress) {
        ReferatStore store = Stores.over(db, clock, PreviewStore.DEFAULT_TTL).referater();
        List<RealisticCorpus.Meeting> meetings = corpus.meetings();
        int step = Math.max(1, meetings.size() / 10);
        for (int m = 0; m < meetings.size(); m++) {
            Referat referat = referat("bench-" + m, meetings.get(m));
            store.ingest(referat, referat.source(), "bench");
            if ((m + 1) % step == 0) {
                progress.accept(String.format(Locale.ROOT, "stored %,d of %,d meetings", m + 1, meetings.size()));
            }
        }
    }

    /** A generated meeting as the parser would have read it (the source name stands in for the text it hashes). */
    static Referat referat(String source, RealisticCorpus.Meeting meeting) {
        List<AgendaItem> items = new ArrayList<>(meeting.items().size());
        for (RealisticCorpus.Item i : meeting.items()) {
            items.add(new AgendaItem(i.number(), String.valueOf(i.number()), i.title(), List.of(), i.caseNumber(), i.closed(), i.decision(),
                    i.outcome(), List.of(), List.of(), List.of(), null, List.of(), null, null, i.text(), List.of()));
        }
        return new Referat(source, new Meeting(meeting.body(), meeting.date(), null, null, List.of()), items);
    }

    private static List<Slow> slowest(List<String> questions, Latency.Run product, Latency.Run lucene) {
        return IntStream.range(0, questions.size()).boxed()
                .sorted(java.util.Comparator.comparing((Integer i) -> product.nanos().get(i)).reversed()).limit(SLOWEST)
                .map(i -> new Slow(questions.get(i), product.nanos().get(i) / 1e6, lucene.nanos().get(i) / 1e6)).toList();
    }

    private static Engine engine(Latency.Run run, List<BenchQuestions.Question> asked) {
        int answered = (int) IntStream.range(0, asked.size()).filter(i -> asked.get(i).answerable() && run.hits().get(i) > 0).count();
        int declined = (int) IntStream.range(0, asked.size()).filter(i -> !asked.get(i).answerable() && run.hits().get(i) == 0).count();
        return new Engine(run.latency(), answered, declined);
    }

    /** Heap in use after a collection: what a structure built in between holds (System.gc is a request; good enough here). */
    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    public static void print(Report r, PrintWriter out) {
        RealisticCorpus.Stats c = r.corpus();
        out.printf(Locale.ROOT, "corpus: %,d items in %,d meetings of %d bodies (%s – %s); %,d distinct words; item text mean %,.0f,"
                        + " median %,d characters%n", c.items(), c.meetings(), c.bodies(), c.first(), c.last(), c.distinctWords(), c.meanLength(),
                c.medianLength());
        RealMinutes s = r.source();
        out.printf(Locale.ROOT, "  made of %d real referater: %,d titles, %,d item texts (median %,d characters), %,d decisions,"
                        + " %,d distinct words%n", s.files(), s.titles().size(), s.lengths().size(), s.medianLength(),
                s.decisions().size(), s.vocabulary());
        out.printf(Locale.ROOT, "load: stored in %.1f s (%,.0f items/s, one transaction per meeting), VACUUM ANALYZE %.1f s;"
                + " Lucene index %.1f s; Referent's search index read from the database in %.1f s, about %,d MB of heap%n", r.storeSeconds(),
                c.items() / r.storeSeconds(), r.vacuumSeconds(), r.indexSeconds(), r.searchIndexSeconds(), r.searchIndexBytes() / (1024 * 1024));
        out.printf(Locale.ROOT, "%d questions (%d answerable, %d about nothing stored), each once after %d other warm-up questions, top 5,"
                        + " the two engines in turns:%n",
                r.answerable() + r.unanswerable(), r.answerable(), r.unanswerable(), r.warmup());
        line(out, "Referent", r.product(), r);
        line(out, "Lucene  ", r.lucene(), r);
        out.printf(Locale.ROOT, "ratio Referent p95 / Lucene p95: %.1f%n", r.ratio());
        out.printf(Locale.ROOT, "slowest for Referent:%n");
        r.slowest().forEach(q -> out.printf(Locale.ROOT, "  %6.1f ms (Lucene %4.1f ms)  %s%n", q.millis(), q.luceneMillis(), q.question()));
        Machine m = r.machine();
        out.printf(Locale.ROOT, "machine: %d cores (%s), Java %s, %s, max heap %,d MB, load average %.1f; %s%n", m.cores(), m.cpu(),
                m.java(), m.os(), m.maxHeapMegabytes(), m.loadAverage(), r.database());
    }

    private static void line(PrintWriter out, String name, Engine e, Report r) {
        out.printf(Locale.ROOT, "  %s p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms; hits for %d of %d answerable, none for %d of %d"
                        + " unanswerable%n", name, e.latency().p50(), e.latency().p95(), e.latency().max(), e.answered(), r.answerable(),
                e.declined(), r.unanswerable());
    }
}
