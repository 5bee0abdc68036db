package dk.referent.minutes.referat;

import dk.referent.minutes.names.Bodies;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Section labels a document teaches by repeating them: a short line standing for itself in item after item
 * ("Fremstilling", "Sagsprocedure") opens a section even where no list of labels knows the word — so a decision ends
 * there instead of running on into the next section. A municipality's own section names are many; its minutes repeat
 * them in every item, which is what tells them apart from running text.
 */
final class RecurringLabels {

    /** One to three words, only the first capitalised (names of people capitalise every word), no full stop. */
    private static final Pattern SHAPE = Pattern.compile("^\\p{Lu}[\\p{Ll}\\-]{3,}(?: [\\p{Ll}\\-]+){0,2}:?$");
    private static final int MIN_ITEMS = 3;

    private RecurringLabels() {
    }

    /** The keys (as {@link SectionLabel#key}) of lines repeated as labels in the items of one document. */
    static Set<String> of(List<List<Line>> items) {
        if (items.size() < MIN_ITEMS) {
            return Set.of();
        }
        Map<String, Integer> itemsWith = new HashMap<>();
        Set<String> values = new HashSet<>();
        for (List<Line> item : items) {
            Set<String> here = new HashSet<>();
            Line previous = null;
            for (int i = 0; i < item.size(); i++) {
                Line line = item.get(i);
                if (line.blank()) {
                    continue;
                }
                if (candidate(line) && followedByText(item, i)) {
                    String key = SectionLabel.key(line.text());
                    // the value under a label ("Økonomiske konsekvenser" / "Ingen", "Beslutning" / "Udvalget anbefaler")
                    // is text, not a label
                    if (previous != null && SectionLabel.of(previous).isPresent()) {
                        values.add(key);
                    }
                    here.add(key);
                }
                previous = line;
            }
            here.forEach(key -> itemsWith.merge(key, 1, Integer::sum));
        }
        Set<String> labels = new HashSet<>();
        itemsWith.forEach((key, count) -> {
            if (count >= MIN_ITEMS && count * 4 >= items.size() && !values.contains(key)) {
                labels.add(key);
            }
        });
        return Set.copyOf(labels);
    }

    private static boolean candidate(Line line) {
        String text = line.text();
        return text.length() <= 40 && SHAPE.matcher(text).matches() && SectionLabel.of(line).isEmpty()
                && !Bodies.isName(text) && Outcome.of(text) == Outcome.OTHER;
    }

    private static boolean followedByText(List<Line> item, int at) {
        for (int i = at + 1; i < item.size(); i++) {
            if (!item.get(i).blank()) {
                return true;
            }
        }
        return false;
    }
}
