package dk.referent.bot.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/** Answer latency in milliseconds over a set of questions. */
public record Latency(double p50, double p95, double max) {

    /** The latencies of a run, and each question's hits and time in nanoseconds (in the order asked). */
    public record Run(Latency latency, List<Integer> hits, List<Long> nanos) {
        public Run {
            hits = List.copyOf(hits);
            nanos = List.copyOf(nanos);
        }
    }

    /**
     * Asks {@code warmup} first, untimed (the JIT compiles, caches and buffers fill), then each of {@code questions} once,
     * timed one by one. The warm-up questions are others than the timed ones, so that nothing timed was asked before.
     */
    public static Run measure(List<String> warmup, List<String> questions, ToIntFunction<String> ask) {
        return measure(warmup, questions, List.of(ask)).get(0);
    }

    /**
     * As {@link #measure(List, List, ToIntFunction)} for several engines, which take turns question by question (each
     * going first as often as the others): on a shared machine a burst of other work then slows them alike, and their
     * ratio holds.
     */
    public static List<Run> measure(List<String> warmup, List<String> questions, List<ToIntFunction<String>> engines) {
        warmup.forEach(q -> engines.forEach(e -> e.applyAsInt(q)));
        long[][] nanos = new long[engines.size()][questions.size()];
        int[][] hits = new int[engines.size()][questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            for (int k = 0; k < engines.size(); k++) {
                int e = (i + k) % engines.size();
                long t0 = System.nanoTime();
                hits[e][i] = engines.get(e).applyAsInt(questions.get(i));
                nanos[e][i] = System.nanoTime() - t0;
            }
        }
        List<Run> runs = new ArrayList<>();
        for (int e = 0; e < engines.size(); e++) {
            runs.add(new Run(of(nanos[e]), Arrays.stream(hits[e]).boxed().toList(), Arrays.stream(nanos[e]).boxed().toList()));
        }
        return runs;
    }

    /** p50, p95 and max of {@code nanos} (nearest rank), in milliseconds. */
    public static Latency of(long[] nanos) {
        if (nanos.length == 0) {
            return new Latency(Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latency(millis(sorted, 0.50), millis(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
    }

    private static double millis(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
