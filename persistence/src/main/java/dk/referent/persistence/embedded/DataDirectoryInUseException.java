package dk.referent.persistence.embedded;

import java.nio.file.Path;

/** Another Referent process holds the data directory; starting a second PostgreSQL on it would corrupt it. */
public final class DataDirectoryInUseException extends IllegalStateException {

    public DataDirectoryInUseException(Path directory) {
        super("the data directory " + directory + " is in use by another Referent process — stop it first,"
                + " or give this one its own REFERENT_DATA_DIR");
    }
}
