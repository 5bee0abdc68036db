package dk.referent.persistence;

/** The database cannot be opened; the message says why in words for the person running Referent. */
public final class DatabaseUnavailableException extends Exception {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
