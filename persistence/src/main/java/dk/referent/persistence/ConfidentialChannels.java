package dk.referent.persistence;

import static dk.referent.persistence.jooq.Tables.CONFIDENTIAL_CHANNEL;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The chat channels the secretariat has marked confidential: closed items' content may be shown there. Marking and
 * unmarking are audited.
 */
public final class ConfidentialChannels {

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;

    public ConfidentialChannels(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean contains(String channel) {
        return database.dsl().fetchExists(CONFIDENTIAL_CHANNEL, CONFIDENTIAL_CHANNEL.CHANNEL.eq(channel));
    }

    /** Marks {@code channel} confidential; false when it already was. */
    public boolean mark(String channel, String actor) {
        return database.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            int added = tx.insertInto(CONFIDENTIAL_CHANNEL)
                    .set(CONFIDENTIAL_CHANNEL.CHANNEL, channel)
                    .set(CONFIDENTIAL_CHANNEL.MARKED_BY, actor)
                    .set(CONFIDENTIAL_CHANNEL.MARKED_AT, OffsetDateTime.now(clock))
                    .onConflictDoNothing()
                    .execute();
            if (added > 0) {
                audit.append(tx, actor, "channel.confidential", channel, Map.of());
            }
            return added > 0;
        });
    }

    /** Takes the mark off {@code channel}; false when it had none. */
    public boolean unmark(String channel, String actor) {
        return database.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            int removed = tx.deleteFrom(CONFIDENTIAL_CHANNEL).where(CONFIDENTIAL_CHANNEL.CHANNEL.eq(channel)).execute();
            if (removed > 0) {
                audit.append(tx, actor, "channel.public", channel, Map.of());
            }
            return removed > 0;
        });
    }
}
