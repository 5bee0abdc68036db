package dk.referent.minutes.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.minutes.referat.TestFiles;
import dk.referent.minutes.time.TemporalExpression.DateExpression;
import dk.referent.minutes.time.TemporalExpression.NextMeetingExpression;
import dk.referent.minutes.time.TemporalExpression.PeriodExpression;
import dk.referent.minutes.time.TemporalExpression.RecurrenceExpression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sentences with their expected normalisation (the schema of ../shared/eval/TEMPORAL.md), matched as
 * score_temporal.py matches: the local corpus (180 sentences, written blind to the parser), and the shared dev
 * sample when ../shared is present.
 */
class TemporalCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DanishTemporalParser PARSER = new DanishTemporalParser();

    static Stream<JsonNode> corpus() throws IOException {
        try (InputStream in = TemporalCorpusTest.class.getResourceAsStream("/temporal/sentences.jsonl")) {
            return lines(new String(in.readAllBytes(), StandardCharsets.UTF_8)).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void sentenceIsNormalised(JsonNode line) {
        assertMatches(line);
    }

    @Test
    void sharedDevSampleIsNormalised() throws IOException {
        Path dev = TestFiles.projectRoot().resolve("../shared/eval/temporal-dev.jsonl").normalize();
        assumeTrue(Files.exists(dev), "../shared/eval not found beside the project; dev sample skipped");
        for (JsonNode line : lines(Files.readString(dev))) {
            assertMatches(line);
        }
    }

    private static void assertMatches(JsonNode line) {
        String text = line.get("text").asText();
        JsonNode expect = line.get("expect");
        List<TemporalExpression> found = PARSER.find(text, LocalDate.parse(line.get("ref").asText()));
        String where = line.path("id").asText() + " \"" + text + "\" expected " + expect + " found " + found;
        if (expect.get("kind").asText().equals("none")) {
            assertTrue(found.isEmpty(), where);
            return;
        }
        List<TemporalExpression> hits = found.stream().filter(t -> matches(expect, t)).toList();
        assertTrue(!hits.isEmpty(), where);
        if (expect.path("deadline").asBoolean(false)) {
            assertTrue(hits.stream().anyMatch(TemporalExpression::deadline), "deadline: " + where);
        } else {
            assertTrue(hits.stream().anyMatch(t -> !t.deadline()), "not a deadline: " + where);
        }
    }

    private static boolean matches(JsonNode e, TemporalExpression t) {
        String kind = e.get("kind").asText();
        if (!t.kind().equals(kind)) {
            return false;
        }
        return switch (kind) {
            case "date" -> t instanceof DateExpression d && d.date().toString().equals(e.get("date").asText())
                    && (!e.has("time") || d.time() != null && d.time().toString().equals(e.get("time").asText()));
            case "period" -> t instanceof PeriodExpression p && p.from().toString().equals(e.get("start").asText())
                    && p.to().toString().equals(e.get("end").asText());
            case "recurrence" -> t instanceof RecurrenceExpression r && (e.has("rrule")
                    ? r.rrule() != null && parts(r.rrule()).equals(parts(e.get("rrule").asText()))
                    : r.per() != null && samePer(e.get("per"), r.per()));
            case "next_meeting" -> t instanceof NextMeetingExpression n
                    && String.valueOf(n.body()).equalsIgnoreCase(e.path("body").asText("null"));
            default -> false;
        };
    }

    private static boolean samePer(JsonNode e, TemporalExpression.Per per) {
        return e.get("freq").asText().equals(per.freq())
                && (!e.has("times") || Integer.valueOf(e.get("times").asInt()).equals(per.times()))
                && (!e.has("min") || Integer.valueOf(e.get("min").asInt()).equals(per.min()))
                && (!e.has("max") || Integer.valueOf(e.get("max").asInt()).equals(per.max()));
    }

    /** RRULE parts as the scorer compares them: INTERVAL=1 implied, DTSTART ignored, DAILY;7k = WEEKLY;k. */
    private static Map<String, String> parts(String rrule) {
        Map<String, String> parts = new TreeMap<>();
        for (String p : rrule.toUpperCase().split(";")) {
            String[] kv = p.split("=", 2);
            if (kv.length == 2) {
                parts.put(kv[0], kv[1]);
            }
        }
        parts.putIfAbsent("INTERVAL", "1");
        parts.remove("DTSTART");
        parts.remove("WKST");
        if ("DAILY".equals(parts.get("FREQ")) && Integer.parseInt(parts.get("INTERVAL")) % 7 == 0 && !parts.containsKey("BYDAY")) {
            parts.put("FREQ", "WEEKLY");
            parts.put("INTERVAL", String.valueOf(Integer.parseInt(parts.get("INTERVAL")) / 7));
        }
        return parts;
    }

    private static List<JsonNode> lines(String text) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                out.add(JSON.readTree(l));
            }
        }
        return out;
    }
}
