package dk.referent.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.bot.Stores;
import dk.referent.bot.bench.AskBenchmark;
import dk.referent.bot.bench.Latency;
import dk.referent.bot.bench.RealMinutes;
import dk.referent.bot.bench.SyntheticFollowUps;
import dk.referent.bot.bench.SyntheticItems;
import dk.referent.bot.bench.SyntheticReferater;
import dk.referent.bot.intake.ReferatFiles;
import dk.referent.minutes.followup.FollowUpExtractor;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.minutes.referat.Referat;
import dk.referent.minutes.referat.ReferatFormatException;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.source.DocumentText;
import dk.referent.persistence.Database;
import dk.referent.persistence.DatabaseConfig;
import dk.referent.persistence.DecisionSearch;
import dk.referent.persistence.PreviewStore;
import dk.referent.persistence.ReferatStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code referent bench …}: measured speed and memory, the figures the README quotes. */
@Command(name = "bench", description = "Benchmarks.", subcommands = {BenchCommand.Parse.class, BenchCommand.Ingest.class, BenchCommand.Ask.class,
        BenchCommand.Reminders.class})
final class BenchCommand {

    /**
     * {@code referent bench ask [--items N] [PATH...]}: p50/p95 answer latency over N items made of real minutes, beside an
     * in-process Lucene BM25 index of the same items asked the same questions; the work is in {@link AskBenchmark}.
     */
    @Command(name = "ask", description = {"Answer latency (p50/p95) over N items made of real minutes (their titles and sentences"
            + " recombined), stored in a fresh, temporary embedded database, beside Lucene BM25 over the same items and questions.",
            "Default PATHs (in a source checkout): samples, minutes/src/test/resources/real-heldout*, minutes/src/test/resources/real-pdf."})
    static final class Ask implements Callable<Integer> {

        /** The real minutes in the source tree; the command is run from its root. */
        private static final Path FIXTURES = Path.of("minutes", "src", "test", "resources");

        @Parameters(arity = "0..*", paramLabel = "PATH", description = "Referat files or directories to build the corpus from.")
        List<Path> paths = new ArrayList<>();

        @Option(names = "--items", defaultValue = "100000", description = "How many items (default: ${DEFAULT-VALUE}).")
        int items;

        @Option(names = "--questions", defaultValue = "300", description = "How many questions to time (default: ${DEFAULT-VALUE}).")
        int questions;

        @Option(names = "--warmup", defaultValue = "50", description = "Other questions asked first, untimed (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--seed", defaultValue = "42", description = "Fixes the corpus and the questions (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--synthetic", description = "The earlier corpus instead: titles from ~50 words, short fixed texts, made by SQL;"
                + " no Lucene baseline.")
        boolean synthetic;

        @Spec
        CommandSpec spec;

        private final QuestionParser parser;

        Ask(QuestionParser parser) {
            this.parser = parser;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (synthetic) {
                return synthetic(out);
            }
            List<Path> files = ReferatFiles.expand(paths.isEmpty() ? defaultPaths() : paths);
            // the parser keeps no state, so a new one reads the same as the one the factory gives the other commands
            RealMinutes real = RealMinutes.read(files, new ReferatParser(), err::println);
            if (!real.usable()) {
                err.println("bench ask: no items with text among " + files.size() + " file(s); give referat files or directories");
                return ExitCodes.BAD_INPUT;
            }
            return onTemporaryDatabase(db -> {
                AskBenchmark.Report report = new AskBenchmark(parser, Clock.systemDefaultZone())
                        .run(db, real, new AskBenchmark.Options(items, questions, warmup, seed), message -> {
                            err.println("bench ask: " + message);
                            err.flush();
                        });
                AskBenchmark.print(report, out);
                return ExitCodes.OK;
            });
        }

        private static List<Path> defaultPaths() throws IOException {
            List<Path> defaults = new ArrayList<>(List.of(Path.of("samples")));
            if (Files.isDirectory(FIXTURES)) {
                try (Stream<Path> dirs = Files.list(FIXTURES)) {
                    dirs.filter(d -> d.getFileName().toString().startsWith("real-heldout") || d.getFileName().toString().equals("real-pdf"))
                            .sorted().forEach(defaults::add);
                }
            }
            return defaults.stream().filter(Files::exists).toList();
        }

        /** The earlier benchmark: generated items over a vocabulary of about 50 words, asked with the first 50 as warm-up. */
        private int synthetic(PrintWriter out) throws Exception {
            return onTemporaryDatabase(db -> {
                long t0 = System.nanoTime();
                SyntheticItems.load(db, items);
                double loadSeconds = (System.nanoTime() - t0) / 1e9;
                // every question answered afresh: the figure is the search, not the answer cache
                DecisionSearch search = new DecisionSearch(db, 0);
                List<String> asked = SyntheticItems.questions(questions);
                Latency.Run run = Latency.measure(asked.subList(0, Math.min(warmup, asked.size())), asked,
                        q -> search.search(parser.parse(q), false, 5).size());
                out.printf(Locale.ROOT, "answered %d questions (%d with hits) over %d synthetic items (loaded in %.1f s): p50 %.1f ms,"
                                + " p95 %.1f ms, max %.1f ms; %s, %d cores%n", asked.size(), run.hits().stream().filter(h -> h > 0).count(),
                        items, loadSeconds, run.latency().p50(), run.latency().p95(), run.latency().max(), db.description(),
                        Runtime.getRuntime().availableProcessors());
                return ExitCodes.OK;
            });
        }
    }

    /**
     * {@code referent bench reminders [--followups N] [--due M]}: N confirmed deadlines planned into Quartz (time and
     * database size), then M reminders due in the same minute: the lateness from due time to outbox row.
     */
    @Command(name = "reminders", description = "Reminder scheduling (N follow-ups) and lateness (M due in the same minute), in a fresh, temporary embedded database.")
    static final class Reminders implements Callable<Integer> {

        /** Staged one minute ahead (the service stages ten), so the run takes minutes, not a quarter of an hour. */
        private static final dk.referent.scheduler.SchedulerSettings SETTINGS = dk.referent.scheduler.SchedulerSettings.defaults("bench")
                .withStageAhead(java.time.Duration.ofSeconds(60));

        @Option(names = "--followups", defaultValue = "100000", description = "Confirmed follow-ups to plan (default: ${DEFAULT-VALUE}).")
        int followUps;

        @Option(names = "--due", defaultValue = "1000", description = "Reminders due in the same minute (default: ${DEFAULT-VALUE}).")
        int due;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Clock clock = Clock.system(dk.referent.scheduler.SchedulerSettings.COPENHAGEN);
            return onTemporaryDatabase(db -> {
                SyntheticFollowUps.load(db, followUps, java.time.LocalDate.now(clock));
                dk.referent.scheduler.ReminderStore store = Stores.over(db, clock, PreviewStore.DEFAULT_TTL).reminders();
                try (dk.referent.scheduler.ReminderScheduler scheduler = new dk.referent.scheduler.ReminderScheduler(db.dataSource(), store,
                        clock, SETTINGS)) {
                    long t0 = System.nanoTime();
                    int triggers = scheduler.syncAll();
                    double planSeconds = (System.nanoTime() - t0) / 1e9;
                    Object size = db.dsl().fetchValue("SELECT pg_size_pretty(pg_database_size(current_database()))");
                    // a whole minute at least 80 s ahead (after the one-minute staging span): all M fall due at its first second
                    java.time.Instant minute = clock.instant().plusSeconds(140).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
                    SyntheticFollowUps.dueAt(scheduler, db, due, minute);
                    scheduler.start();
                    // the dispatcher sends as the service does (every 200 ms here), to a chat that accepts at once
                    dk.referent.scheduler.OutboxDispatcher dispatcher = new dk.referent.scheduler.OutboxDispatcher(db,
                            (target, text) -> dk.referent.scheduler.DeliveryResult.sent(), clock, SETTINGS);
                    long deadline = System.nanoTime() + 900_000_000_000L;
                    while (db.dsl().fetchCount(db.dsl().selectFrom("reminder_delivery").where("status = 'sent'")) < due
                            && System.nanoTime() < deadline) {
                        dispatcher.dispatchOnce();
                        java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
                    }
                    List<Double> staged = db.dsl().fetch("SELECT extract(epoch FROM created_at - due_at) FROM reminder_delivery ORDER BY 1")
                            .getValues(0, Double.class);
                    List<Double> sent = db.dsl().fetch("SELECT extract(epoch FROM sent_at - due_at) FROM reminder_delivery"
                            + " WHERE status = 'sent' ORDER BY 1").getValues(0, Double.class);
                    out.printf(Locale.ROOT, "%d follow-ups: %d reminders planned into Quartz in %.1f s (%.0f/s), database %s;"
                                    + " %d due in one minute: outbox row vs due time p50 %.2f s, p99 %.2f s, max %.2f s (negative: staged"
                                    + " ahead); sent after due p50 %.2f s, p99 %.2f s, max %.2f s (%d sent); %d cores%n",
                            followUps, triggers, planSeconds, triggers / planSeconds, size, due,
                            percentile(staged, 0.5), percentile(staged, 0.99), percentile(staged, 1.0),
                            percentile(sent, 0.5), percentile(sent, 0.99), percentile(sent, 1.0), sent.size(),
                            Runtime.getRuntime().availableProcessors());
                }
                return ExitCodes.OK;
            });
        }

        private static double percentile(List<Double> sorted, double p) {
            return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
        }
    }

    /**
     * {@code referent bench ingest [--count N]}: parse and store N generated referater into a fresh embedded
     * database in a temporary directory (never the user's data).
     */
    @Command(name = "ingest", description = "Parse, find follow-ups and store N generated referater into a fresh, temporary embedded database.")
    static final class Ingest implements Callable<Integer> {

        @Option(names = "--count", description = "How many referater (default: ${DEFAULT-VALUE}).", defaultValue = "1000")
        int count;

        @Option(names = "--json", description = "Print the figures as one JSON object.")
        boolean json;

        @Spec
        CommandSpec spec;

        private final ReferatParser parser;
        private final FollowUpExtractor extractor;
        private final ObjectMapper mapper;
        private final Clock clock;

        Ingest(ReferatParser parser, FollowUpExtractor extractor, ObjectMapper mapper, Clock clock) {
            this.parser = parser;
            this.extractor = extractor;
            this.mapper = mapper;
            this.clock = clock;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            SyntheticReferater generator = new SyntheticReferater(42);
            List<String> texts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                texts.add(generator.referat(i));
            }
            return onTemporaryDatabase(db -> {
                ReferatStore store = Stores.over(db, clock, PreviewStore.DEFAULT_TTL).referater();
                long items = 0;
                long parseNanos = 0;
                long start = System.nanoTime();
                for (int i = 0; i < texts.size(); i++) {
                    long p0 = System.nanoTime();
                    Referat referat = extractor.extract(parser.parse("bench-" + i + ".md", texts.get(i)));
                    parseNanos += System.nanoTime() - p0;
                    items += store.ingest(referat, texts.get(i), "bench").items();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("referater", count);
                figures.put("items", items);
                figures.put("seconds", round(seconds));
                figures.put("parseAndFollowUpSeconds", round(parseNanos / 1e9));
                figures.put("itemsPerSecond", round(items / seconds));
                figures.put("referaterPerSecond", round(count / seconds));
                figures.put("database", db.description());
                figures.put("cores", Runtime.getRuntime().availableProcessors());
                if (json) {
                    out.println(mapper.writeValueAsString(figures));
                } else {
                    out.printf(Locale.ROOT, "ingested %d referater (%d items) in %.1f s (parsing and finding follow-ups %.1f s): %.0f items/s, "
                                    + "%.1f referater/s; %s, %d cores%n", count, items, seconds, parseNanos / 1e9,
                            items / seconds, count / seconds, db.description(), Runtime.getRuntime().availableProcessors());
                }
                return ExitCodes.OK;
            });
        }
    }

    /** What a benchmark does with its database; returns the exit code. */
    @FunctionalInterface
    interface OnDatabase {
        int run(Database database) throws Exception;
    }

    /** A fresh embedded database in a temporary directory — never the user's data — deleted afterwards. */
    static int onTemporaryDatabase(OnDatabase work) throws Exception {
        Path dir = Files.createTempDirectory("referent-bench-");
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            return work.run(db);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** {@code referent bench parse [--count N] [PATH...]}: parse N referater, cycling through the files given. */
    @Command(name = "parse", description = "Parse N referater in memory (cycling through the files given) and report throughput.")
    static final class Parse implements Callable<Integer> {

        @Parameters(arity = "0..*", paramLabel = "PATH", description = "Referat files or directories (default: samples).")
        List<Path> paths = new ArrayList<>();

        @Option(names = "--count", description = "How many referater to parse (default: ${DEFAULT-VALUE}).", defaultValue = "1000")
        int count;

        @Option(names = "--warmup", description = "Referater parsed before measuring (default: ${DEFAULT-VALUE}).", defaultValue = "300")
        int warmup;

        @Option(names = "--json", description = "Print the figures as one JSON object.")
        boolean json;

        @Spec
        CommandSpec spec;

        private final ReferatParser parser;
        private final FollowUpExtractor extractor;
        private final ObjectMapper mapper;

        Parse(ReferatParser parser, FollowUpExtractor extractor, ObjectMapper mapper) {
            this.parser = parser;
            this.extractor = extractor;
            this.mapper = mapper;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<Path> files = ReferatFiles.expand(paths.isEmpty() ? List.of(Path.of("samples")) : paths);
            List<String> texts = new ArrayList<>();
            long bytes = 0;
            for (Path f : files) {
                try {
                    String text = DocumentText.decode(Files.readAllBytes(f));
                    parser.parse(f.toString(), text);
                    texts.add(text);
                    bytes += text.getBytes(StandardCharsets.UTF_8).length;
                } catch (ReferatFormatException e) {
                    err.println(f + ": skipped: " + e.getMessage());
                }
            }
            if (texts.isEmpty()) {
                err.println("bench parse: no readable referat among " + files.size() + " file(s)");
                return ExitCodes.BAD_INPUT;
            }
            try {
                run(texts, warmup);
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                long[] counts = run(texts, count);
                double seconds = (System.nanoTime() - start) / 1e9;
                long items = counts[0];
                double extractionSeconds = counts[1] / 1e9;
                long peakHeap = peakHeap();
                double megabytes = bytes * ((double) count / texts.size()) / (1024 * 1024);
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("referater", count);
                figures.put("distinctFiles", texts.size());
                figures.put("items", items);
                figures.put("followUps", counts[2]);
                figures.put("seconds", round(seconds));
                figures.put("followUpSeconds", round(extractionSeconds));
                figures.put("referaterPerSecond", round(count / seconds));
                figures.put("itemsPerSecond", round(items / seconds));
                figures.put("megabytesPerSecond", round(megabytes / seconds));
                figures.put("peakHeapMegabytes", round(peakHeap / (1024.0 * 1024)));
                figures.put("cores", Runtime.getRuntime().availableProcessors());
                figures.put("java", System.getProperty("java.version"));
                if (json) {
                    out.println(mapper.writeValueAsString(figures));
                } else {
                    out.printf(Locale.ROOT, "parsed %d referater (%d distinct files, %d items, %d follow-ups) in %.2f s, of which"
                                    + " finding follow-ups %.2f s: %.0f referater/s, %.0f items/s, %.1f MB/s; peak heap %.0f MB (%d cores, Java %s)%n",
                            count, texts.size(), items, counts[2], seconds, extractionSeconds, count / seconds, items / seconds, megabytes / seconds,
                            peakHeap / (1024.0 * 1024), Runtime.getRuntime().availableProcessors(),
                            System.getProperty("java.version"));
                }
                return ExitCodes.OK;
            } catch (ReferatFormatException e) {
                err.println("bench parse: " + e.getMessage());
                return ExitCodes.FAILED;
            }
        }

        /** Items, nanoseconds spent finding follow-ups, follow-ups found. */
        private long[] run(List<String> texts, int n) throws ReferatFormatException {
            long items = 0;
            long extracting = 0;
            long followUps = 0;
            for (int i = 0; i < n; i++) {
                Referat referat = parser.parse("bench", texts.get(i % texts.size()));
                long t0 = System.nanoTime();
                Referat withFollowUps = extractor.extract(referat);
                extracting += System.nanoTime() - t0;
                items += referat.items().size();
                followUps += withFollowUps.items().stream().mapToLong(it -> it.followUps().size()).sum();
            }
            return new long[] {items, extracting, followUps};
        }

        private static void resetPeaks() {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        private static long peakHeap() {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        }

    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
