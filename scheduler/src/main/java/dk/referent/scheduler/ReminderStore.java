package dk.referent.scheduler;

import static dk.referent.persistence.jooq.Tables.FOLLOW_UP;
import static dk.referent.persistence.jooq.Tables.MEETING;
import static dk.referent.persistence.jooq.Tables.MEETING_CALENDAR;
import static dk.referent.persistence.jooq.Tables.REMINDER_DELIVERY;

import dk.referent.persistence.AuditLog;
import dk.referent.persistence.Database;
import dk.referent.scheduler.plan.PlannableFollowUp;
import dk.referent.scheduler.plan.PlannedReminder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** What reminders are planned from (confirmed follow-ups, the bodies' meeting calendars) and where they are recorded. */
public final class ReminderStore {

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;

    public ReminderStore(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every confirmed follow-up, as the planner needs it. */
    public List<PlannableFollowUp> confirmed() {
        return confirmed(DSL.noCondition());
    }

    /** The follow-up when it is confirmed (not proposed, rejected or done). */
    public Optional<PlannableFollowUp> confirmed(long id) {
        return confirmed(FOLLOW_UP.ID.eq(id)).stream().findFirst();
    }

    private List<PlannableFollowUp> confirmed(Condition which) {
        return database.dsl().select(FOLLOW_UP.asterisk(), MEETING.BODY, MEETING.MEETING_DATE, PER)
                .from(FOLLOW_UP).join(MEETING).on(MEETING.ID.eq(FOLLOW_UP.MEETING_ID))
                .where(FOLLOW_UP.STATUS.eq("confirmed")).and(which)
                .orderBy(FOLLOW_UP.ID)
                .fetch(ReminderStore::plannable);
    }

    private static PlannableFollowUp plannable(Record r) {
        String owner = r.get(FOLLOW_UP.ASSIGNEE) != null ? r.get(FOLLOW_UP.ASSIGNEE) : r.get(FOLLOW_UP.OWNER);
        String rrule = r.get(FOLLOW_UP.RRULE) != null ? r.get(FOLLOW_UP.RRULE) : ruleOfCount(r.get(PER));
        return new PlannableFollowUp(r.get(FOLLOW_UP.ID), r.get(FOLLOW_UP.KIND), r.get(FOLLOW_UP.DUE_DATE), r.get(FOLLOW_UP.END_DATE),
                r.get(FOLLOW_UP.DUE_TIME), rrule, owner, r.get(FOLLOW_UP.BODY), r.get(FOLLOW_UP.EVIDENCE),
                r.get(MEETING.BODY), r.get(MEETING.MEETING_DATE), r.get(FOLLOW_UP.ITEM_NUMBER), r.get(FOLLOW_UP.ITEM_TITLE),
                r.get(FOLLOW_UP.ITEM_CASE), Optional.ofNullable(r.get(FOLLOW_UP.SNOOZED_UNTIL)));
    }

    /** How often a recurring obligation without a rule comes, as the minutes say it ("3-4/YEARLY"). */
    private static final org.jooq.Field<String> PER = DSL.field("follow_up.details->>'per'", String.class).as("per");
    private static final java.util.regex.Pattern PER_YEAR = java.util.regex.Pattern.compile("(\\d+)(?:-\\d+)?/YEARLY");

    /**
     * "3-4 årlige møder" carries a count, not a rule: plan for the fewest (every 12/3 = 4 months), so no reminder
     * comes more often than the decision asks.
     */
    public static String ruleOfCount(String per) {
        java.util.regex.Matcher m = PER_YEAR.matcher(per == null ? "" : per);
        if (!m.matches()) {
            return null;
        }
        int times = Integer.parseInt(m.group(1));
        return times >= 1 && times <= 12 && 12 % times == 0 ? "FREQ=MONTHLY;INTERVAL=" + 12 / times : times == 1 ? "FREQ=YEARLY" : null;
    }

    /** A body's meeting dates from its imported calendar, oldest first. */
    public List<LocalDate> meetings(String body) {
        if (body == null) {
            return List.of();
        }
        return database.dsl().select(MEETING_CALENDAR.MEETING_DATE).from(MEETING_CALENDAR)
                .where(DSL.lower(MEETING_CALENDAR.BODY).eq(body.toLowerCase(java.util.Locale.ROOT)))
                .orderBy(MEETING_CALENDAR.MEETING_DATE).fetch(MEETING_CALENDAR.MEETING_DATE);
    }

    /** Replaces a body's meeting calendar with {@code dates}, audited; returns how many dates it has now. */
    public int importCalendar(String body, List<LocalDate> dates, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return database.dsl().transactionResult(tx -> {
            DSLContext db = tx.dsl();
            int removed = db.deleteFrom(MEETING_CALENDAR).where(MEETING_CALENDAR.BODY.eq(body)).execute();
            for (LocalDate d : dates) {
                db.insertInto(MEETING_CALENDAR).set(MEETING_CALENDAR.BODY, body).set(MEETING_CALENDAR.MEETING_DATE, d)
                        .set(MEETING_CALENDAR.IMPORTED_AT, now).set(MEETING_CALENDAR.IMPORTED_BY, actor).execute();
            }
            audit.append(db, actor, "calendar.import", body, Map.of("dates", dates.size(), "replaced", removed));
            return dates.size();
        });
    }

    /**
     * Records a reminder that fell due, once: a second record of the same (follow-up, occurrence, lead) — a trigger
     * recovered after a crash, fired by another instance — changes nothing. Returns whether this call recorded it.
     */
    public boolean recordDue(PlannedReminder r, Instant dueAt, boolean late) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return database.dsl().insertInto(REMINDER_DELIVERY)
                .set(REMINDER_DELIVERY.FOLLOW_UP_ID, r.followUpId() == 0 ? null : r.followUpId())
                .set(REMINDER_DELIVERY.OCCURRENCE, r.occurrence())
                .set(REMINDER_DELIVERY.LEAD, r.lead())
                .set(REMINDER_DELIVERY.DUE_AT, dueAt.atOffset(ZoneOffset.UTC))
                .set(REMINDER_DELIVERY.CREATED_AT, now)
                .set(REMINDER_DELIVERY.TARGET, r.target())
                .set(REMINDER_DELIVERY.TEXT, r.text())
                .set(REMINDER_DELIVERY.LATE, late)
                // staged ahead of time: sent when due
                .set(REMINDER_DELIVERY.NEXT_ATTEMPT_AT, dueAt.isAfter(now.toInstant()) ? dueAt.atOffset(ZoneOffset.UTC) : now)
                .onConflictDoNothing()
                .execute() == 1;
    }
}
