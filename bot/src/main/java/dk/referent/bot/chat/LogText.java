package dk.referent.bot.chat;

/**
 * Text from outside (a request, an exception about one) made safe for a log line: control characters and line breaks
 * escaped, so that nobody can forge a log line, and cut short, so that nobody can flood the log.
 */
public final class LogText {

    static final int LIMIT = 200;

    private LogText() {
    }

    public static String safe(Object text) {
        String s = String.valueOf(text);
        StringBuilder out = new StringBuilder(Math.min(s.length(), LIMIT) + 16);
        for (int i = 0; i < s.length() && out.length() < LIMIT; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.length() < LIMIT || s.length() <= LIMIT ? out.toString() : out + "… (" + s.length() + " chars)";
    }
}
