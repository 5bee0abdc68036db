package dk.referent.bot.cli;

import dk.referent.bot.Stores;
import dk.referent.bot.intake.ReferatFiles;
import dk.referent.bot.runtime.RunningService;
import dk.referent.persistence.Database;
import dk.referent.persistence.ReferatStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code referent run}: Referent running — reminders fired (Quartz, clustered) and sent from the outbox, and the
 * conversation in the terminal, until stdin ends. {@code referent demo} does the same on a fresh temporary
 * database with the sample minutes ingested and their follow-ups confirmed.
 */
@Command(name = "run", description = "Run Referent: reminders are fired and sent, and the conversation runs in the terminal until input ends.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final StoresProvider storage;
    private final RunningService session;

    RunCommand(StoresProvider storage, RunningService session) {
        this.storage = storage;
        this.session = session;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String problem = session.configurationProblem();
        if (problem != null) {
            err.println("referent run: " + problem);
            return ExitCodes.BAD_INPUT;
        }
        return storage.using(err, stores -> session.run(stores, spec.commandLine().getOut(), err) ? ExitCodes.OK : ExitCodes.FAILED);
    }

    /** {@code referent demo}: a fresh temporary database, the sample minutes ingested and confirmed, then {@code run}. */
    @Command(name = "demo", description = "Try Referent: a fresh temporary database with the sample minutes, then the conversation in the terminal.")
    static final class Demo implements Callable<Integer> {

        @Option(names = "--samples", defaultValue = "samples", paramLabel = "DIR", description = "The minutes to load (default: ${DEFAULT-VALUE}).")
        Path samples;

        @Spec
        CommandSpec spec;

        private final ReferatFiles files;
        private final RunningService session;
        /** The stores over the demo's own database, as the composition root builds them. */
        private final Function<Database, Stores> storesOver;

        Demo(ReferatFiles files, RunningService session, Function<Database, Stores> storesOver) {
            this.files = files;
            this.session = session;
            this.storesOver = storesOver;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<Path> found = Files.isDirectory(samples) ? ReferatFiles.expand(List.of(samples)) : List.of();
            if (found.isEmpty()) {
                err.println("referent demo: no minutes in " + samples.toAbsolutePath() + " (run it from Referent's folder, or give --samples DIR)");
                return ExitCodes.BAD_INPUT;
            }
            // a database of its own, removed when the demo ends: the user's data is never touched
            return BenchCommand.onTemporaryDatabase(db -> {
                Stores stores = storesOver.apply(db);
                ReferatStore store = stores.referater();
                for (Path file : found) {
                    // a sample whose date or body the text does not say waits for the secretariat, as in ingest
                    if (files.read(file) instanceof ReferatFiles.Parsed p && p.referat().dated() && p.referat().meeting().body() != null) {
                        var r = store.ingest(p.referat(), p.text(), "demo");
                        out.printf("Indlæst: %s %s, %d punkter%n", r.body(), r.date(), r.items());
                    }
                }
                int confirmed = stores.followUps().confirmAll("demo").size();
                out.printf("%d opfølgninger bekræftet.%n%n", confirmed);
                return session.run(stores, out, err) ? ExitCodes.OK : ExitCodes.FAILED;
            });
        }
    }
}
