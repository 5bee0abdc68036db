package dk.referent.persistence;

import static dk.referent.persistence.jooq.Tables.REFERAT_PREVIEW;
import static dk.referent.persistence.jooq.Tables.REFERAT_PREVIEW_EDIT;

import dk.referent.persistence.jooq.tables.records.ReferatPreviewRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The secretariat's referater in preview, kept in the database so that any instance continues them: the file as
 * received, its text, what the secretariat said about the meeting (body, date) and the follow-up edits since, who
 * posted it and when, and whether it was confirmed, discarded or replaced by a newer one. What was understood is read
 * again from the text with these (the parser is a pure function). A preview not settled within its time to live has
 * expired: it cannot be confirmed. Each change is audited in its own transaction.
 */
public final class PreviewStore {

    /** How long a preview waits for »bekræft« when nothing else is configured. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(48);

    public enum Status {
        PENDING, CONFIRMED, DISCARDED, REPLACED;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status of(String column) {
            return valueOf(column.toUpperCase(Locale.ROOT));
        }
    }

    /** A correction of follow-up {@code followUp} (numbered as the preview numbers them). */
    public record FollowUpEdit(int followUp, Kind kind, LocalDate dueDate, String owner) {
        public enum Kind {
            DUE, OWNER, REMOVE
        }
    }

    /** What was understood of the referat as last shown: its meeting and number of items. */
    public record Understood(String body, LocalDate date, int items) {
    }

    /** A referat in preview (or settled), with the secretariat's edits in the order they were made. */
    public record Preview(long id, String actor, String fileName, byte[] content, String text, String givenBody, LocalDate givenDate,
                          List<FollowUpEdit> edits, Status status, OffsetDateTime postedAt, OffsetDateTime expiresAt) {

        /** Pending, but past its time to live. */
        public boolean expired(Clock clock) {
            return status == Status.PENDING && !OffsetDateTime.now(clock).isBefore(expiresAt);
        }

        /** Pending and not expired: it may be edited, confirmed or discarded. */
        public boolean open(Clock clock) {
            return status == Status.PENDING && !expired(clock);
        }
    }

    /** What confirming a preview came to. */
    public sealed interface Confirmation {
        /** Stored now, by the caller's work in the same transaction. */
        record Stored(IngestResult result) implements Confirmation {
        }

        /** Confirmed before (by this or another instance): nothing stored again. */
        record AlreadyConfirmed() implements Confirmation {
        }

        /** Past its time to live: nothing stored. */
        record Expired() implements Confirmation {
        }

        /** Discarded or replaced meanwhile: nothing stored. */
        record Gone() implements Confirmation {
        }
    }

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration ttl;

    public PreviewStore(Database database, AuditLog audit, Clock clock) {
        this(database, audit, clock, DEFAULT_TTL);
    }

    /** {@code ttl}: how long a preview waits for »bekræft« before it expires. */
    public PreviewStore(Database database, AuditLog audit, Clock clock, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a preview's time to live must be positive, not " + ttl);
        }
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        this.ttl = ttl;
    }

    public Duration ttl() {
        return ttl;
    }

    /** A new preview by {@code actor}; the one they had pending before is replaced. Audited as {@code referat.preview}. */
    public Preview post(String actor, String fileName, byte[] content, String text, Understood understood) {
        return database.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            OffsetDateTime now = OffsetDateTime.now(clock);
            settle(tx, Status.REPLACED, actor, now)
                    .where(REFERAT_PREVIEW.ACTOR.eq(actor)).and(REFERAT_PREVIEW.STATUS.eq(Status.PENDING.column()))
                    .execute();
            ReferatPreviewRecord r = tx.insertInto(REFERAT_PREVIEW)
                    .set(REFERAT_PREVIEW.ACTOR, actor)
                    .set(REFERAT_PREVIEW.FILE_NAME, fileName)
                    .set(REFERAT_PREVIEW.CONTENT, content)
                    .set(REFERAT_PREVIEW.TEXT, text)
                    .set(REFERAT_PREVIEW.UNDERSTOOD_BODY, understood.body())
                    .set(REFERAT_PREVIEW.UNDERSTOOD_DATE, understood.date())
                    .set(REFERAT_PREVIEW.ITEMS, understood.items())
                    .set(REFERAT_PREVIEW.STATUS, Status.PENDING.column())
                    .set(REFERAT_PREVIEW.POSTED_AT, now)
                    .set(REFERAT_PREVIEW.UPDATED_AT, now)
                    .set(REFERAT_PREVIEW.EXPIRES_AT, now.plus(ttl))
                    .returning()
                    .fetchOne();
            audit.append(tx, actor, "referat.preview", fileName, Map.of("preview", r.getId()));
            return preview(r, List.of());
        });
    }

    /** {@code actor}'s latest preview, whatever its status; empty when they never posted one. */
    public Optional<Preview> latest(String actor) {
        DSLContext dsl = database.dsl();
        return dsl.selectFrom(REFERAT_PREVIEW).where(REFERAT_PREVIEW.ACTOR.eq(actor)).orderBy(REFERAT_PREVIEW.ID.desc()).limit(1)
                .fetchOptional()
                .map(r -> preview(r, edits(dsl, r.getId())));
    }

    /** A preview that waited past its time to live, to be told to the one who posted it. */
    public record ExpiredPreview(String actor, String fileName) {
    }

    /**
     * The previews that expired unconfirmed since the last call, each returned once across every instance (it is
     * marked told as it is returned), so the one who posted it hears of it once.
     */
    public List<ExpiredPreview> newlyExpired() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return database.dsl().update(REFERAT_PREVIEW)
                .set(REFERAT_PREVIEW.EXPIRY_NOTICED_AT, now)
                .where(REFERAT_PREVIEW.STATUS.eq(Status.PENDING.column()))
                .and(REFERAT_PREVIEW.EXPIRES_AT.le(now))
                .and(REFERAT_PREVIEW.EXPIRY_NOTICED_AT.isNull())
                .returning(REFERAT_PREVIEW.ACTOR, REFERAT_PREVIEW.FILE_NAME)
                .fetch(r -> new ExpiredPreview(r.getActor(), r.getFileName()));
    }

    /** Whether {@code actor} has a preview that may still be confirmed (pending, not expired). */
    public boolean open(String actor) {
        return database.dsl().fetchExists(REFERAT_PREVIEW, REFERAT_PREVIEW.ACTOR.eq(actor)
                .and(REFERAT_PREVIEW.STATUS.eq(Status.PENDING.column()))
                .and(REFERAT_PREVIEW.EXPIRES_AT.gt(OffsetDateTime.now(clock))));
    }

    /**
     * Adds a follow-up edit to pending preview {@code id}, with what is now understood; false when it is no longer
     * pending. Audited as {@code referat.edit} with {@code subject}.
     */
    public boolean edit(long id, String actor, FollowUpEdit edit, Understood understood, String subject) {
        return database.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (!lockPending(tx, id)) {
                return false;
            }
            Integer last = tx.select(DSL.max(REFERAT_PREVIEW_EDIT.SEQ)).from(REFERAT_PREVIEW_EDIT)
                    .where(REFERAT_PREVIEW_EDIT.PREVIEW_ID.eq(id)).fetchOne(0, Integer.class);
            tx.insertInto(REFERAT_PREVIEW_EDIT)
                    .set(REFERAT_PREVIEW_EDIT.PREVIEW_ID, id)
                    .set(REFERAT_PREVIEW_EDIT.SEQ, last == null ? 1 : last + 1)
                    .set(REFERAT_PREVIEW_EDIT.FOLLOW_UP, edit.followUp())
                    .set(REFERAT_PREVIEW_EDIT.KIND, edit.kind().name().toLowerCase(Locale.ROOT))
                    .set(REFERAT_PREVIEW_EDIT.DUE_DATE, edit.dueDate())
                    .set(REFERAT_PREVIEW_EDIT.OWNER, edit.owner())
                    .execute();
            understood(tx, id, understood);
            audit.append(tx, actor, "referat.edit", subject, Map.of("preview", id));
            return true;
        });
    }

    /**
     * Gives pending preview {@code id} the meeting's body and date as the secretariat said them; its follow-ups are
     * found again from them, so the follow-up edits so far are dropped. False when it is no longer pending. Audited as
     * {@code referat.edit} with {@code subject}.
     */
    public boolean meeting(long id, String actor, String givenBody, LocalDate givenDate, Understood understood, String subject) {
        return database.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            if (!lockPending(tx, id)) {
                return false;
            }
            tx.deleteFrom(REFERAT_PREVIEW_EDIT).where(REFERAT_PREVIEW_EDIT.PREVIEW_ID.eq(id)).execute();
            tx.update(REFERAT_PREVIEW)
                    .set(REFERAT_PREVIEW.GIVEN_BODY, givenBody)
                    .set(REFERAT_PREVIEW.GIVEN_DATE, givenDate)
                    .where(REFERAT_PREVIEW.ID.eq(id))
                    .execute();
            understood(tx, id, understood);
            audit.append(tx, actor, "referat.edit", subject, Map.of("preview", id));
            return true;
        });
    }

    /** Discards pending preview {@code id}; false when it was not pending. Audited as {@code referat.discard}. */
    public boolean discard(long id, String actor) {
        return database.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            OffsetDateTime now = OffsetDateTime.now(clock);
            ReferatPreviewRecord r = settle(tx, Status.DISCARDED, actor, now)
                    .where(REFERAT_PREVIEW.ID.eq(id)).and(REFERAT_PREVIEW.STATUS.eq(Status.PENDING.column()))
                    .returning()
                    .fetchOne();
            if (r == null) {
                return false;
            }
            audit.append(tx, actor, "referat.discard", r.getFileName(), Map.of("preview", id));
            return true;
        });
    }

    /**
     * Confirms preview {@code id}: when it is pending and not expired, {@code store} stores it in the same transaction
     * as the preview is marked confirmed — both or neither. Once only: a second confirmation (a button pressed twice,
     * on this or another instance) waits for the first and then finds it confirmed.
     */
    public Confirmation confirm(long id, String actor, Function<DSLContext, IngestResult> store) {
        return database.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ReferatPreviewRecord r = tx.selectFrom(REFERAT_PREVIEW).where(REFERAT_PREVIEW.ID.eq(id)).forUpdate().fetchOne();
            if (r == null) {
                return new Confirmation.Gone();
            }
            Status status = Status.of(r.getStatus());
            if (status == Status.CONFIRMED) {
                return new Confirmation.AlreadyConfirmed();
            }
            if (status != Status.PENDING) {
                return new Confirmation.Gone();
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (!now.isBefore(r.getExpiresAt())) {
                return new Confirmation.Expired();
            }
            IngestResult stored = store.apply(tx);
            settle(tx, Status.CONFIRMED, actor, now)
                    .set(REFERAT_PREVIEW.MEETING_ID, stored.meetingId())
                    .where(REFERAT_PREVIEW.ID.eq(id))
                    .execute();
            return new Confirmation.Stored(stored);
        });
    }

    private static boolean lockPending(DSLContext tx, long id) {
        return tx.selectFrom(REFERAT_PREVIEW).where(REFERAT_PREVIEW.ID.eq(id)).and(REFERAT_PREVIEW.STATUS.eq(Status.PENDING.column()))
                .forUpdate().fetchOptional().isPresent();
    }

    private void understood(DSLContext tx, long id, Understood understood) {
        tx.update(REFERAT_PREVIEW)
                .set(REFERAT_PREVIEW.UNDERSTOOD_BODY, understood.body())
                .set(REFERAT_PREVIEW.UNDERSTOOD_DATE, understood.date())
                .set(REFERAT_PREVIEW.ITEMS, understood.items())
                .set(REFERAT_PREVIEW.UPDATED_AT, OffsetDateTime.now(clock))
                .where(REFERAT_PREVIEW.ID.eq(id))
                .execute();
    }

    private static List<FollowUpEdit> edits(DSLContext dsl, long id) {
        return dsl.selectFrom(REFERAT_PREVIEW_EDIT).where(REFERAT_PREVIEW_EDIT.PREVIEW_ID.eq(id)).orderBy(REFERAT_PREVIEW_EDIT.SEQ)
                .fetch(e -> new FollowUpEdit(e.getFollowUp(), FollowUpEdit.Kind.valueOf(e.getKind().toUpperCase(Locale.ROOT)),
                        e.getDueDate(), e.getOwner()));
    }

    private static Preview preview(ReferatPreviewRecord r, List<FollowUpEdit> edits) {
        return new Preview(r.getId(), r.getActor(), r.getFileName(), r.getContent(), r.getText(), r.getGivenBody(), r.getGivenDate(),
                edits, Status.of(r.getStatus()), r.getPostedAt(), r.getExpiresAt());
    }

    /** The update that settles a preview: its status, who settled it and when. */
    private static org.jooq.UpdateSetMoreStep<ReferatPreviewRecord> settle(DSLContext tx, Status status, String actor, OffsetDateTime now) {
        return tx.update(REFERAT_PREVIEW)
                .set(REFERAT_PREVIEW.STATUS, status.column())
                .set(REFERAT_PREVIEW.SETTLED_AT, now)
                .set(REFERAT_PREVIEW.SETTLED_BY, actor)
                .set(REFERAT_PREVIEW.UPDATED_AT, now);
    }
}
