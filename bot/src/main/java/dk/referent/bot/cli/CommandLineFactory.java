package dk.referent.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.minutes.referat.ReferatParser;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Wires the subcommands with their collaborators (picocli's factory), and keeps stack traces from users. */
public final class CommandLineFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CommandLineFactory.class);

    private CommandLineFactory() {
    }

    public static CommandLine create(ReferatParser parser, ObjectMapper mapper) {
        ReferatFiles files = new ReferatFiles(parser);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                Object made;
                if (type == ParseCommand.class) {
                    made = new ParseCommand(files, mapper);
                } else if (type == BenchCommand.Parse.class) {
                    made = new BenchCommand.Parse(parser, mapper);
                } else {
                    return CommandLine.defaultFactory().create(type);
                }
                return type.cast(made);
            }
        };
        CommandLine cl = new CommandLine(new ReferentCommand(), factory);
        cl.addSubcommand("parse", ParseCommand.class);
        cl.addSubcommand("bench", BenchCommand.class);
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
