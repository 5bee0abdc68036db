package dk.referent.bot.cli;

import dk.referent.bot.calendar.CalendarFeedService;
import dk.referent.bot.cli.json.JsonParts;
import dk.referent.bot.runtime.Scheduling;
import dk.referent.minutes.source.DocumentText;
import dk.referent.persistence.CalendarFeeds.Feed;
import dk.referent.persistence.CalendarFeeds.Kind;
import dk.referent.scheduler.plan.CalendarFormatException;
import dk.referent.scheduler.plan.MeetingCalendarFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code referent calendar import --body BODY FILE}: a body's meeting dates, for the reminders after its meetings;
 * {@code calendar feed} and {@code calendar revoke}: the subscribable calendar feeds (ICS) and their secret links.
 */
@Command(name = "calendar", description = "Meeting calendars of the bodies, and the calendar feeds (ICS) people subscribe to.",
        subcommands = {CalendarCommand.Import.class, CalendarCommand.FeedLink.class, CalendarCommand.Revoke.class})
final class CalendarCommand {

    /** The environment variable with the address people reach Referent at (the feed links start with it). */
    static final String PUBLIC_URL = "REFERENT_PUBLIC_URL";

    /** Which feed: exactly one of a person, a body, or all. */
    static final class Which {
        @Option(names = "--person", paramLabel = "NAME", description = "A person's feed: what they own or were given (name or chat id).")
        String person;

        @Option(names = "--body", paramLabel = "BODY", description = "A body's feed: its meetings and the deadlines from its minutes.")
        String body;

        @Option(names = "--all", description = "The feed of every follow-up.")
        boolean all;

        Feed feed() {
            if (person != null) {
                return new Feed(Kind.PERSON, person);
            }
            return body != null ? new Feed(Kind.BODY, body) : Feed.all();
        }

        /** Whether --person or --body came without a name (said on {@code err}): no feed of nobody. */
        boolean unnamed(PrintWriter err, String command) {
            boolean unnamed = (person != null && person.isBlank()) || (body != null && body.isBlank());
            if (unnamed) {
                err.println("referent calendar " + command + ": --person or --body needs a name");
            }
            return unnamed;
        }
    }

    @Command(name = "feed", description = "Print the secret link to a calendar feed (a new link each time; earlier ones keep working until revoked).")
    static final class FeedLink implements Callable<Integer> {

        @ArgGroup(exclusive = true, multiplicity = "1")
        Which which;

        @Spec
        CommandSpec spec;

        private final StoresProvider storage;
        private final Map<String, String> env;

        FeedLink(StoresProvider storage, Map<String, String> env) {
            this.storage = storage;
            this.env = env;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            if (which.unnamed(err, "feed")) {
                return ExitCodes.BAD_INPUT;
            }
            return storage.using(err, stores -> {
                String token = stores.calendarFeeds().issue(which.feed(), JsonParts.actor());
                String base = env.getOrDefault(PUBLIC_URL, "");
                if (base.isBlank()) {
                    // the path alone is still worth printing: the link works once the address is known
                    err.println("referent calendar feed: " + PUBLIC_URL + " is not set, so this is only the path; set it to the address "
                            + "people reach Referent at (e.g. https://referent.kommune.dk) for a whole link");
                }
                spec.commandLine().getOut().println(CalendarFeedService.link(base, token));
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "revoke", description = "Revoke every link to a calendar feed; subscribed calendars stop receiving it.")
    static final class Revoke implements Callable<Integer> {

        @ArgGroup(exclusive = true, multiplicity = "1")
        Which which;

        @Spec
        CommandSpec spec;

        private final StoresProvider storage;

        Revoke(StoresProvider storage) {
            this.storage = storage;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            if (which.unnamed(err, "revoke")) {
                return ExitCodes.BAD_INPUT;
            }
            return storage.using(err, stores -> {
                int n = stores.calendarFeeds().revoke(which.feed(), JsonParts.actor());
                spec.commandLine().getOut().println(n == 0 ? "Ingen aktive links til den kalender."
                        : n == 1 ? "1 link tilbagekaldt." : n + " links tilbagekaldt.");
                return ExitCodes.OK;
            });
        }
    }

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
