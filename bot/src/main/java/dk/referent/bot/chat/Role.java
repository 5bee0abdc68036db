package dk.referent.bot.chat;

/** What someone may do: the secretariat publishes, edits and imports; leaders also act on others' follow-ups. */
public enum Role {
    SECRETARIAT, LEADER, EVERYONE
}
