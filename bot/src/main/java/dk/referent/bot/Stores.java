package dk.referent.bot;

import dk.referent.persistence.AuditLog;
import dk.referent.persistence.CalendarFeeds;
import dk.referent.persistence.ConfidentialChannels;
import dk.referent.persistence.Database;
import dk.referent.persistence.DecisionSearch;
import dk.referent.persistence.FollowUpStore;
import dk.referent.persistence.InboundEvents;
import dk.referent.persistence.MeetingLookup;
import dk.referent.persistence.PersonContacts;
import dk.referent.persistence.PreviewStore;
import dk.referent.persistence.ReferatStore;
import dk.referent.persistence.SubscriptionStore;
import dk.referent.persistence.TeamsConversations;
import dk.referent.scheduler.ReminderStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Every store over one database, built once here and handed to the commands and services that need them; nothing
 * else builds a store. One {@link DecisionSearch}, so answers and followers' notices share its caches. Closing it
 * closes the database.
 */
public record Stores(Database database, AuditLog audit, ReferatStore referater, FollowUpStore followUps, ReminderStore reminders,
                     SubscriptionStore subscriptions, PreviewStore previews, ConfidentialChannels confidentialChannels,
                     DecisionSearch search, MeetingLookup meetings, InboundEvents inboundEvents,
                     CalendarFeeds calendarFeeds, TeamsConversations teamsConversations, PersonContacts personContacts,
                     Clock clock) implements AutoCloseable {

    /** {@code previewTtl}: how long a referat in preview waits for the secretariat's »bekræft«. */
    public static Stores over(Database database, Clock clock, Duration previewTtl) {
        AuditLog audit = new AuditLog(clock);
        return new Stores(database, audit,
                new ReferatStore(database, audit, clock),
                new FollowUpStore(database, audit, clock),
                new ReminderStore(database, audit, clock),
                new SubscriptionStore(database, audit, clock),
                new PreviewStore(database, audit, clock, previewTtl),
                new ConfidentialChannels(database, audit, clock),
                new DecisionSearch(database),
                new MeetingLookup(database),
                new InboundEvents(database, clock),
                new CalendarFeeds(database, audit, clock),
                new TeamsConversations(database, clock),
                new PersonContacts(database, audit, clock),
                clock);
    }

    /** Records in the audit log, in a transaction of its own, what someone did that changed nothing else (a refusal). */
    public void audited(String actor, String action, String subject) {
        database.dsl().transaction(tx -> audit.append(tx.dsl(), actor, action, subject, Map.of()));
    }

    @Override
    public void close() {
        database.close();
    }
}
