package dk.referent.bot.cli;

import dk.referent.scheduler.FollowUpDecisions;
import dk.referent.scheduler.ReminderPlans;
import dk.referent.scheduler.plan.PlannedReminder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quartz.SchedulerException;

/**
 * The conversation in the terminal: a question gets the answer the bot would post; the follow-up actions of a
 * reminder message (done, snooze, reassign) are typed as short commands.
 */
final class ConsoleConversation {

    static final String HELP = """
            Skriv et spørgsmål, fx »Hvad blev besluttet om sprogskolen?«, »hvilke frister har vi i juni?«,
            »hvem deltog i direktionsmødet den 3. maj 2021?« — eller:
              påmindelser            de planlagte påmindelser de næste 30 dage
              udført N               opfølgning N er udført (ingen flere påmindelser)
              udsæt N D              udsæt opfølgning N i D dage (eller: udsæt N til ÅÅÅÅ-MM-DD)
              overdrag N til NAVN    giv opfølgning N til en anden
              indlæs FIL             (sekretariatet) læs et nyt referat og se, hvad Referent forstod
              bekræft / kassér       gem, bekræft opfølgningerne og offentliggør beslutningerne — eller kassér
              hjælp                  denne tekst""";

    private static final Pattern DONE = Pattern.compile("(?iu)^\\s*(?:udført|done)\\s+#?(\\d+)\\s*$");
    private static final Pattern SNOOZE_DAYS = Pattern.compile("(?iu)^\\s*(?:udsæt|snooze)\\s+#?(\\d+)\\s+(\\d+)\\s*(?:dage?|days?)?\\s*$");
    private static final Pattern SNOOZE_UNTIL = Pattern.compile("(?iu)^\\s*(?:udsæt|snooze)\\s+#?(\\d+)\\s+(?:til|until)\\s+(\\d{4}-\\d{2}-\\d{2})\\s*$");
    private static final Pattern REASSIGN = Pattern.compile("(?iu)^\\s*(?:overdrag|reassign)\\s+#?(\\d+)\\s+(?:til|to)\\s+(.+?)\\s*$");
    private static final Pattern REMINDERS = Pattern.compile("(?iu)^\\s*(?:påmindelser|reminders)\\s*$");
    private static final Pattern LOAD = Pattern.compile("(?iu)^\\s*(?:indlæs|upload|load)\\s+(.+?)\\s*$");
    private static final Pattern CONFIRM = Pattern.compile("(?iu)^\\s*(?:bekræft|confirm|publicér|publicer|publish)\\s*$");
    private static final Pattern DISCARD = Pattern.compile("(?iu)^\\s*(?:kassér|kasser|discard)\\s*$");
    private static final Pattern HELP_WORD = Pattern.compile("(?iu)^\\s*(?:hjælp|help|\\?)\\s*$");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d. MMM 'kl.' HH:mm", Locale.forLanguageTag("da-DK"));

    private final Answers answers;
    private final FollowUpDecisions decisions;
    private final ReminderPlans plans;
    private final Secretariat secretariat;
    private final Clock clock;
    private final String actor;

    ConsoleConversation(Answers answers, FollowUpDecisions decisions, ReminderPlans plans, Secretariat secretariat, Clock clock,
                        String actor) {
        this.secretariat = secretariat;
        this.answers = answers;
        this.decisions = decisions;
        this.plans = plans;
        this.clock = clock;
        this.actor = actor;
    }

    /** The reply to one line typed in the terminal. */
    String reply(String line) throws SchedulerException {
        Matcher m;
        if (HELP_WORD.matcher(line).matches()) {
            return HELP;
        }
        if (REMINDERS.matcher(line).matches()) {
            LocalDate today = LocalDate.now(clock);
            List<PlannedReminder> next = plans.all(today, today.plusDays(30));
            if (next.isEmpty()) {
                return "Ingen påmindelser de næste 30 dage.";
            }
            StringBuilder out = new StringBuilder("Påmindelser de næste 30 dage:");
            next.stream().limit(20).forEach(r -> out.append("\n• ").append(WHEN.format(r.fireAt())).append(" → ").append(r.target())
                    .append(" (#").append(r.followUpId()).append("): ").append(r.text()));
            return next.size() > 20 ? out.append("\n… og ").append(next.size() - 20).append(" flere.").toString() : out.toString();
        }
        if ((m = LOAD.matcher(line)).matches()) {
            return secretariat.preview(java.nio.file.Path.of(m.group(1)), actor);
        }
        if (CONFIRM.matcher(line).matches()) {
            return secretariat.confirm(actor);
        }
        if (DISCARD.matcher(line).matches()) {
            return secretariat.discard(actor);
        }
        if ((m = DONE.matcher(line)).matches()) {
            long id = Long.parseLong(m.group(1));
            return decisions.done(List.of(id), actor).isEmpty() ? notConfirmed(id) : "Opfølgning #" + id + " er markeret som udført.";
        }
        if ((m = SNOOZE_DAYS.matcher(line)).matches() || (m = SNOOZE_UNTIL.matcher(line)).matches()) {
            long id = Long.parseLong(m.group(1));
            LocalDate until = m.pattern() == SNOOZE_DAYS ? LocalDate.now(clock).plusDays(Long.parseLong(m.group(2))) : LocalDate.parse(m.group(2));
            return decisions.snooze(id, until, actor) ? "Opfølgning #" + id + " er udsat til " + until + "." : notConfirmed(id);
        }
        if ((m = REASSIGN.matcher(line)).matches()) {
            long id = Long.parseLong(m.group(1));
            return decisions.reassign(id, m.group(2), actor) ? "Opfølgning #" + id + " er overdraget til " + m.group(2) + "." : notConfirmed(id);
        }
        return answers.answer(line, false, 5).text();
    }

    private static String notConfirmed(long id) {
        return "Opfølgning #" + id + " findes ikke eller er ikke bekræftet (se »referent followups«).";
    }
}
