package dk.referent.persistence;

import dk.referent.minutes.referat.AgendaItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The stored items' search words, in memory: for every lexeme of the Danish search vectors PostgreSQL made on ingest
 * (title, and everything the authorised group may search), the items that have it; and every title's trigrams, with
 * the titles that have each. A question is answered from these postings in microseconds instead of from the
 * full-text indexes; the database stays the one source of the words (its Danish stemming made them) and of the items,
 * and an index is a snapshot of one version of the minutes.
 *
 * <p>Items are never changed in place (a corrected referat replaces its items), so a new version loads only the
 * items it does not have yet; the meetings' bodies and dates are read again.
 */
final class ItemIndex {

    /** One word of a question as the search vectors match it: any of the alternatives, each all of its terms. */
    record WordQuery(List<List<Term>> alternatives) {
    }

    /** A lexeme, or with {@code prefix} any lexeme beginning with it (a compound's first part). */
    record Term(String lexeme, boolean prefix) {
    }

    /** An item as the index keeps it; its lexemes as ordinals of the shared {@link Vocabulary}. */
    private record Item(long id, long meetingId, int number, String punkt, String title, String titleText, String caseNumber, boolean closed,
                        String decision, String outcome, int[] titleLexemes, int[] textLexemes, Trigrams.Sequence titleTrigrams) {
    }

    /** Lexeme ordinals and trigram numbers shared by the snapshots, so that an item read once keeps its numbers. */
    static final class Vocabulary {
        private final Map<String, Integer> ordinals = new HashMap<>();
        private final List<String> lexemes = new ArrayList<>();
        final Trigrams.Ids trigrams = new Trigrams.Ids();
        /**
         * One trigram sequence per distinct title: minutes repeat titles ("Godkendelse af dagsorden", "Eventuelt") at every
         * meeting, and a question compares a title with its words once however many items carry it.
         */
        private final Map<String, Trigrams.Sequence> titles = new HashMap<>();

        synchronized Trigrams.Sequence title(String text) {
            return titles.computeIfAbsent(text, trigrams::add);
        }

        synchronized int[] ordinals(String spaced) {
            if (spaced == null || spaced.isEmpty()) {
                return new int[0];
            }
            String[] words = spaced.split(" ");
            int[] out = new int[words.length];
            for (int k = 0; k < words.length; k++) {
                out[k] = ordinals.computeIfAbsent(words[k], w -> {
                    lexemes.add(w);
                    return lexemes.size() - 1;
                });
            }
            return out;
        }

        synchronized String[] lexemes() {
            return lexemes.toArray(String[]::new);
        }
    }

    private final long version;
    private final Item[] items;
    private final Map<Long, String> names;
    private final Map<Long, LocalDate> dates;
    private final int[] meetingOf;
    private final String[] meetingBodies;
    private final String[] meetingNames;
    private final LocalDate[] meetingDates;
    private final BitSet closed = new BitSet();
    /** The lexemes known to this snapshot, sorted, and the ordinal of each. */
    private final String[] sorted;
    private final int[] sortedOrdinals;
    private final int[][] titlePostings;
    private final int[][] textPostings;
    /** For each trigram number, the items whose title has it. */
    private final int[][] trigramPostings;
    /** The words of the titles (three letters or more), each with its distinct trigrams; for spelling slips. */
    private final String[] titleWords;
    private final int[][] titleWordTrigrams;
    private final int[][] trigramTitleWords;
    private final Trigrams.Ids trigrams;

    private ItemIndex(long version, Item[] items, Map<Long, String> names, Map<Long, LocalDate> dates, Vocabulary vocabulary) {
        this.version = version;
        this.items = items;
        this.names = names;
        this.dates = dates;
        this.trigrams = vocabulary.trigrams;
        String[] lexemes = vocabulary.lexemes();
        Integer[] order = new Integer[lexemes.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> lexemes[a].compareTo(lexemes[b]));
        sorted = new String[order.length];
        sortedOrdinals = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            sorted[k] = lexemes[order[k]];
            sortedOrdinals[k] = order[k];
        }
        titlePostings = postings(items.length, lexemes.length, i -> items[i].titleLexemes());
        textPostings = postings(items.length, lexemes.length, i -> items[i].textLexemes());
        int trigramCount = trigrams.size();
        trigramPostings = postings(items.length, trigramCount, i -> items[i].titleTrigrams().distinct());
        Map<Long, Integer> meetingIndexes = new HashMap<>();
        List<Long> meetingIds = new ArrayList<>(names.keySet());
        meetingBodies = new String[meetingIds.size()];
        meetingNames = new String[meetingIds.size()];
        meetingDates = new LocalDate[meetingIds.size()];
        for (int m = 0; m < meetingIds.size(); m++) {
            meetingIndexes.put(meetingIds.get(m), m);
            meetingNames[m] = names.get(meetingIds.get(m));
            meetingBodies[m] = meetingNames[m] == null ? "" : meetingNames[m].toLowerCase(Locale.ROOT);
            meetingDates[m] = dates.get(meetingIds.get(m));
        }
        meetingOf = new int[items.length];
        Set<String> words = new LinkedHashSet<>();
        for (int i = 0; i < items.length; i++) {
            closed.set(i, items[i].closed());
            meetingOf[i] = meetingIndexes.getOrDefault(items[i].meetingId(), -1);
            for (String w : items[i].titleText().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() >= 3) {
                    words.add(w);
                }
            }
        }
        titleWords = words.stream().sorted().toArray(String[]::new);
        titleWordTrigrams = new int[titleWords.length][];
        for (int k = 0; k < titleWords.length; k++) {
            titleWordTrigrams[k] = trigrams.lookUp(titleWords[k]).distinct();
        }
        trigramTitleWords = postings(titleWords.length, trigramCount,
                k -> Arrays.stream(titleWordTrigrams[k]).filter(t -> t >= 0).toArray());
    }

    /** The same index at another version of the minutes whose items and meetings it already holds. */
    private ItemIndex(ItemIndex same, long version) {
        this.version = version;
        this.items = same.items;
        this.names = same.names;
        this.dates = same.dates;
        this.trigrams = same.trigrams;
        this.meetingOf = same.meetingOf;
        this.meetingBodies = same.meetingBodies;
        this.meetingNames = same.meetingNames;
        this.meetingDates = same.meetingDates;
        this.closed.or(same.closed);
        this.sorted = same.sorted;
        this.sortedOrdinals = same.sortedOrdinals;
        this.titlePostings = same.titlePostings;
        this.textPostings = same.textPostings;
        this.trigramPostings = same.trigramPostings;
        this.titleWords = same.titleWords;
        this.titleWordTrigrams = same.titleWordTrigrams;
        this.trigramTitleWords = same.trigramTitleWords;
    }

    /** For each of {@code keys} numbers, the owners (0 .. owners-1, ascending) whose {@code of} has it. */
    private static int[][] postings(int owners, int keys, java.util.function.IntFunction<int[]> of) {
        int[] counts = new int[keys];
        for (int i = 0; i < owners; i++) {
            for (int o : of.apply(i)) {
                counts[o]++;
            }
        }
        int[][] postings = new int[keys][];
        for (int o = 0; o < keys; o++) {
            postings[o] = new int[counts[o]];
        }
        Arrays.fill(counts, 0);
        for (int i = 0; i < owners; i++) {
            for (int o : of.apply(i)) {
                postings[o][counts[o]++] = i;
            }
        }
        return postings;
    }

    long version() {
        return version;
    }

    int size() {
        return items.length;
    }

    /**
     * The index of the minutes {@code db} sees at {@code version}: the items of {@code previous} that are still stored,
     * and the others read from the database.
     */
    static ItemIndex load(DSLContext db, long version, ItemIndex previous, Vocabulary vocabulary) {
        Map<Long, Item> known = new HashMap<>();
        if (previous != null) {
            for (Item item : previous.items) {
                known.put(item.id(), item);
            }
        }
        List<Long> stored = db.fetch("SELECT id FROM agenda_item ORDER BY id").getValues(0, Long.class);
        Long[] missing = stored.stream().filter(id -> !known.containsKey(id)).toArray(Long[]::new);
        Map<Long, Item> read = new HashMap<>();
        if (missing.length > 0) {
            String which = previous == null ? "TRUE" : "id = ANY (?::bigint[])";
            Object[] binds = previous == null ? new Object[0] : new Object[] {missing};
            for (Record r : db.fetch("SELECT id, meeting_id, number, title, title || ' ' || array_to_string(alternative_titles, ' '),"
                    + " case_number, closed, decision, outcome, array_to_string(tsvector_to_array(title_search), ' '),"
                    + " array_to_string(tsvector_to_array(search_authorised), ' '), punkt FROM agenda_item WHERE " + which, binds)) {
                String titleText = r.get(4, String.class);
                read.put(r.get(0, Long.class), new Item(r.get(0, Long.class), r.get(1, Long.class), r.get(2, Integer.class),
                        AgendaItem.punkt(r.get(2, Integer.class), r.get(11, String.class)), r.get(3, String.class), titleText, r.get(5, String.class), r.get(6, Boolean.class), r.get(7, String.class),
                        r.get(8, String.class), vocabulary.ordinals(r.get(9, String.class)), vocabulary.ordinals(r.get(10, String.class)),
                        vocabulary.title(titleText)));
            }
        }
        List<Item> items = new ArrayList<>(stored.size());
        for (Long id : stored) {
            Item item = known.containsKey(id) ? known.get(id) : read.get(id);
            // an item deleted between the two reads is left out; the next version brings the rest
            if (item != null) {
                items.add(item);
            }
        }
        Map<Long, String> names = new HashMap<>();
        Map<Long, LocalDate> dates = new HashMap<>();
        for (Record r : db.fetch("SELECT id, body, meeting_date FROM meeting")) {
            names.put(r.get(0, Long.class), r.get(1, String.class));
            dates.put(r.get(0, Long.class), r.get(2, LocalDate.class));
        }
        if (previous != null && missing.length == 0 && items.size() == previous.items.length && names.equals(previous.names)
                && dates.equals(previous.dates)) {
            // a version that changed no item (a follow-up confirmed, a reminder snoozed): nothing to build again
            return new ItemIndex(previous, version);
        }
        return new ItemIndex(version, items.toArray(Item[]::new), names, dates, vocabulary);
    }

    /** The items whose title has the word. */
    BitSet inTitles(WordQuery word) {
        return matching(word, titlePostings);
    }

    /**
     * The items whose searchable text has the word: everything for the authorised group, else a closed item's title
     * only (as the {@code search} vector holds it); {@code inTitles} is {@link #inTitles} of the word.
     */
    BitSet inTexts(WordQuery word, BitSet inTitles, boolean authorised) {
        BitSet text = matching(word, textPostings);
        if (!authorised) {
            text.andNot(closed);
            BitSet closedTitles = (BitSet) inTitles.clone();
            closedTitles.and(closed);
            text.or(closedTitles);
        }
        return text;
    }

    private BitSet matching(WordQuery word, int[][] postings) {
        BitSet any = new BitSet(items.length);
        for (List<Term> alternative : word.alternatives()) {
            if (alternative.isEmpty()) {
                continue;
            }
            BitSet all = null;
            for (Term term : alternative) {
                BitSet one = term(term, postings);
                if (all == null) {
                    all = one;
                } else {
                    all.and(one);
                }
            }
            any.or(all);
        }
        return any;
    }

    private BitSet term(Term term, int[][] postings) {
        BitSet out = new BitSet(items.length);
        int from = Arrays.binarySearch(sorted, term.lexeme());
        if (!term.prefix()) {
            if (from >= 0) {
                for (int i : postings[sortedOrdinals[from]]) {
                    out.set(i);
                }
            }
            return out;
        }
        for (int k = from >= 0 ? from : -from - 1; k < sorted.length && sorted[k].startsWith(term.lexeme()); k++) {
            for (int i : postings[sortedOrdinals[k]]) {
                out.set(i);
            }
        }
        return out;
    }

    /** The items of meetings of one of {@code bodies} (lower-cased; any when empty) between {@code from} and {@code to}. */
    BitSet ofMeetings(Set<String> bodies, LocalDate from, LocalDate to) {
        boolean[] meets = new boolean[meetingBodies.length];
        for (int m = 0; m < meets.length; m++) {
            meets[m] = (bodies.isEmpty() || bodies.contains(meetingBodies[m]))
                    && (from == null || !meetingDates[m].isBefore(from)) && (to == null || !meetingDates[m].isAfter(to));
        }
        BitSet out = new BitSet(items.length);
        for (int i = 0; i < items.length; i++) {
            if (meetingOf[i] >= 0 && meets[meetingOf[i]]) {
                out.set(i);
            }
        }
        return out;
    }

    /** A comparison of {@code needle} with the titles: its trigrams numbered as the titles' are. */
    Trigrams.Matcher matcher(String needle) {
        return new Trigrams.Matcher(trigrams.lookUp(needle));
    }

    /**
     * For each item, at least as many of the needle's distinct trigrams as its title has (a bound of any extent's share):
     * the trigrams in more than a tenth of the titles (a word's padded start, " af") are counted as present everywhere,
     * the others exactly — the common ones would cost most to count and tell least.
     */
    SharedTrigrams sharedTrigrams(Trigrams.Matcher needle) {
        int[] shared = new int[items.length];
        int everywhere = 0;
        for (int t : needle.distinct()) {
            if (t >= 0 && t < trigramPostings.length) {
                if (trigramPostings[t].length > items.length / 10) {
                    everywhere++;
                    continue;
                }
                for (int i : trigramPostings[t]) {
                    shared[i]++;
                }
            }
        }
        return new SharedTrigrams(shared, everywhere);
    }

    /** Per item, the needle's trigrams counted exactly ({@code counted}) plus those counted as present everywhere. */
    record SharedTrigrams(int[] counted, int everywhere) {
        int of(int item) {
            return counted[item] + everywhere;
        }
    }

    /**
     * The items whose title may hold a slip of the needle (a strict word similarity of 0.5 or more): such a title has
     * at least half the needle's distinct trigrams, so it has one of any more-than-half of them — the rarest are taken.
     */
    BitSet titlesWithHalfOf(Trigrams.Matcher needle) {
        int[] distinct = needle.distinct();
        Integer[] rarest = Arrays.stream(distinct).boxed()
                .sorted(java.util.Comparator.comparingInt(t -> t < 0 || t >= trigramPostings.length ? 0 : trigramPostings[t].length))
                .toArray(Integer[]::new);
        BitSet out = new BitSet(items.length);
        for (int k = 0; k < distinct.length / 2 + 1 && k < rarest.length; k++) {
            int t = rarest[k];
            if (t >= 0 && t < trigramPostings.length) {
                for (int i : trigramPostings[t]) {
                    out.set(i);
                }
            }
        }
        return out;
    }

    /**
     * The title words most like {@code word} (pg_trgm similarity at least 0.5), most alike first, at most {@code limit}:
     * what a spelling slip may have meant.
     */
    List<String> closeTitleWords(String word, int limit) {
        int[] needle = trigrams.lookUp(word).distinct();
        int[] shared = new int[titleWords.length];
        for (int t : needle) {
            if (t >= 0 && t < trigramTitleWords.length) {
                for (int k : trigramTitleWords[t]) {
                    shared[k]++;
                }
            }
        }
        record Close(String word, float similarity) {
        }
        List<Close> close = new ArrayList<>();
        for (int k = 0; k < shared.length; k++) {
            // shared / (needle + word - shared) >= 0.5 needs 3 * shared >= needle + word
            if (shared[k] > 0 && 3 * shared[k] >= needle.length + titleWordTrigrams[k].length) {
                float similarity = Trigrams.similarity(needle, titleWordTrigrams[k]);
                if (similarity >= 0.5f) {
                    close.add(new Close(titleWords[k], similarity));
                }
            }
        }
        return close.stream()
                .sorted(java.util.Comparator.comparing(Close::similarity).reversed().thenComparing(Close::word))
                .limit(limit).map(Close::word).toList();
    }

    long id(int item) {
        return items[item].id();
    }

    Trigrams.Sequence titleTrigrams(int item) {
        return items[item].titleTrigrams();
    }

    String caseNumber(int item) {
        return items[item].caseNumber();
    }

    boolean closed(int item) {
        return items[item].closed();
    }

    int number(int item) {
        return items[item].number();
    }

    /** The item's citation: body as the minutes name it, date, punkt, title, case, closed, decision, outcome. */
    Citation citation(int item) {
        Item i = items[item];
        return new Citation(meetingOf[item] < 0 ? null : meetingNames[meetingOf[item]], date(item), i.number(), i.punkt(), i.title(),
                i.caseNumber(), i.closed(), i.decision(), i.outcome());
    }

    record Citation(String body, LocalDate date, int number, String punkt, String title, String caseNumber, boolean closed, String decision,
                    String outcome) {
    }

    /** The body of the item's meeting, lower-cased. */
    String body(int item) {
        return meetingOf[item] < 0 ? "" : meetingBodies[meetingOf[item]];
    }

    LocalDate date(int item) {
        return meetingOf[item] < 0 ? LocalDate.MIN : meetingDates[meetingOf[item]];
    }
}
