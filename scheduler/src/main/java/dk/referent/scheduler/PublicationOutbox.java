package dk.referent.scheduler;

import static dk.referent.persistence.jooq.Tables.MEETING;
import static dk.referent.persistence.jooq.Tables.PUBLICATION;

import dk.referent.persistence.AuditLog;
import dk.referent.persistence.Database;
import dk.referent.persistence.jooq.tables.records.PublicationRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decisions of confirmed referater on their way to the decisions channel: staged in the transaction that stores
 * the referat, tried at once, and retried by any instance on a transient failure (never before a Retry-After, with
 * backoff) until sent or failed for good. One row per meeting and target: staging the same text again changes nothing,
 * so a publication is never doubled; a corrected referat's new text re-arms it. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances never send the same row.
 */
public final class PublicationOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(PublicationOutbox.class);
    private static final int BATCH = 20;
    static final int MAX_ATTEMPTS = 12;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    /** How a publication stands after trying it. */
    public sealed interface Outcome {
        /** Sent now. */
        record Sent() implements Outcome {
        }

        /** Sent before: nothing sent again. */
        record AlreadySent() implements Outcome {
        }

        /** Not sent now; it will be tried again ({@code reason} is for the log only). */
        record Retrying(String reason) implements Outcome {
        }

        /** Not sent, and retrying cannot help ({@code reason} is for the log only). */
        record Failed(String reason) implements Outcome {
        }

        /** Being sent by another instance at this moment. */
        record Elsewhere() implements Outcome {
        }
    }

    /**
     * A publication or notice not sent (yet), as the secretariat is shown it: the meeting, where it goes, whether it was
     * given up ({@code failed}) or is retried at {@code nextAttempt}, and how many attempts were made.
     */
    public record Undelivered(String body, LocalDate date, String target, boolean failed, int attempts, OffsetDateTime nextAttempt) {
    }

    private final Database database;
    private final ChatDelivery chat;
    private final AuditLog audit;
    private final Clock clock;

    public PublicationOutbox(Database database, ChatDelivery chat, AuditLog audit, Clock clock) {
        this.database = database;
        this.chat = chat;
        this.audit = audit;
        this.clock = clock;
    }

    /** What has not reached its target: given up, or failed at least once and waiting for its next attempt; oldest first. */
    public List<Undelivered> undelivered() {
        return database.dsl().select(MEETING.BODY, MEETING.MEETING_DATE, PUBLICATION.TARGET, PUBLICATION.STATUS, PUBLICATION.ATTEMPTS,
                        PUBLICATION.NEXT_ATTEMPT_AT)
                .from(PUBLICATION).join(MEETING).on(MEETING.ID.eq(PUBLICATION.MEETING_ID))
                .where(PUBLICATION.STATUS.eq("failed").or(PUBLICATION.STATUS.eq("pending").and(PUBLICATION.ATTEMPTS.gt(0))))
                .orderBy(PUBLICATION.CREATED_AT, PUBLICATION.ID)
                .limit(50)
                .fetch(r -> new Undelivered(r.value1(), r.value2(), r.value3(), r.value4().equals("failed"), r.value5(), r.value6()));
    }

    /** Gives every publication that was given up a new round of attempts, due now; returns how many. Audited. */
    public int retryFailed(String actor) {
        return database.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            int n = tx.update(PUBLICATION)
                    .set(PUBLICATION.STATUS, "pending")
                    .set(PUBLICATION.ATTEMPTS, 0)
                    .set(PUBLICATION.NEXT_ATTEMPT_AT, OffsetDateTime.now(clock))
                    .where(PUBLICATION.STATUS.eq("failed"))
                    .execute();
            if (n > 0) {
                audit.append(tx, actor, "publication.retry", "publication", Map.of("rows", n));
            }
            return n;
        });
    }

    /** Stages the publication of meeting {@code meetingId} to {@code target} in the caller's transaction. */
    public void stage(DSLContext tx, long meetingId, String target, String text, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // a new row, or the row of an earlier text of the meeting re-armed with this one
        java.util.Map<org.jooq.Field<?>, Object> armed = new java.util.LinkedHashMap<>();
        armed.put(PUBLICATION.TEXT, text);
        armed.put(PUBLICATION.CREATED_BY, actor);
        armed.put(PUBLICATION.CREATED_AT, now);
        armed.put(PUBLICATION.STATUS, "pending");
        armed.put(PUBLICATION.ATTEMPTS, 0);
        armed.put(PUBLICATION.NEXT_ATTEMPT_AT, now);
        tx.insertInto(PUBLICATION)
                .set(PUBLICATION.MEETING_ID, meetingId)
                .set(PUBLICATION.TARGET, target)
                .set(armed)
                .onConflict(PUBLICATION.MEETING_ID, PUBLICATION.TARGET)
                .doUpdate()
                .set(armed)
                .setNull(PUBLICATION.SENT_AT)
                .setNull(PUBLICATION.LAST_ERROR)
                .where(PUBLICATION.TEXT.ne(text))
                .execute();
    }

    /** Tries the publication of meeting {@code meetingId} to {@code target} now, unless it was sent already. */
    public Outcome deliver(long meetingId, String target) {
        return database.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            PublicationRecord row = tx.selectFrom(PUBLICATION)
                    .where(PUBLICATION.MEETING_ID.eq(meetingId)).and(PUBLICATION.TARGET.eq(target))
                    .forUpdate().skipLocked()
                    .fetchOne();
            if (row == null) {
                return new Outcome.Elsewhere();
            }
            return switch (row.getStatus()) {
                case "sent" -> new Outcome.AlreadySent();
                case "failed" -> new Outcome.Failed(row.getLastError());
                default -> attempt(tx, row, OffsetDateTime.now(clock));
            };
        });
    }

    /** Sends what is due now, one batch; returns how many were settled (sent or failed for good). */
    public int dispatchOnce() {
        return database.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<PublicationRecord> due = tx.selectFrom(PUBLICATION)
                    .where(PUBLICATION.STATUS.eq("pending")).and(PUBLICATION.NEXT_ATTEMPT_AT.le(now))
                    .orderBy(PUBLICATION.NEXT_ATTEMPT_AT, PUBLICATION.ID)
                    .limit(BATCH)
                    .forUpdate().skipLocked()
                    .fetch();
            int settled = 0;
            for (PublicationRecord row : due) {
                if (!(attempt(tx, row, now) instanceof Outcome.Retrying)) {
                    settled++;
                }
            }
            return settled;
        });
    }

    private Outcome attempt(DSLContext tx, PublicationRecord row, OffsetDateTime now) {
        DeliveryResult result;
        try {
            result = chat.send(row.getTarget(), row.getText());
        } catch (RuntimeException e) {
            result = DeliveryResult.retry(Duration.ZERO, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        int attempts = row.getAttempts() + 1;
        row.setAttempts(attempts);
        Outcome outcome;
        if (result instanceof DeliveryResult.Sent) {
            row.setStatus("sent");
            row.setSentAt(now);
            row.setLastError(null);
            outcome = new Outcome.Sent();
        } else if (result instanceof DeliveryResult.Retry retry && attempts < MAX_ATTEMPTS) {
            Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempts - 1, 10));
            Duration wait = retry.after().compareTo(backoff) > 0 ? retry.after() : min(backoff, MAX_BACKOFF);
            row.setNextAttemptAt(now.plus(wait));
            row.setLastError(retry.reason());
            outcome = new Outcome.Retrying(retry.reason());
        } else {
            String reason = result instanceof DeliveryResult.Failed f ? f.reason()
                    : "gave up after " + attempts + " attempts: " + ((DeliveryResult.Retry) result).reason();
            row.setStatus("failed");
            row.setLastError(reason);
            LOG.error("the decisions of meeting {} not published to {}: {}", row.getMeetingId(), row.getTarget(), reason);
            outcome = new Outcome.Failed(reason);
        }
        tx.executeUpdate(row);
        return outcome;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
