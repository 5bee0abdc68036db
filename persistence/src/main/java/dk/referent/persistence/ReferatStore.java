package dk.referent.persistence;

import static dk.referent.persistence.jooq.Tables.AGENDA_ITEM;
import static dk.referent.persistence.jooq.Tables.FOLLOW_UP;
import static dk.referent.persistence.jooq.Tables.MEETING;
import static dk.referent.persistence.jooq.Tables.PARTICIPANT;
import static dk.referent.persistence.jooq.Tables.PRIOR_TREATMENT;

import dk.referent.minutes.followup.FollowUp;
import dk.referent.minutes.names.Bodies;
import dk.referent.minutes.referat.AgendaItem;
import dk.referent.minutes.referat.Participant;
import dk.referent.minutes.referat.PriorTreatment;
import dk.referent.minutes.referat.Referat;
import dk.referent.persistence.IngestResult.Status;
import dk.referent.persistence.jooq.tables.records.FollowUpRecord;
import dk.referent.persistence.jooq.tables.records.MeetingRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.function.Function;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Stores referater. A meeting is identified by (body, date), the body by its key: "Direktion" and "Direktionen" are
 * one body, stored under the name first seen. Ingest is idempotent: the same text again changes
 * nothing. A corrected referat of the same meeting replaces its items in one transaction, records the previous
 * version in the audit log, and keeps the follow-ups the secretariat decided on for items that still exist.
 */
public final class ReferatStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Function<String, JsonNode> JSON_TREE = text -> {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;

    public ReferatStore(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    /** The identity of a text: its SHA-256. */
    public static String contentHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stores the referat parsed from {@code text}, or leaves the database as it was when anything fails.
     *
     * @param actor who ingests it (audit log)
     */
    public IngestResult ingest(Referat referat, String text, String actor) {
        String hash = contentHash(text);
        if (referat.meeting().body() == null) {
            throw new IllegalArgumentException("the referat does not say which body met (no \"Referat <organ> …\" title)");
        }
        try {
            return database.dsl().transactionResult(cfg -> ingest(DSL.using(cfg), referat, hash, actor));
        } catch (DataAccessException e) {
            throw translated(e);
        }
    }

    /**
     * Stores the referat parsed from {@code text} in the caller's transaction {@code tx}, so that it is stored together
     * with what the caller writes beside it, or not at all.
     *
     * @param actor who ingests it (audit log)
     */
    public IngestResult ingestIn(DSLContext tx, Referat referat, String text, String actor) {
        if (referat.meeting().body() == null) {
            throw new IllegalArgumentException("the referat does not say which body met (no \"Referat <organ> …\" title)");
        }
        try {
            return ingest(tx, referat, contentHash(text), actor);
        } catch (DataAccessException e) {
            throw translated(e);
        }
    }

    private static RuntimeException translated(DataAccessException e) {
        if ("23505".equals(e.sqlState()) && Objects.toString(e.getMessage()).contains("agenda_item_meeting_number")) {
            return new IllegalArgumentException("two agenda items have the same number; nothing was stored", e);
        }
        return e;
    }

    private IngestResult ingest(DSLContext tx, Referat referat, String hash, String actor) {
        String body = storedName(tx, referat.meeting().body(), referat.meeting().date());
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Insert-or-lock: a concurrent ingest of the same meeting waits here until the first one commits.
        Long inserted = tx.insertInto(MEETING)
                .set(MEETING.BODY, body)
                .set(MEETING.MEETING_DATE, referat.meeting().date())
                .set(MEETING.START_TIME, referat.meeting().time())
                .set(MEETING.END_TIME, referat.meeting().end())
                .set(MEETING.TIME_SEPARATOR, String.valueOf(referat.meeting().timeSeparator()))
                .set(MEETING.END_SEPARATOR, String.valueOf(referat.meeting().endSeparator()))
                .set(MEETING.PLACE, referat.meeting().place())
                .set(MEETING.SOURCE_NAME, referat.source())
                .set(MEETING.CONTENT_HASH, hash)
                .set(MEETING.INGESTED_AT, now)
                .set(MEETING.INGESTED_BY, actor)
                .onConflictOnConstraint(DSL.constraint("meeting_body_date")).doNothing()
                .returning(MEETING.ID)
                .fetchOptional(MEETING.ID).orElse(null);
        if (inserted != null) {
            Map<Integer, Long> itemIds = insertContent(tx, inserted, referat);
            insertProposals(tx, inserted, referat, itemIds, List.of(), now);
            audit.append(tx, actor, "ingest.new", subject(referat),
                    Map.of("source", referat.source(), "items", referat.items().size(), "doubts", referat.doubts().size()));
            return new IngestResult(Status.NEW, inserted, body, referat.meeting().date(), referat.items().size(), 1);
        }
        MeetingRecord existing = tx.selectFrom(MEETING)
                .where(MEETING.BODY.eq(body).and(MEETING.MEETING_DATE.eq(referat.meeting().date())))
                .forUpdate().fetchSingle();
        if (existing.getContentHash().equals(hash)) {
            return new IngestResult(Status.UNCHANGED, existing.getId(), body, referat.meeting().date(),
                    referat.items().size(), existing.getVersion());
        }
        long meetingId = existing.getId();
        recordPreviousVersion(tx, existing, actor, referat);
        // decided follow-ups stay (their item link is cleared with the items and restored below); proposals go
        List<FollowUpRecord> decided = tx.selectFrom(FOLLOW_UP)
                .where(FOLLOW_UP.MEETING_ID.eq(meetingId).and(FOLLOW_UP.STATUS.ne("proposed"))).fetch();
        tx.deleteFrom(FOLLOW_UP).where(FOLLOW_UP.MEETING_ID.eq(meetingId).and(FOLLOW_UP.STATUS.eq("proposed"))).execute();
        tx.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).execute();
        tx.deleteFrom(PARTICIPANT).where(PARTICIPANT.MEETING_ID.eq(meetingId)).execute();
        int version = existing.getVersion() + 1;
        tx.update(MEETING)
                .set(MEETING.START_TIME, referat.meeting().time())
                .set(MEETING.END_TIME, referat.meeting().end())
                .set(MEETING.TIME_SEPARATOR, String.valueOf(referat.meeting().timeSeparator()))
                .set(MEETING.END_SEPARATOR, String.valueOf(referat.meeting().endSeparator()))
                .set(MEETING.PLACE, referat.meeting().place())
                .set(MEETING.SOURCE_NAME, referat.source())
                .set(MEETING.CONTENT_HASH, hash)
                .set(MEETING.VERSION, version)
                .set(MEETING.INGESTED_AT, now)
                .set(MEETING.INGESTED_BY, actor)
                .where(MEETING.ID.eq(meetingId))
                .execute();
        Map<Integer, Long> itemIds = insertContent(tx, meetingId, referat);
        keepDecidedFollowUps(tx, decided, referat, itemIds, actor);
        insertProposals(tx, meetingId, referat, itemIds, decided, now);
        return new IngestResult(Status.UPDATED, meetingId, body, referat.meeting().date(), referat.items().size(), version);
    }

    /**
     * The name the meeting of {@code body} on {@code date} is stored under: the name it was first stored with when
     * that is another spelling of the same body ("Direktion" for "Direktionen", "Økonomiudvalg" for "Økonomiudvalget"
     * — one {@link Bodies#key}), else {@code body}. A lock on the body's key and the date, held to the end of the
     * transaction, makes a concurrent ingest under the other spelling wait and then find this one.
     */
    private static String storedName(DSLContext tx, String body, java.time.LocalDate date) {
        String key = Bodies.key(body);
        tx.select(DSL.field("pg_advisory_xact_lock(hashtext({0}))", Object.class, DSL.val("meeting " + key + " " + date))).fetch();
        return tx.select(MEETING.BODY).from(MEETING).where(MEETING.MEETING_DATE.eq(date)).orderBy(MEETING.ID).fetch(MEETING.BODY)
                .stream().filter(stored -> Bodies.key(stored).equals(key)).findFirst().orElse(body);
    }

    /** The previous version, as it was stored, goes to the audit log before it is replaced. */
    private void recordPreviousVersion(DSLContext tx, MeetingRecord existing, String actor, Referat referat) {
        JSONB previous = tx.select(DSL.field(
                        "jsonb_build_object('meeting', to_jsonb(m), 'participants', coalesce((SELECT jsonb_agg(to_jsonb(p)"
                                + " ORDER BY p.position) FROM participant p WHERE p.meeting_id = m.id), '[]'::jsonb),"
                                + " 'items', coalesce((SELECT jsonb_agg(to_jsonb(i) - 'search' - 'search_authorised'"
                                + " ORDER BY i.number) FROM agenda_item i WHERE i.meeting_id = m.id), '[]'::jsonb))",
                        JSONB.class))
                .from(DSL.table("meeting").as("m"))
                .where(DSL.field("m.id").eq(existing.getId()))
                .fetchSingle().value1();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", referat.source());
        details.put("previousVersion", existing.getVersion());
        // how many doubts this version has: /metrics sums them over the ingests
        details.put("doubts", referat.doubts().size());
        details.put("previous", JSON_TREE.apply(previous.data()));
        audit.append(tx, actor, "ingest.updated", subject(referat), details);
    }

    private static Map<Integer, Long> insertContent(DSLContext tx, long meetingId, Referat referat) {
        List<Participant> people = referat.meeting().participants();
        for (int i = 0; i < people.size(); i++) {
            tx.insertInto(PARTICIPANT)
                    .set(PARTICIPANT.MEETING_ID, meetingId)
                    .set(PARTICIPANT.POSITION, i)
                    .set(PARTICIPANT.NAME, people.get(i).name())
                    .set(PARTICIPANT.ABSENT, people.get(i).absent())
                    .execute();
        }
        Map<Integer, Long> ids = new HashMap<>();
        for (AgendaItem item : referat.items()) {
            long id = tx.insertInto(AGENDA_ITEM)
                    .set(AGENDA_ITEM.MEETING_ID, meetingId)
                    .set(AGENDA_ITEM.NUMBER, item.number())
                    .set(AGENDA_ITEM.PUNKT, item.punkt().equals(String.valueOf(item.number())) ? null : item.punkt())
                    .set(AGENDA_ITEM.TITLE, item.title())
                    .set(AGENDA_ITEM.ALTERNATIVE_TITLES, item.alternativeTitles().toArray(String[]::new))
                    .set(AGENDA_ITEM.CASE_NUMBER, item.caseNumber())
                    .set(AGENDA_ITEM.CLOSED, item.closed())
                    .set(AGENDA_ITEM.DECISION, item.decision())
                    .set(AGENDA_ITEM.OUTCOME, item.outcome() == null ? null : item.outcome().code())
                    .set(AGENDA_ITEM.RECOMMENDATIONS, item.recommendations().toArray(String[]::new))
                    .set(AGENDA_ITEM.ROUTE, item.route().toArray(String[]::new))
                    .set(AGENDA_ITEM.ECONOMY, item.economy())
                    .set(AGENDA_ITEM.ATTACHMENTS, item.attachments().toArray(String[]::new))
                    .set(AGENDA_ITEM.RESUME, item.resume())
                    .set(AGENDA_ITEM.CASE_TEXT, item.caseText())
                    .set(AGENDA_ITEM.FULL_TEXT, item.fullText())
                    .returning(AGENDA_ITEM.ID)
                    .fetchSingle(AGENDA_ITEM.ID);
            ids.put(item.number(), id);
            List<PriorTreatment> prior = item.prior();
            for (int p = 0; p < prior.size(); p++) {
                tx.insertInto(PRIOR_TREATMENT)
                        .set(PRIOR_TREATMENT.ITEM_ID, id)
                        .set(PRIOR_TREATMENT.POSITION, p)
                        .set(PRIOR_TREATMENT.BODY, prior.get(p).body())
                        .set(PRIOR_TREATMENT.TREATMENT_DATE, prior.get(p).date())
                        .set(PRIOR_TREATMENT.TEXT, prior.get(p).text())
                        .execute();
            }
        }
        return ids;
    }

    /** Every item's follow-ups, proposed for the secretariat to confirm, except what it has already decided on. */
    private static void insertProposals(DSLContext tx, long meetingId, Referat referat, Map<Integer, Long> itemIds,
                                        List<FollowUpRecord> decided, OffsetDateTime now) {
        for (AgendaItem item : referat.items()) {
            for (FollowUp f : item.followUps()) {
                if (decided.stream().noneMatch(d -> FollowUpRows.sameAs(d, item.number(), f))) {
                    FollowUpRows.insertProposed(tx, meetingId, itemIds.get(item.number()), item, f, now);
                }
            }
        }
    }

    /**
     * Follow-ups the secretariat confirmed, rejected or marked done survive a corrected referat when their item
     * is still there: same number, and the same case number or title. The others are dropped, and said so in the
     * audit log.
     */
    private void keepDecidedFollowUps(DSLContext tx, List<FollowUpRecord> decided, Referat referat,
                                      Map<Integer, Long> itemIds, String actor) {
        for (FollowUpRecord f : decided) {
            AgendaItem match = referat.items().stream()
                    .filter(i -> i.number() == f.getItemNumber()
                            && (Objects.equals(i.caseNumber(), f.getItemCase()) || i.title().equals(f.getItemTitle())))
                    .findFirst().orElse(null);
            if (match == null) {
                tx.deleteFrom(FOLLOW_UP).where(FOLLOW_UP.ID.eq(f.getId())).execute();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("followUp", f.getId());
                details.put("item", f.getItemNumber());
                details.put("title", f.getItemTitle());
                details.put("kind", f.getKind());
                details.put("status", f.getStatus());
                details.put("evidence", f.getEvidence());
                audit.append(tx, actor, "followup.dropped", subject(referat), details);
                continue;
            }
            // a corrected title or case changes the follow-up's calendar event: its SEQUENCE must rise
            boolean changed = !match.title().equals(f.getItemTitle()) || !Objects.equals(match.caseNumber(), f.getItemCase());
            tx.update(FOLLOW_UP)
                    .set(FOLLOW_UP.ITEM_ID, itemIds.get(match.number()))
                    .set(FOLLOW_UP.ITEM_CASE, match.caseNumber())
                    .set(FOLLOW_UP.ITEM_TITLE, match.title())
                    .set(FOLLOW_UP.REVISION, changed ? FOLLOW_UP.REVISION.plus(1) : FOLLOW_UP.REVISION)
                    .set(FOLLOW_UP.CHANGED_AT, changed ? DSL.val(OffsetDateTime.now(clock)) : FOLLOW_UP.CHANGED_AT)
                    .where(FOLLOW_UP.ID.eq(f.getId()))
                    .execute();
        }
    }

    private static String subject(Referat referat) {
        return referat.meeting().body() + " " + referat.meeting().date();
    }
}
