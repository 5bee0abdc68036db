package dk.referent.persistence;

import static dk.referent.persistence.jooq.Tables.INBOUND_EVENT;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which inbound chat requests have been taken, in the database, so that every instance (and this one after a
 * restart) answers a retried or replayed request once. Old rows are pruned now and then as new ones arrive.
 */
public final class InboundEvents {

    /** Long past Slack's retries (minutes) and the five minutes a signed request stays fresh. */
    static final Duration KEPT = Duration.ofDays(1);
    /** Pruning is a delete over an index; once every few minutes is plenty. */
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

    private final Database database;
    private final Clock clock;
    private final AtomicLong nextPrune = new AtomicLong(Long.MIN_VALUE);

    public InboundEvents(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Records {@code eventId} from {@code source} ("slack-event", "slack-command", …); true when it is new, false
     * when some instance has taken it already. One statement, so two instances racing on it agree.
     */
    public boolean firstTime(String source, String eventId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        pruneNowAndThen(now);
        return database.dsl().insertInto(INBOUND_EVENT, INBOUND_EVENT.SOURCE, INBOUND_EVENT.EVENT_ID, INBOUND_EVENT.RECEIVED_AT)
                .values(source, eventId, now)
                .onConflictDoNothing()
                .execute() == 1;
    }

    private void pruneNowAndThen(OffsetDateTime now) {
        long at = now.toInstant().toEpochMilli();
        long next = nextPrune.get();
        if (at >= next && nextPrune.compareAndSet(next, at + PRUNE_EVERY.toMillis())) {
            database.dsl().deleteFrom(INBOUND_EVENT).where(INBOUND_EVENT.RECEIVED_AT.lt(now.minus(KEPT))).execute();
        }
    }
}
