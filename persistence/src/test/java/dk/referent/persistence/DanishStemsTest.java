package dk.referent.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jooq.Record;
import org.junit.jupiter.api.Test;

/** The in-process Danish stems are the server's, word for word, on every word of the real minutes kept for the parser. */
class DanishStemsTest {

    private final DanishStems stems = new DanishStems();

    @Test
    void everyWordOfTheRealMinutesStemsAsTheServerStemsIt() throws IOException {
        TreeSet<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("..", "minutes", "src", "test", "resources"))) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".txt")).toList()) {
                for (String w : Files.readString(file, StandardCharsets.UTF_8).split("[^\\p{L}]+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
        }
        assertTrue(words.size() > 5_000, "a real vocabulary: " + words.size());
        try (TestDatabases.FreshDatabase fresh = TestDatabases.fresh()) {
            List<Record> server = fresh.database().dsl().fetch("SELECT w, plainto_tsquery('danish', w)::text,"
                    + " to_tsquery('danish', quote_literal(lower(w)) || ':*')::text FROM unnest(?::text[]) AS w",
                    (Object) words.toArray(String[]::new));
            for (Record r : server) {
                String word = r.get(0, String.class);
                assertArrayEquals(new String[] {r.get(1, String.class), r.get(2, String.class)}, stems.queries(word), word);
            }
        }
    }

    @Test
    void aWordWithDigitsOrAHyphenIsLeftToTheServer() {
        assertNull(stems.queries("covid-19"));
        assertNull(stems.queries("2017"));
    }
}
