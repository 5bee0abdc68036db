package dk.referent.bot.chat;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one home of the shapes of the chat platforms' ids. The shapes do not overlap, so an id alone says which
 * platform it belongs to — which lets Slack, Discord and Teams run side by side in one process and every message
 * (a reminder, a publication, a notice) go to the platform its target is on.
 */
public final class ChatIds {

    public static final String SLACK = "slack";
    public static final String DISCORD = "discord";
    public static final String TEAMS = "teams";

    /** Slack users (U, W), channels (C, G) and direct conversations (D). */
    public static final Pattern SLACK_ID = Pattern.compile("[UWCGD][A-Z0-9]{6,}");
    /** A Discord id (a snowflake): a user, a channel. */
    public static final Pattern SNOWFLAKE = Pattern.compile("\\d{17,20}");
    /** A person in Teams: their Entra ID object id (a GUID). */
    public static final Pattern TEAMS_OBJECT_ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Bot Framework conversation ids: "19:…" (channels, group chats), "a:…" (personal chats). */
    public static final Pattern TEAMS_CONVERSATION_ID = Pattern.compile("(19|a):.+");

    private ChatIds() {
    }

    /** The platform ({@link #SLACK}, {@link #DISCORD}, {@link #TEAMS}) whose id {@code id} is; empty for a name. */
    public static Optional<String> platformOf(String id) {
        if (id == null) {
            return Optional.empty();
        }
        if (SLACK_ID.matcher(id).matches()) {
            return Optional.of(SLACK);
        }
        if (SNOWFLAKE.matcher(id).matches()) {
            return Optional.of(DISCORD);
        }
        if (TEAMS_OBJECT_ID.matcher(id).matches() || TEAMS_CONVERSATION_ID.matcher(id).matches()) {
            return Optional.of(TEAMS);
        }
        return Optional.empty();
    }
}
