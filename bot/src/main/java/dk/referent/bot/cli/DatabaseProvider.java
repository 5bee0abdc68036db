package dk.referent.bot.cli;

import dk.referent.persistence.Database;
import dk.referent.persistence.DatabaseUnavailableException;

/** Opens the configured database (the composition root's, or a test's); the stores are built over it once. */
@FunctionalInterface
public interface DatabaseProvider {

    Database open() throws DatabaseUnavailableException;
}
