package dk.referent.bot.chat;

/**
 * Referent as every chat platform talks to it: what someone writes, sends as a file, or presses, and the reply. The
 * platforms only carry messages; what is answered, who may do what, and the audit are here.
 */
public interface Conversation {

    /** A message: a question, "mine frister", "følg sprogskolen", a secretariat command. */
    Reply said(Speaker who, Place where, String text);

    /**
     * A file sent to Referent, with the message's text ({@code caption}, maybe empty): a referat, or a meeting calendar.
     * {@code content} is fetched only when the file is read.
     */
    Reply sent(Speaker who, Place where, String fileName, Download content, String caption);

    /** A button pressed under one of Referent's messages; {@code value} as the button carried it. */
    Reply pressed(Speaker who, Place where, Button.Action action, String value);

    /** The answer of the reassign dialog: follow-up {@code followUpId} goes to {@code to} (a chat user id or a name). */
    Reply reassign(Speaker who, Place where, long followUpId, String to);

    /**
     * What a platform says, without asking anything else, when {@code who} already has as many messages waiting as it
     * takes ({@code text}: the one refused, for its language).
     */
    default Reply busy(Speaker who, String text) {
        return Reply.of(PerUserQueue.BUSY);
    }
}
