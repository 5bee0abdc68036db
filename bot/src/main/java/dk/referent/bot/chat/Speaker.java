package dk.referent.bot.chat;

import java.util.Set;

/**
 * Who says something to Referent: a user of a chat platform, with the groups the platform knows them in (Slack user
 * groups, Discord roles) — what roles are configured by.
 *
 * @param platform "slack", "discord", "teams" or "console"
 * @param id       the platform's user id
 */
public record Speaker(String platform, String id, Set<String> groups) {

    public Speaker {
        groups = Set.copyOf(groups);
    }

    public Speaker(String platform, String id) {
        this(platform, id, Set.of());
    }

    /** How the audit log and subscriptions name them: "slack:U012AB3CD". */
    public String actor() {
        return platform + ":" + id;
    }
}
