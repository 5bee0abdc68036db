package dk.referent.minutes.question;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a question asks, understood: the language to answer in, a case number when one is named, and the search
 * terms — the question's own content words and what the glossary adds (abbreviations spelled out, English
 * municipal terms in Danish, synonyms).
 *
 * @param words   the question's content words, lower case, question templates and stop words removed
 * @param related words the glossary adds for them
 */
public record Question(String text, Kind kind, Language language, Optional<String> caseNumber, List<String> words,
                       List<String> related, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> body) {

    public enum Language { DANISH, ENGLISH }

    /** What is asked: a decision (the default), or something about a meeting. */
    public enum Kind { DECISION, ATTENDANCE, ABSENCE, PLACE, AGENDA, CLOSED_ITEMS }

    public Question {
        words = List.copyOf(words);
        related = List.copyOf(related);
    }

    /** Nothing to search for: only a template, stop words or punctuation. */
    public boolean empty() {
        return caseNumber.isEmpty() && words.isEmpty();
    }
}
