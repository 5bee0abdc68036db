package dk.referent.bot.cli;

import dk.referent.bot.cli.json.JsonParts;
import dk.referent.bot.runtime.Scheduling;
import dk.referent.minutes.source.DocumentText;
import dk.referent.scheduler.plan.CalendarFormatException;
import dk.referent.scheduler.plan.MeetingCalendarFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code referent calendar import --body BODY FILE}: a body's meeting dates, for the reminders after its meetings. */
@Command(name = "calendar", description = "Meeting calendars of the bodies (for follow-ups after their meetings).",
        subcommands = CalendarCommand.Import.class)
final class CalendarCommand {

    @Command(name = "import", description = "Replace a body's meeting dates with those of FILE (ICS, or one YYYY-MM-DD per line).")
    static final class Import implements Callable<Integer> {

        @Option(names = "--body", required = true, description = "The body, e.g. Kommunalbestyrelsen or Økonomiudvalget.")
        String body;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Spec
        CommandSpec spec;

        private final StoresProvider storage;
        private final Clock clock;

        Import(StoresProvider storage, Clock clock) {
            this.storage = storage;
            this.clock = clock;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            if (body.isBlank()) {
                err.println("referent calendar import: --body needs the body's name");
                return ExitCodes.BAD_INPUT;
            }
            List<LocalDate> dates;
            try {
                if (!Files.isRegularFile(file)) {
                    err.println("referent calendar import: " + file + ": no such file");
                    return ExitCodes.BAD_INPUT;
                }
                dates = MeetingCalendarFile.parse(file.getFileName().toString(), DocumentText.decode(Files.readAllBytes(file)));
            } catch (CalendarFormatException | dk.referent.minutes.referat.ReferatFormatException e) {
                err.println("referent calendar import: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            return storage.using(err, stores -> Scheduling.with(stores, (scheduler, decisions) -> {
                int n = stores.reminders().importCalendar(body.strip(), dates, JsonParts.actor());
                scheduler.syncAll();
                spec.commandLine().getOut().printf("%s: %d mødedatoer (%s–%s)%n", body.strip(), n, dates.get(0), dates.get(dates.size() - 1));
                return ExitCodes.OK;
            }));
        }
    }
}
