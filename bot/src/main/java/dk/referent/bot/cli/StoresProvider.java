package dk.referent.bot.cli;

import dk.referent.bot.Stores;
import dk.referent.persistence.DatabaseUnavailableException;
import java.io.IOException;
import java.io.PrintWriter;

/** The stores over the configured database, opened only by the commands that need them (parse never does). */
@FunctionalInterface
public interface StoresProvider {

    Stores open() throws DatabaseUnavailableException;

    /** What a command does with the stores; returns its exit code. */
    @FunctionalInterface
    interface Work {
        int run(Stores stores) throws IOException;
    }

    /** Runs {@code work} on the stores, closing the database after; a database that cannot be opened is said on {@code err}. */
    default int using(PrintWriter err, Work work) throws IOException {
        try (Stores stores = open()) {
            return work.run(stores);
        } catch (DatabaseUnavailableException e) {
            err.println("referent: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
