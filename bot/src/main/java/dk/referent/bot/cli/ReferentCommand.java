package dk.referent.bot.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code referent} command; its subcommands are the command-line contract of PRODUCT.md. */
@Command(name = "referent", mixinStandardHelpOptions = true, version = "Referent 0.1.0",
        description = "Referent: what the board decided, with citations; follow-ups and reminders.")
public final class ReferentCommand {

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "More log output on stderr (-v info, -vv debug).")
    void verbose(boolean[] flags) {
        Level level = flags.length >= 2 ? Level.DEBUG : flags.length == 1 ? Level.INFO : Level.WARN;
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(level);
    }
}
