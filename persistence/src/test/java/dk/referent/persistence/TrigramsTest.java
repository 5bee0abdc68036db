package dk.referent.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.Test;

/**
 * The in-process similarities give what PostgreSQL's pg_trgm gives, on lines and words of real minutes
 * (Danish letters, digits, punctuation, case numbers) and on the shapes a question takes (a slip, two words).
 */
class TrigramsTest {

    @Test
    void wordSimilaritiesAreTheServersOnRealText() throws IOException {
        List<String> lines = realLines();
        Random random = new Random(7);
        List<String> needles = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < 400; k++) {
            String text = lines.get(random.nextInt(lines.size()));
            String[] words = text.split("[^\\p{L}\\p{N}]+");
            String word = words[random.nextInt(words.length)];
            String needle = switch (k % 4) {
                case 0 -> word;
                case 1 -> slip(word, random);
                case 2 -> word + " " + words[random.nextInt(words.length)];
                default -> lines.get(random.nextInt(lines.size())).split("\\s+")[0];
            };
            needles.add(needle);
            texts.add(text);
        }
        try (TestDatabases.FreshDatabase fresh = TestDatabases.fresh()) {
            Result<Record> server = fresh.database().dsl().fetch(
                    "SELECT word_similarity(n, t), strict_word_similarity(n, t), similarity(n, t) FROM unnest(?::text[], ?::text[]) AS x(n, t)",
                    needles.toArray(String[]::new), texts.toArray(String[]::new));
            int nonZero = 0;
            for (int k = 0; k < needles.size(); k++) {
                String where = "'" + needles.get(k) + "' in '" + texts.get(k) + "'";
                assertEquals(server.get(k).get(0, Float.class), Trigrams.wordSimilarity(needles.get(k), texts.get(k)), 1e-6, where);
                assertEquals(server.get(k).get(1, Float.class), Trigrams.strictWordSimilarity(needles.get(k), texts.get(k)), 1e-6, where);
                assertEquals(server.get(k).get(2, Float.class), Trigrams.similarity(needles.get(k), texts.get(k)), 1e-6, where);
                nonZero += server.get(k).get(0, Float.class) > 0 ? 1 : 0;
            }
            assertTrue(nonZero > 200, "the sample compares real similarities, not only zeros: " + nonZero);
        }
    }

    @Test
    void aNeedleCountsEachOfItsTrigramsOnceInEveryTextItMeets() throws IOException {
        List<String> lines = realLines();
        Random random = new Random(11);
        Trigrams.Ids ids = new Trigrams.Ids();
        List<Trigrams.Sequence> texts = lines.stream().limit(2_000).map(ids::add).toList();
        for (int k = 0; k < 20; k++) {
            String line = lines.get(random.nextInt(lines.size()));
            Trigrams.Matcher needle = new Trigrams.Matcher(ids.lookUp(line.substring(0, Math.min(line.length(), 30))));
            java.util.Set<Integer> own = java.util.Arrays.stream(needle.distinct()).boxed().collect(java.util.stream.Collectors.toSet());
            int sharing = 0;
            // one matcher over many texts in turn, as a question's is over the candidates' titles
            for (Trigrams.Sequence text : texts) {
                long expected = java.util.Arrays.stream(text.distinct()).filter(own::contains).count();
                assertEquals(expected, needle.sharedIn(text), line);
                sharing += expected > 0 ? 1 : 0;
            }
            assertTrue(sharing > 0, "the needle shares trigrams with some text: " + line);
        }
    }

    @Test
    void aWordWrittenApartIsCloseToItsCompound() {
        assertTrue(Trigrams.strictWordSimilarity("parkeringshuse", "Nye parkerings huse ved stationen") >= 0.5);
        assertTrue(Trigrams.strictWordSimilarity("budget", "Lokalplan for boliger") < 0.2);
    }

    private static String slip(String word, Random random) {
        if (word.length() < 4) {
            return word + "e";
        }
        int at = 1 + random.nextInt(word.length() - 2);
        return word.substring(0, at) + word.substring(at + 1);
    }

    /** Lines of the real minutes kept with the parser's tests (titles, decisions, headers). */
    private static List<String> realLines() throws IOException {
        Path resources = Path.of("..", "minutes", "src", "test", "resources");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .map(String::strip)
                        .filter(l -> l.length() > 10 && l.length() < 200 && l.chars().anyMatch(Character::isLetter))
                        .forEach(lines::add);
            }
        }
        return lines;
    }
}
