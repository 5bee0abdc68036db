package dk.referent.scheduler;

import dk.referent.scheduler.plan.PlannableFollowUp;
import dk.referent.scheduler.plan.PlannedReminder;
import dk.referent.scheduler.plan.ReminderPlanner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The planned reminders of stored follow-ups: what Quartz is given, and what {@code referent reminders} shows. */
public final class ReminderPlans {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderPlans.class);

    private final ReminderStore store;
    private final ReminderPlanner planner;

    public ReminderPlans(ReminderStore store, SchedulerSettings settings) {
        this.store = store;
        this.planner = new ReminderPlanner(settings.workingDays(), settings.leads(), settings.zone());
    }

    /** Every confirmed follow-up's reminders that fire within [from, to], by fire time. */
    public List<PlannedReminder> all(LocalDate from, LocalDate to) {
        List<PlannedReminder> out = new ArrayList<>();
        Map<String, List<LocalDate>> calendars = new HashMap<>();
        for (PlannableFollowUp f : store.confirmed()) {
            out.addAll(of(f, from, to, calendars));
        }
        out.sort(Comparator.comparing(PlannedReminder::fireAt).thenComparing(PlannedReminder::followUpId));
        return out;
    }

    /**
     * One follow-up's reminders within [from, to]; none, with a logged warning, when it cannot be planned (a rule
     * the secretariat must correct) — one bad follow-up must not stop the others' reminders.
     */
    public List<PlannedReminder> of(PlannableFollowUp f, LocalDate from, LocalDate to) {
        return of(f, from, to, new HashMap<>());
    }

    /** As {@link #of(PlannableFollowUp, LocalDate, LocalDate)}, reading each body's calendar once into {@code calendars}. */
    public List<PlannedReminder> of(PlannableFollowUp f, LocalDate from, LocalDate to, Map<String, List<LocalDate>> calendars) {
        try {
            String body = f.calendarBody();
            return planner.plan(f, body == null ? List.of() : calendars.computeIfAbsent(body, store::meetings), from, to);
        } catch (IllegalArgumentException e) {
            LOG.warn("follow-up {} has no reminders: {}", f.id(), e.getMessage());
            return List.of();
        }
    }
}
