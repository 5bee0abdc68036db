package dk.referent.persistence;

import static dk.referent.persistence.jooq.Tables.PERSON_CONTACT;
import static dk.referent.persistence.jooq.Tables.USED_ACTION_LINK;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.impl.DSL;

/**
 * People's own choices about e-mail, made in chat: their address and whether reminders and the digest come in chat,
 * by e-mail or both (table {@code person_contact}); they win over the secretariat's people file. Also records which
 * of the e-mails' one-use action links were used ({@code used_action_link}). Changes are audited.
 */
public final class PersonContacts {

    /** Where a person wants reminders and the digest. */
    public enum Preference {
        CHAT, EMAIL, BOTH;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Preference of(String code) {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        }

        public boolean byEmail() {
            return this != CHAT;
        }

        public boolean inChat() {
            return this != EMAIL;
        }
    }

    /** What a person chose in chat; either part is null when they did not choose it. */
    public record Contact(String person, String email, Preference prefers) {
    }

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;

    public PersonContacts(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records {@code person}'s address (already validated by the caller), keeping their preference. */
    public void setEmail(String person, String email, String actor) {
        database.dsl().transaction(cfg -> {
            var tx = DSL.using(cfg);
            tx.insertInto(PERSON_CONTACT).set(PERSON_CONTACT.PERSON, person).set(PERSON_CONTACT.EMAIL, email)
                    .set(PERSON_CONTACT.UPDATED_AT, OffsetDateTime.now(clock)).set(PERSON_CONTACT.UPDATED_BY, actor)
                    .onConflict(PERSON_CONTACT.PERSON).doUpdate()
                    .set(PERSON_CONTACT.EMAIL, email).set(PERSON_CONTACT.UPDATED_AT, OffsetDateTime.now(clock))
                    .set(PERSON_CONTACT.UPDATED_BY, actor)
                    .execute();
            audit.append(tx, actor, "contact.email", person, Map.of());
        });
    }

    /** Records where {@code person} wants reminders, keeping their address. */
    public void setPreference(String person, Preference prefers, String actor) {
        database.dsl().transaction(cfg -> {
            var tx = DSL.using(cfg);
            tx.insertInto(PERSON_CONTACT).set(PERSON_CONTACT.PERSON, person).set(PERSON_CONTACT.PREFERS, prefers.code())
                    .set(PERSON_CONTACT.UPDATED_AT, OffsetDateTime.now(clock)).set(PERSON_CONTACT.UPDATED_BY, actor)
                    .onConflict(PERSON_CONTACT.PERSON).doUpdate()
                    .set(PERSON_CONTACT.PREFERS, prefers.code()).set(PERSON_CONTACT.UPDATED_AT, OffsetDateTime.now(clock))
                    .set(PERSON_CONTACT.UPDATED_BY, actor)
                    .execute();
            audit.append(tx, actor, "contact.prefers", person, Map.of("prefers", prefers.code()));
        });
    }

    public Optional<Contact> of(String person) {
        return database.dsl().selectFrom(PERSON_CONTACT).where(PERSON_CONTACT.PERSON.eq(person))
                .fetchOptional(r -> new Contact(r.getPerson(), r.getEmail(), r.getPrefers() == null ? null : Preference.of(r.getPrefers())));
    }

    /**
     * Marks an action link used; true only the first time for {@code token} (atomic, so two clicks at once cannot
     * both act). The token's hash is stored, never the token.
     */
    public boolean useOnce(String token) {
        return database.dsl().insertInto(USED_ACTION_LINK).set(USED_ACTION_LINK.TOKEN_HASH, sha256(token))
                .set(USED_ACTION_LINK.USED_AT, OffsetDateTime.now(clock))
                .onConflictDoNothing().execute() == 1;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
