package dk.referent.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.bot.cli.json.JsonParts;
import dk.referent.bot.conversation.Answers;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.persistence.DecisionSearch.Hit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code referent ask [--json] QUESTION}; "-" reads one question per line from stdin. */
@Command(name = "ask", description = "Answer \"what was decided on X?\" from the stored minutes, with citations.")
final class AskCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question, or - for one question per line on stdin.")
    List<String> question;

    @Option(names = "--json", description = "{\"question\", \"answer\", \"hits\": [...]} per question.")
    boolean json;

    @Option(names = "--authorised", description = "The asker may see closed items' content.")
    boolean authorised;

    @Option(names = "--limit", defaultValue = "5", description = "How many hits at most (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    private final StoresProvider storage;
    private final QuestionParser questions;
    private final ObjectMapper mapper;
    private final InputStream in;
    private final Clock clock;

    AskCommand(StoresProvider storage, QuestionParser questions, ObjectMapper mapper, InputStream in, Clock clock) {
        this.storage = storage;
        this.questions = questions;
        this.mapper = mapper;
        this.in = in;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> asked = new ArrayList<>();
        if (question.size() == 1 && question.get(0).equals("-")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    asked.add(line.strip());
                }
            }
        } else {
            asked.add(String.join(" ", question));
        }
        return storage.using(spec.commandLine().getErr(), stores -> {
            Answers answers = new Answers(stores.search(), stores.meetings(), stores.followUps(), questions, clock);
            for (String text : asked) {
                Answers.Answer answer = answers.answer(text, authorised, limit);
                if (json) {
                    out.println(mapper.writeValueAsString(toJson(text, answer.text(), answer.hits())));
                } else {
                    out.println(answer.text());
                    out.println();
                }
                out.flush();
            }
            return ExitCodes.OK;
        });
    }

    private static Map<String, Object> toJson(String question, String answer, List<Hit> hits) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("question", question);
        o.put("answer", answer);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Hit h : hits) {
            Map<String, Object> hit = new LinkedHashMap<>();
            hit.put("meeting", JsonParts.meeting(h.body(), h.date()));
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("number", JsonParts.punkt(h.punkt()));
            item.put("title", h.title());
            item.put("case", h.caseNumber());
            item.put("closed", h.closed());
            hit.put("item", item);
            hit.put("decision", h.decision());
            hit.put("score", h.score());
            list.add(hit);
        }
        o.put("hits", list);
        return o;
    }
}
