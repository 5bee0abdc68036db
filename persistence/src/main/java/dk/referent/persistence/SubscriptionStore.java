package dk.referent.persistence;

import static dk.referent.persistence.jooq.Tables.SUBSCRIPTION;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Who follows which topic or case, to be told when a new decision on it is published. Changes are audited. */
public final class SubscriptionStore {

    /** A chat user following a topic ("sprogskolen") or a case ({@code caseNumber} set). */
    public record Subscription(long id, String subscriber, String topic, String caseNumber) {
    }

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;

    public SubscriptionStore(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    /** Follows {@code topic}; false when {@code subscriber} already did. */
    public boolean follow(String subscriber, String topic, String caseNumber) {
        return database.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            int added = tx.insertInto(SUBSCRIPTION)
                    .set(SUBSCRIPTION.SUBSCRIBER, subscriber)
                    .set(SUBSCRIPTION.TOPIC, topic)
                    .set(SUBSCRIPTION.CASE_NUMBER, caseNumber)
                    .set(SUBSCRIPTION.CREATED_AT, OffsetDateTime.now(clock))
                    .onConflictDoNothing()
                    .execute();
            if (added > 0) {
                audit.append(tx, subscriber, "subscription.follow", topic, Map.of());
            }
            return added > 0;
        });
    }

    /** Stops following {@code topic} (case-insensitively); false when {@code subscriber} did not follow it. */
    public boolean unfollow(String subscriber, String topic) {
        return database.dsl().transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            int removed = tx.deleteFrom(SUBSCRIPTION)
                    .where(SUBSCRIPTION.SUBSCRIBER.eq(subscriber))
                    .and(DSL.lower(SUBSCRIPTION.TOPIC).eq(topic.toLowerCase(java.util.Locale.ROOT)))
                    .execute();
            if (removed > 0) {
                audit.append(tx, subscriber, "subscription.unfollow", topic, Map.of());
            }
            return removed > 0;
        });
    }

    public List<Subscription> of(String subscriber) {
        return database.dsl().selectFrom(SUBSCRIPTION).where(SUBSCRIPTION.SUBSCRIBER.eq(subscriber)).orderBy(SUBSCRIPTION.ID)
                .fetch(r -> new Subscription(r.getId(), r.getSubscriber(), r.getTopic(), r.getCaseNumber()));
    }

    /** Every subscription as {@code tx} sees it. */
    public List<Subscription> allIn(DSLContext tx) {
        return tx.selectFrom(SUBSCRIPTION).orderBy(SUBSCRIPTION.ID)
                .fetch(r -> new Subscription(r.getId(), r.getSubscriber(), r.getTopic(), r.getCaseNumber()));
    }
}
