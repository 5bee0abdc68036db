package dk.referent.persistence;

import static dk.referent.persistence.jooq.Tables.TEAMS_CONVERSATION;

import dk.referent.persistence.jooq.tables.records.TeamsConversationRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Microsoft Teams conversation references: a bot may only post where it has been (a person's 1:1 chat, a channel of
 * a team it is installed in), so each conversation Referent hears from is remembered with its service URL — and
 * refreshed on every activity, since Microsoft may move a tenant to another service URL.
 */
public final class TeamsConversations {

    /**
     * @param userId the person's Entra ID object id in a personal chat; null for a channel
     */
    public record Reference(String conversationId, String serviceUrl, String tenantId, String userId, boolean personal) {
    }

    private final Database database;
    private final Clock clock;

    public TeamsConversations(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Stores {@code reference}, or refreshes the one stored for its conversation. */
    public void remember(Reference reference) {
        database.dsl().insertInto(TEAMS_CONVERSATION)
                .set(TEAMS_CONVERSATION.CONVERSATION_ID, reference.conversationId())
                .set(TEAMS_CONVERSATION.SERVICE_URL, reference.serviceUrl())
                .set(TEAMS_CONVERSATION.TENANT_ID, reference.tenantId())
                .set(TEAMS_CONVERSATION.USER_ID, reference.userId())
                .set(TEAMS_CONVERSATION.PERSONAL, reference.personal())
                .set(TEAMS_CONVERSATION.UPDATED_AT, OffsetDateTime.now(clock))
                .onConflict(TEAMS_CONVERSATION.CONVERSATION_ID).doUpdate()
                .set(TEAMS_CONVERSATION.SERVICE_URL, reference.serviceUrl())
                .set(TEAMS_CONVERSATION.TENANT_ID, reference.tenantId())
                .set(TEAMS_CONVERSATION.USER_ID, reference.userId())
                .set(TEAMS_CONVERSATION.PERSONAL, reference.personal())
                .set(TEAMS_CONVERSATION.UPDATED_AT, OffsetDateTime.now(clock))
                .execute();
    }

    /** The person's 1:1 chat with Referent (the latest, should there be several). */
    public Optional<Reference> personal(String userId) {
        return database.dsl().selectFrom(TEAMS_CONVERSATION)
                .where(TEAMS_CONVERSATION.USER_ID.eq(userId), TEAMS_CONVERSATION.PERSONAL.isTrue())
                .orderBy(TEAMS_CONVERSATION.UPDATED_AT.desc()).limit(1)
                .fetchOptional().map(TeamsConversations::reference);
    }

    public Optional<Reference> conversation(String conversationId) {
        return database.dsl().selectFrom(TEAMS_CONVERSATION).where(TEAMS_CONVERSATION.CONVERSATION_ID.eq(conversationId))
                .fetchOptional().map(TeamsConversations::reference);
    }

    /**
     * The service URL heard from last: a channel configured by id (the decisions channel) that Referent has not heard
     * from yet is reached through the tenant's service URL, which is the same for all its conversations.
     */
    public Optional<String> latestServiceUrl() {
        return database.dsl().select(TEAMS_CONVERSATION.SERVICE_URL).from(TEAMS_CONVERSATION)
                .orderBy(TEAMS_CONVERSATION.UPDATED_AT.desc()).limit(1).fetchOptional(TEAMS_CONVERSATION.SERVICE_URL);
    }

    private static Reference reference(TeamsConversationRecord r) {
        return new Reference(r.getConversationId(), r.getServiceUrl(), r.getTenantId(), r.getUserId(), r.getPersonal());
    }
}
