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
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * English words in Danish, from a maintained general dictionary rather than a list chosen for known questions:
 * FreeDict's Danish-English dictionary reversed (with its small English-Danish one; GPL 3.0+, see the header of
 * {@code english-danish.tsv} and {@code minutes/tools}). An inflected English word is looked up by its dictionary form
 * ("cameras" → camera, "postponed" → postpone, "paying" → pay).
 */
public final class EnglishWords {

    private final Map<String, List<String>> danish;

    private EnglishWords(Map<String, List<String>> danish) {
        this.danish = danish;
    }

    /** The shipped word list. */
    public static EnglishWords load() {
        try (InputStream in = Objects.requireNonNull(EnglishWords.class.getResourceAsStream("english-danish.tsv"), "english-danish.tsv")) {
            return new EnglishWords(QuestionParser.readGlossary(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Danish words for an English word, the likeliest first; empty when the dictionary does not know it. */
    public List<String> danish(String english) {
        for (String form : forms(english.toLowerCase(Locale.ROOT))) {
            List<String> found = danish.get(form);
            if (found != null) {
                return found;
            }
        }
        return List.of();
    }

    /** The word and the dictionary forms it may be inflected from, most literal first. */
    static List<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        String w = word.replaceAll("'s?$", "");
        forms.add(w);
        char[] chars = w.toCharArray();
        forms.add(new String(chars, 0, new EnglishMinimalStemmer().stem(chars, chars.length)));
        for (String[] ending : new String[][] {{"ied", "y"}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}, {"es", ""}}) {
            if (w.endsWith(ending[0]) && w.length() > ending[0].length() + 2) {
                String base = w.substring(0, w.length() - ending[0].length());
                forms.add(base + ending[1]);
                if (base.length() > 3 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)) {
                    forms.add(base.substring(0, base.length() - 1)); // "planned" → plan
                }
            }
        }
        return new ArrayList<>(forms);
    }
}
