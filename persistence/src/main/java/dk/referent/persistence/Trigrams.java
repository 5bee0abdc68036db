package dk.referent.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * pg_trgm's {@code similarity}, {@code word_similarity} and {@code strict_word_similarity}, computed in process so that
 * scoring an item costs no round trip; the same words, padding, bounds and extent search as PostgreSQL's (TrigramsTest
 * compares them with the server's on real text). A word is a run of letters and digits, lower-cased and padded with
 * two blanks before and one after; its trigrams are every three consecutive characters. Trigrams are numbered by an
 * {@link Ids} dictionary, so that a title's trigrams are read once, when the index is built.
 */
final class Trigrams {

    private Trigrams() {
    }

    static final byte LEFT = 1;
    static final byte RIGHT = 2;

    /**
     * Numbers for trigrams: those of the stored titles get their own; a question's trigram that no title has gets a
     * negative number of its own (it can match nothing, but it counts in the question's share).
     */
    static final class Ids {
        private final Map<String, Integer> ids = new HashMap<>();

        synchronized int size() {
            return ids.size();
        }

        /** The text's trigrams, numbering the new ones. */
        synchronized Sequence add(String text) {
            List<String> trigrams = new ArrayList<>();
            byte[] bounds = split(text, trigrams);
            int[] out = new int[trigrams.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = ids.computeIfAbsent(trigrams.get(k), t -> ids.size());
            }
            return new Sequence(out, bounds);
        }

        /** The text's trigrams, numbering none: a trigram no title has gets a negative number, one per distinct trigram. */
        synchronized Sequence lookUp(String text) {
            List<String> trigrams = new ArrayList<>();
            byte[] bounds = split(text, trigrams);
            Map<String, Integer> unknown = new HashMap<>();
            int[] out = new int[trigrams.size()];
            for (int k = 0; k < out.length; k++) {
                Integer id = ids.get(trigrams.get(k));
                out[k] = id != null ? id : unknown.computeIfAbsent(trigrams.get(k), t -> -1 - unknown.size());
            }
            return new Sequence(out, bounds);
        }
    }

    /** A text's trigrams in order (duplicates kept), each marked when it begins ({@link #LEFT}) or ends ({@link #RIGHT}) a word. */
    record Sequence(int[] ids, byte[] bounds) {

        /** The distinct trigrams, ascending. */
        int[] distinct() {
            return Arrays.stream(ids).distinct().sorted().toArray();
        }
    }

    /** pg_trgm's generate_trgm_only: the padded words' trigrams, with the bounds of each word. */
    private static byte[] split(String text, List<String> trigrams) {
        List<int[]> wordSpans = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !isWordCharacter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && isWordCharacter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int[] padded = ("  " + text.substring(start, i).toLowerCase(Locale.ROOT) + " ").codePoints().toArray();
            int first = trigrams.size();
            for (int k = 0; k + 2 < padded.length; k++) {
                trigrams.add(new String(padded, k, 3));
            }
            wordSpans.add(new int[] {first, trigrams.size() - 1});
        }
        byte[] bounds = new byte[trigrams.size()];
        for (int[] span : wordSpans) {
            bounds[span[0]] |= LEFT;
            bounds[span[1]] |= RIGHT;
        }
        return bounds;
    }

    private static boolean isWordCharacter(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }

    /** Word similarity of two texts (for tests and one-off comparisons). */
    static float wordSimilarity(String needle, String text) {
        Ids ids = new Ids();
        Sequence t = ids.add(text);
        return new Matcher(ids.lookUp(needle)).similarity(t, false);
    }

    /** Strict word similarity of two texts (for tests and one-off comparisons). */
    static float strictWordSimilarity(String needle, String text) {
        Ids ids = new Ids();
        Sequence t = ids.add(text);
        return new Matcher(ids.lookUp(needle)).similarity(t, true);
    }

    /** Similarity of two texts (for tests and one-off comparisons). */
    static float similarity(String one, String other) {
        Ids ids = new Ids();
        return similarity(ids.add(one).distinct(), ids.add(other).distinct());
    }

    /** pg_trgm's similarity: shared distinct trigrams over all distinct trigrams of the two. */
    static float similarity(int[] distinctOne, int[] distinctOther) {
        int shared = 0;
        for (int i = 0, j = 0; i < distinctOne.length && j < distinctOther.length; ) {
            int c = Integer.compare(distinctOne[i], distinctOther[j]);
            shared += c == 0 ? 1 : 0;
            i += c <= 0 ? 1 : 0;
            j += c >= 0 ? 1 : 0;
        }
        return ratio(shared, distinctOne.length, distinctOther.length);
    }

    /**
     * One needle (a question's word or words) compared with many texts: its distinct trigrams are found once. Not safe
     * for concurrent use (it keeps scratch space): one per question, or guarded by its holder ({@link TitleSlips}).
     */
    static final class Matcher {
        /**
         * For each known trigram id, its index among one comparison's distinct trigrams, or -1: as long as the trigram
         * dictionary, so one per thread rather than one per matcher (matchers are kept with cached words), and -1
         * everywhere again after each comparison.
         */
        private static final ThreadLocal<int[]> LOCAL = ThreadLocal.withInitial(() -> new int[0]);

        private final int[] needle;
        private boolean[] found = new boolean[64];
        private int[] lastPosition = new int[64];
        private int[] indexes = new int[64];

        Matcher(Sequence needle) {
            this.needle = needle.distinct();
        }

        /** How many distinct trigrams the needle has (pg_trgm's ulen1). */
        int size() {
            return needle.length;
        }

        /** The needle's distinct trigrams, ascending (the unknown ones, negative, first). */
        int[] distinct() {
            return needle;
        }

        /**
         * How many of the needle's distinct trigrams {@code text} has: {@code shared / size()} bounds the word similarity
         * from above, in one pass over the text (the similarity itself weighs extents of it).
         */
        int sharedIn(Sequence text) {
            int[] local = positions(needle.length == 0 ? 0 : needle[needle.length - 1] + 1);
            int count = 0;
            for (int id : text.ids()) {
                if (id >= 0 && id < local.length && local[id] >= 0) {
                    // counted once: a repeat of it in the text finds -1
                    local[id] = -1;
                    count++;
                }
            }
            for (int id : needle) {
                if (id >= 0) {
                    local[id] = -1;
                }
            }
            return count;
        }

        /**
         * This thread's {@link #LOCAL}, at least {@code known} long, with each of the needle's known trigrams at its index
         * among them, the rest -1 (a lookup by array rather than a search of the needle for each of a title's trigrams);
         * the caller sets them back to -1.
         */
        private int[] positions(int known) {
            int[] local = LOCAL.get();
            if (local.length < known) {
                local = new int[Math.max(known, local.length * 2)];
                Arrays.fill(local, -1);
                LOCAL.set(local);
            }
            for (int k = 0; k < needle.length; k++) {
                if (needle[k] >= 0) {
                    local[needle[k]] = k;
                }
            }
            return local;
        }

        /** pg_trgm's calc_word_similarity of the needle in {@code text}; {@code strict}: extents on word bounds. */
        float similarity(Sequence text, boolean strict) {
            int[] ids = text.ids();
            int known = 0;
            for (int id : ids) {
                known = Math.max(known, id + 1);
            }
            for (int id : needle) {
                known = Math.max(known, id + 1);
            }
            // the needle's trigrams first: indexes 0 .. size-1 are "found"
            int[] local = positions(known);
            int distinct = needle.length;
            if (indexes.length < ids.length) {
                indexes = new int[ids.length * 2];
            }
            for (int k = 0; k < ids.length; k++) {
                int id = ids[k];
                if (local[id] < 0) {
                    local[id] = distinct++;
                }
                indexes[k] = local[id];
            }
            if (found.length < distinct) {
                found = new boolean[distinct * 2];
                lastPosition = new int[distinct * 2];
            }
            Arrays.fill(found, 0, distinct, false);
            Arrays.fill(found, 0, needle.length, true);
            float result = bestExtent(indexes, ids.length, found, lastPosition, distinct, needle.length, strict, text.bounds());
            for (int id : needle) {
                if (id >= 0) {
                    local[id] = -1;
                }
            }
            for (int id : ids) {
                local[id] = -1;
            }
            return result;
        }
    }

    /** pg_trgm's iterate_word_similarity: one pass over the text's trigrams, moving the extent's bounds. */
    private static float bestExtent(int[] secondIndexes, int length, boolean[] found, int[] lastPosition, int distinct, int needleUnique,
                                    boolean strict, byte[] bounds) {
        Arrays.fill(lastPosition, 0, distinct, -1);
        int extentUnique = 0;
        int count = 0;
        int lower = strict ? 0 : -1;
        float best = 0f;
        for (int i = 0; i < length; i++) {
            int trigram = secondIndexes[i];
            if (lower >= 0 || found[trigram]) {
                if (lastPosition[trigram] < 0) {
                    extentUnique++;
                    if (found[trigram]) {
                        count++;
                    }
                }
                lastPosition[trigram] = i;
            }
            if (strict ? (bounds[i] & RIGHT) != 0 : found[trigram]) {
                int upper = i;
                if (lower == -1) {
                    lower = i;
                    extentUnique = 1;
                }
                float current = ratio(count, needleUnique, extentUnique);
                // a later lower bound may give a greater similarity
                int tryCount = count;
                int tryUnique = extentUnique;
                int previousLower = lower;
                for (int tryLower = lower; tryLower <= upper; tryLower++) {
                    if (!strict || (bounds[tryLower] & LEFT) != 0) {
                        float candidate = ratio(tryCount, needleUnique, tryUnique);
                        if (candidate > current) {
                            current = candidate;
                            extentUnique = tryUnique;
                            lower = tryLower;
                            count = tryCount;
                        }
                    }
                    int t = secondIndexes[tryLower];
                    if (lastPosition[t] == tryLower) {
                        tryUnique--;
                        if (found[t]) {
                            tryCount--;
                        }
                    }
                }
                best = Math.max(best, current);
                for (int k = previousLower; k < lower; k++) {
                    int t = secondIndexes[k];
                    if (lastPosition[t] == k) {
                        lastPosition[t] = -1;
                    }
                }
            }
        }
        return best;
    }

    private static float ratio(int count, int first, int second) {
        if (first <= 0 || second <= 0) {
            return 0f;
        }
        return ((float) count) / ((float) (first + second - count));
    }
}
