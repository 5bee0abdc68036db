package dk.referent.bot.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.bot.Stores;
import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Place;
import dk.referent.bot.chat.Reply;
import dk.referent.bot.chat.Roles;
import dk.referent.bot.chat.Speaker;
import dk.referent.bot.conversation.ReferentConversation;
import dk.referent.bot.runtime.Services;
import dk.referent.minutes.followup.FollowUpExtractor;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.persistence.Database;
import dk.referent.persistence.MutableClock;
import dk.referent.persistence.PreviewStore;
import dk.referent.persistence.TestDatabases;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.PublicationOutbox;
import dk.referent.scheduler.ReminderScheduler;
import dk.referent.scheduler.SchedulerSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The secretariat's preview is kept in the database: a new process, or the other instance of a clustered pair,
 * continues it; it expires after its time to live; and it is confirmed — stored and published — once only.
 */
class DurablePreviewTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final Speaker SECRETARY = new Speaker("slack", "U0SECRET1");
    private static final Place DM = new Place("slack", "D0SECRET1", true);
    private static final String FILE = "Referat Direktionen 2024-05-13.md";
    private static final Speaker ANNA = new Speaker("slack", "U0ANNA001");
    private static final Place CHANNEL = new Place("slack", "C0GENERAL", false);

    /** One running Referent (a process) over a database: its own connections, Quartz scheduler and conversation. */
    private final class Instance implements AutoCloseable {
        final ReferentConversation conversation;
        final PublicationOutbox publications;
        final Secretariat secretariat;
        final ReminderScheduler scheduler;
        private final Database db;

        Instance(String name, Database db, Duration ttl) throws Exception {
            this.db = db;
            Stores stores = Stores.over(db, clock, ttl);
            SchedulerSettings settings = SchedulerSettings.defaults(name);
            scheduler = new ReminderScheduler(db.dataSource(), stores.reminders(), clock, settings);
            DanishTemporalParser temporal = new DanishTemporalParser();
            QuestionParser questions = new QuestionParser(QuestionParser.loadGlossary(), temporal);
            ChatDelivery chat = (target, text) -> {
                attempts.add(target);
                DeliveryResult answer = target.equals("C0DECIDE1") && !decisionsAnswers.isEmpty() ? decisionsAnswers.remove(0)
                        : DeliveryResult.sent();
                if (answer instanceof DeliveryResult.Sent) {
                    delivered.add(target + ": " + text);
                }
                return answer;
            };
            Services services = Services.create(stores, scheduler, settings, chat,
                    new Services.Readers(new ReferatFiles(new ReferatParser(), new FollowUpExtractor(temporal)), questions, temporal),
                    new Services.Settings("slack", "C0DECIDE1", new Roles(Set.of("U0SECRET1"), Set.of()), Set.of()));
            publications = services.publications();
            secretariat = services.secretariat();
            conversation = services.conversation();
        }

        Reply post() {
            return conversation.sent(SECRETARY, DM, FILE, () -> SecretariatFlowTest.REFERAT.getBytes(StandardCharsets.UTF_8), "");
        }

        Reply confirm() {
            return conversation.pressed(SECRETARY, DM, Button.Action.PUBLISH, "");
        }

        @Override
        public void close() throws Exception {
            scheduler.close();
            if (db != fresh.database()) {
                db.close();
            }
        }
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-13T10:00:00Z"), COPENHAGEN);
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    /** Every attempt to send, by target. */
    private final List<String> attempts = new CopyOnWriteArrayList<>();
    /** How the decisions channel answers, in turn; then it accepts. */
    private final List<DeliveryResult> decisionsAnswers = new CopyOnWriteArrayList<>();
    private final List<Instance> instances = new ArrayList<>();
    private TestDatabases.FreshDatabase fresh;

    @BeforeEach
    void database() {
        fresh = TestDatabases.fresh();
    }

    @AfterEach
    void stop() throws Exception {
        for (Instance i : instances) {
            i.close();
        }
        fresh.close();
    }

    /** A new instance with its own connections to the test's database, as a new process would have. */
    private Instance instance(String name, Duration ttl) throws Exception {
        Instance i = new Instance(name, fresh.connect(), ttl);
        instances.add(i);
        return i;
    }

    private Instance instance(String name) throws Exception {
        return instance(name, PreviewStore.DEFAULT_TTL);
    }

    private int count(String sql) {
        return ((Number) fresh.database().dsl().fetchValue(sql)).intValue();
    }

    private long published() {
        return delivered.stream().filter(d -> d.startsWith("C0DECIDE1: Beslutninger fra Direktionen")).count();
    }

    @Test
    void aPreviewWithItsEditsSurvivesARestartAndIsConfirmedByTheNewProcess() throws Exception {
        Instance before = instance("preview-before");
        assertTrue(before.post().text().startsWith("Forhåndsvisning — Direktionen, 13. maj 2024"));
        assertTrue(before.conversation.said(SECRETARY, DM, "ret 1 dato 14. juni 2024").text().contains("14. juni 2024"));
        before.conversation.said(SECRETARY, DM, "ret 1 ansvarlig <@U0ANNA001>");
        before.close();
        instances.remove(before);

        Instance after = instance("preview-after");
        Reply shown = after.conversation.said(SECRETARY, DM, "ret organ Direktionen");
        assertTrue(shown.text().startsWith("Forhåndsvisning — Direktionen, 13. maj 2024"), shown.text());
        assertTrue(shown.text().contains("rettelser af dem er nulstillet"), "the edits made before the restart were kept: " + shown.text());
        after.conversation.said(SECRETARY, DM, "ret 1 dato 14. juni 2024");
        Reply stored = after.confirm();

        assertTrue(stored.acted() && stored.text().startsWith("Gemt (new): Direktionen 2024-05-13"), stored.text());
        assertEquals(1, count("SELECT count(*) FROM meeting"));
        assertEquals(LocalDate.of(2024, 6, 14), fresh.database().dsl()
                .fetchOne("SELECT due_date FROM follow_up ORDER BY id LIMIT 1").get(0, LocalDate.class));
        assertEquals(1, published());
        assertEquals(1, count("SELECT count(*) FROM referat_preview WHERE status = 'confirmed' AND meeting_id IS NOT NULL"));
    }

    @Test
    void theFollowUpEditsMadeBeforeARestartAreStoredOnConfirm() throws Exception {
        Instance before = instance("edits-before");
        before.post();
        before.conversation.said(SECRETARY, DM, "ret 1 dato 14. juni 2024");
        before.conversation.said(SECRETARY, DM, "ret 1 ansvarlig <@U0ANNA001>");
        before.close();
        instances.remove(before);

        Reply stored = instance("edits-after").confirm();

        assertTrue(stored.acted() && stored.text().startsWith("Gemt (new)"), stored.text());
        var followUp = fresh.database().dsl().fetchOne("SELECT due_date, owner, status FROM follow_up ORDER BY id LIMIT 1");
        assertEquals(LocalDate.of(2024, 6, 14), followUp.get(0, LocalDate.class));
        assertEquals("U0ANNA001", followUp.get(1, String.class));
        assertEquals("confirmed", followUp.get(2, String.class));
    }

    @Test
    void aPreviewPostedOnOneInstanceOfAPairIsConfirmedOnTheOtherAndOnlyOnce() throws Exception {
        Instance a = instance("pair-a");
        Instance b = instance("pair-b");
        a.post();

        Reply onB = b.confirm();
        Reply onA = a.confirm();

        assertTrue(onB.acted() && onB.text().startsWith("Gemt (new): Direktionen 2024-05-13"), onB.text());
        assertFalse(onA.acted(), onA.text());
        assertTrue(onA.text().contains("er allerede bekræftet"), onA.text());
        assertEquals(1, count("SELECT count(*) FROM meeting"));
        assertEquals(1, published());
    }

    @Test
    void anExpiredPreviewIsRefusedInDanishAndNothingIsStored() throws Exception {
        Instance i = instance("expiry", Duration.ofHours(2));
        i.post();
        clock.advance(Duration.ofHours(1));
        assertTrue(i.conversation.said(SECRETARY, DM, "ret 1 dato 14. juni 2024").text().startsWith("Forhåndsvisning"),
                "within its time to live it is edited");
        clock.advance(Duration.ofHours(1));

        Reply refused = i.confirm();

        assertFalse(refused.acted(), refused.text());
        assertEquals("Forhåndsvisningen af " + FILE + " er udløbet (en forhåndsvisning gemmes i 2 timer), så intet er gemt. "
                + "Send referatet igen for at få en ny forhåndsvisning.", refused.text());
        assertTrue(i.conversation.said(SECRETARY, DM, "bekræft").text().contains("er udløbet"));
        assertTrue(i.conversation.said(SECRETARY, DM, "ret 1 dato 15. juni 2024").text().contains("er udløbet"));
        assertEquals(0, count("SELECT count(*) FROM meeting"));
        assertEquals(0, count("SELECT count(*) FROM follow_up"));
        assertEquals(0, published());
        assertEquals(2, count("SELECT count(*) FROM audit_log WHERE action = 'refused'"));

        assertTrue(i.post().text().startsWith("Forhåndsvisning"), "posted again");
        assertTrue(i.confirm().text().startsWith("Gemt (new)"));
        assertEquals(1, count("SELECT count(*) FROM meeting"));
    }

    @Test
    void confirmingTwiceStoresAndPublishesOnce() throws Exception {
        Instance i = instance("twice");
        i.post();

        Reply first = i.conversation.said(SECRETARY, DM, "bekræft");
        Reply second = i.conversation.said(SECRETARY, DM, "bekræft");

        assertTrue(first.text().startsWith("Gemt (new)"), first.text());
        assertEquals("Referatet " + FILE + " er allerede bekræftet og gemt; intet er gemt eller offentliggjort igen.", second.text());
        assertEquals(1, count("SELECT count(*) FROM meeting"));
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE action = 'referat.publish'"));
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE action LIKE 'ingest.%'"));
        assertEquals(1, published());
    }

    @Test
    void confirmingOnBothInstancesAtOnceStoresAndPublishesOnce() throws Exception {
        Instance a = instance("race-a");
        Instance b = instance("race-b");
        a.post();

        CompletableFuture<Reply> onA = CompletableFuture.supplyAsync(a::confirm);
        CompletableFuture<Reply> onB = CompletableFuture.supplyAsync(b::confirm);
        List<Reply> replies = List.of(onA.get(), onB.get());

        assertEquals(1, replies.stream().filter(r -> r.text().startsWith("Gemt (new)")).count(), replies.toString());
        assertEquals(1, replies.stream().filter(r -> r.text().contains("er allerede bekræftet")).count(), replies.toString());
        assertEquals(1, count("SELECT count(*) FROM meeting"));
        assertEquals(1, published());
    }

    @Test
    void theDecisionsReachTheChannelExactlyOnceAfterItAnswered500ThreeTimes() throws Exception {
        decisionsAnswers.addAll(List.of(DeliveryResult.retry(Duration.ZERO, "500 internal_error"),
                DeliveryResult.retry(Duration.ZERO, "500 internal_error"), DeliveryResult.retry(Duration.ZERO, "500 internal_error")));
        Instance a = instance("outbox-a");
        Instance b = instance("outbox-b");
        a.post();

        Reply stored = a.confirm();
        assertTrue(stored.text().startsWith("Gemt (new)") && stored.text().contains("offentliggørelsen mislykkedes (fejl-")
                && stored.text().contains("den prøves igen automatisk"), stored.text());
        assertFalse(stored.text().contains("500"), "the platform's answer is for the log: " + stored.text());
        for (Duration wait : List.of(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofHours(2))) {
            clock.advance(wait);
            a.publications.dispatchOnce();
            b.publications.dispatchOnce();
        }
        assertTrue(b.confirm().text().contains("er allerede bekræftet"));

        assertEquals(1, published());
        assertEquals(4, attempts.stream().filter("C0DECIDE1"::equals).count());
        assertEquals(1, count("SELECT count(*) FROM publication WHERE status = 'sent'"));
    }

    @Test
    void aNewPreviewReplacesTheOneBeforeAndADiscardedOneCannotBeConfirmedElsewhere() throws Exception {
        Instance a = instance("replace-a");
        Instance b = instance("replace-b");
        a.post();
        a.post();
        assertEquals(1, count("SELECT count(*) FROM referat_preview WHERE status = 'replaced'"));
        assertEquals(1, count("SELECT count(*) FROM referat_preview WHERE status = 'pending'"));

        assertEquals("Referatet er kasseret; intet er gemt.", b.conversation.said(SECRETARY, DM, "kassér").text());
        assertTrue(a.confirm().text().startsWith("Der er intet referat at bekræfte"));
        assertEquals(0, count("SELECT count(*) FROM meeting"));
    }

    private long toldAnna() {
        return delivered.stream().filter(d -> d.startsWith("U0ANNA001: Nyt om »sygefravær«")).count();
    }

    private int reminderTriggers() {
        return count("SELECT count(*) FROM qrtz_triggers WHERE trigger_group LIKE 'followup-%'");
    }

    @Test
    void aDatabaseFailureWhileConfirmingStoresNothingAndTheRetriedConfirmCompletesOnce() throws Exception {
        Instance i = instance("database-failure");
        i.conversation.said(ANNA, CHANNEL, "følg sygefravær");
        i.post();
        // the database refuses the last write of the confirmation: a follower's notice, after the referat, its
        // follow-ups and the decisions' publication were written in the same transaction
        fresh.database().dsl().execute("CREATE FUNCTION refuse_notice() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'disk full'; END $$");
        fresh.database().dsl().execute("CREATE TRIGGER refuse_notice BEFORE INSERT ON publication FOR EACH ROW "
                + "WHEN (NEW.target = 'U0ANNA001') EXECUTE FUNCTION refuse_notice()");

        Reply failed = i.confirm();

        assertTrue(failed.text().contains("fejl-") && !failed.text().contains("disk full"), failed.text());
        assertEquals(0, count("SELECT count(*) FROM meeting"));
        assertEquals(0, count("SELECT count(*) FROM follow_up"));
        assertEquals(0, count("SELECT count(*) FROM publication"));
        assertEquals(1, count("SELECT count(*) FROM referat_preview WHERE status = 'pending'"));
        assertEquals(0, published() + toldAnna());

        fresh.database().dsl().execute("DROP TRIGGER refuse_notice ON publication");
        Reply stored = i.confirm();
        Reply again = i.confirm();

        assertTrue(stored.text().startsWith("Gemt (new)") && stored.text().contains("1 af 1 der følger emnerne, har fået besked"),
                stored.text());
        assertTrue(again.text().contains("er allerede bekræftet"), again.text());
        assertEquals(1, count("SELECT count(*) FROM meeting"));
        assertEquals(0, count("SELECT count(*) FROM follow_up WHERE status = 'proposed'"));
        assertEquals(1, published());
        assertEquals(1, toldAnna());
    }

    @Test
    void aSchedulerFailureAfterCommitKeepsTheConfirmAndTheNextSyncPlansTheReminders() throws Exception {
        Instance i = instance("scheduler-failure");
        i.post();
        i.scheduler.close();

        Reply stored = i.confirm();

        assertTrue(stored.text().startsWith("Gemt (new)") && stored.text().contains("påmindelser planlægges om lidt"), stored.text());
        assertFalse(stored.text().contains("Exception") || stored.text().contains("Scheduler"), stored.text());
        assertTrue(count("SELECT count(*) FROM follow_up WHERE status = 'confirmed'") > 0);
        assertEquals(0, reminderTriggers());
        assertEquals(1, published());

        Instance restarted = instance("scheduler-restarted");
        restarted.scheduler.syncAll();
        assertTrue(reminderTriggers() > 0, "the sync at start plans what the confirm committed");
        assertTrue(restarted.confirm().text().contains("er allerede bekræftet"));
        assertEquals(1, published());
    }

    @Test
    void aFollowersNoticeIsRetriedByTheOutboxAndArrivesOnce() throws Exception {
        decisionsAnswers.add(DeliveryResult.retry(Duration.ofSeconds(30), "429 ratelimited"));
        Instance i = instance("notice");
        i.conversation.said(ANNA, CHANNEL, "følg sygefravær");
        i.conversation.said(ANNA, CHANNEL, "følg sag 24-004410");
        i.post();

        Reply stored = i.confirm();
        for (int n = 0; n < 3; n++) {
            clock.advance(Duration.ofMinutes(1));
            i.publications.dispatchOnce();
        }

        assertTrue(stored.text().contains("den prøves igen automatisk"), stored.text());
        assertEquals(1, published());
        assertEquals(1, toldAnna(), "one notice for both of Anna's topics: " + delivered);
        assertTrue(delivered.stream().anyMatch(d -> d.startsWith("U0ANNA001: ") && d.contains("»sag 24-004410«")), delivered.toString());
        assertEquals(2, count("SELECT count(*) FROM publication WHERE status = 'sent'"));
    }

    @Test
    void theSecretariatSeesAPublicationThatWasGivenUpAndSendsItAgain() throws Exception {
        decisionsAnswers.add(DeliveryResult.failed("channel_not_found"));
        Instance i = instance("given-up");
        i.post();
        assertTrue(i.confirm().text().contains("offentliggørelsen mislykkedes (fejl-"));

        Reply shown = i.conversation.said(SECRETARY, DM, "udsendelser");
        Reply refused = i.conversation.said(ANNA, CHANNEL, "udsendelser");
        Reply again = i.conversation.said(SECRETARY, DM, "send igen");
        i.publications.dispatchOnce();

        assertEquals("Ikke nået frem:\n• Beslutningerne fra Direktionen, 13. maj 2024: opgivet efter 1 forsøg (»send igen« prøver igen)",
                shown.text());
        assertFalse(refused.text().contains("Direktionen"), refused.text());
        assertEquals("1 udsendelse prøves igen om lidt.", again.text());
        assertEquals(1, published());
        assertEquals("Alle beslutninger og beskeder til følgere er nået frem.", i.conversation.said(SECRETARY, DM, "udsendelser").text());
    }

    @Test
    void whoPostedAPreviewThatExpiredIsToldOnceByOneInstance() throws Exception {
        Instance a = instance("expiry-a", Duration.ofHours(2));
        Instance b = instance("expiry-b", Duration.ofHours(2));
        a.post();
        assertEquals(List.of(), a.secretariat.expiryNotices(), "not before its time to live");
        clock.advance(Duration.ofHours(2));

        List<Secretariat.Notice> told = b.secretariat.expiryNotices();

        assertEquals(List.of(new Secretariat.Notice("slack:U0SECRET1", "Forhåndsvisningen af " + FILE + " er udløbet (en forhåndsvisning "
                + "gemmes i 2 timer), så intet er gemt. Send referatet igen for at få en ny forhåndsvisning.")), told);
        assertEquals(List.of(), a.secretariat.expiryNotices());
        assertEquals(List.of(), b.secretariat.expiryNotices());
    }
}
