package dk.referent.minutes.referat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five real referater in ../shared/seeds: every meeting field and every item's number, title, case,
 * closed flag, decision, outcome and earlier treatments, against expectations written from reading them.
 * Skipped (with a message) where ../shared is not beside the project.
 */
class SeedReferaterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReferatParser parser = new ReferatParser();

    static Stream<String> seeds() {
        return Stream.of("000_ad2359e633f4f184", "001_e5fddecfb6fa53db", "002_e1e64f06b6b9b846",
                "003_24045ce9bdd52deb", "004_eba8bdcdebba4f9e");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedIsReadExactly(String name) throws Exception {
        Path file = TestFiles.seeds().resolve(name + ".txt");
        assumeTrue(Files.exists(file), "../shared/seeds not found beside the project; seed tests skipped");
        JsonNode expected = expected(name);

        Referat referat = parser.parse(name, Files.readString(file));

        JsonNode m = expected.get("meeting");
        assertEquals(m.get("body").asText(), referat.meeting().body(), "body");
        assertEquals(m.get("date").asText(), referat.meeting().date().toString(), "date");
        assertEquals(m.get("time").asText(), referat.meeting().time().toString(), "time");
        assertEquals(m.get("place").asText(), referat.meeting().place(), "place");
        List<Participant> participants = new ArrayList<>();
        m.get("participants").forEach(p -> participants.add(new Participant(p.get("name").asText(), p.get("absent").asBoolean())));
        assertEquals(participants, referat.meeting().participants(), "participants");

        JsonNode items = expected.get("items");
        assertEquals(items.size(), referat.items().size(), "number of items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode e = items.get(i);
            AgendaItem got = referat.items().get(i);
            String where = name + " punkt " + e.get("number").asInt() + ": ";
            assertEquals(e.get("number").asInt(), got.number(), where + "number");
            assertEquals(e.get("title").asText(), got.title(), where + "title");
            assertEquals(text(e.get("case")), got.caseNumber(), where + "case");
            assertEquals(e.get("closed").asBoolean(), got.closed(), where + "closed");
            assertEquals(text(e.get("decision")), got.decision(), where + "decision");
            assertEquals(text(e.get("outcome")), got.outcome() == null ? null : got.outcome().code(), where + "outcome");
            List<String> prior = new ArrayList<>();
            e.get("prior").forEach(p -> prior.add(p.get("body").asText() + " " + p.get("date").asText()));
            assertEquals(prior, got.prior().stream().map(p -> p.body() + " " + p.date()).toList(), where + "prior");
            List<String> alternatives = new ArrayList<>();
            e.get("alternativeTitles").forEach(a -> alternatives.add(a.asText()));
            assertEquals(alternatives, got.alternativeTitles(), where + "alternative titles");
            List<String> route = new ArrayList<>();
            e.get("route").forEach(a -> route.add(a.asText()));
            assertEquals(route, got.route(), where + "route");
            assertEquals(e.get("recommendations").asInt(), got.recommendations().size(), where + "recommendations");
            assertEquals(e.get("attachments").asInt(), got.attachments().size(), where + "attachments");
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static JsonNode expected(String name) throws IOException {
        try (InputStream in = SeedReferaterTest.class.getResourceAsStream("/seeds-expected/" + name + ".json")) {
            return JSON.readTree(in);
        }
    }
}
