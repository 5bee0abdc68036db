package dk.referent.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.bot.conversation.DanishFormat;
import dk.referent.bot.conversation.FollowUpAnswerText;
import dk.referent.bot.runtime.Scheduling;
import dk.referent.scheduler.ReminderPlans;
import dk.referent.scheduler.SchedulerSettings;
import dk.referent.scheduler.plan.PlannedReminder;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code referent reminders [--from D --to D] [--json]}: the planned reminders of confirmed follow-ups — a dry run, nothing is sent. */
@Command(name = "reminders", description = "The reminders planned for confirmed follow-ups, with their fire times (a dry run: nothing is sent).")
final class RemindersCommand implements Callable<Integer> {

    private static final int DEFAULT_DAYS = 90;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: today).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: " + DEFAULT_DAYS + " days after --from).")
    LocalDate to;

    @Option(names = "--json", description = "{\"followUp\", \"kind\", \"fireAt\", \"target\", \"text\", \"occurrence\", \"lead\"} per reminder.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final StoresProvider storage;
    private final ObjectMapper mapper;
    private final Clock clock;

    RemindersCommand(StoresProvider storage, ObjectMapper mapper, Clock clock) {
        this.storage = storage;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate first = from != null ? from : LocalDate.now(clock);
        LocalDate last = to != null ? to : first.plusDays(DEFAULT_DAYS);
        if (last.isBefore(first)) {
            spec.commandLine().getErr().println("referent reminders: --to " + last + " is before --from " + first);
            return ExitCodes.BAD_INPUT;
        }
        return storage.using(spec.commandLine().getErr(), stores -> {
            ReminderPlans plans = new ReminderPlans(stores.reminders(), Scheduling.settings());
            List<PlannedReminder> planned = plans.all(first, last);
            for (PlannedReminder r : planned) {
                out.println(json ? mapper.writeValueAsString(toJson(r))
                        : String.format("%s  #%-5d %-13s %-24s %s", WHEN.format(r.fireAt()), r.followUpId(),
                                FollowUpAnswerText.DANISH_KIND.getOrDefault(r.kind(), r.kind()), DanishFormat.oneLine(r.target(), 24), r.text()));
            }
            if (!json) {
                out.printf("%d påmindelser %s–%s (%s)%n", planned.size(), first, last, SchedulerSettings.COPENHAGEN);
            }
            out.flush();
            return ExitCodes.OK;
        });
    }


    private static Map<String, Object> toJson(PlannedReminder r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("followUp", r.followUpId());
        o.put("kind", r.kind());
        o.put("fireAt", r.fireAt().toOffsetDateTime().toString());
        o.put("target", r.target());
        o.put("text", r.text());
        o.put("occurrence", r.occurrence().toString());
        o.put("lead", r.lead());
        return o;
    }
}
