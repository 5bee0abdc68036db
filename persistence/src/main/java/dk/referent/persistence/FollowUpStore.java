package dk.referent.persistence;

import static dk.referent.persistence.jooq.Tables.FOLLOW_UP;
import static dk.referent.persistence.jooq.Tables.MEETING;
import static dk.referent.persistence.jooq.Tables.REMINDER_DELIVERY;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The follow-ups as the secretariat works with them: list, confirm, reject. Every decision is audited. */
public final class FollowUpStore {

    /** A stored follow-up with where it comes from. */
    public record Row(long id, String status, String kind, LocalDate date, LocalDate end, LocalTime time, String rrule,
                      String owner, String body, String evidence, double confidence, String details,
                      String meetingBody, LocalDate meetingDate, int itemNumber, String itemTitle, String itemCase) {
    }

    /** Which follow-ups to list: dates within [from, to] (undated ones always), an owner, a status. */
    public record Filter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> owner, Optional<String> status) {
        public static Filter all() {
            return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;

    public FollowUpStore(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Row> list(Filter filter) {
        List<Condition> where = period(filter.from(), filter.to());
        filter.owner().ifPresent(o -> where.add(FOLLOW_UP.OWNER.containsIgnoreCase(o)));
        filter.status().ifPresent(s -> where.add(FOLLOW_UP.STATUS.eq(s)));
        return select(where);
    }

    /**
     * What is still to be done (proposed or confirmed, not done or rejected) within [from, to] — dated ones only when
     * a period is given — whose owner (or assignee), item title or sentence has every one of {@code about}.
     */
    public List<Row> open(Optional<LocalDate> from, Optional<LocalDate> to, List<String> about) {
        List<Condition> where = period(from, to);
        if (from.isPresent() || to.isPresent()) {
            where.add(FOLLOW_UP.DUE_DATE.isNotNull());
        }
        where.add(FOLLOW_UP.STATUS.in("proposed", "confirmed"));
        for (String word : about) {
            where.add(FOLLOW_UP.OWNER.containsIgnoreCase(word).or(FOLLOW_UP.ASSIGNEE.containsIgnoreCase(word))
                    .or(FOLLOW_UP.ITEM_TITLE.containsIgnoreCase(word)).or(FOLLOW_UP.EVIDENCE.containsIgnoreCase(word)));
        }
        return select(where);
    }

    /** Who a follow-up's reminders go to: its assignee when reassigned, else its owner; empty when it has neither or is unknown. */
    public Optional<String> responsible(long id) {
        return Optional.ofNullable(database.dsl().select(DSL.coalesce(FOLLOW_UP.ASSIGNEE, FOLLOW_UP.OWNER)).from(FOLLOW_UP)
                .where(FOLLOW_UP.ID.eq(id)).fetchOne(0, String.class));
    }

    private static List<Condition> period(Optional<LocalDate> from, Optional<LocalDate> to) {
        List<Condition> where = new ArrayList<>();
        from.ifPresent(d -> where.add(FOLLOW_UP.DUE_DATE.isNull().or(FOLLOW_UP.END_DATE.ge(d)).or(FOLLOW_UP.DUE_DATE.ge(d))));
        to.ifPresent(d -> where.add(FOLLOW_UP.DUE_DATE.isNull().or(FOLLOW_UP.DUE_DATE.le(d))));
        return where;
    }

    private List<Row> select(List<Condition> where) {
        return database.dsl()
                .select(FOLLOW_UP.ID, FOLLOW_UP.STATUS, FOLLOW_UP.KIND, FOLLOW_UP.DUE_DATE, FOLLOW_UP.END_DATE, FOLLOW_UP.DUE_TIME,
                        FOLLOW_UP.RRULE, FOLLOW_UP.OWNER, FOLLOW_UP.BODY, FOLLOW_UP.EVIDENCE, FOLLOW_UP.CONFIDENCE, FOLLOW_UP.DETAILS,
                        MEETING.BODY, MEETING.MEETING_DATE, FOLLOW_UP.ITEM_NUMBER, FOLLOW_UP.ITEM_TITLE, FOLLOW_UP.ITEM_CASE)
                .from(FOLLOW_UP)
                .join(MEETING).on(MEETING.ID.eq(FOLLOW_UP.MEETING_ID))
                .where(where)
                // the unsure proposals first, so the secretariat reviews them first; then by date
                .orderBy(FOLLOW_UP.STATUS.eq("proposed").desc(), FOLLOW_UP.CONFIDENCE.asc(), FOLLOW_UP.DUE_DATE.asc().nullsLast(), FOLLOW_UP.ID)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8(),
                        r.value9(), r.value10(), r.value11(), r.value12().data(), r.value13(), r.value14(), r.value15(),
                        r.value16(), r.value17()));
    }

    /** Confirms proposed follow-ups; returns the ids confirmed (ids not proposed are left alone). */
    public List<Long> confirm(List<Long> ids, String actor) {
        return decide(FOLLOW_UP.ID.in(ids), "confirmed", actor);
    }

    /** Confirms every proposed follow-up. */
    public List<Long> confirmAll(String actor) {
        return decide(DSL.trueCondition(), "confirmed", actor);
    }

    /**
     * Confirms the proposed follow-ups of meeting {@code meetingId} in the caller's transaction (the referat being
     * confirmed with them); returns the ids confirmed.
     */
    public List<Long> confirmProposedIn(DSLContext tx, long meetingId, String actor) {
        return decideIn(tx, FOLLOW_UP.MEETING_ID.eq(meetingId), "confirmed", actor);
    }

    public List<Long> reject(List<Long> ids, String actor) {
        return decide(FOLLOW_UP.ID.in(ids), "rejected", actor);
    }

    /** Marks confirmed follow-ups done: no more reminders. Returns the ids changed. */
    public List<Long> done(List<Long> ids, String actor) {
        return change(FOLLOW_UP.ID.in(ids), "confirmed", actor, "followup.done", Map.of(), FOLLOW_UP.STATUS, "done");
    }

    /** Holds a confirmed follow-up's reminders until {@code until}; returns whether it was changed. */
    public boolean snooze(long id, LocalDate until, String actor) {
        return !change(FOLLOW_UP.ID.eq(id), "confirmed", actor, "followup.snooze", Map.of("until", until.toString()),
                FOLLOW_UP.SNOOZED_UNTIL, until).isEmpty();
    }

    /** Gives a confirmed follow-up to someone else (its reminders go to them); returns whether it was changed. */
    public boolean reassign(long id, String to, String actor) {
        return !change(FOLLOW_UP.ID.eq(id), "confirmed", actor, "followup.reassign", Map.of("to", to), FOLLOW_UP.ASSIGNEE, to).isEmpty();
    }

    private <T> List<Long> change(Condition which, String fromStatus, String actor, String action, Map<String, ?> details,
                                  org.jooq.TableField<?, T> field, T value) {
        return database.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            List<Long> changed = tx.update(FOLLOW_UP).set(field, value)
                    .set(FOLLOW_UP.REVISION, FOLLOW_UP.REVISION.plus(1))
                    .set(FOLLOW_UP.CHANGED_AT, OffsetDateTime.now(clock))
                    .where(which.and(FOLLOW_UP.STATUS.eq(fromStatus)))
                    .returning(FOLLOW_UP.ID)
                    .fetch(FOLLOW_UP.ID);
            if (!changed.isEmpty()) {
                // reminders staged for the old date or owner are not sent; the re-planned ones are
                tx.update(REMINDER_DELIVERY).set(REMINDER_DELIVERY.STATUS, "cancelled")
                        .where(REMINDER_DELIVERY.FOLLOW_UP_ID.in(changed)).and(REMINDER_DELIVERY.STATUS.eq("pending"))
                        .and(REMINDER_DELIVERY.LEASE_UNTIL.isNull())
                        .execute();
                Map<String, Object> all = new java.util.LinkedHashMap<>(details);
                all.put("ids", changed);
                audit.append(tx, actor, action, "follow_up", all);
            }
            return changed;
        });
    }

    private List<Long> decide(Condition which, String status, String actor) {
        return database.dsl().transactionResult(cfg -> decideIn(DSL.using(cfg), which, status, actor));
    }

    private List<Long> decideIn(DSLContext tx, Condition which, String status, String actor) {
        List<Long> changed = tx.update(FOLLOW_UP)
                .set(FOLLOW_UP.STATUS, status)
                .set(FOLLOW_UP.DECIDED_AT, OffsetDateTime.now(clock))
                .set(FOLLOW_UP.DECIDED_BY, actor)
                // calendars subscribed to a feed replace an event only when its SEQUENCE rises
                .set(FOLLOW_UP.REVISION, FOLLOW_UP.REVISION.plus(1))
                .set(FOLLOW_UP.CHANGED_AT, OffsetDateTime.now(clock))
                .where(which.and(FOLLOW_UP.STATUS.eq("proposed")))
                .returning(FOLLOW_UP.ID)
                .fetch(FOLLOW_UP.ID);
        if (!changed.isEmpty()) {
            audit.append(tx, actor, "followup." + status, "follow_up", Map.of("ids", changed));
        }
        return changed;
    }
}
