package dk.referent.persistence;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * A question word as PostgreSQL's {@code danish} text search configuration makes it a query, without asking the
 * server: the Snowball Danish stemmer and stop words, which that configuration uses too (DanishStemsTest compares
 * the two on every word of the real minutes). Only words of letters alone: the server's parser splits the others
 * (numbers, hyphens, e-mail addresses) in ways of its own, so those are still asked.
 */
final class DanishStems {

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private final CharArraySet stopWords = DanishAnalyzer.getDefaultStopSet();

    /**
     * The word's {@code plainto_tsquery('danish', w)} and {@code to_tsquery('danish', 'w':*)} as their text ("'skol'",
     * "'skol':*"; both empty for a stop word), or null when the word is not letters alone.
     */
    String[] queries(String word) {
        if (!LETTERS.matcher(word).matches()) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (stopWords.contains(lower)) {
            return new String[] {"", ""};
        }
        DanishStemmer stemmer = new DanishStemmer();
        stemmer.setCurrent(lower);
        stemmer.stem();
        String quoted = "'" + stemmer.getCurrent().replace("'", "''") + "'";
        return new String[] {quoted, quoted + ":*"};
    }
}
