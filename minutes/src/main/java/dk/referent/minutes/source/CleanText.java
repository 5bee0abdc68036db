package dk.referent.minutes.source;

import java.util.regex.Pattern;

/**
 * Text from minutes without the characters that are not part of what was written: terminal escape sequences,
 * control characters, zero-width characters and bidirectional controls. Published minutes carry them by accident
 * (copied from web pages, Word, PDF text layers) or on purpose; left in, "Sprog\u200Bskolen" is not found as
 * "sprogskolen" and a printed title can move a terminal's cursor or reverse what follows it. Line breaks stay
 * (as {@code \n}) and so do tabs.
 */
public final class CleanText {

    /** CSI ("ESC [ 31 m"), OSC ("ESC ] … BEL" or "… ESC \"), and two-character escapes; C1 CSI too. */
    private static final Pattern ESCAPE = Pattern.compile(
            "\\u001B\\[[0-?]*[ -/]*[@-~]|\\u009B[0-?]*[ -/]*[@-~]"
                    + "|\\u001B\\][^\\u0007\\u001B]*(?:\\u0007|\\u001B\\\\)?|\\u001B[ -~]?");
    /** Word's manual line break (VT), form feeds between pages, old Mac and Unicode line and paragraph separators. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\u000B\\f\\u2028\\u2029]");
    /** C0 and C1 controls other than tab and newline; zero-width space, joiners, word joiner, BOM; bidi controls. */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u2060\\uFEFF\\u202A-\\u202E\\u2066-\\u2069]");

    private CleanText() {
    }

    /** The text as written: escapes and invisible characters removed, every line break a {@code \n}. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String s = ESCAPE.matcher(text).replaceAll("");
        s = LINE_BREAK.matcher(s).replaceAll("\n");
        return INVISIBLE.matcher(s).replaceAll("");
    }
}
