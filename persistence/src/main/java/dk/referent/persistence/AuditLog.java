package dk.referent.persistence;

import static dk.referent.persistence.jooq.Tables.AUDIT_LOG;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/** The append-only record of who did what, when. The database refuses changes to it. */
public final class AuditLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** Appends an entry in the caller's transaction. */
    public void append(DSLContext tx, String actor, String action, String subject, Map<String, ?> details) {
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, OffsetDateTime.now(clock))
                .set(AUDIT_LOG.ACTOR, actor)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.SUBJECT, subject)
                .set(AUDIT_LOG.DETAILS, JSONB.valueOf(json(details)))
                .execute();
    }

    private static String json(Map<String, ?> details) {
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details are not JSON: " + e.getMessage(), e);
        }
    }
}
