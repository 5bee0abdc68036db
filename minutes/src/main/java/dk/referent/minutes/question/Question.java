package dk.referent.minutes.question;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a question asks, understood: the language to answer in, a case number when one is named, and the search
 * terms — the question's own content words and what the glossary adds (abbreviations spelled out, English
 * municipal terms in Danish, synonyms) — with the meeting body and the date or period the question names.
 *
 * @param words           the question's content words, lower case, question templates and stop words removed
 * @param related         words the glossary adds for them
 * @param constraintWords those of {@code words} that say which body or when ("april", "2024", "kb-mødet"): not
 *                        searched for while the constraint is applied, searched for when it is dropped
 */
public record Question(String text, Kind kind, Language language, Optional<String> caseNumber, List<String> words,
                       List<String> related, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> body,
                       List<String> constraintWords) {

    public enum Language { DANISH, ENGLISH }

    /**
     * What is asked: a decision (the default), when a topic was treated ("hvornår blev X behandlet?"), something about a
     * meeting, or the open follow-ups.
     */
    public enum Kind { DECISION, WHEN_TREATED, ATTENDANCE, ABSENCE, PLACE, AGENDA, CLOSED_ITEMS, FOLLOW_UPS }

    public Question {
        words = List.copyOf(words);
        related = List.copyOf(related);
        constraintWords = List.copyOf(constraintWords);
    }

    /** Nothing to search for: only a template, stop words or punctuation. */
    public boolean empty() {
        return caseNumber.isEmpty() && words.isEmpty();
    }

    /** The question names a body, a date or a period. */
    public boolean constrained() {
        return body.isPresent() || from.isPresent() || to.isPresent();
    }

    /** The words that say what the question is about, without those of its body and date (all words when that is none). */
    public List<String> topicWords() {
        List<String> topic = subjectWords();
        return topic.isEmpty() ? words : topic;
    }

    /** The words that are not about the body, the date or (for follow-up questions) the kind of question; maybe none. */
    public List<String> subjectWords() {
        return words.stream().filter(w -> !constraintWords.contains(w)).toList();
    }

    /**
     * The same question at any time, still of its body ("Magistraten om mødeplanen i 2020" → Magistraten's, whenever):
     * a year in a question often names the topic's year rather than the meeting's.
     */
    public Question anyTime() {
        return new Question(text, kind, language, caseNumber, words, related, Optional.empty(), Optional.empty(), body, constraintWords);
    }

    /** The same topic without its body and date ("sprogskolen i april 2024" → "sprogskolen", anywhere, any time). */
    public Question unconstrained() {
        return new Question(text, kind, language, caseNumber, topicWords(), related, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }
}
