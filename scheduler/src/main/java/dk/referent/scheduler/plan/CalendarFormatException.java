package dk.referent.scheduler.plan;

/**
 * A meeting calendar file Referent cannot read. The message says what is wrong and where, in Danish, for the
 * secretary who uploaded it ("møder.txt, linje 3: …"); {@link #line()} is the 1-based line, 0 when no single
 * line is to blame.
 */
public final class CalendarFormatException extends Exception {

    private final int line;

    public CalendarFormatException(String message, int line) {
        super(message);
        this.line = line;
    }

    static CalendarFormatException at(String fileName, int line, String problem) {
        return new CalendarFormatException(fileName + ", linje " + line + ": " + problem, line);
    }

    static CalendarFormatException in(String fileName, String problem) {
        return new CalendarFormatException(fileName + ": " + problem, 0);
    }

    public int line() {
        return line;
    }
}
