package dk.referent.persistence;

import static dk.referent.persistence.jooq.Tables.FOLLOW_UP;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.minutes.followup.FollowUp;
import dk.referent.minutes.followup.FollowUpKind.Action;
import dk.referent.minutes.followup.FollowUpKind.AfterMeeting;
import dk.referent.minutes.followup.FollowUpKind.Deadline;
import dk.referent.minutes.followup.FollowUpKind.Event;
import dk.referent.minutes.followup.FollowUpKind.Recurring;
import dk.referent.minutes.referat.AgendaItem;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;

/** A follow-up as a row of {@code follow_up}: the kind's fields in typed columns, the rest in {@code details}. */
final class FollowUpRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FollowUpRows() {
    }

    /** Inserts a proposed follow-up of an item. */
    static void insertProposed(DSLContext tx, long meetingId, long itemId, AgendaItem item, FollowUp f, OffsetDateTime now) {
        var insert = tx.insertInto(FOLLOW_UP)
                .set(FOLLOW_UP.MEETING_ID, meetingId)
                .set(FOLLOW_UP.ITEM_ID, itemId)
                .set(FOLLOW_UP.ITEM_NUMBER, item.number())
                .set(FOLLOW_UP.ITEM_CASE, item.caseNumber())
                .set(FOLLOW_UP.ITEM_TITLE, item.title())
                .set(FOLLOW_UP.KIND, f.kind().code())
                .set(FOLLOW_UP.OWNER, f.owner())
                .set(FOLLOW_UP.EVIDENCE, f.evidence())
                .set(FOLLOW_UP.CONFIDENCE, (float) f.confidence())
                .set(FOLLOW_UP.STATUS, "proposed")
                .set(FOLLOW_UP.CREATED_AT, now)
                .set(FOLLOW_UP.CHANGED_AT, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", f.source().code());
        if (f.kind() instanceof Deadline d) {
            insert = insert.set(FOLLOW_UP.DUE_DATE, d.date()).set(FOLLOW_UP.DUE_TIME, d.time());
            if (!d.parties().isEmpty()) {
                details.put("parties", d.parties());
            }
        } else if (f.kind() instanceof Event e) {
            insert = insert.set(FOLLOW_UP.DUE_DATE, e.date()).set(FOLLOW_UP.END_DATE, e.end()).set(FOLLOW_UP.DUE_TIME, e.time());
        } else if (f.kind() instanceof Recurring r) {
            insert = insert.set(FOLLOW_UP.DUE_DATE, r.start()).set(FOLLOW_UP.RRULE, r.rrule());
            if (r.per() != null) {
                details.put("per", r.per());
            }
        } else if (f.kind() instanceof Action a) {
            insert = insert.set(FOLLOW_UP.DUE_DATE, a.due()).set(FOLLOW_UP.BODY, a.atNextMeetingOf());
        } else if (f.kind() instanceof AfterMeeting m) {
            insert = insert.set(FOLLOW_UP.BODY, m.body());
        }
        insert.set(FOLLOW_UP.DETAILS, JSONB.valueOf(json(details))).execute();
    }

    /** Whether a new proposal says the same as a follow-up the secretariat already decided on. */
    static boolean sameAs(Record decided, int itemNumber, FollowUp f) {
        if (decided.get(FOLLOW_UP.ITEM_NUMBER) != itemNumber || !decided.get(FOLLOW_UP.KIND).equals(f.kind().code())) {
            return false;
        }
        if (f.kind() instanceof Deadline d) {
            return Objects.equals(decided.get(FOLLOW_UP.DUE_DATE), d.date());
        }
        if (f.kind() instanceof Event e) {
            return Objects.equals(decided.get(FOLLOW_UP.DUE_DATE), e.date());
        }
        if (f.kind() instanceof Recurring r) {
            return Objects.equals(decided.get(FOLLOW_UP.RRULE), r.rrule());
        }
        if (f.kind() instanceof AfterMeeting m) {
            return Objects.equals(decided.get(FOLLOW_UP.BODY), m.body());
        }
        return Objects.equals(decided.get(FOLLOW_UP.OWNER), f.owner());
    }

    private static String json(Map<String, Object> details) {
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
