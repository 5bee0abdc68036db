package dk.referent.minutes.referat;

/**
 * The input is not a referat Referent can read. The message says what is wrong in words a secretary
 * understands; {@link #line()} says where, when a line is to blame (1-based, 0 when not).
 */
public final class ReferatFormatException extends Exception {

    private final int line;

    public ReferatFormatException(String message) {
        this(message, 0);
    }

    public ReferatFormatException(String message, int line) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
