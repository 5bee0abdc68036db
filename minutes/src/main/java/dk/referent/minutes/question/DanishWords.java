package dk.referent.minutes.question;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Danish morphology from a maintained dictionary rather than hand lists: Stavekontrolden's Danish Hunspell
 * dictionary (as shipped in LanguageTool's Danish module), read by Lucene's Hunspell. It gives a word's lemmas
 * ("skolen" → skole), splits compounds into their parts ("cykelfilmen" → cykel, film; "sygefravær" → syge, fravær)
 * and joins words a question wrote apart ("kommune planlægning" → kommuneplanlægning). Loaded once, on first use.
 */
public final class DanishWords {

    private static final String AFFIX = "/org/languagetool/resource/da/hunspell/da_DK.aff";
    private static final String WORDS = "/org/languagetool/resource/da/hunspell/da_DK.dic";
    /** Parts shorter than this are too often prefixes or inflections to be a compound's part. */
    private static final int SHORTEST_PART = 4;

    /** Past this many remembered words the memory starts afresh: it only saves repeating the dictionary's work. */
    private static final int REMEMBERED = 50_000;

    private final Hunspell hunspell;
    /** The dictionary's answers per word: questions repeat their words, and a compound's split asks about every part. */
    private final Map<String, Boolean> knownWords = new ConcurrentHashMap<>();
    private final Map<String, List<String>> lemmaWords = new ConcurrentHashMap<>();
    private final Map<String, List<String>> partWords = new ConcurrentHashMap<>();

    private DanishWords(Hunspell hunspell) {
        this.hunspell = hunspell;
    }

    private static <V> V remembered(Map<String, V> memory, String word, java.util.function.Function<String, V> ask) {
        V known = memory.get(word);
        if (known == null) {
            if (memory.size() >= REMEMBERED) {
                memory.clear();
            }
            known = ask.apply(word);
            memory.put(word, known);
        }
        return known;
    }

    /** The dictionary; loading it takes a moment, so callers keep one. */
    public static DanishWords load() {
        try (InputStream affix = Objects.requireNonNull(DanishWords.class.getResourceAsStream(AFFIX), AFFIX);
             InputStream words = Objects.requireNonNull(DanishWords.class.getResourceAsStream(WORDS), WORDS)) {
            Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "da", affix, words);
            return new DanishWords(new Hunspell(dictionary));
        } catch (IOException | java.text.ParseException e) {
            throw new UncheckedIOException(new IOException("the Danish dictionary could not be read", e));
        }
    }

    /** The word's Snowball stem, as PostgreSQL's Danish full-text search stems it ("byrådet" → byråd). */
    public static String stem(String word) {
        org.tartarus.snowball.ext.DanishStemmer stemmer = new org.tartarus.snowball.ext.DanishStemmer();
        stemmer.setCurrent(word.toLowerCase(Locale.ROOT));
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** Whether the word is Danish as the dictionary knows it (inflected forms and its compounds included). */
    public boolean known(String word) {
        return word.length() >= 2 && remembered(knownWords, word, hunspell::spell);
    }

    /** The word's dictionary forms ("skolen" → skole), none when the dictionary does not know it. */
    public List<String> lemmas(String word) {
        return remembered(lemmaWords, word.toLowerCase(Locale.ROOT), w -> {
            List<String> out = new ArrayList<>();
            for (String root : hunspell.getRoots(w)) {
                if (!out.contains(root)) {
                    out.add(root);
                }
            }
            return List.copyOf(out);
        });
    }

    /**
     * The parts of a compound ("cykelfilmen" → [cykel, film]): the split whose head (the last part, which carries the
     * inflection) and modifier are both words, a linking -s- or -e- allowed between them; the longest head wins.
     * Empty when the word is no compound the dictionary can read.
     */
    public List<String> parts(String word) {
        return remembered(partWords, word.toLowerCase(Locale.ROOT), w -> {
            // a head that is a dictionary entry first ("lufthavns·tilskuddet", not "lufthavn·stilskuddet"), then any word
            List<String> found = parts(w, true);
            return found.isEmpty() ? parts(w, false) : found;
        });
    }

    private List<String> parts(String word, boolean entryHead) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int split = SHORTEST_PART; split <= w.length() - SHORTEST_PART; split++) {
            String head = w.substring(split);
            if (entryHead ? lemmas(head).isEmpty() : !known(head)) {
                continue;
            }
            String modifier = w.substring(0, split);
            String stem = modifier;
            if (!known(stem) && (modifier.endsWith("s") || modifier.endsWith("e")) && modifier.length() > SHORTEST_PART) {
                stem = modifier.substring(0, modifier.length() - 1); // "kommune·s·", "syg·e·": a linking letter
            }
            if (known(stem)) {
                List<String> headLemmas = lemmas(head);
                List<String> stemLemmas = lemmas(stem);
                return List.of(stemLemmas.isEmpty() ? stem : stemLemmas.get(0), headLemmas.isEmpty() ? head : headLemmas.get(0));
            }
        }
        return List.of();
    }

    /** The compounds of two words the dictionary knows, with or without a linking -s- ("ældre", "råd" → ældreråd). */
    public List<String> compounds(String first, String second) {
        String a = first.toLowerCase(Locale.ROOT);
        String b = second.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String candidate : List.of(a + b, a + "s" + b)) {
            if (candidate.length() >= 2 * SHORTEST_PART && known(candidate)) {
                out.add(candidate);
            }
        }
        return out;
    }

    /**
     * Two words written apart that are one: what the dictionary knows as one ("kommune planlægning" → kommuneplanlægning),
     * or a name the dictionary does not know before a word it does ("Sønderkær skolen" → sønderkærskolen), if any.
     */
    public List<String> joined(String first, String second) {
        String a = first.toLowerCase(Locale.ROOT);
        String b = second.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(compounds(a, b));
        if (out.isEmpty() && a.length() >= SHORTEST_PART && b.length() >= SHORTEST_PART && !known(a) && !lemmas(b).isEmpty()) {
            out.add(a + b);
        }
        return out;
    }
}
