package dk.referent.minutes.referat;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Minutes written for the tests in the layouts of other municipalities' systems (FirstAgenda, Acadre, SBSYS,
 * web pages, committee minutes …), each with the values a reader would take from it.
 */
class LayoutFamiliesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReferatParser parser = new ReferatParser();

    /** Two batches, written by different hands: layouts/ and heldout/ (first measured blind, then kept). */
    static Stream<Path> layouts() throws IOException, URISyntaxException {
        List<Path> all = new ArrayList<>();
        for (String batch : List.of("/layouts", "/heldout")) {
            Path dir = Path.of(LayoutFamiliesTest.class.getResource(batch).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void layoutIsRead(Path file) throws Exception {
        JsonNode expected = JSON.readTree(file.resolveSibling(file.getFileName().toString().replace(".txt", ".expected.json")).toFile());
        Referat referat = parser.parse(file.getFileName().toString(), Files.readString(file));

        List<Executable> checks = new ArrayList<>();
        JsonNode m = expected.get("meeting");
        checks.add(() -> assertEquals(m.get("body").asText(), referat.meeting().body(), "body"));
        checks.add(() -> assertEquals(m.get("date").asText(), referat.meeting().date().toString(), "date"));
        checks.add(() -> assertEquals(text(m.get("time")), referat.meeting().time() == null ? null : referat.meeting().time().toString(), "time"));
        checks.add(() -> assertEquals(text(m.get("place")), referat.meeting().place(), "place"));
        for (JsonNode p : m.get("participants")) {
            checks.add(() -> assertTrue(referat.meeting().participants().contains(
                    new Participant(p.get("name").asText(), p.get("absent").asBoolean())),
                    "participant " + p + " in " + referat.meeting().participants()));
        }
        Map<Integer, AgendaItem> items = referat.items().stream().collect(Collectors.toMap(AgendaItem::number, Function.identity()));
        List<Integer> numbers = new ArrayList<>();
        expected.get("items").forEach(e -> numbers.add(e.get("number").asInt()));
        checks.add(() -> assertEquals(numbers, referat.items().stream().map(AgendaItem::number).toList(), "item numbers"));
        for (JsonNode e : expected.get("items")) {
            AgendaItem got = items.get(e.get("number").asInt());
            if (got == null) {
                continue;
            }
            String where = "punkt " + got.number() + ": ";
            checks.add(() -> assertEquals(e.get("title").asText(), got.title(), where + "title"));
            checks.add(() -> assertEquals(text(e.get("case")), got.caseNumber(), where + "case"));
            checks.add(() -> assertEquals(e.get("closed").asBoolean(), got.closed(), where + "closed"));
            String start = text(e.get("decisionStartsWith"));
            checks.add(() -> assertTrue(start == null ? got.decision() == null
                    : got.decision() != null && got.decision().startsWith(start), where + "decision: " + got.decision()));
            checks.add(() -> assertEquals(text(e.get("outcome")), got.outcome() == null ? null : got.outcome().code(), where + "outcome"));
        }
        assertAll(file.getFileName().toString(), checks);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
