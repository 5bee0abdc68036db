package dk.referent.bot.chat;

/**
 * Where something is said: a channel of a platform, or a direct conversation with Referent.
 *
 * @param channel the platform's channel id (for a direct message, the conversation's id)
 */
public record Place(String platform, String channel, boolean direct) {

    /** How confidential channels are stored: "slack:C012AB3CD". */
    public String key() {
        return platform + ":" + channel;
    }
}
