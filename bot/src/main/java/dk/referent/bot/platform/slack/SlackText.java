package dk.referent.bot.platform.slack;

import java.util.ArrayList;
import java.util.List;

/** Text from the minutes made safe for Slack, and cut to Slack's limits. */
final class SlackText {

    /** A section block's text may be 3,000 characters. */
    static final int SECTION_LIMIT = 3000;

    private SlackText() {
    }

    /**
     * Slack's three control characters escaped: text from minutes can then never become a link, a user mention or
     * a {@code <!channel>} / {@code <!here>} / {@code <!everyone>} broadcast.
     */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** {@code text} in pieces of at most {@code limit} characters, cut at a line break or a space where there is one. */
    static List<String> split(String text, int limit) {
        List<String> out = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut < limit / 2) {
                cut = rest.lastIndexOf(' ', limit);
            }
            if (cut < limit / 2) {
                cut = limit;
            }
            // an escape such as &amp; must not be cut in two
            int amp = rest.lastIndexOf('&', cut);
            if (amp >= 0 && amp > cut - 5 && rest.indexOf(';', amp) >= cut) {
                cut = amp;
            }
            out.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** Removes the leading bot mention from an app mention ("<@U123> hvad blev …" → "hvad blev …"). */
    static String withoutMentions(String text) {
        return text.replaceAll("<@[A-Z0-9]+(?:\\|[^>]*)?>", " ").strip();
    }
}
