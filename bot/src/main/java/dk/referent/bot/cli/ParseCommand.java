package dk.referent.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.bot.cli.json.ReferatJson;
import dk.referent.bot.conversation.DanishFormat;
import dk.referent.bot.intake.ReferatFiles;
import dk.referent.minutes.referat.AgendaItem;
import dk.referent.minutes.referat.Meeting;
import dk.referent.minutes.referat.Referat;
import dk.referent.minutes.source.CleanText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code referent parse FILE... [--json]}: parse only, no database. */
@Command(name = "parse", description = "Parse referater (text, markdown or PDF) and print what was read; stores nothing.")
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Referat files (.txt, .md, .pdf).")
    List<Path> files;

    @Option(names = "--json", description = "One JSON object per file, one per line.")
    boolean json;

    @Option(names = "--full-text", description = "With --json: include each item's full text.")
    boolean fullText;

    @Spec
    CommandSpec spec;

    private final ReferatFiles reader;
    private final ObjectMapper mapper;

    ParseCommand(ReferatFiles reader, ObjectMapper mapper) {
        this.reader = reader;
        this.mapper = mapper;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (Path file : files) {
            ReferatFiles.Result result = reader.read(file);
            if (result instanceof ReferatFiles.Failed f) {
                failed = true;
                err.println(CleanText.of(file + ": " + f.error()));
                if (json) {
                    out.println(mapper.writeValueAsString(new ReferatJson.Failure(file.toString(), f.error())));
                }
            } else if (result instanceof ReferatFiles.Parsed p) {
                if (json) {
                    out.println(mapper.writeValueAsString(ReferatJson.of(p.referat(), fullText)));
                } else {
                    summary(out, file, p.referat());
                }
            }
            out.flush();
        }
        return failed ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }

    /** The meeting, what could not be read, the participants, and the items numbered as printed. */
    private static void summary(PrintWriter printed, Path file, Referat r) {
        // the file's name and the minutes' words may carry terminal escapes: the whole summary is cleaned once
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Meeting m = r.meeting();
        out.printf("%s: %s, %s%s%s — %d punkter%n", file, m.body() == null ? "(ukendt organ)" : m.body(),
                m.date() == null ? "(ingen mødedato)" : DanishFormat.date(m.date()), m.time() == null ? "" : " kl. " + m.time(),
                m.place() == null ? "" : ", " + m.place(), r.items().size());
        for (String doubt : r.doubts()) {
            out.printf("  Tvivl: %s%n", doubt);
        }
        long absent = m.participants().stream().filter(p -> p.absent()).count();
        if (!m.participants().isEmpty()) {
            out.printf("  Deltagere: %d (fraværende: %d)%n", m.participants().size(), absent);
        }
        for (AgendaItem i : r.items()) {
            String outcome = i.closed() ? "lukket" : i.outcome() == null ? "ingen beslutning" : i.outcome().label();
            out.printf("  %s%s%s — %s%n", i.label() != null ? "%2s. ".formatted(i.label()) : "  • ",
                    i.title().isEmpty() ? "(uden titel)" : i.title(),
                    i.caseNumber() == null ? "" : " (" + i.caseNumber() + ")", outcome);
        }
        out.flush();
        printed.print(CleanText.of(text.toString()));
    }
}
