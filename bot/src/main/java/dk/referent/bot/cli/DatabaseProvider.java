package dk.referent.bot.cli;

import dk.referent.persistence.Database;
import dk.referent.persistence.DatabaseUnavailableException;

/** Opens the configured database; only the commands that need one call it (parse never does). */
@FunctionalInterface
public interface DatabaseProvider {
    Database open() throws DatabaseUnavailableException;
}
