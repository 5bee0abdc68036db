package dk.referent.scheduler;

import dk.referent.scheduler.plan.PlannableFollowUp;
import dk.referent.scheduler.plan.PlannedReminder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Monday morning: each owner's deadlines and dated tasks of the coming two weeks, as one message (once per owner and day). */
final class DigestJob implements Job {

    static final int DAYS_AHEAD = 14;
    private static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("EEEE d. MMMM", Locale.forLanguageTag("da-DK"));

    private final ReminderStore store;
    private final Clock clock;
    private final ZoneId zone;

    DigestJob(ReminderStore store, Clock clock, ZoneId zone) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public void execute(JobExecutionContext context) {
        digest(LocalDate.now(clock.withZone(zone)));
    }

    /** Records the digests of {@code today}; returns how many owners get one. */
    int digest(LocalDate today) {
        Map<String, List<PlannableFollowUp>> byOwner = store.confirmed().stream()
                .filter(f -> f.date() != null && !f.date().isBefore(today) && !f.date().isAfter(today.plusDays(DAYS_AHEAD)))
                .filter(f -> f.kind().equals("deadline") || f.kind().equals("action") || f.kind().equals("event"))
                .collect(Collectors.groupingBy(f -> target(f), TreeMap::new, Collectors.toList()));
        byOwner.forEach((owner, due) -> {
            StringBuilder text = new StringBuilder("Ugens oversigt — de næste to uger:");
            due.stream().sorted(java.util.Comparator.comparing(PlannableFollowUp::date)).forEach(f -> text.append("\n• ")
                    .append(DANISH.format(f.date())).append(": ").append(f.itemTitle()).append(" (").append(f.meetingBody())
                    .append(", punkt ").append(f.itemNumber()).append(')'));
            store.recordDue(new PlannedReminder(0, "digest", today, "digest:" + owner, ZonedDateTime.now(clock.withZone(zone)), owner,
                    text.toString()), clock.instant(), false);
        });
        return byOwner.size();
    }

    private static String target(PlannableFollowUp f) {
        return f.owner() == null || f.owner().isBlank() ? PlannedReminder.FOLLOW_UP_CHANNEL : f.owner();
    }
}
