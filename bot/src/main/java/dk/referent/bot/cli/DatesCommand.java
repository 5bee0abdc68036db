package dk.referent.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.bot.cli.json.TemporalJson;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.minutes.time.TemporalExpression;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code referent dates --ref YYYY-MM-DD [--json]}: the temporal expressions in each line of stdin. */
@Command(name = "dates", description = "Find Danish temporal expressions in each stdin line (a line may be a JSON object {\"text\", \"ref\"}).")
final class DatesCommand implements Callable<Integer> {

    @Option(names = "--ref", required = true, paramLabel = "YYYY-MM-DD", description = "The reference (meeting) date.")
    String ref;

    @Option(names = "--json", description = "One JSON object per line: {\"text\", \"found\": [...]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final DanishTemporalParser parser;
    private final ObjectMapper mapper;
    private final InputStream in;

    DatesCommand(DanishTemporalParser parser, ObjectMapper mapper, InputStream in) {
        this.parser = parser;
        this.mapper = mapper;
        this.in = in;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate reference;
        try {
            reference = LocalDate.parse(ref);
        } catch (DateTimeParseException e) {
            err.println("dates: --ref must be a date as YYYY-MM-DD, not \"" + ref + "\"");
            return ExitCodes.BAD_INPUT;
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        boolean bad = false;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String text = line;
            LocalDate lineRef = reference;
            if (line.stripLeading().startsWith("{")) {
                try {
                    JsonNode node = mapper.readTree(line);
                    text = node.path("text").asText("");
                    if (node.hasNonNull("ref")) {
                        lineRef = LocalDate.parse(node.get("ref").asText());
                    }
                } catch (IOException | DateTimeParseException e) {
                    err.println("dates: line " + lineNumber + " is not a JSON object {\"text\", \"ref\": \"YYYY-MM-DD\"}: "
                            + e.getMessage().lines().findFirst().orElse(""));
                    bad = true;
                    continue;
                }
            }
            List<TemporalExpression> found = parser.find(text, lineRef);
            if (json) {
                List<Map<String, Object>> items = new ArrayList<>();
                for (TemporalExpression t : found) {
                    items.add(TemporalJson.of(t, text));
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("text", text);
                result.put("found", items);
                out.println(mapper.writeValueAsString(result));
            } else {
                out.println(text);
                for (TemporalExpression t : found) {
                    out.println("  " + TemporalJson.of(t, text));
                }
            }
            out.flush();
        }
        return bad ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
