package dk.referent.bot.cli;

/** Exit codes of the command line. */
final class ExitCodes {
    static final int OK = 0;
    /** Some input could not be processed (the others were). */
    static final int FAILED = 1;
    /** The input is not something Referent can read: empty, binary, not a referat, too large. */
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
