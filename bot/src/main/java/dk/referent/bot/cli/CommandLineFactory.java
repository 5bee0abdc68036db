package dk.referent.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.bot.Stores;
import dk.referent.bot.intake.ReferatFiles;
import dk.referent.bot.runtime.RunningService;
import dk.referent.minutes.followup.FollowUpExtractor;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.persistence.Database;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Wires the subcommands with their collaborators (picocli's factory), and keeps stack traces from users. */
public final class CommandLineFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CommandLineFactory.class);

    private CommandLineFactory() {
    }

    /** Everything the commands need, built by the composition root. */
    public record Dependencies(ReferatParser parser, DanishTemporalParser temporalParser, ObjectMapper mapper,
                               DatabaseProvider databases, Clock clock, InputStream in, boolean terminal, Map<String, String> env) {
    }

    public static CommandLine create(Dependencies deps) {
        ReferatParser parser = deps.parser();
        ObjectMapper mapper = deps.mapper();
        FollowUpExtractor extractor = new FollowUpExtractor(deps.temporalParser());
        ReferatFiles files = new ReferatFiles(parser, extractor);
        QuestionParser questions = new QuestionParser(QuestionParser.loadGlossary(), deps.temporalParser());
        RunningService session = new RunningService(files, questions, deps.temporalParser(), deps.clock(), deps.in(), deps.env(), deps.terminal());
        // every store is built here, once per opened database
        Function<Database, Stores> storesOver = db -> Stores.over(db, deps.clock(), RunningService.previewTtl(deps.env()));
        StoresProvider stores = () -> storesOver.apply(deps.databases().open());
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                Object made;
                if (type == ParseCommand.class) {
                    made = new ParseCommand(files, mapper);
                } else if (type == DatesCommand.class) {
                    made = new DatesCommand(deps.temporalParser(), mapper, deps.in());
                } else if (type == FollowupsCommand.class) {
                    made = new FollowupsCommand(stores, mapper, deps.clock());
                } else if (type == FollowupsCommand.Confirm.class) {
                    made = new FollowupsCommand.Confirm(stores, deps.clock());
                } else if (type == FollowupsCommand.Reject.class) {
                    made = new FollowupsCommand.Reject(stores, deps.clock());
                } else if (type == FollowupsCommand.Done.class) {
                    made = new FollowupsCommand.Done(stores, deps.clock());
                } else if (type == FollowupsCommand.Snooze.class) {
                    made = new FollowupsCommand.Snooze(stores, deps.clock());
                } else if (type == FollowupsCommand.Reassign.class) {
                    made = new FollowupsCommand.Reassign(stores, deps.clock());
                } else if (type == RunCommand.class) {
                    made = new RunCommand(stores, session);
                } else if (type == RunCommand.Demo.class) {
                    made = new RunCommand.Demo(files, session, storesOver);
                } else if (type == TeamsPackageCommand.class) {
                    made = new TeamsPackageCommand(deps.env());
                } else if (type == RemindersCommand.class) {
                    made = new RemindersCommand(stores, mapper, deps.clock());
                } else if (type == CalendarCommand.Import.class) {
                    made = new CalendarCommand.Import(stores, deps.clock());
                } else if (type == CalendarCommand.FeedLink.class) {
                    made = new CalendarCommand.FeedLink(stores, deps.env());
                } else if (type == CalendarCommand.Revoke.class) {
                    made = new CalendarCommand.Revoke(stores);
                } else if (type == AskCommand.class) {
                    made = new AskCommand(stores, questions, mapper, deps.in(), deps.clock());
                } else if (type == IngestCommand.class) {
                    made = new IngestCommand(files, stores, mapper, deps.clock(), deps.terminal());
                } else if (type == BenchCommand.Parse.class) {
                    made = new BenchCommand.Parse(parser, extractor, mapper);
                } else if (type == BenchCommand.Ask.class) {
                    made = new BenchCommand.Ask(questions);
                } else if (type == BenchCommand.Ingest.class) {
                    made = new BenchCommand.Ingest(parser, extractor, mapper, deps.clock());
                } else {
                    return CommandLine.defaultFactory().create(type);
                }
                return type.cast(made);
            }
        };
        CommandLine cl = new CommandLine(new ReferentCommand(), factory);
        cl.addSubcommand("parse", ParseCommand.class);
        cl.addSubcommand("ingest", IngestCommand.class);
        cl.addSubcommand("dates", DatesCommand.class);
        cl.addSubcommand("followups", FollowupsCommand.class);
        cl.addSubcommand("ask", AskCommand.class);
        cl.addSubcommand("reminders", RemindersCommand.class);
        cl.addSubcommand("calendar", CalendarCommand.class);
        cl.addSubcommand("run", RunCommand.class);
        cl.addSubcommand("demo", RunCommand.Demo.class);
        cl.addSubcommand("bench", BenchCommand.class);
        cl.addSubcommand("teams-package", TeamsPackageCommand.class);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            LOG.debug("command failed", e);
            PrintWriter err = commandLine.getErr();
            err.println("referent: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + " (run with -vv for details)");
            return ExitCodes.FAILED;
        });
        return cl;
    }
}
