package dk.referent.persistence;

import static dk.referent.persistence.jooq.Tables.AGENDA_ITEM;
import static dk.referent.persistence.jooq.Tables.CALENDAR_FEED;
import static dk.referent.persistence.jooq.Tables.FOLLOW_UP;
import static dk.referent.persistence.jooq.Tables.MEETING;
import static dk.referent.persistence.jooq.Tables.MEETING_CALENDAR;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The calendar feeds (ICS) people subscribe to — one per person, per body, and one for all — and what each holds.
 * A feed is reached by a secret token in its URL; only the token's SHA-256 is stored, so the database cannot
 * give a token back: asking again for a feed mints another token (the earlier ones keep working), and revoking a
 * feed revokes all of its tokens. Issuing and revoking are audited.
 */
public final class CalendarFeeds {

    /** Done and rejected follow-ups stay this long in a feed, cancelled, so subscribed calendars remove them. */
    public static final Duration CANCELLED_KEPT = Duration.ofDays(60);

    /** 128 bits of randomness: a token cannot be guessed. */
    private static final int TOKEN_BYTES = 16;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22,64}");
    private static final Field<String> PER = DSL.field("follow_up.details->>'per'", String.class).as("per");

    /** Whose follow-ups a feed holds. */
    public enum Kind {
        PERSON, BODY, ALL;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /** A feed: its kind and subject (a person's name or chat id, a body; empty for all). */
    public record Feed(Kind kind, String subject) {
        public Feed {
            subject = kind == Kind.ALL ? "" : subject.strip();
        }

        public static Feed all() {
            return new Feed(Kind.ALL, "");
        }
    }

    /** A live token's feed, and when the token was issued. */
    public record Issued(Feed feed, Instant createdAt) {
    }

    /**
     * A follow-up as a feed shows it.
     *
     * @param per      how often, when the minutes give a count rather than a rule ("2/YEARLY")
     * @param closed   whether it comes from a closed item (only its title may be shown)
     * @param revision raised on every change (the event's SEQUENCE)
     * @param changed  its last change (the event's DTSTAMP)
     */
    public record Entry(long id, String status, String kind, LocalDate date, LocalDate end, LocalTime time, String rrule,
                        String per, String owner, String assignee, String evidence, String meetingBody,
                        LocalDate meetingDate, int itemNumber, String itemTitle, String itemCase, boolean closed,
                        int revision, Instant changed) {
    }

    /** A meeting date from a body's imported meeting calendar. */
    public record Meeting(String body, LocalDate date, Instant imported) {
    }

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CalendarFeeds(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new secret token for {@code feed} (URL-safe, 128 random bits); it is shown once and stored hashed. */
    public String issue(Feed feed, String actor) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        database.dsl().transaction(cfg -> {
            var tx = DSL.using(cfg);
            tx.insertInto(CALENDAR_FEED)
                    .set(CALENDAR_FEED.KIND, feed.kind().code())
                    .set(CALENDAR_FEED.SUBJECT, feed.subject())
                    .set(CALENDAR_FEED.TOKEN_HASH, hash(token))
                    .set(CALENDAR_FEED.CREATED_AT, OffsetDateTime.now(clock))
                    .set(CALENDAR_FEED.CREATED_BY, actor)
                    .execute();
            audit.append(tx, actor, "calendar.feed.issue", subject(feed), Map.of("kind", feed.kind().code()));
        });
        return token;
    }

    /** The feed of a live token; empty when the token is unknown, malformed or revoked. */
    public Optional<Issued> byToken(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return database.dsl().select(CALENDAR_FEED.KIND, CALENDAR_FEED.SUBJECT, CALENDAR_FEED.CREATED_AT)
                .from(CALENDAR_FEED)
                .where(CALENDAR_FEED.TOKEN_HASH.eq(hash(token))).and(CALENDAR_FEED.REVOKED_AT.isNull())
                .fetchOptional(r -> new Issued(new Feed(Kind.of(r.value1()), r.value2()), r.value3().toInstant()));
    }

    /** Revokes every live token of {@code feed}; returns how many. Audited even when there was none. */
    public int revoke(Feed feed, String actor) {
        return database.dsl().transactionResult(cfg -> {
            var tx = DSL.using(cfg);
            int n = tx.update(CALENDAR_FEED).set(CALENDAR_FEED.REVOKED_AT, OffsetDateTime.now(clock))
                    .where(CALENDAR_FEED.KIND.eq(feed.kind().code()))
                    .and(DSL.lower(CALENDAR_FEED.SUBJECT).eq(feed.subject().toLowerCase(Locale.ROOT)))
                    .and(CALENDAR_FEED.REVOKED_AT.isNull())
                    .execute();
            audit.append(tx, actor, "calendar.feed.revoke", subject(feed), Map.of("kind", feed.kind().code(), "tokens", n));
            return n;
        });
    }

    /**
     * What {@code feed} shows: its confirmed follow-ups, and those done or rejected in the last
     * {@link #CANCELLED_KEPT} (to be shown cancelled). A person's are those they own or were given (by name or chat
     * id, ignoring case); a body's those from its minutes.
     */
    public List<Entry> entries(Feed feed) {
        OffsetDateTime keptFrom = OffsetDateTime.now(clock).minus(CANCELLED_KEPT);
        Condition shown = FOLLOW_UP.STATUS.eq("confirmed")
                .or(FOLLOW_UP.STATUS.in("done", "rejected").and(FOLLOW_UP.CHANGED_AT.ge(keptFrom)));
        Condition whose = switch (feed.kind()) {
            case PERSON -> DSL.lower(DSL.trim(FOLLOW_UP.OWNER)).eq(feed.subject().toLowerCase(Locale.ROOT))
                    .or(DSL.lower(DSL.trim(FOLLOW_UP.ASSIGNEE)).eq(feed.subject().toLowerCase(Locale.ROOT)));
            case BODY -> DSL.lower(MEETING.BODY).eq(feed.subject().toLowerCase(Locale.ROOT));
            case ALL -> DSL.noCondition();
        };
        return database.dsl()
                .select(FOLLOW_UP.ID, FOLLOW_UP.STATUS, FOLLOW_UP.KIND, FOLLOW_UP.DUE_DATE, FOLLOW_UP.END_DATE, FOLLOW_UP.DUE_TIME,
                        FOLLOW_UP.RRULE, PER, FOLLOW_UP.OWNER, FOLLOW_UP.ASSIGNEE, FOLLOW_UP.EVIDENCE, MEETING.BODY,
                        MEETING.MEETING_DATE, FOLLOW_UP.ITEM_NUMBER, FOLLOW_UP.ITEM_TITLE, FOLLOW_UP.ITEM_CASE,
                        // an item no longer known is treated as closed: better too little than a closed item's content
                        DSL.coalesce(AGENDA_ITEM.CLOSED, DSL.inline(true)), FOLLOW_UP.REVISION,
                        DSL.coalesce(FOLLOW_UP.CHANGED_AT, FOLLOW_UP.DECIDED_AT, FOLLOW_UP.CREATED_AT))
                .from(FOLLOW_UP)
                .join(MEETING).on(MEETING.ID.eq(FOLLOW_UP.MEETING_ID))
                .leftJoin(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(FOLLOW_UP.ITEM_ID))
                .where(shown).and(whose)
                .orderBy(FOLLOW_UP.ID)
                .fetch(r -> new Entry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(), r.value14(),
                        r.value15(), r.value16(), r.value17(), r.value18(), r.value19().toInstant()));
    }

    /** A body's meetings from its imported calendar (for a body's feed), oldest first. */
    public List<Meeting> meetings(String body) {
        return database.dsl().select(MEETING_CALENDAR.BODY, MEETING_CALENDAR.MEETING_DATE, MEETING_CALENDAR.IMPORTED_AT)
                .from(MEETING_CALENDAR)
                .where(DSL.lower(MEETING_CALENDAR.BODY).eq(body.strip().toLowerCase(Locale.ROOT)))
                .orderBy(MEETING_CALENDAR.MEETING_DATE)
                .fetch(r -> new Meeting(r.value1(), r.value2(), r.value3().toInstant()));
    }

    private static String subject(Feed feed) {
        return "calendar " + feed.kind().code() + (feed.subject().isEmpty() ? "" : " " + feed.subject());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
