package dk.referent.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.persistence.AuditLog;
import dk.referent.persistence.IngestResult;
import dk.referent.persistence.ReferatStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jooq.exception.DataAccessException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code referent ingest FILE|DIR... [--json]}: parse and store; idempotent. */
@Command(name = "ingest", description = "Parse referater and store them (directories are read recursively for .txt, .md, .pdf).")
final class IngestCommand implements Callable<Integer> {

    /** More files than this get a progress bar on a terminal. */
    private static final int PROGRESS_FROM = 5;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Referat files or directories.")
    List<Path> paths;

    @Option(names = "--json", description = "One JSON object per file, then a summary object.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final ReferatFiles reader;
    private final DatabaseProvider databases;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final boolean terminal;

    IngestCommand(ReferatFiles reader, DatabaseProvider databases, ObjectMapper mapper, Clock clock, boolean terminal) {
        this.reader = reader;
        this.databases = databases;
        this.mapper = mapper;
        this.clock = clock;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = ReferatFiles.expand(paths);
        if (files.isEmpty()) {
            err.println("ingest: no referat files (.txt, .md, .pdf) in " + paths);
            return ExitCodes.FAILED;
        }
        Map<String, Integer> counts = new LinkedHashMap<>(Map.of("new", 0, "updated", 0, "unchanged", 0, "errors", 0));
        int opened = databases.using(err, database -> {
            ReferatStore store = new ReferatStore(database, new AuditLog(clock), clock);
            Progress progress = new Progress(err, files.size(), terminal && !json && files.size() > PROGRESS_FROM);
            String actor = JsonParts.actor();
            for (Path file : files) {
                progress.show(file);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("file", file.toString());
                ReferatFiles.Result result = reader.read(file);
                if (result instanceof ReferatFiles.Failed f) {
                    error(line, counts, f.error());
                } else if (result instanceof ReferatFiles.Parsed p) {
                    try {
                        IngestResult r = store.ingest(p.referat(), p.text(), actor);
                        counts.merge(r.status().code(), 1, Integer::sum);
                        line.put("status", r.status().code());
                        line.put("error", null);
                        line.put("meeting", JsonParts.meeting(r.body(), r.date()));
                        line.put("items", r.items());
                    } catch (IllegalArgumentException | DataAccessException e) {
                        error(line, counts, "not stored: " + e.getMessage());
                    }
                }
                progress.clear();
                report(out, err, line);
            }
            return ExitCodes.OK;
        });
        if (opened != ExitCodes.OK) {
            return opened;
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", files.size());
        summary.putAll(counts);
        if (json) {
            out.println(mapper.writeValueAsString(summary));
        } else {
            out.printf("%d filer: %d nye, %d opdaterede, %d uændrede, %d fejl%n", files.size(), counts.get("new"),
                    counts.get("updated"), counts.get("unchanged"), counts.get("errors"));
        }
        out.flush();
        return counts.get("errors") == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static void error(Map<String, Object> line, Map<String, Integer> counts, String message) {
        counts.merge("errors", 1, Integer::sum);
        line.put("status", "error");
        line.put("error", message);
        line.put("meeting", null);
        line.put("items", 0);
    }

    private void report(PrintWriter out, PrintWriter err, Map<String, Object> line) throws IOException {
        if (json) {
            out.println(mapper.writeValueAsString(line));
        } else if ("error".equals(line.get("status"))) {
            err.println(line.get("file") + ": " + line.get("error"));
        } else {
            @SuppressWarnings("unchecked")
            Map<String, String> meeting = (Map<String, String>) line.get("meeting");
            out.printf("%-9s %s — %s %s, %s punkter%n", line.get("status"), line.get("file"), meeting.get("body"),
                    meeting.get("date"), line.get("items"));
        }
        out.flush();
    }

    /** A one-line progress bar on stderr, redrawn in place. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean enabled;
        private int done;

        Progress(PrintWriter err, int total, boolean enabled) {
            this.err = err;
            this.total = total;
            this.enabled = enabled;
        }

        void show(Path file) {
            if (!enabled) {
                return;
            }
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            String name = file.getFileName().toString();
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " "
                    + (name.length() > 40 ? name.substring(0, 37) + "…" : name) + "\u001B[K");
            err.flush();
            done++;
        }

        void clear() {
            if (enabled) {
                err.print("\r\u001B[K");
                err.flush();
            }
        }
    }
}
