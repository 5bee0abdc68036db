package dk.referent.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.bot.cli.CommandLineFactory;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.persistence.Database;
import dk.referent.persistence.DatabaseConfig;
import java.time.Clock;
import java.time.ZoneId;

/** The composition root: builds everything with plain constructors and runs the command line. */
public final class Main {

    /** Referent's time zone: the municipality's. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private Main() {
    }

    public static void main(String[] args) {
        DatabaseConfig databaseConfig = DatabaseConfig.fromEnvironment(System.getenv());
        CommandLineFactory.Dependencies deps = new CommandLineFactory.Dependencies(
                new ReferatParser(Clock.system(ZONE)),
                new DanishTemporalParser(),
                new ObjectMapper(),
                () -> Database.open(databaseConfig),
                Clock.system(ZONE),
                System.in,
                System.console() != null,
                System.getenv());
        int code = CommandLineFactory.create(deps).execute(args);
        System.exit(code);
    }
}
