package dk.referent.scheduler;

import static dk.referent.persistence.jooq.Tables.DELIVERY_ATTEMPT;
import static dk.referent.persistence.jooq.Tables.FOLLOW_UP;
import static dk.referent.persistence.jooq.Tables.REMINDER_DELIVERY;

import dk.referent.persistence.Database;
import dk.referent.persistence.jooq.tables.records.ReminderDeliveryRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the reminder jobs put in the outbox, through the chat platform. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances never send the same row; a transient failure is retried with
 * backoff (never before a Retry-After), a permanent one stops with a logged error; every attempt is recorded.
 * Reminders that fell due long ago (Referent was down) go to each target as one catch-up summary, not a flood.
 */
public final class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 100;
    static final int MAX_ATTEMPTS = 12;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final Database database;
    private final ChatDelivery chat;
    private final Clock clock;
    private final Duration catchUpAfter;

    public OutboxDispatcher(Database database, ChatDelivery chat, Clock clock, Duration catchUpAfter) {
        this.database = database;
        this.chat = chat;
        this.clock = clock;
        this.catchUpAfter = catchUpAfter;
    }

    /** Sends what is due now, one batch; returns how many rows were settled (sent, summarised or failed). */
    public int dispatchOnce() {
        return database.dsl().transactionResult(tx -> {
            DSLContext db = tx.dsl();
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<ReminderDeliveryRecord> due = db.selectFrom(REMINDER_DELIVERY)
                    .where(REMINDER_DELIVERY.STATUS.eq("pending")).and(REMINDER_DELIVERY.NEXT_ATTEMPT_AT.le(now))
                    .orderBy(REMINDER_DELIVERY.DUE_AT, REMINDER_DELIVERY.ID)
                    .limit(BATCH)
                    .forUpdate().skipLocked()
                    .fetch();
            Map<String, List<ReminderDeliveryRecord>> catchUp = new LinkedHashMap<>();
            int settled = 0;
            java.util.Set<Long> stillOpen = new java.util.HashSet<>(db.select(FOLLOW_UP.ID).from(FOLLOW_UP)
                    .where(FOLLOW_UP.ID.in(due.stream().map(ReminderDeliveryRecord::getFollowUpId).filter(java.util.Objects::nonNull).toList()))
                    .and(FOLLOW_UP.STATUS.eq("confirmed")).fetch(FOLLOW_UP.ID));
            for (ReminderDeliveryRecord row : due) {
                if (row.getFollowUpId() != null && !stillOpen.contains(row.getFollowUpId())) {
                    // done or rejected after it was staged
                    row.setStatus("cancelled");
                    db.executeUpdate(row);
                    settled++;
                } else if (row.getDueAt().isBefore(now.minus(catchUpAfter))) {
                    catchUp.computeIfAbsent(row.getTarget(), t -> new ArrayList<>()).add(row);
                } else {
                    settled += settle(db, List.of(row), row.getTarget(), (row.getLate() ? "[Forsinket] " : "") + row.getText(), now, false,
                            row.getFollowUpId());
                }
            }
            for (Map.Entry<String, List<ReminderDeliveryRecord>> e : catchUp.entrySet()) {
                settled += settle(db, e.getValue(), e.getKey(), summary(e.getValue()), now, true, null);
            }
            return settled;
        });
    }

    private static String summary(List<ReminderDeliveryRecord> rows) {
        StringBuilder text = new StringBuilder("Mens Referent var nede, forfaldt " + rows.size()
                + (rows.size() == 1 ? " påmindelse:" : " påmindelser:"));
        rows.forEach(r -> text.append("\n• ").append(r.getText()));
        return text.toString();
    }

    /** One message for {@code rows}; returns how many rows it settled (0 when it is to be retried). */
    private int settle(DSLContext db, List<ReminderDeliveryRecord> rows, String target, String text, OffsetDateTime now, boolean summary,
                       Long followUp) {
        DeliveryResult result;
        try {
            result = followUp == null ? chat.send(target, text) : chat.sendReminder(target, text, followUp);
        } catch (RuntimeException e) {
            result = DeliveryResult.retry(Duration.ZERO, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        for (ReminderDeliveryRecord row : rows) {
            int attempts = row.getAttempts() + 1;
            row.setAttempts(attempts);
            if (result instanceof DeliveryResult.Sent) {
                row.setStatus(summary ? "caught_up" : "sent");
                row.setSentAt(now);
                attempt(db, row, "sent", summary ? "in a catch-up summary" : null, now);
            } else if (result instanceof DeliveryResult.Retry retry && attempts < MAX_ATTEMPTS) {
                Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempts - 1, 10));
                Duration wait = retry.after().compareTo(backoff) > 0 ? retry.after() : min(backoff, MAX_BACKOFF);
                row.setNextAttemptAt(now.plus(wait));
                row.setLastError(retry.reason());
                attempt(db, row, "retry", retry.reason(), now);
            } else {
                String reason = result instanceof DeliveryResult.Failed f ? f.reason()
                        : "gave up after " + attempts + " attempts: " + ((DeliveryResult.Retry) result).reason();
                row.setStatus("failed");
                row.setLastError(reason);
                attempt(db, row, "failed", reason, now);
                LOG.error("reminder {} to {} not delivered: {}", row.getId(), target, reason);
            }
            db.executeUpdate(row);
        }
        return rows.get(0).getStatus().equals("pending") ? 0 : rows.size();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static void attempt(DSLContext db, ReminderDeliveryRecord row, String outcome, String detail, OffsetDateTime now) {
        db.insertInto(DELIVERY_ATTEMPT).set(DELIVERY_ATTEMPT.DELIVERY_ID, row.getId()).set(DELIVERY_ATTEMPT.AT, now)
                .set(DELIVERY_ATTEMPT.OUTCOME, outcome).set(DELIVERY_ATTEMPT.DETAIL, detail).execute();
    }
}
