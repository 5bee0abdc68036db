package dk.referent.persistence;

import java.util.BitSet;

/**
 * Which titles hold a spelling slip of one question word (a strict word similarity of 0.5 or more), learnt title by
 * title as questions ask it and kept with the word's postings for this version of the minutes: topic words recur from
 * question to question, and the comparison is the costliest part of a candidate's score. Safe for concurrent use.
 */
final class TitleSlips {
    private final ItemIndex index;
    private final Trigrams.Matcher word;
    /** The titles that may hold a slip: a strict similarity of 0.5 needs half the word's trigrams. */
    private final BitSet candidates;
    private final BitSet checked = new BitSet();
    private final BitSet slips = new BitSet();
    /** The distinct titles compared so far (items repeat titles, which share one sequence) and whether each holds a slip. */
    private final java.util.Map<Trigrams.Sequence, Boolean> titles = new java.util.IdentityHashMap<>();

    TitleSlips(ItemIndex index, Trigrams.Matcher word) {
        this.index = index;
        this.word = word;
        this.candidates = index.titlesWithHalfOf(word);
    }

    /** Whether the word has trigrams at all (a slip of a word without letters or digits is nothing). */
    boolean possible() {
        return word.size() > 0;
    }

    /** The titles that may hold a slip of the word; never changed. */
    BitSet candidates() {
        return candidates;
    }

    /** Whether item {@code item}'s title may hold a slip of the word (without comparing them). */
    boolean may(int item) {
        return possible() && candidates.get(item);
    }

    /** Whether item {@code item}'s title holds a slip of the word. */
    synchronized boolean in(int item) {
        if (!checked.get(item)) {
            checked.set(item);
            // a similarity of 0.5 needs at least half the word's trigrams in the title: counting them is the cheaper test
            if (titles.computeIfAbsent(index.titleTrigrams(item), title -> 2 * word.sharedIn(title) >= word.size()
                    && word.similarity(title, true) >= 0.5f)) {
                slips.set(item);
            }
        }
        return slips.get(item);
    }
}
