package dk.referent.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.referent.bot.Stores;
import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.DownloadException;
import dk.referent.bot.chat.Failures;
import dk.referent.bot.chat.Place;
import dk.referent.bot.chat.Reply;
import dk.referent.bot.chat.Roles;
import dk.referent.bot.chat.Speaker;
import dk.referent.bot.intake.ReferatFiles;
import dk.referent.bot.intake.Secretariat;
import dk.referent.bot.intake.SecretariatFlowTest;
import dk.referent.bot.runtime.Services;
import dk.referent.minutes.followup.FollowUpExtractor;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.persistence.AuditLog;
import dk.referent.persistence.FollowUpStore;
import dk.referent.persistence.PreviewStore;
import dk.referent.persistence.TestDatabases;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.FollowUpDecisions;
import dk.referent.scheduler.PublicationOutbox;
import dk.referent.scheduler.ReminderPlans;
import dk.referent.scheduler.ReminderScheduler;
import dk.referent.scheduler.ReminderStore;
import dk.referent.scheduler.SchedulerSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * No chat reply carries an exception's text: an unexpected failure is answered with a short message and a reference,
 * and the detail is logged under that reference. Messages Referent means the user to read are still said.
 */
class ChatFailuresTest {

    private static final Clock MAY = Clock.fixed(Instant.parse("2024-05-13T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final String SECRET = "SQL state 42P01 /var/lib/secret/pgdata: relation \"follow_up\" does not exist";
    private static final Pattern REFERENCE = Pattern.compile("fejl-[0-9a-f]{6}");

    private static final Speaker SECRETARY = new Speaker("slack", "U0SECRET1");
    private static final Speaker LEADER = new Speaker("slack", "U0LEADER1", Set.of("S0LEADERS"));
    private static final Speaker ANNA = new Speaker("slack", "U0ANNA001");
    private static final Place PUBLIC = new Place("slack", "C0GENERAL", false);
    private static final Place SECRETARY_DM = new Place("slack", "D0SECRET1", true);

    private TestDatabases.FreshDatabase fresh;
    private ReminderScheduler scheduler;
    private FollowUpDecisions decisions;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger failuresLog = (Logger) LoggerFactory.getLogger(Failures.class);

    @BeforeEach
    void referent() throws Exception {
        fresh = TestDatabases.fresh();
        var db = fresh.database();
        ReminderStore store = new ReminderStore(db, new AuditLog(MAY), MAY);
        scheduler = new ReminderScheduler(db.dataSource(), store, MAY, SchedulerSettings.defaults("failures-test"));
        decisions = new FollowUpDecisions(new FollowUpStore(db, new AuditLog(MAY), MAY), scheduler);
        log.start();
        failuresLog.addAppender(log);
    }

    @AfterEach
    void stop() throws Exception {
        failuresLog.detachAppender(log);
        scheduler.close();
        fresh.close();
    }

    /** The conversation with {@code decisions} and a chat that answers the decisions channel with {@code toDecisions}. */
    private ReferentConversation conversation(FollowUpDecisions decisions, DeliveryResult toDecisions) {
        Stores stores = Stores.over(fresh.database(), MAY, PreviewStore.DEFAULT_TTL);
        DanishTemporalParser temporal = new DanishTemporalParser();
        QuestionParser questions = new QuestionParser(QuestionParser.loadGlossary(), temporal);
        ChatDelivery chat = (target, text) -> target.equals("C0DECIDE1") ? toDecisions : DeliveryResult.sent();
        SchedulerSettings settings = SchedulerSettings.defaults("failures-test");
        // built by hand, not by Services.create: the decisions are the failing ones under test
        Subscriptions subscriptions = new Subscriptions(stores.subscriptions(), stores.search(), questions, "slack", MAY);
        PublicationOutbox publications = new PublicationOutbox(stores.database(), chat, stores.audit(), MAY);
        Secretariat secretariat = new Secretariat(new ReferatFiles(new ReferatParser(), new FollowUpExtractor(temporal)), stores, decisions,
                publications, "C0DECIDE1", subscriptions);
        return new ReferentConversation(stores, new Answers(stores.search(), stores.meetings(), stores.followUps(), questions, MAY), decisions,
                new ReminderPlans(stores.reminders(), settings), secretariat, publications, subscriptions, new Roles(Set.of("U0SECRET1"), Set.of("S0LEADERS")),
                Set.of(), "C0DECIDE1", temporal, "");
    }

    private ReferentConversation conversation() {
        return conversation(decisions, DeliveryResult.sent());
    }

    /** A store that fails the way a database does, with a message no chat user should read. */
    private static FollowUpDecisions failingDecisions() throws Exception {
        FollowUpDecisions failing = mock();
        when(failing.done(any(), any())).thenThrow(new DataAccessException(SECRET));
        return failing;
    }

    private static String referenceIn(String reply) {
        Matcher m = REFERENCE.matcher(reply);
        assertTrue(m.find(), "a reference in: " + reply);
        return m.group();
    }

    private static void assertNoExceptionText(String reply) {
        for (String leak : List.of("42P01", "/var/lib/secret", "follow_up", "DataAccessException", "org.jooq", "SQL", "Exception")) {
            assertFalse(reply.contains(leak), "»" + leak + "« in: " + reply);
        }
    }

    /** The logged event under {@code reference}, which carries the detail. */
    private ILoggingEvent logged(String reference) {
        return log.list.stream().filter(e -> e.getFormattedMessage().contains(reference)).findFirst()
                .orElseThrow(() -> new AssertionError("no log entry with " + reference + ": " + log.list));
    }

    @Test
    void aStoreFailingUnexpectedlyIsAnsweredWithAReferenceAndNotTheExceptionText() throws Exception {
        Reply reply = conversation(failingDecisions(), DeliveryResult.sent()).said(LEADER, PUBLIC, "udført 7");

        assertNoExceptionText(reply.text());
        assertTrue(reply.text().startsWith("Det lykkedes ikke: der skete en uventet fejl (fejl-"), reply.text());
        assertFalse(reply.acted());
    }

    @Test
    void theReferenceInTheReplyFindsTheDetailInTheLog() throws Exception {
        Reply reply = conversation(failingDecisions(), DeliveryResult.sent()).said(LEADER, PUBLIC, "udført 7");

        ILoggingEvent event = logged(referenceIn(reply.text()));
        assertEquals(Level.ERROR, event.getLevel());
        assertTrue(event.getFormattedMessage().contains("slack:U0LEADER1"), event.getFormattedMessage());
        assertEquals(SECRET, event.getThrowableProxy().getMessage());
    }

    @Test
    void aButtonFailingUnexpectedlyIsAnsweredWithAReference() throws Exception {
        Reply reply = conversation(failingDecisions(), DeliveryResult.sent()).pressed(LEADER, PUBLIC, Button.Action.DONE, "7");

        assertNoExceptionText(reply.text());
        logged(referenceIn(reply.text()));
    }

    @Test
    void anEnglishQuestionFailingOnAMissingTableIsAnsweredInEnglishWithAReference() {
        ReferentConversation conversation = conversation();
        fresh.database().dsl().execute("ALTER TABLE follow_up RENAME TO follow_up_moved");

        Reply reply = conversation.said(ANNA, PUBLIC, "what deadlines do we have in June 2024?");

        assertNoExceptionText(reply.text());
        assertTrue(reply.text().startsWith("That did not work: an unexpected error occurred (fejl-"), reply.text());
        assertTrue(logged(referenceIn(reply.text())).getThrowableProxy().getMessage().contains("follow_up"), "the log has the detail");
    }

    @Test
    void withTheDatabaseDownEveryKindOfMessageIsAnsweredInDanishWithAReferenceAndNoConnectionError() {
        ReferentConversation conversation = conversation();
        fresh.database().close();

        List<Reply> replies = List.of(
                conversation.said(ANNA, PUBLIC, "Hvad blev besluttet om sprogskolen?"),
                conversation.said(ANNA, PUBLIC, "mine frister"),
                conversation.pressed(LEADER, PUBLIC, Button.Action.DONE, "7"),
                conversation.sent(SECRETARY, SECRETARY_DM, "referat.md", () -> SecretariatFlowTest.REFERAT.getBytes(StandardCharsets.UTF_8), ""));

        for (Reply reply : replies) {
            assertNoExceptionText(reply.text());
            for (String leak : List.of("Hikari", "closed", "onnection", "jdbc", "postgres", "localhost")) {
                assertFalse(reply.text().contains(leak), "»" + leak + "« in: " + reply.text());
            }
            assertTrue(reply.text().contains("der skete en uventet fejl (fejl-"), reply.text());
            logged(referenceIn(reply.text()));
        }
    }

    @Test
    void aFileThatCannotBeFetchedForAReasonReferentGivesSaysTheReason() {
        Reply reply = conversation().sent(SECRETARY, SECRETARY_DM, "referat.pdf", () -> {
            throw new DownloadException("den er over 20 MB — det er ikke et referat, Referent kan læse");
        }, "");

        assertEquals("Filen referat.pdf kunne ikke hentes: den er over 20 MB — det er ikke et referat, Referent kan læse", reply.text());
    }

    @Test
    void aFileThatFailsToDownloadUnexpectedlyIsAnsweredWithAReference() {
        Reply reply = conversation().sent(SECRETARY, SECRETARY_DM, "referat.pdf", () -> {
            throw new IOException("Connection reset by 10.20.30.40 while reading /var/lib/secret/upload.tmp");
        }, "");

        assertFalse(reply.text().contains("10.20.30.40") || reply.text().contains("/var/lib/secret"), reply.text());
        assertTrue(reply.text().startsWith("Filen referat.pdf kunne ikke hentes: der skete en uventet fejl (fejl-"), reply.text());
        logged(referenceIn(reply.text()));
    }

    @Test
    void aFileThatIsNotAReferatIsStillExplained() {
        Reply reply = conversation().sent(SECRETARY, SECRETARY_DM, "noter.txt",
                () -> "Husk mælk og kaffe.\n".getBytes(StandardCharsets.UTF_8), "");

        assertTrue(reply.text().startsWith("Referatet kunne ikke læses: noter.txt: "), reply.text());
        assertFalse(REFERENCE.matcher(reply.text()).find(), "a message meant for the user is no failure: " + reply.text());
    }

    @Test
    void aPublicationTheChatRefusesIsReportedWithAReferenceNotThePlatformsReason() {
        ReferentConversation conversation = conversation(decisions,
                DeliveryResult.retry(Duration.ZERO, "java.net.ConnectException: Connection refused (/var/lib/secret)"));
        conversation.sent(SECRETARY, SECRETARY_DM, "Referat Direktionen 2024-05-13.md",
                () -> SecretariatFlowTest.REFERAT.getBytes(StandardCharsets.UTF_8), "");

        Reply confirmed = conversation.said(SECRETARY, SECRETARY_DM, "bekræft");

        assertNoExceptionText(confirmed.text());
        assertTrue(confirmed.text().contains("offentliggørelsen mislykkedes (fejl-"), confirmed.text());
        assertTrue(logged(referenceIn(confirmed.text())).getFormattedMessage().contains("Connection refused"), "the log has the reason");
    }
}
