package dk.referent.bot.platform.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.referent.bot.Stores;
import dk.referent.persistence.MutableClock;
import dk.referent.persistence.PersonContacts.Preference;
import dk.referent.persistence.PreviewStore;
import dk.referent.persistence.TestDatabases;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.OutboxDispatcher;
import dk.referent.scheduler.SchedulerSettings;
import dk.referent.scheduler.plan.PlannedReminder;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders by e-mail through the real outbox to a real SMTP server in-process (GreenMail): once, with the right
 * headers and encoding; an outage retried until the mail arrives once; a permanent refusal failed and recorded.
 */
class EmailDeliveryTest {

    private static final String TEXT = "Frist for høringssvar: Ærø-færgens åbningstider (Økonomiudvalget, punkt 3)";
    private static final String SECRET = "a-test-secret-of-more-than-32-bytes-æøå";

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-13T07:00:00Z"), SchedulerSettings.COPENHAGEN);
    private final RecordingChat chat = new RecordingChat();
    private TestDatabases.FreshDatabase fresh;
    private Stores stores;
    private int port;
    private GreenMail smtp;
    private long followUp;

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = startSmtp();
        fresh = TestDatabases.fresh();
        stores = Stores.over(fresh.database(), clock, PreviewStore.DEFAULT_TTL);
        long meeting = ((Number) fresh.database().dsl().fetchValue("INSERT INTO meeting (body, meeting_date, source_name, content_hash,"
                + " ingested_at, ingested_by) VALUES ('Økonomiudvalget', '2024-04-13', 'test.md', md5(random()::text), now(), 'test') RETURNING id"))
                .longValue();
        followUp = ((Number) fresh.database().dsl().fetchValue("INSERT INTO follow_up (meeting_id, item_number, item_title, kind, due_date,"
                + " owner, evidence, status, created_at) VALUES (?, 3, 'Ærø-færgens åbningstider', 'deadline', '2024-05-13', 'Anna Jensen',"
                + " 'Frist for høringssvar', 'confirmed', now()) RETURNING id", meeting)).longValue();
    }

    private GreenMail startSmtp() {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    @AfterEach
    void stop() {
        smtp.stop();
        fresh.close();
    }

    private Contacts contacts(String... peopleLines) throws Exception {
        return new Contacts(stores.personContacts(), PeopleFile.parse(List.of(peopleLines)));
    }

    private EmailDelivery email(Contacts contacts, String user, String password) {
        SmtpSettings settings = new SmtpSettings("127.0.0.1", port, user, password, "referent@kommune.dk", false);
        return new EmailDelivery(settings, t -> contacts.of(t).map(Contacts.Reach::email),
                new ActionLinks(SECRET, "https://referent.example.dk", clock), clock);
    }

    private OutboxDispatcher outbox(ChatDelivery delivery) {
        return new OutboxDispatcher(fresh.database(), delivery, clock, SchedulerSettings.defaults("email-test"));
    }

    private void reminderDue() {
        stores.reminders().recordDue(new PlannedReminder(followUp, "deadline", LocalDate.of(2024, 5, 13), "day",
                clock.instant().atZone(SchedulerSettings.COPENHAGEN), "Anna Jensen", TEXT), clock.instant(), false);
    }

    private Object column(String column) {
        return fresh.database().dsl().fetchValue("SELECT " + column + " FROM reminder_delivery WHERE follow_up_id = ?", followUp);
    }

    @Test
    void aReminderForSomeoneWhoPrefersEmailArrivesOnceWithItsHeadersBothPartsAndTheLinks() throws Exception {
        Contacts contacts = contacts("Anna Jensen ; anna@kommune.dk ; email");
        OutboxDispatcher outbox = outbox(new EmailRouting(chat, email(contacts, null, null), contacts));
        reminderDue();
        assertEquals(1, outbox.dispatchOnce());
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        assertEquals(0, outbox.dispatchOnce());
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length, "once");
        assertEquals(List.of(), chat.sent, "not in chat as well");
        MimeMessage mail = received[0];
        assertEquals(new InternetAddress("referent@kommune.dk"), mail.getFrom()[0]);
        assertEquals(new InternetAddress("anna@kommune.dk"), mail.getAllRecipients()[0]);
        assertEquals("Påmindelse: " + TEXT, mail.getSubject());
        long row = ((Number) fresh.database().dsl().fetchValue("SELECT id FROM reminder_delivery WHERE follow_up_id = ?", followUp)).longValue();
        assertEquals("<referent-delivery-" + row + "@kommune.dk>", mail.getMessageID(), "a resend is recognisably the same mail");
        assertTrue(mail.getContentType().startsWith("multipart/alternative"), mail.getContentType());
        Multipart parts = (Multipart) mail.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).getContentType().matches("(?i)text/plain; charset=utf-8.*"), parts.getBodyPart(0).getContentType());
        assertTrue(parts.getBodyPart(1).getContentType().matches("(?i)text/html; charset=utf-8.*"), parts.getBodyPart(1).getContentType());
        String plain = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertTrue(plain.startsWith(TEXT), plain);
        assertTrue(html.contains("Ærø-færgens åbningstider (Økonomiudvalget, punkt 3)"), html);
        Matcher done = Pattern.compile("Udført: (https://referent\\.example\\.dk/act/(\\S+))").matcher(plain);
        assertTrue(done.find(), plain);
        assertTrue(plain.contains("Udsæt 1 uge: https://referent.example.dk/act/"), plain);
        assertTrue(html.contains("<a href=\"" + done.group(1) + "\">Udført</a>"), html);
        ActionLinks.Checked checked = new ActionLinks(SECRET, "https://referent.example.dk", clock).check(done.group(2));
        assertEquals(new ActionLinks.Checked.Valid(followUp, ActionLinks.Action.DONE), checked);
        assertEquals("sent", column("status"));
    }

    @Test
    void anSmtpOutageIsRetriedAndTheMailArrivesOnceWhenTheServerIsBack() throws Exception {
        Contacts contacts = contacts("Anna Jensen ; anna@kommune.dk ; email");
        OutboxDispatcher outbox = outbox(new EmailRouting(chat, email(contacts, null, null), contacts));
        reminderDue();
        smtp.stop();
        assertEquals(0, outbox.dispatchOnce(), "retrying, not settled");
        assertEquals("pending", column("status"));
        assertTrue(column("last_error").toString().startsWith("SMTP: "), column("last_error").toString());
        assertEquals("retry", fresh.database().dsl().fetchValue("SELECT outcome FROM delivery_attempt"));
        smtp = startSmtp();
        assertEquals(0, outbox.dispatchOnce(), "not before its backoff");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, outbox.dispatchOnce());
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        clock.advance(Duration.ofHours(1));
        assertEquals(0, outbox.dispatchOnce());
        assertEquals(1, smtp.getReceivedMessages().length, "exactly once");
        assertEquals("sent", column("status"));
        assertEquals(2, (Integer) column("attempts"));
    }

    @Test
    void aRefusedLoginFailsForGoodAndIsRecorded() throws Exception {
        smtp.setUser("referent@kommune.dk", "referent", "the-right-password");
        Contacts contacts = contacts("Anna Jensen ; anna@kommune.dk ; email");
        OutboxDispatcher outbox = outbox(new EmailRouting(chat, email(contacts, "referent", "a-wrong-password"), contacts));
        reminderDue();
        assertEquals(1, outbox.dispatchOnce());
        assertEquals("failed", column("status"));
        assertTrue(column("last_error").toString().contains("login"), column("last_error").toString());
        assertTrue(!column("last_error").toString().contains("password"), "no credential in what is recorded");
        assertEquals("failed", fresh.database().dsl().fetchValue("SELECT outcome FROM delivery_attempt"));
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void repliesAreSortedIntoTransientAndPermanent() throws Exception {
        InternetAddress anna = new InternetAddress("anna@kommune.dk");
        assertInstanceOf(DeliveryResult.Failed.class, EmailDelivery.outcome(new SMTPAddressFailedException(anna, "RCPT TO", 550, "no such user")));
        assertInstanceOf(DeliveryResult.Retry.class, EmailDelivery.outcome(new SMTPAddressFailedException(anna, "RCPT TO", 452, "mailbox full")));
        assertInstanceOf(DeliveryResult.Failed.class, EmailDelivery.outcome(new jakarta.mail.internet.AddressException("bad", "anna@")));
    }

    @Test
    void theDigestGoesByEmailWithoutLinksAndChatPeopleStayInChat() throws Exception {
        Contacts contacts = contacts("Anna Jensen ; anna@kommune.dk ; email", "Bo Holm ; bo@kommune.dk ; chat");
        EmailRouting routing = new EmailRouting(chat, email(contacts, null, null), contacts);
        String digest = "Ugens oversigt — de næste to uger:\n• mandag 13. maj: Ærø-færgens åbningstider (Økonomiudvalget, punkt 3)";
        assertInstanceOf(DeliveryResult.Sent.class, routing.sendMarked("Anna Jensen", digest, null, "referent-delivery-7"));
        assertInstanceOf(DeliveryResult.Sent.class, routing.sendMarked("Bo Holm", digest, null, "referent-delivery-8"));
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("Referent: Ugens oversigt — de næste to uger", mail.getSubject());
        // SMTP carries lines ended by CRLF
        String plain = ((String) ((Multipart) mail.getContent()).getBodyPart(0).getContent()).replace("\r\n", "\n");
        assertTrue(plain.startsWith(digest) && !plain.contains("/act/"), plain);
        assertEquals(List.of("Bo Holm: " + digest), chat.sent);
    }

    @Test
    void bothMeansChatAndEmailAndARetriedMailDoesNotRepeatTheChatMessage() throws Exception {
        stores.personContacts().setEmail("U0ANNA001", "anna@kommune.dk", "slack:U0ANNA001");
        stores.personContacts().setPreference("U0ANNA001", Preference.BOTH, "slack:U0ANNA001");
        Contacts contacts = contacts();
        EmailRouting routing = new EmailRouting(chat, email(contacts, null, null), contacts);
        smtp.stop();
        assertInstanceOf(DeliveryResult.Retry.class, routing.sendMarked("U0ANNA001", TEXT, followUp, "referent-delivery-9"));
        smtp = startSmtp();
        assertInstanceOf(DeliveryResult.Sent.class, routing.sendMarked("U0ANNA001", TEXT, followUp, "referent-delivery-9"));
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        assertEquals(1, smtp.getReceivedMessages().length);
        assertEquals(List.of("U0ANNA001: " + TEXT), chat.sent, "chat once");
    }

    /** A chat platform that records what it is sent. */
    static final class RecordingChat implements ChatDelivery {
        final List<String> sent = new CopyOnWriteArrayList<>();

        @Override
        public DeliveryResult send(String target, String text) {
            sent.add(target + ": " + text);
            return DeliveryResult.sent();
        }
    }
}
