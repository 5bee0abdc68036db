package dk.referent.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.bot.cli.json.JsonParts;
import dk.referent.bot.conversation.DanishFormat;
import dk.referent.bot.conversation.FollowUpAnswerText;
import dk.referent.bot.conversation.FollowUpToday;
import dk.referent.bot.runtime.Scheduling;
import dk.referent.persistence.FollowUpStore.Filter;
import dk.referent.persistence.FollowUpStore.Row;
import dk.referent.scheduler.FollowUpDecisions;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.quartz.SchedulerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code referent followups [--json] [--from D --to D] [--owner O] [--status S]}, and confirm / reject. */
@Command(name = "followups", description = "List the follow-ups found in the minutes (the unsure proposals first).",
        subcommands = {FollowupsCommand.Confirm.class, FollowupsCommand.Reject.class, FollowupsCommand.Done.class,
            FollowupsCommand.Snooze.class, FollowupsCommand.Reassign.class})
final class FollowupsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "One JSON object per follow-up.")
    boolean json;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only dated follow-ups on or after this day (undated ones are always listed).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only dated follow-ups on or before this day.")
    LocalDate to;

    @Option(names = "--owner", description = "Only follow-ups whose owner contains this text.")
    String owner;

    @Option(names = "--status", description = "proposed, confirmed, rejected or done.")
    String status;

    @Spec
    CommandSpec spec;

    private final StoresProvider storage;
    private final ObjectMapper mapper;
    private final Clock clock;

    FollowupsCommand(StoresProvider storage, ObjectMapper mapper, Clock clock) {
        this.storage = storage;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        return storage.using(spec.commandLine().getErr(), stores -> {
            List<Row> rows = stores.followUps()
                    .list(new Filter(Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(owner), Optional.ofNullable(status)));
            if (json) {
                for (Row r : rows) {
                    out.println(mapper.writeValueAsString(toJson(r)));
                }
            } else {
                // the overdue first (the store's order among the rest: the unsure proposals first)
                List<FollowUpToday> listed = FollowUpToday.sorted(rows, FollowUpToday.today(clock), FollowUpToday.OVERDUE_FIRST);
                listed.forEach(f -> out.println(line(f)));
                long proposed = rows.stream().filter(r -> r.status().equals("proposed")).count();
                long overdue = listed.stream().filter(FollowUpToday::overdue).count();
                out.printf("%d opfølgninger (%d foreslåede%s — bekræft med: referent followups confirm ID... eller --all)%n", rows.size(), proposed,
                        overdue == 0 ? "" : ", " + overdue + " overskredne");
            }
            out.flush();
            return ExitCodes.OK;
        });
    }

    /** One follow-up for the secretariat: a recurring one says how often in words and its next occurrence, an overdue one says so. */
    private static String line(FollowUpToday f) {
        Row r = f.row();
        String when;
        if (f.overdue()) {
            when = " " + f.overdueWords(false).orElseThrow();
        } else if (f.recurring()) {
            when = " " + f.recurrence(false) + f.nextWords(false).map(next -> ", " + next).orElse("");
        } else {
            when = r.date() == null ? "" : " " + r.date() + (r.end() == null ? "" : "–" + r.end()) + (r.time() == null ? "" : " kl. " + r.time());
        }
        String what = !f.recurring() && r.body() != null ? " (" + r.body() + ")" : "";
        return String.format("#%d %-9s %-13s%s%s%s — %s %s punkt %d%s: %s", r.id(), STATUS.getOrDefault(r.status(), r.status()),
                FollowUpAnswerText.DANISH_KIND.getOrDefault(r.kind(), r.kind()), when, what, r.owner() == null ? "" : " · " + r.owner(), r.meetingBody(),
                r.meetingDate(), r.itemNumber(), r.itemCase() == null ? "" : " (" + r.itemCase() + ")", DanishFormat.oneLine(r.evidence(), 100));
    }

    private static final Map<String, String> STATUS = Map.of("proposed", "foreslået", "confirmed", "bekræftet",
            "rejected", "afvist", "done", "udført");


    private Map<String, Object> toJson(Row r) throws IOException {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", r.id());
        o.put("status", r.status());
        o.put("kind", r.kind());
        o.put("date", r.date() == null ? null : r.date().toString());
        o.put("end", r.end() == null ? null : r.end().toString());
        o.put("time", r.time() == null ? null : r.time().toString());
        o.put("rrule", r.rrule());
        o.put("owner", r.owner());
        o.put("body", r.body());
        o.put("evidence", r.evidence());
        o.put("confidence", Math.round(r.confidence() * 100) / 100.0);
        o.put("details", mapper.readTree(r.details()));
        o.put("meeting", JsonParts.meeting(r.meetingBody(), r.meetingDate()));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("number", r.itemNumber());
        item.put("title", r.itemTitle());
        item.put("case", r.itemCase());
        o.put("item", item);
        return o;
    }

    /** Shared by confirm, reject and done: decide on ids (or on every proposal), re-planning their reminders. */
    abstract static class Decide implements Callable<Integer> {

        @Parameters(arity = "0..*", paramLabel = "ID", description = "Follow-up ids (see referent followups).")
        List<Long> ids = new ArrayList<>();

        @Spec
        CommandSpec spec;

        private final StoresProvider storage;
        private final Clock clock;

        Decide(StoresProvider storage, Clock clock) {
            this.storage = storage;
            this.clock = clock;
        }

        boolean all() {
            return false;
        }

        abstract List<Long> decide(FollowUpDecisions decisions, String actor) throws SchedulerException;

        /** What the change is called in the summary, in Danish ("bekræftet"). */
        abstract String done();

        /** The state an id must be in for the change ("proposed" for confirm and reject). */
        String from() {
            return "proposed";
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (ids.isEmpty() && !all()) {
                err.println("referent followups " + spec.name() + ": name the follow-up ids" + (spec.name().equals("confirm") ? ", or --all" : ""));
                return ExitCodes.BAD_INPUT;
            }
            return storage.using(err, stores -> Scheduling.with(stores, (scheduler, decisions) -> {
                List<Long> changed = decide(decisions, JsonParts.actor());
                out.printf("%d %s%s%n", changed.size(), done(), changed.isEmpty() ? "" : ": " + changed);
                List<Long> untouched = ids.stream().filter(id -> !changed.contains(id)).toList();
                if (!untouched.isEmpty()) {
                    err.println("not " + from() + " (unknown, or already decided): " + untouched);
                    return ExitCodes.FAILED;
                }
                return ExitCodes.OK;
            }));
        }
    }

    @Command(name = "confirm", description = "Confirm proposed follow-ups: their reminders are planned.")
    static final class Confirm extends Decide {
        @Option(names = "--all", description = "Confirm every proposed follow-up.")
        boolean all;

        Confirm(StoresProvider storage, Clock clock) {
            super(storage, clock);
        }

        @Override
        boolean all() {
            return all;
        }

        List<Long> decide(FollowUpDecisions decisions, String actor) throws SchedulerException {
            return all ? decisions.confirmAll(actor) : decisions.confirm(ids, actor);
        }

        String done() {
            return "bekræftet";
        }
    }

    @Command(name = "reject", description = "Reject proposed follow-ups the secretariat does not want.")
    static final class Reject extends Decide {
        Reject(StoresProvider storage, Clock clock) {
            super(storage, clock);
        }

        List<Long> decide(FollowUpDecisions decisions, String actor) {
            return decisions.reject(ids, actor);
        }

        String done() {
            return "afvist";
        }
    }

    @Command(name = "done", description = "Mark confirmed follow-ups done: no more reminders.")
    static final class Done extends Decide {
        Done(StoresProvider storage, Clock clock) {
            super(storage, clock);
        }

        List<Long> decide(FollowUpDecisions decisions, String actor) throws SchedulerException {
            return decisions.done(ids, actor);
        }

        String done() {
            return "udført";
        }

        @Override
        String from() {
            return "confirmed";
        }
    }

    /** Shared by snooze and reassign: one confirmed follow-up changed, its reminders re-planned. */
    abstract static class ChangeOne implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ID", description = "The follow-up's id (see referent followups).")
        long id;

        @Spec
        CommandSpec spec;

        private final StoresProvider storage;
        final Clock clock;

        ChangeOne(StoresProvider storage, Clock clock) {
            this.storage = storage;
            this.clock = clock;
        }

        /** The change, or a message on {@code err} and false when the input is wrong. */
        abstract boolean change(FollowUpDecisions decisions, String actor) throws SchedulerException;

        abstract String done();

        /** A problem with the options, said before the database is opened; null when there is none. */
        String badInput() {
            return null;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            String bad = badInput();
            if (bad != null) {
                err.println("referent followups " + spec.name() + ": " + bad);
                return ExitCodes.BAD_INPUT;
            }
            return storage.using(err, stores -> Scheduling.with(stores, (scheduler, decisions) -> {
                if (!change(decisions, JsonParts.actor())) {
                    err.println("follow-up " + id + " is not confirmed (unknown, proposed, rejected or done)");
                    return ExitCodes.FAILED;
                }
                spec.commandLine().getOut().printf("#%d %s%n", id, done());
                return ExitCodes.OK;
            }));
        }
    }

    @Command(name = "snooze", description = "Hold a confirmed follow-up's reminders until a day (--until) or for some days (--days).")
    static final class Snooze extends ChangeOne {
        @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "No reminders before this day.")
        LocalDate until;

        @Option(names = "--days", description = "No reminders for this many days.")
        Integer days;

        Snooze(StoresProvider storage, Clock clock) {
            super(storage, clock);
        }

        @Override
        String badInput() {
            if ((until == null) == (days == null)) {
                return "give either --until YYYY-MM-DD or --days N";
            }
            if (days != null && days < 1) {
                return "--days must be at least 1";
            }
            // checked before the date is computed: a huge --days overflows it, or reaches the database as an error
            if (days != null && days > FollowUpDecisions.MAX_SNOOZE_DAYS
                    || until != null && !FollowUpDecisions.snoozeWithinLimit(LocalDate.now(clock), until)) {
                return "a follow-up can be snoozed at most " + FollowUpDecisions.MAX_SNOOZE_DAYS + " days (ten years) ahead";
            }
            return null;
        }

        private LocalDate day() {
            return until != null ? until : LocalDate.now(clock).plusDays(days);
        }

        boolean change(FollowUpDecisions decisions, String actor) throws SchedulerException {
            return decisions.snooze(id, day(), actor);
        }

        String done() {
            return "udsat til " + day();
        }
    }

    @Command(name = "reassign", description = "Give a confirmed follow-up to someone else; its reminders go to them.")
    static final class Reassign extends ChangeOne {
        @Option(names = "--to", required = true, paramLabel = "OWNER", description = "The new owner (a name, team or chat user).")
        String to;

        Reassign(StoresProvider storage, Clock clock) {
            super(storage, clock);
        }

        @Override
        String badInput() {
            return to.isBlank() ? "--to needs a name" : null;
        }

        boolean change(FollowUpDecisions decisions, String actor) throws SchedulerException {
            return decisions.reassign(id, to.strip(), actor);
        }

        String done() {
            return "overdraget til " + to.strip();
        }
    }
}
