package dk.referent.scheduler;

import static dk.referent.persistence.jooq.Tables.DELIVERY_ATTEMPT;
import static dk.referent.persistence.jooq.Tables.FOLLOW_UP;
import static dk.referent.persistence.jooq.Tables.REMINDER_DELIVERY;

import dk.referent.persistence.Database;
import dk.referent.persistence.jooq.tables.records.ReminderDeliveryRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the reminder jobs put in the outbox, through the chat platform — each delivery in three short steps,
 * never inside one long transaction: <b>claim</b> (a batch of due rows taken for a lease, committed at once),
 * <b>send</b> (outside any transaction, carrying the row's marker), <b>record</b> (the outcome, by the claimer, which
 * clears the lease). A lost transaction or connection can therefore never release a row already sent: the only path
 * to sending a row again is its lease running out without an outcome (the instance died between sending and
 * recording), and such a row is claimed "in doubt": the platform is asked whether the marked message is there before
 * it is sent again. A transient failure is retried with backoff (never before a Retry-After), a permanent one stops
 * with a logged error; every attempt is recorded. A reminder sent after it fell due (by more than the settings' late
 * margin) is marked late, whatever delayed it. A follow-up done, rejected, snoozed past the reminder or given to
 * someone else after its reminder was staged is not reminded. Reminders that fell due long ago (Referent was down)
 * go to each target as one catch-up summary, not a flood.
 */
public final class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 20;
    static final int MAX_ATTEMPTS = 12;
    /** How long a claim holds its rows: far longer than sending a batch takes, far shorter than a reminder may wait. */
    public static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /** Recording an outcome is tried this often (each on a fresh connection) before the lease is left to run out. */
    private static final int RECORD_TRIES = 3;

    private final Database database;
    private final ChatDelivery chat;
    private final Clock clock;
    private final SchedulerSettings settings;

    public OutboxDispatcher(Database database, ChatDelivery chat, Clock clock, SchedulerSettings settings) {
        this.database = database;
        this.chat = chat;
        this.clock = clock;
        this.settings = settings;
    }

    /** Claims and sends what is due now, one batch; returns how many rows were settled (sent, summarised, cancelled or failed). */
    public int dispatchOnce() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ReminderDeliveryRecord> claimed = claim(now);
        Map<String, List<ReminderDeliveryRecord>> catchUp = new LinkedHashMap<>();
        int settled = 0;
        for (ReminderDeliveryRecord row : claimed) {
            if (!stillWanted(row)) {
                settled += record(List.of(row), new Outcome.Cancelled());
            } else if (row.getDueAt().isBefore(now.minus(settings.catchUpAfter()))) {
                catchUp.computeIfAbsent(row.getTarget(), t -> new ArrayList<>()).add(row);
            } else {
                boolean late = row.getLate() || OffsetDateTime.now(clock).isAfter(row.getDueAt().plus(settings.lateAfter()));
                settled += deliver(List.of(row), row.getTarget(), (late ? "[Forsinket] " : "") + row.getText(), row.getFollowUpId(), late, false);
            }
        }
        for (Map.Entry<String, List<ReminderDeliveryRecord>> e : catchUp.entrySet()) {
            settled += deliver(e.getValue(), e.getKey(), summary(e.getValue()), null, true, true);
        }
        return settled;
    }

    /** Takes up to a batch of due, unclaimed (or lease-expired) rows for this instance; committed before anything is sent. */
    private List<ReminderDeliveryRecord> claim(OffsetDateTime now) {
        return database.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            List<Long> ids = tx.select(REMINDER_DELIVERY.ID).from(REMINDER_DELIVERY)
                    .where(REMINDER_DELIVERY.STATUS.eq("pending")).and(REMINDER_DELIVERY.NEXT_ATTEMPT_AT.le(now))
                    .and(REMINDER_DELIVERY.LEASE_UNTIL.isNull().or(REMINDER_DELIVERY.LEASE_UNTIL.lt(now)))
                    .orderBy(REMINDER_DELIVERY.DUE_AT, REMINDER_DELIVERY.ID)
                    .limit(BATCH)
                    .forUpdate().skipLocked()
                    .fetch(REMINDER_DELIVERY.ID);
            if (ids.isEmpty()) {
                return List.of();
            }
            // a row whose earlier lease ran out without an outcome may have been sent: it is in doubt
            return tx.update(REMINDER_DELIVERY)
                    .set(REMINDER_DELIVERY.IN_DOUBT, DSL.field(REMINDER_DELIVERY.IN_DOUBT.isTrue().or(REMINDER_DELIVERY.LEASE_UNTIL.isNotNull())))
                    .set(REMINDER_DELIVERY.CLAIMED_BY, settings.instanceId())
                    .set(REMINDER_DELIVERY.LEASE_UNTIL, now.plus(LEASE))
                    .where(REMINDER_DELIVERY.ID.in(ids))
                    .returning()
                    .fetch()
                    .sortAsc(REMINDER_DELIVERY.ID)
                    .sortAsc(REMINDER_DELIVERY.DUE_AT);
        });
    }

    /**
     * Whether the reminder is still wanted, checked just before sending: its follow-up still confirmed and not snoozed
     * past the day the reminder fell due (the snooze's own reminder excepted). Snoozing and reassigning also cancel
     * staged rows at once ({@code FollowUpStore}); this catches a change made while the row was being claimed.
     */
    private boolean stillWanted(ReminderDeliveryRecord row) {
        if (row.getFollowUpId() == null) {
            return true;
        }
        LocalDate dueDay = row.getDueAt().atZoneSameInstant(settings.zone()).toLocalDate();
        return database.dsl().fetchExists(FOLLOW_UP, FOLLOW_UP.ID.eq(row.getFollowUpId())
                .and(FOLLOW_UP.STATUS.eq("confirmed"))
                .and(FOLLOW_UP.SNOOZED_UNTIL.isNull().or(FOLLOW_UP.SNOOZED_UNTIL.le(dueDay)).or(DSL.val(row.getLead()).eq("snooze"))));
    }

    private static String summary(List<ReminderDeliveryRecord> rows) {
        StringBuilder text = new StringBuilder("Mens Referent var nede, forfaldt " + rows.size()
                + (rows.size() == 1 ? " påmindelse:" : " påmindelser:"));
        rows.forEach(r -> text.append("\n• ").append(r.getText()));
        return text.toString();
    }

    /**
     * One message for {@code rows} (claimed by this instance; several in a catch-up {@code summary}): sent unless the
     * platform says it is there already; recorded.
     */
    private int deliver(List<ReminderDeliveryRecord> rows, String target, String text, Long followUp, boolean late, boolean summary) {
        String marker = "referent-delivery-" + rows.get(0).getId();
        if (rows.stream().anyMatch(ReminderDeliveryRecord::getInDoubt)) {
            Optional<Boolean> there = delivered(target, marker);
            if (there.orElse(false)) {
                LOG.info("reminder {} to {} had arrived before its sender stopped: not sent again", rows.get(0).getId(), target);
                return record(rows, new Outcome.Sent(summary, late, "found at the platform after a lost outcome"));
            }
        }
        DeliveryResult result;
        try {
            result = chat.sendMarked(target, text, followUp, marker);
        } catch (RuntimeException e) {
            result = DeliveryResult.retry(Duration.ZERO, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (result instanceof DeliveryResult.Sent) {
            return record(rows, new Outcome.Sent(summary, late, summary ? "in a catch-up summary" : null));
        }
        if (result instanceof DeliveryResult.Retry retry && rows.get(0).getAttempts() + 1 < MAX_ATTEMPTS) {
            return record(rows, new Outcome.Retrying(retry));
        }
        String reason = result instanceof DeliveryResult.Failed f ? f.reason()
                : "gave up after " + (rows.get(0).getAttempts() + 1) + " attempts: " + ((DeliveryResult.Retry) result).reason();
        LOG.error("reminder {} to {} not delivered: {}", rows.get(0).getId(), target, reason);
        return record(rows, new Outcome.Failed(reason));
    }

    private Optional<Boolean> delivered(String target, String marker) {
        try {
            return chat.delivered(target, marker);
        } catch (RuntimeException e) {
            LOG.warn("could not ask whether {} reached {}: {}", marker, target, e.toString());
            return Optional.empty();
        }
    }

    /** What became of a claimed row. */
    private sealed interface Outcome {
        record Sent(boolean summary, boolean late, String detail) implements Outcome {
        }

        record Retrying(DeliveryResult.Retry retry) implements Outcome {
        }

        record Failed(String reason) implements Outcome {
        }

        record Cancelled() implements Outcome {
        }
    }

    /**
     * Records the outcome of rows this instance claimed, clearing their lease; tried again on a fresh connection when
     * the database fails. Returns how many rows it settled (0 when retrying, or when it could not be recorded — then
     * the lease runs out and the rows are claimed again, in doubt).
     */
    private int record(List<ReminderDeliveryRecord> rows, Outcome outcome) {
        for (int tries = 1; ; tries++) {
            try {
                return database.dsl().transactionResult(cfg -> recordIn(DSL.using(cfg), rows, outcome));
            } catch (RuntimeException e) {
                if (tries == RECORD_TRIES) {
                    LOG.warn("the outcome of reminder {} could not be recorded ({}); its lease will run out and it is checked again",
                            rows.get(0).getId(), e.toString());
                    return 0;
                }
            }
        }
    }

    private int recordIn(DSLContext tx, List<ReminderDeliveryRecord> rows, Outcome outcome) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int settled = 0;
        for (ReminderDeliveryRecord row : rows) {
            var update = tx.update(REMINDER_DELIVERY)
                    .set(REMINDER_DELIVERY.LEASE_UNTIL, (OffsetDateTime) null)
                    .set(REMINDER_DELIVERY.CLAIMED_BY, (String) null)
                    .set(REMINDER_DELIVERY.IN_DOUBT, false);
            String attempt;
            String detail;
            if (outcome instanceof Outcome.Sent s) {
                update = update.set(REMINDER_DELIVERY.STATUS, s.summary() ? "caught_up" : "sent").set(REMINDER_DELIVERY.SENT_AT, now)
                        .set(REMINDER_DELIVERY.LATE, s.late()).set(REMINDER_DELIVERY.ATTEMPTS, REMINDER_DELIVERY.ATTEMPTS.plus(1));
                attempt = "sent";
                detail = s.detail();
            } else if (outcome instanceof Outcome.Retrying r) {
                int attempts = row.getAttempts() + 1;
                Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempts - 1, 10));
                Duration wait = r.retry().after().compareTo(backoff) > 0 ? r.retry().after() : min(backoff, MAX_BACKOFF);
                update = update.set(REMINDER_DELIVERY.NEXT_ATTEMPT_AT, now.plus(wait)).set(REMINDER_DELIVERY.LAST_ERROR, r.retry().reason())
                        .set(REMINDER_DELIVERY.ATTEMPTS, REMINDER_DELIVERY.ATTEMPTS.plus(1));
                attempt = "retry";
                detail = r.retry().reason();
            } else if (outcome instanceof Outcome.Failed f) {
                update = update.set(REMINDER_DELIVERY.STATUS, "failed").set(REMINDER_DELIVERY.LAST_ERROR, f.reason())
                        .set(REMINDER_DELIVERY.ATTEMPTS, REMINDER_DELIVERY.ATTEMPTS.plus(1));
                attempt = "failed";
                detail = f.reason();
            } else {
                update = update.set(REMINDER_DELIVERY.STATUS, "cancelled");
                attempt = null;
                detail = null;
            }
            // only while the claim is still this instance's: a claim taken over after its lease ran out is the other's now
            int changed = update.where(REMINDER_DELIVERY.ID.eq(row.getId()))
                    .and(REMINDER_DELIVERY.CLAIMED_BY.eq(settings.instanceId()))
                    .and(REMINDER_DELIVERY.STATUS.eq("pending"))
                    .execute();
            if (changed == 1 && attempt != null) {
                tx.insertInto(DELIVERY_ATTEMPT).set(DELIVERY_ATTEMPT.DELIVERY_ID, row.getId()).set(DELIVERY_ATTEMPT.AT, now)
                        .set(DELIVERY_ATTEMPT.OUTCOME, attempt).set(DELIVERY_ATTEMPT.DETAIL, detail).execute();
            }
            if (changed == 1 && !(outcome instanceof Outcome.Retrying)) {
                settled++;
            }
        }
        return settled;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
