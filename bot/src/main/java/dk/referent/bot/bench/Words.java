package dk.referent.bot.bench;

import java.util.Locale;
import java.util.function.Consumer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;

/**
 * Lower-case runs of letters: the unit in which the benchmark counts vocabularies and picks question words. Deliberately
 * not the product's or Lucene's tokenizer, so that the corpus is described the same way whichever engine is measured.
 */
final class Words {

    private static final CharArraySet STOP_WORDS = DanishAnalyzer.getDefaultStopSet();

    private Words() {
    }

    /** A word that can say what a text is about: not a Danish stop word, and not a short word or abbreviation. */
    static boolean content(String word) {
        return word.length() >= 4 && !STOP_WORDS.contains(word);
    }

    /** Every word of {@code text}, lower-cased, in order. */
    static void each(String text, Consumer<String> word) {
        each(text, false, word);
    }

    /** The words {@code text} writes in lower case: common words, not names or the first word of a sentence. */
    static void eachLowerCase(String text, Consumer<String> word) {
        each(text, true, word);
    }

    private static void each(String text, boolean lowerCaseOnly, Consumer<String> word) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (!lowerCaseOnly || Character.isLowerCase(text.charAt(start))) {
                    word.accept(text.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = -1;
            }
        }
    }

    /** How many words {@code text} has. */
    static int count(String text) {
        int[] n = {0};
        each(text, w -> n[0]++);
        return n[0];
    }
}
