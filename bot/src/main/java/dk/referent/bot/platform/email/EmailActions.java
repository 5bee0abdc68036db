package dk.referent.bot.platform.email;

import dk.referent.persistence.PersonContacts;
import dk.referent.scheduler.FollowUpDecisions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a click on an e-mail's Udført / Udsæt link does: the HTTP server's {@code GET /act/<token>} calls
 * {@link #act(String)} and shows the Danish text it returns. A valid link acts once, through the same
 * {@link FollowUpDecisions} as chat's buttons (so reminders are re-planned and the change audited).
 */
public final class EmailActions {

    private static final Logger LOG = LoggerFactory.getLogger(EmailActions.class);
    /** Who acted, in the audit log: the link's holder is not otherwise known. */
    static final String ACTOR = "email:link";

    private final ActionLinks links;
    private final PersonContacts uses;
    private final FollowUpDecisions decisions;
    private final Clock clock;

    public EmailActions(ActionLinks links, PersonContacts uses, FollowUpDecisions decisions, Clock clock) {
        this.links = links;
        this.uses = uses;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Does what {@code token} says, once; returns the text to show the person, in Danish. */
    public String act(String token) {
        ActionLinks.Checked checked = links.check(token);
        if (checked instanceof ActionLinks.Checked.Expired) {
            return "Linket er udløbet. Brug knapperne i chatten, eller skriv »udført N« eller »udsæt N D« til Referent.";
        }
        if (!(checked instanceof ActionLinks.Checked.Valid valid)) {
            return "Linket er ugyldigt.";
        }
        // claimed before acting, atomically: two clicks at once (or a mail scanner and a person) cannot both act
        if (!uses.useOnce(token)) {
            return "Linket er allerede brugt.";
        }
        long id = valid.followUpId();
        try {
            return switch (valid.action()) {
                case DONE -> decisions.done(List.of(id), ACTOR).isEmpty()
                        ? "Opfølgning #" + id + " er allerede lukket eller findes ikke."
                        : "Opfølgning #" + id + " er markeret som udført. Der kommer ingen flere påmindelser om den.";
                case SNOOZE_DAY -> snoozed(id, 1);
                case SNOOZE_WEEK -> snoozed(id, 7);
            };
        } catch (Exception e) {
            LOG.warn("action link on follow-up {} failed: {}", id, e.toString());
            return "Det lykkedes ikke at gemme det. Skriv til Referent i chatten i stedet.";
        }
    }

    private String snoozed(long id, int days) throws Exception {
        LocalDate until = LocalDate.now(clock).plusDays(days);
        return decisions.snooze(id, until, ACTOR)
                ? "Opfølgning #" + id + " er udsat til " + until.getDayOfMonth() + "/" + until.getMonthValue() + "."
                : "Opfølgning #" + id + " kan ikke udsættes (den er lukket eller findes ikke).";
    }
}
