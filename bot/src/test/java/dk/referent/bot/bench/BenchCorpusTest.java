package dk.referent.bot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.minutes.referat.ReferatParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark corpus's properties that could silently make the figures meaningless: that it is the same for a seed,
 * carries the real vocabulary and grows it, keeps to the real lengths, and that its questions have (or lack) answers.
 * Nothing here is timed: latency belongs in the README, not in assertions.
 */
class BenchCorpusTest {

    private static final int ITEMS = 1_000;
    private static RealMinutes real;
    private static RealisticCorpus corpus;

    @BeforeAll
    static void readRealMinutes() throws IOException {
        // the same real fixtures the command uses by default (the tests run in bot/)
        List<Path> files = new ArrayList<>();
        Path resources = Path.of("..", "minutes", "src", "test", "resources");
        try (Stream<Path> dirs = Files.list(resources)) {
            List<Path> roots = new ArrayList<>(dirs.filter(d -> d.getFileName().toString().startsWith("real-")).sorted().toList());
            roots.add(Path.of("..", "samples"));
            for (Path root : roots) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(f -> f.toString().matches(".*\\.(txt|md|pdf)$")).sorted().forEach(files::add);
                }
            }
        }
        real = RealMinutes.read(files, new ReferatParser(), skipped -> { });
        corpus = RealisticCorpus.generate(real, ITEMS, 7);
    }

    @Test
    void readsTheRealMinutesButNotTheNotesBesideThem() {
        assertTrue(real.files() > 50, "referater read: " + real.files());
        assertTrue(real.titles().size() > 200 && real.passages().size() > 50 && real.decisions().size() > 20,
                () -> real.titles().size() + " titles, " + real.passages().size() + " texts, " + real.decisions().size() + " decisions");
        assertTrue(real.meetings().stream().noneMatch(m -> m.body() != null && m.body().contains("README")));
    }

    @Test
    void isTheSameForASeedAndAnotherForAnother() {
        assertEquals(corpus, RealisticCorpus.generate(real, ITEMS, 7));
        assertNotEquals(corpus.meetings(), RealisticCorpus.generate(real, ITEMS, 8).meetings());
        assertEquals(BenchQuestions.generate(corpus, 100, 3), BenchQuestions.generate(corpus, 100, 3));
    }

    @Test
    void hasTheItemsAskedForInMeetingsOfRealBodiesOnePerBodyAndDay() {
        assertEquals(ITEMS, corpus.items().count());
        Set<String> realBodies = new HashSet<>();
        real.meetings().forEach(m -> realBodies.add(m.body()));
        Set<String> bodyDays = new HashSet<>();
        for (int m = 0; m < corpus.meetings().size(); m++) {
            RealisticCorpus.Meeting meeting = corpus.meetings().get(m);
            assertTrue(realBodies.contains(meeting.body()), meeting.body());
            assertTrue(bodyDays.add(meeting.body() + meeting.date()), "two meetings of " + meeting.body() + " on " + meeting.date());
            assertTrue(m == 0 || !meeting.date().isBefore(corpus.meetings().get(m - 1).date()), "meetings in date order");
        }
        assertTrue(corpus.stats().bodies() > 5, "bodies: " + corpus.stats().bodies());
    }

    @Test
    void carriesTheRealVocabularyAndGrowsItWithItsSize() {
        Set<String> realWords = new HashSet<>();
        real.titles().forEach(t -> Words.each(t, realWords::add));
        real.passages().forEach(p -> p.forEach(s -> Words.each(s, realWords::add)));
        long kept = realWords.stream().filter(corpus.vocabulary()::contains).count();
        assertTrue(kept > 0.75 * realWords.size(), kept + " of " + realWords.size() + " real words");
        int small = corpus.vocabulary().size();
        assertTrue(small > real.vocabulary() && small < 3 * real.vocabulary(), small + " words from " + real.vocabulary());
        // a corpus four times larger has more words, but far fewer than four times as many (Heaps' law)
        int larger = RealisticCorpus.generate(real, 4 * ITEMS, 7).vocabulary().size();
        assertTrue(larger > 1.2 * small && larger < 3 * small, larger + " words at " + 4 * ITEMS + " items, " + small + " at " + ITEMS);
    }

    @Test
    void keepsItsTextsWithinTheRealLengths() {
        int shortest = real.lengths().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int longest = real.lengths().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int sentence = real.passages().stream().flatMap(List::stream).mapToInt(String::length).max().orElseThrow();
        int title = real.titles().stream().mapToInt(String::length).max().orElseThrow();
        int decision = real.decisions().stream().mapToInt(d -> d.text().length()).max().orElseThrow();
        List<Integer> open = corpus.items().filter(i -> !i.closed()).map(i -> i.text().length()).sorted().toList();
        assertTrue(open.get(0) >= shortest, "shortest " + open.get(0) + " < " + shortest);
        // a text stops at the first sentence that reaches its drawn length; a title and a decision may exceed a short one
        assertTrue(open.get(open.size() - 1) <= longest + sentence + 2 * title + decision + 20, "longest " + open.get(open.size() - 1));
        double median = open.get(open.size() / 2);
        assertTrue(median > 0.8 * real.medianLength() && median < 1.6 * real.medianLength(),
                "median " + median + " against the real " + real.medianLength());
        assertTrue(corpus.items().anyMatch(RealisticCorpus.Item::closed), "some items are closed, as in real minutes");
    }

    @Test
    void asksAnswerableQuestionsOfItsTitlesAndOthersOfNothingItHas() {
        List<BenchQuestions.Question> questions = BenchQuestions.generate(corpus, 300, 11);
        assertEquals(300, questions.size());
        for (BenchQuestions.Question q : questions) {
            if (q.answerable()) {
                assertTrue(corpus.meetings().stream()
                        .filter(m -> q.body() == null || m.body().equals(q.body()))
                        .filter(m -> q.year() == null || m.date().getYear() == q.year())
                        .flatMap(m -> m.items().stream())
                        .anyMatch(i -> titleWords(i.title()).containsAll(q.topic())), "no item's title has " + q.topic() + ": " + q.text());
            } else {
                for (String word : q.topic()) {
                    String next = corpus.vocabulary().ceiling(word);
                    assertFalse(next != null && next.startsWith(word), q.text() + ": the corpus has " + next);
                }
            }
        }
        Set<BenchQuestions.Kind> kinds = new HashSet<>();
        questions.forEach(q -> kinds.add(q.kind()));
        assertEquals(Set.of(BenchQuestions.Kind.values()), kinds);
        long unanswerable = questions.stream().filter(q -> !q.answerable()).count();
        assertTrue(unanswerable > 20 && unanswerable < 80, unanswerable + " unanswerable");
    }

    private static Set<String> titleWords(String title) {
        Set<String> words = new HashSet<>();
        Words.each(title, words::add);
        return words;
    }
}
