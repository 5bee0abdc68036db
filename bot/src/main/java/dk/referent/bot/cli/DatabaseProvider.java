package dk.referent.bot.cli;

import dk.referent.persistence.Database;
import dk.referent.persistence.DatabaseUnavailableException;
import java.io.IOException;
import java.io.PrintWriter;

/** Opens the configured database; only the commands that need one call it (parse never does). */
@FunctionalInterface
public interface DatabaseProvider {

    Database open() throws DatabaseUnavailableException;

    /** What a command does with the open database; returns its exit code. */
    @FunctionalInterface
    interface Work {
        int run(Database database) throws IOException;
    }

    /** Runs {@code work} on the database, closing it after; a database that cannot be opened is said on {@code err}. */
    default int using(PrintWriter err, Work work) throws IOException {
        try (Database database = open()) {
            return work.run(database);
        } catch (DatabaseUnavailableException e) {
            err.println("referent: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
