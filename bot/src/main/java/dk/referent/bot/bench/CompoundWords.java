package dk.referent.bot.bench;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * New Danish compounds made of real content words ("budget" + "opfølgning" → "budgetopfølgning"), drawn with Zipf's
 * law from a pool of fixed size. Recombining a few hundred kilobytes of real sentences into hundreds of megabytes
 * repeats the same few thousand words, whereas a real collection's vocabulary keeps growing with its size — in
 * Danish mostly through new compounds, plus names — and that growth decides how many distinct entries the full-text
 * indexes hold and how long their rare words' lists are.
 */
final class CompoundWords {

    /** Modifiers with these endings take a linking s in Danish compounds ("rengøringsudbud", "sundhedsplan"). */
    private static final Pattern LINKING_S = Pattern.compile("(?:ing|hed|else|tion|sion|dom|skab|tet|ment)$");

    private final List<String> parts;
    private final String[] pool;
    private final long seed;

    /**
     * @param parts content-word occurrences (repeated as often as they occur, so frequent words make more compounds)
     * @param size  how many distinct compounds there can be
     */
    CompoundWords(List<String> parts, int size, long seed) {
        this.parts = List.copyOf(parts);
        this.pool = new String[parts.size() < 2 ? 0 : Math.max(0, size)];
        this.seed = seed;
    }

    boolean empty() {
        return pool.length == 0;
    }

    /**
     * A compound from the pool, the k-th with probability about 1 / ((k + 1) · ln size): a few are common, most are rare,
     * as with real words. The k-th compound is the same whatever was drawn before, so the corpus is deterministic.
     */
    String draw(Random random) {
        int k = Math.min(pool.length - 1, (int) Math.floor(Math.pow(pool.length + 1.0, random.nextDouble())) - 1);
        if (pool[k] == null) {
            pool[k] = make(new Random(seed * 1_000_003L + k));
        }
        return pool[k];
    }

    private String make(Random random) {
        String modifier = parts.get(random.nextInt(parts.size()));
        String head = parts.get(random.nextInt(parts.size()));
        for (int tries = 0; head.equals(modifier) && tries < 10; tries++) {
            head = parts.get(random.nextInt(parts.size()));
        }
        return join(modifier, head);
    }

    /** One Danish compound of two words, with the linking s where the modifier's ending takes one. */
    static String join(String modifier, String head) {
        return modifier + (LINKING_S.matcher(modifier).find() ? "s" : "") + head;
    }
}
