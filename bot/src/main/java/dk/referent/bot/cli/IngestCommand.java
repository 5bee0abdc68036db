package dk.referent.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.bot.cli.json.JsonParts;
import dk.referent.bot.intake.ReferatFiles;
import dk.referent.minutes.referat.Referat;
import dk.referent.minutes.referat.ReferatHints;
import dk.referent.minutes.source.CleanText;
import dk.referent.persistence.IngestResult;
import dk.referent.persistence.ReferatStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jooq.exception.DataAccessException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code referent ingest [--body B] [--date D] FILE|DIR... [--json]}: parse and store; idempotent. A referat whose
 * meeting date (or body) neither the text nor the options give is not stored: it waits for {@code --date} ({@code --body}).
 */
@Command(name = "ingest", description = "Parse referater and store them (directories are read recursively for .txt, .md, .pdf).")
final class IngestCommand implements Callable<Integer> {

    /** More files than this get a progress bar on a terminal. */
    private static final int PROGRESS_FROM = 5;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Referat files or directories.")
    List<Path> paths;

    @Option(names = "--json", description = "One JSON object per file, then a summary object.")
    boolean json;

    @Option(names = "--body", paramLabel = "BODY", description = "The body that met (e.g. Økonomiudvalget); wins over the text.")
    String body;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The meeting date; wins over the text. One meeting: one file.")
    String date;

    @Spec
    CommandSpec spec;

    private final ReferatFiles reader;
    private final StoresProvider storage;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final boolean terminal;

    IngestCommand(ReferatFiles reader, StoresProvider storage, ObjectMapper mapper, Clock clock, boolean terminal) {
        this.reader = reader;
        this.storage = storage;
        this.mapper = mapper;
        this.clock = clock;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate given = null;
        if (date != null) {
            try {
                given = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                err.println("ingest: --date skal være en dato som YYYY-MM-DD (fx 2024-06-14), ikke »" + date + "«");
                return ExitCodes.BAD_INPUT;
            }
        }
        if (body != null && body.isBlank()) {
            err.println("ingest: --body skal være et organs navn (fx Økonomiudvalget)");
            return ExitCodes.BAD_INPUT;
        }
        List<Path> files = ReferatFiles.expand(paths);
        if (files.isEmpty()) {
            err.println("ingest: no referat files (.txt, .md, .pdf) in " + paths);
            return ExitCodes.FAILED;
        }
        if (given != null && files.size() > 1) {
            // one date given to several referater would store them all as one meeting, each replacing the last
            err.println("ingest: --date er ét mødes dato — giv den med én fil ad gangen (her er " + files.size() + " filer)");
            return ExitCodes.BAD_INPUT;
        }
        ReferatHints hints = new ReferatHints(body == null ? null : body.strip(), given);
        Map<String, Integer> counts = new LinkedHashMap<>(Map.of("new", 0, "updated", 0, "unchanged", 0, "errors", 0));
        int opened = storage.using(err, stores -> {
            ReferatStore store = stores.referater();
            Progress progress = new Progress(err, files.size(), terminal && !json && files.size() > PROGRESS_FROM);
            String actor = JsonParts.actor();
            for (Path file : files) {
                progress.show(file);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("file", file.toString());
                ReferatFiles.Result result = reader.read(file, hints);
                if (result instanceof ReferatFiles.Failed f) {
                    error(line, counts, f.error());
                } else if (result instanceof ReferatFiles.Parsed p) {
                    Optional<String> lacking = unstorable(p.referat());
                    if (lacking.isPresent()) {
                        error(line, counts, lacking.get());
                    } else {
                        ingest(store, p, actor, line, counts);
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

    /** Stores one referat (in one transaction: all of it or nothing) and records the outcome on its line. */
    private static void ingest(ReferatStore store, ReferatFiles.Parsed p, String actor, Map<String, Object> line,
                               Map<String, Integer> counts) {
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

    /**
     * Why a referat cannot be stored yet — it lacks the meeting date or the body, which the text does not say and the
     * options did not give — with how to give it; empty when it can be stored.
     */
    private static Optional<String> unstorable(Referat referat) {
        List<String> lacking = new ArrayList<>();
        if (!referat.dated()) {
            lacking.add("ingen mødedato i teksten — giv den med --date YYYY-MM-DD");
        }
        if (referat.meeting().body() == null) {
            lacking.add("teksten siger ikke, hvilket organ der holdt mødet — giv det med --body ORGAN");
        }
        return lacking.isEmpty() ? Optional.empty() : Optional.of("ikke gemt: " + String.join("; ", lacking));
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
            err.println(CleanText.of(line.get("file") + ": " + line.get("error")));
        } else {
            @SuppressWarnings("unchecked")
            Map<String, String> meeting = (Map<String, String>) line.get("meeting");
            out.print(CleanText.of("%-9s %s — %s %s, %s punkter%n".formatted(line.get("status"), line.get("file"),
                    meeting.get("body"), meeting.get("date"), line.get("items"))));
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
