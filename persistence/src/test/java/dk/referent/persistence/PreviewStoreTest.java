package dk.referent.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.minutes.referat.Referat;
import dk.referent.persistence.PreviewStore.FollowUpEdit;
import dk.referent.persistence.PreviewStore.Understood;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The secretariat's previews as rows: kept with their edits, replaced, discarded, expired, and confirmed once with the referat. */
class PreviewStoreTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final Instant POSTED = Instant.parse("2024-05-13T10:00:00Z");
    private static final String ACTOR = "slack:U0SECRET1";
    private static final String TEXT = "REFERAT Direktionen d. 29-04-2024\n\nPunkt 1: Sundhedspolitik\nBeslutning\nGodkendt.\n";
    private static final Understood UNDERSTOOD = new Understood("Direktionen", LocalDate.of(2024, 4, 29), 2);

    private TestDatabases.FreshDatabase fresh;

    @BeforeEach
    void openDatabase() {
        fresh = TestDatabases.fresh();
    }

    @AfterEach
    void dropDatabase() {
        fresh.close();
    }

    private PreviewStore store(Instant now) {
        Clock clock = Clock.fixed(now, COPENHAGEN);
        return new PreviewStore(fresh.database(), new AuditLog(clock), clock, Duration.ofHours(48));
    }

    private ReferatStore referater() {
        Clock clock = Clock.fixed(POSTED, COPENHAGEN);
        return new ReferatStore(fresh.database(), new AuditLog(clock), clock);
    }

    private static Referat referat() {
        return Referater.meeting("Direktionen", "2024-04-29").item(1, "Sundhedspolitik", "24-000111", "Godkendt.")
                .item(2, "Eventuelt", null, "Intet.").build();
    }

    private int count(String sql) {
        return ((Number) fresh.database().dsl().fetchValue(sql)).intValue();
    }

    @Test
    void aPreviewIsKeptWithItsContentHintsAndEditsInOrder() {
        PreviewStore previews = store(POSTED);
        byte[] content = TEXT.getBytes(StandardCharsets.UTF_8);
        long id = previews.post(ACTOR, "referat.md", content, TEXT, UNDERSTOOD).id();
        assertTrue(previews.edit(id, ACTOR, new FollowUpEdit(1, FollowUpEdit.Kind.DUE, LocalDate.of(2024, 6, 14), null), UNDERSTOOD, "#1"));
        assertTrue(previews.edit(id, ACTOR, new FollowUpEdit(2, FollowUpEdit.Kind.OWNER, null, "U0ANNA001"), UNDERSTOOD, "#2"));

        PreviewStore.Preview kept = store(POSTED.plusSeconds(60)).latest(ACTOR).orElseThrow();

        assertEquals("referat.md", kept.fileName());
        assertArrayEquals(content, kept.content());
        assertEquals(TEXT, kept.text());
        assertEquals(PreviewStore.Status.PENDING, kept.status());
        assertEquals(POSTED.plus(Duration.ofHours(48)), kept.expiresAt().toInstant());
        assertEquals(2, kept.edits().size());
        assertEquals(FollowUpEdit.Kind.DUE, kept.edits().get(0).kind());
        assertEquals("U0ANNA001", kept.edits().get(1).owner());
        assertTrue(previews.open(ACTOR));

        assertTrue(previews.meeting(id, ACTOR, "Økonomiudvalget", LocalDate.of(2024, 5, 1), UNDERSTOOD, "organ"));
        kept = previews.latest(ACTOR).orElseThrow();
        assertEquals("Økonomiudvalget", kept.givenBody());
        assertEquals(LocalDate.of(2024, 5, 1), kept.givenDate());
        assertTrue(kept.edits().isEmpty(), "the follow-ups are found again from the meeting, so their edits go");
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE action = 'referat.preview'"));
        assertEquals(3, count("SELECT count(*) FROM audit_log WHERE action = 'referat.edit'"));
    }

    @Test
    void aNewPreviewReplacesTheOneBeforeAndAReplacedOneCannotBeEditedOrConfirmed() {
        PreviewStore previews = store(POSTED);
        long first = previews.post(ACTOR, "a.md", null, TEXT, UNDERSTOOD).id();
        long second = previews.post(ACTOR, "b.md", null, TEXT, UNDERSTOOD).id();

        assertEquals("b.md", previews.latest(ACTOR).orElseThrow().fileName());
        assertFalse(previews.edit(first, ACTOR, new FollowUpEdit(1, FollowUpEdit.Kind.REMOVE, null, null), UNDERSTOOD, "#1"));
        assertInstanceOf(PreviewStore.Confirmation.Gone.class,
                previews.confirm(first, ACTOR, tx -> referater().ingestIn(tx, referat(), TEXT, ACTOR)));
        assertTrue(previews.discard(second, ACTOR));
        assertFalse(previews.discard(second, ACTOR));
        assertFalse(previews.open(ACTOR));
        assertEquals(0, count("SELECT count(*) FROM meeting"));
    }

    @Test
    void anExpiredPreviewIsNotConfirmedAndNothingIsStored() {
        long id = store(POSTED).post(ACTOR, "referat.md", null, TEXT, UNDERSTOOD).id();
        PreviewStore later = store(POSTED.plus(Duration.ofHours(48)));

        assertTrue(later.latest(ACTOR).orElseThrow().expired(Clock.fixed(POSTED.plus(Duration.ofHours(48)), COPENHAGEN)));
        assertFalse(later.open(ACTOR));
        assertInstanceOf(PreviewStore.Confirmation.Expired.class, later.confirm(id, ACTOR, tx -> referater().ingestIn(tx, referat(), TEXT, ACTOR)));
        assertEquals(0, count("SELECT count(*) FROM meeting"));
    }

    @Test
    void aPreviewIsConfirmedOnceWithItsReferatOrNotAtAll() {
        PreviewStore previews = store(POSTED);
        long id = previews.post(ACTOR, "referat.md", null, TEXT, UNDERSTOOD).id();

        assertThrows(IllegalStateException.class, () -> previews.confirm(id, ACTOR, tx -> {
            referater().ingestIn(tx, referat(), TEXT, ACTOR);
            throw new IllegalStateException("the platform fell over");
        }));
        assertEquals(0, count("SELECT count(*) FROM meeting"), "the referat is stored with the confirmation or not at all");
        assertTrue(previews.open(ACTOR), "still in preview: »bekræft« can be tried again");

        PreviewStore.Confirmation first = previews.confirm(id, ACTOR, tx -> referater().ingestIn(tx, referat(), TEXT, ACTOR));
        PreviewStore.Confirmation second = previews.confirm(id, ACTOR, tx -> referater().ingestIn(tx, referat(), TEXT, ACTOR));

        assertInstanceOf(PreviewStore.Confirmation.Stored.class, first);
        assertInstanceOf(PreviewStore.Confirmation.AlreadyConfirmed.class, second);
        assertEquals(1, count("SELECT count(*) FROM meeting"));
        assertEquals(1, count("SELECT count(*) FROM referat_preview WHERE status = 'confirmed' AND meeting_id = "
                + ((PreviewStore.Confirmation.Stored) first).result().meetingId()));
    }
}
