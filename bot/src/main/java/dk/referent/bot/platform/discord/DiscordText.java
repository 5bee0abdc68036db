package dk.referent.bot.platform.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Answer text cut to Discord's message limit, and the bot's mention taken out of a question. */
final class DiscordText {

    /** A message's content may be 2,000 characters ({@code Message.MAX_CONTENT_LENGTH}, counted as Java chars). */
    static final int CONTENT_LIMIT = 2000;

    /** A Discord id (a snowflake): a user, a channel. */
    static final Pattern SNOWFLAKE = dk.referent.bot.chat.ChatIds.SNOWFLAKE;

    private DiscordText() {
    }

    /**
     * {@code text} in pieces of at most {@code limit} characters, cut at a line break or else a space where there is
     * one in the second half of the piece; only the whitespace at a cut is dropped. A surrogate pair (an emoji) is
     * never cut in two.
     */
    static List<String> split(String text, int limit) {
        List<String> out = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut < limit / 2) {
                cut = rest.lastIndexOf(' ', limit);
            }
            if (cut < limit / 2) {
                cut = Character.isHighSurrogate(rest.charAt(limit - 1)) ? limit - 1 : limit;
            }
            out.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** The question in a message that mentions the bot: "<@123> hvad blev …" → "hvad blev …" (also the "<@!123>" form). */
    static String withoutMention(String content, String botId) {
        return content.replaceAll("<@!?" + Pattern.quote(botId) + ">", " ").strip().replaceAll("[ \\t]{2,}", " ");
    }
}
