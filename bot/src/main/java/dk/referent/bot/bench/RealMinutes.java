package dk.referent.bot.bench;

import dk.referent.bot.intake.ReferatFiles;
import dk.referent.minutes.referat.AgendaItem;
import dk.referent.minutes.referat.Outcome;
import dk.referent.minutes.referat.Referat;
import dk.referent.minutes.referat.ReferatFormatException;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.source.DocumentText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What real referater give the benchmark corpus, as the project's own parser reads them: titles, the sentences of each
 * item's text, decisions with their outcomes, the lengths of whole item texts, and the meetings (body, date, number of
 * items).
 *
 * @param passages     each item's text (without its title) as sentences, in order, so that runs of them stay coherent
 * @param lengths      the full-text lengths (characters) of the items with text; a text an excerpt cut counts with the length
 *                     it has, less than its whole, so that excerpts make the corpus err short rather than long
 * @param closedShare  the share of items marked closed (Lukket)
 * @param vocabulary   how many distinct words the titles, passages and decisions have
 * @param tokens       how many words the passages have
 */
public record RealMinutes(int files, List<String> titles, List<List<String>> passages, List<Decision> decisions,
                          List<Integer> lengths, List<Meeting> meetings, double closedShare, int vocabulary, long tokens) {

    /** A real decision and the outcome the parser read from it. */
    public record Decision(String text, Outcome outcome) {
    }

    /** A real meeting: its body and date (null when the minutes do not say) and how many items it has. */
    public record Meeting(String body, LocalDate date, int items) {
    }

    /** Lines first, then sentence ends followed by what starts a sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"»(])");
    /** A sentence that ends like one; the last one of a document without it was cut where the excerpt ends. */
    private static final Pattern ENDS_LIKE_A_SENTENCE = Pattern.compile("[.!?:)\"»”]$");

    public RealMinutes {
        titles = List.copyOf(titles);
        passages = passages.stream().map(List::copyOf).toList();
        decisions = List.copyOf(decisions);
        lengths = List.copyOf(lengths);
        meetings = List.copyOf(meetings);
    }

    /**
     * Reads and parses {@code files}; a file the parser refuses, and the notes kept beside real fixtures (README, SOURCE),
     * are passed to {@code skipped} with the reason and left out.
     */
    public static RealMinutes read(List<Path> files, ReferatParser parser, Consumer<String> skipped) throws IOException {
        List<Referat> referater = new ArrayList<>();
        for (Path f : files) {
            if (ReferatFiles.folderNotes(f)) {
                // the fixture directories describe their sources in these; they are not minutes
                skipped.accept(f + ": skipped: notes about the fixtures, not minutes");
                continue;
            }
            try {
                referater.add(parser.parse(f.getFileName().toString(), DocumentText.decode(Files.readAllBytes(f))));
            } catch (ReferatFormatException e) {
                skipped.accept(f + ": skipped: " + e.getMessage());
            }
        }
        return of(referater);
    }

    /** What the parsed {@code referater} give. */
    public static RealMinutes of(List<Referat> referater) {
        List<String> titles = new ArrayList<>();
        List<List<String>> passages = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        List<Meeting> meetings = new ArrayList<>();
        Set<String> vocabulary = new HashSet<>();
        long[] tokens = {0};
        int items = 0;
        int closed = 0;
        for (Referat referat : referater) {
            List<AgendaItem> all = referat.items();
            if (!all.isEmpty()) {
                meetings.add(new Meeting(referat.meeting().body(), referat.meeting().date(), all.size()));
            }
            for (int i = 0; i < all.size(); i++) {
                AgendaItem item = all.get(i);
                boolean last = i == all.size() - 1;
                items++;
                closed += item.closed() ? 1 : 0;
                if (item.title() != null && !item.title().isBlank()) {
                    titles.add(item.title().strip());
                    Words.each(item.title(), vocabulary::add);
                }
                if (item.decision() != null && !item.decision().isBlank()) {
                    decisions.add(new Decision(item.decision().strip(), item.outcome()));
                    Words.each(item.decision(), vocabulary::add);
                }
                if (item.titleOnly()) {
                    continue;
                }
                lengths.add(item.fullText().length());
                List<String> sentences = sentences(withoutTitle(item), last);
                if (!sentences.isEmpty()) {
                    passages.add(sentences);
                    sentences.forEach(s -> Words.each(s, w -> {
                        vocabulary.add(w);
                        tokens[0]++;
                    }));
                }
            }
        }
        return new RealMinutes(referater.size(), titles, passages, decisions, lengths, meetings,
                items == 0 ? 0 : (double) closed / items, vocabulary.size(), tokens[0]);
    }

    /** Whether there is enough to build items from: titles and text. */
    public boolean usable() {
        return !titles.isEmpty() && !passages.isEmpty();
    }

    /** The median length (characters) of the item texts. */
    public int medianLength() {
        return lengths.isEmpty() ? 0 : lengths.stream().sorted().toList().get(lengths.size() / 2);
    }

    private static String withoutTitle(AgendaItem item) {
        String text = item.fullText().strip();
        return item.title() != null && text.startsWith(item.title()) ? text.substring(item.title().length()) : text;
    }

    /** The text's sentences; of a document's last item, the final fragment an excerpt may have cut mid-word goes. */
    private static List<String> sentences(String text, boolean lastOfDocument) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            for (String s : SENTENCE_END.split(line)) {
                String sentence = s.replace('\u00a0', ' ').strip();
                if (Words.count(sentence) > 0) {
                    out.add(sentence);
                }
            }
        }
        if (lastOfDocument && !out.isEmpty() && !ENDS_LIKE_A_SENTENCE.matcher(out.get(out.size() - 1)).find()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
