package dk.referent.bot.bench;

import dk.referent.minutes.referat.Outcome;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A benchmark corpus made of real minutes: N items whose titles, sentences and decisions are the real ones recombined,
 * whose text lengths follow the real items' lengths, with a vocabulary that grows with the corpus as real text's does
 * ({@link CompoundWords}), spread over meetings of the real bodies across the real span of dates. Deterministic for a
 * seed: the same input and seed give the same corpus.
 *
 * @param meetings   in date order, as a municipality's minutes would have been stored over the years
 * @param vocabulary every distinct word of the items (lower case), for the questions that must find nothing
 */
public record RealisticCorpus(List<Meeting> meetings, NavigableSet<String> vocabulary) {

    /** A generated agenda item; a closed one is its title alone, as the published minutes give it. */
    public record Item(int number, String title, String caseNumber, boolean closed, String decision, Outcome outcome, String text) {
    }

    public record Meeting(String body, LocalDate date, List<Item> items) {
        public Meeting {
            items = List.copyOf(items);
        }
    }

    /** What the corpus is like: the figures the benchmark prints. */
    public record Stats(int items, int meetings, int bodies, LocalDate first, LocalDate last, int distinctWords, double meanLength,
                        int medianLength) {
    }

    /** The share of sentences in which one common word becomes a new compound; see {@link CompoundWords}. */
    private static final double COMPOUND_RATE = 0.3;
    /** Heaps' law exponent for the vocabulary's growth with the text's size (about 0.4–0.6 for European languages). */
    private static final double HEAPS_EXPONENT = 0.5;

    public RealisticCorpus {
        meetings = List.copyOf(meetings);
        vocabulary = Collections.unmodifiableNavigableSet(new TreeSet<>(vocabulary));
    }

    /** {@code items} items made of {@code real}, the same for the same {@code seed}. */
    public static RealisticCorpus generate(RealMinutes real, int items, long seed) {
        if (!real.usable()) {
            throw new IllegalArgumentException("the referater read have no items with text to build a corpus from");
        }
        List<Meeting> meetings = new Generator(real, items, seed).meetings();
        Set<String> vocabulary = new HashSet<>();
        meetings.forEach(m -> m.items().forEach(i -> Words.each(i.text(), vocabulary::add)));
        return new RealisticCorpus(meetings, new TreeSet<>(vocabulary));
    }

    public Stream<Item> items() {
        return meetings.stream().flatMap(m -> m.items().stream());
    }

    public Stats stats() {
        int[] lengths = items().mapToInt(i -> i.text().length()).sorted().toArray();
        return new Stats(lengths.length, meetings.size(), (int) meetings.stream().map(Meeting::body).distinct().count(),
                meetings.get(0).date(), meetings.get(meetings.size() - 1).date(), vocabulary.size(),
                Arrays.stream(lengths).average().orElse(0), lengths.length == 0 ? 0 : lengths[lengths.length / 2]);
    }

    /** Draws meetings and items from the real material with one seeded random sequence. */
    private static final class Generator {

        /** Where a real title can be cut and another's end joined on ("Lokalplan | for boliger i Nordby"). */
        private static final Set<String> TITLE_JOINTS = Set.of("af", "for", "til", "om", "i", "på", "med", "ved", "vedr.", "-", "–", ":");
        /** A word written in lower case, long enough to be a content word: what a compound may replace. */
        private static final Pattern COMMON_WORD = Pattern.compile("(?<!\\p{L})\\p{Ll}\\p{L}{4,}(?!\\p{L})");

        private final RealMinutes real;
        private final int items;
        private final Random random;
        private final CompoundWords compounds;
        /** The index of each passage's first sentence among all sentences, to draw a sentence uniformly. */
        private final int[] firstSentence;
        private final int sentences;
        private final List<String> bodies;
        private int caseCounter;

        Generator(RealMinutes real, int items, long seed) {
            this.real = real;
            this.items = items;
            this.random = new Random(seed);
            this.firstSentence = new int[real.passages().size()];
            int n = 0;
            long chars = 0;
            List<String> parts = new ArrayList<>();
            for (int p = 0; p < firstSentence.length; p++) {
                firstSentence[p] = n;
                for (String s : real.passages().get(p)) {
                    n++;
                    chars += s.length() + 1;
                    Words.eachLowerCase(s, w -> {
                        if (Words.content(w)) {
                            parts.add(w);
                        }
                    });
                }
            }
            this.sentences = n;
            this.compounds = new CompoundWords(parts, compoundPool(real, items, chars), seed);
            List<String> named = real.meetings().stream().map(RealMinutes.Meeting::body).filter(b -> b != null && !b.isBlank()).toList();
            this.bodies = named.isEmpty() ? List.of("Byrådet") : named;
        }

        /**
         * As many new compounds as Heaps' law adds to the real vocabulary when the text grows from the real passages'
         * size to the corpus's: V · ((corpus words / real words)^β − 1).
         */
        private static int compoundPool(RealMinutes real, int items, long realChars) {
            double meanLength = real.lengths().stream().mapToInt(Integer::intValue).average().orElse(0);
            double wordsPerChar = realChars == 0 ? 0 : (double) real.tokens() / realChars;
            double growth = Math.max(1, items * meanLength * wordsPerChar / Math.max(1, real.tokens()));
            return (int) Math.min(Integer.MAX_VALUE - 8, Math.round(real.vocabulary() * (Math.pow(growth, HEAPS_EXPONENT) - 1)));
        }

        List<Meeting> meetings() {
            List<Integer> sizes = new ArrayList<>();
            for (int total = 0; total < items; ) {
                int size = Math.min(items - total, Math.max(1, pick(real.meetings()).items()));
                sizes.add(size);
                total += size;
            }
            List<LocalDate> known = real.meetings().stream().map(RealMinutes.Meeting::date).filter(d -> d != null).sorted().toList();
            LocalDate last = known.isEmpty() ? LocalDate.of(2025, 12, 31) : known.get(known.size() - 1);
            LocalDate first = known.isEmpty() || !known.get(0).isBefore(last) ? last.minusYears(10) : known.get(0);
            long span = ChronoUnit.DAYS.between(first, last);
            Set<String> taken = new HashSet<>();
            List<Meeting> out = new ArrayList<>(sizes.size());
            for (int m = 0; m < sizes.size(); m++) {
                String body = pick(bodies);
                // evenly over the real span, on weekdays; one meeting per body and day, as the schema demands
                LocalDate date = weekday(first.plusDays(span * m / sizes.size()));
                while (!taken.add(body + '|' + date)) {
                    date = weekday(date.plusDays(1));
                }
                List<Item> agenda = new ArrayList<>(sizes.get(m));
                for (int number = 1; number <= sizes.get(m); number++) {
                    agenda.add(item(number, date));
                }
                out.add(new Meeting(body, date, agenda));
            }
            out.sort((a, b) -> a.date().compareTo(b.date()));
            return out;
        }

        private Item item(int number, LocalDate date) {
            String title = title();
            String caseNumber = String.format("%02d-%06d", date.getYear() % 100, ++caseCounter);
            if (random.nextDouble() < real.closedShare()) {
                return new Item(number, title, caseNumber, true, null, null, title);
            }
            RealMinutes.Decision decision = real.decisions().isEmpty() ? null : pick(real.decisions());
            String decided = decision == null ? "" : "\n\nBeslutning\n" + decision.text();
            int target = pick(real.lengths());
            StringBuilder text = new StringBuilder(target + 400).append(title).append("\n\n");
            // runs of consecutive real sentences keep each paragraph's words together, as in a real text
            while (text.length() + decided.length() < target) {
                int at = random.nextInt(sentences);
                int passage = passageOf(at);
                List<String> run = real.passages().get(passage);
                int end = Math.min(run.size(), at - firstSentence[passage] + 1 + random.nextInt(4));
                for (int s = at - firstSentence[passage]; s < end && text.length() + decided.length() < target; s++) {
                    text.append(sentence(run.get(s))).append(random.nextInt(4) == 0 ? "\n\n" : " ");
                }
            }
            String body = text.toString().strip() + decided;
            return new Item(number, title, caseNumber, false, decision == null ? null : decision.text(),
                    decision == null ? null : decision.outcome(), body);
        }

        /** A real title, or the start of one joined to the end of another where both have a joint word. */
        private String title() {
            String first = pick(real.titles());
            if (random.nextBoolean()) {
                return first;
            }
            List<String> head = Arrays.asList(first.split("\\s+"));
            List<String> tail = Arrays.asList(pick(real.titles()).split("\\s+"));
            int cut = joint(head);
            int join = joint(tail);
            return cut < 0 || join < 0 ? first : String.join(" ", head.subList(0, cut)) + " " + String.join(" ", tail.subList(join, tail.size()));
        }

        /** The first joint word after the title's first word, or -1. */
        private static int joint(List<String> words) {
            for (int i = 1; i < words.size(); i++) {
                if (TITLE_JOINTS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                    return i;
                }
            }
            return -1;
        }

        /** The sentence, now and then with one common word made a new compound. */
        private String sentence(String sentence) {
            if (compounds.empty() || random.nextDouble() >= COMPOUND_RATE) {
                return sentence;
            }
            List<int[]> spans = new ArrayList<>();
            Matcher m = COMMON_WORD.matcher(sentence);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            if (spans.isEmpty()) {
                return sentence;
            }
            int[] span = spans.get(random.nextInt(spans.size()));
            return sentence.substring(0, span[0]) + compounds.draw(random) + sentence.substring(span[1]);
        }

        private int passageOf(int sentence) {
            int p = Arrays.binarySearch(firstSentence, sentence);
            if (p < 0) {
                p = -p - 2;
            }
            // passages have at least one sentence, so no two start at the same index
            return p;
        }

        private <T> T pick(List<T> options) {
            return options.get(random.nextInt(options.size()));
        }

        private static LocalDate weekday(LocalDate date) {
            DayOfWeek day = date.getDayOfWeek();
            return day == DayOfWeek.SATURDAY ? date.plusDays(2) : day == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
        }
    }
}
