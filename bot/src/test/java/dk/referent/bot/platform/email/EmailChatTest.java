package dk.referent.bot.platform.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.bot.Stores;
import dk.referent.bot.chat.Place;
import dk.referent.bot.chat.Roles;
import dk.referent.bot.chat.Speaker;
import dk.referent.bot.intake.ReferatFiles;
import dk.referent.bot.runtime.Services;
import dk.referent.minutes.followup.FollowUpExtractor;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.persistence.MutableClock;
import dk.referent.persistence.PersonContacts.Preference;
import dk.referent.persistence.PreviewStore;
import dk.referent.persistence.TestDatabases;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.ReminderScheduler;
import dk.referent.scheduler.SchedulerSettings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person's own e-mail choices in chat (stored, winning over the people file), and the e-mails' action links
 * acting once through the follow-up decisions.
 */
class EmailChatTest {

    private static final Speaker ANNA = new Speaker("slack", "U0ANNA001");
    private static final Place ANNAS_DM = new Place("slack", "D0ANNA001", true);
    private static final String SECRET = "0123456789abcdef0123456789abcdef-chat";

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-13T07:00:00Z"), SchedulerSettings.COPENHAGEN);
    private TestDatabases.FreshDatabase fresh;
    private Stores stores;
    private ReminderScheduler scheduler;
    private Services services;

    @BeforeEach
    void referent() throws Exception {
        fresh = TestDatabases.fresh();
        stores = Stores.over(fresh.database(), clock, PreviewStore.DEFAULT_TTL);
        SchedulerSettings settings = SchedulerSettings.defaults("email-chat-test");
        scheduler = new ReminderScheduler(stores.database().dataSource(), stores.reminders(), clock, settings);
        DanishTemporalParser temporal = new DanishTemporalParser();
        services = Services.create(stores, scheduler, settings, (target, text) -> DeliveryResult.sent(),
                new Services.Readers(new ReferatFiles(new ReferatParser(), new FollowUpExtractor(temporal)),
                        new QuestionParser(QuestionParser.loadGlossary(), temporal), temporal),
                new Services.Settings("slack", "C0DECIDE1", new Roles(Set.of("U0SECRET1"), Set.of()), Set.of(), "https://referent.example.dk"));
    }

    @AfterEach
    void stop() throws Exception {
        scheduler.close();
        fresh.close();
    }

    private String said(String line) {
        return services.conversation().said(ANNA, ANNAS_DM, line).text();
    }

    @Test
    void aPersonSetsTheirAddressAndWhereRemindersGoAndThatWinsOverThePeopleFile() throws Exception {
        Contacts contacts = new Contacts(stores.personContacts(), PeopleFile.parse(List.of("U0ANNA001 ; anna.old@kommune.dk ; chat")));
        assertEquals(Optional.of(new Contacts.Reach("anna.old@kommune.dk", Preference.CHAT)), contacts.of("U0ANNA001"));

        assertTrue(said("min e-mail anna@").contains("ikke en gyldig e-mail-adresse"));
        assertEquals(Optional.empty(), stores.personContacts().of("U0ANNA001"));

        String set = said("min e-mail anna.jensen@kommune.dk");
        assertTrue(set.contains("anna.jensen@kommune.dk") && set.contains("påmindelser på e-mail"), set);
        assertEquals(Optional.of(new Contacts.Reach("anna.jensen@kommune.dk", Preference.CHAT)), contacts.of("U0ANNA001"),
                "her address, the file's preference");

        assertTrue(said("påmindelser på e-mail").contains("på e-mail"));
        assertEquals(Preference.EMAIL, contacts.of("U0ANNA001").orElseThrow().prefers());
        assertTrue(said("Påmindelser i chat og på e-mail").contains("både i chatten og på e-mail"));
        assertEquals(Preference.BOTH, contacts.of("U0ANNA001").orElseThrow().prefers());
        assertTrue(said("påmindelser i chatten").contains("i chatten"));
        assertEquals(Preference.CHAT, contacts.of("U0ANNA001").orElseThrow().prefers());
        assertTrue(!said("påmindelser").contains("kommer nu"), "»påmindelser« alone still lists the reminders");
        assertEquals(3, ((Number) fresh.database().dsl().fetchValue(
                "SELECT count(*) FROM audit_log WHERE action = 'contact.prefers' AND actor = 'slack:U0ANNA001'")).intValue(), "audited");
    }

    private long aFollowUp() {
        long meeting = ((Number) fresh.database().dsl().fetchValue("INSERT INTO meeting (body, meeting_date, source_name, content_hash,"
                + " ingested_at, ingested_by) VALUES ('Økonomiudvalget', '2024-04-13', 'test.md', md5(random()::text), now(), 'test') RETURNING id"))
                .longValue();
        return ((Number) fresh.database().dsl().fetchValue("INSERT INTO follow_up (meeting_id, item_number, item_title, kind, due_date,"
                + " owner, evidence, status, created_at) VALUES (?, 3, 'Høring', 'deadline', '2024-06-13', 'U0ANNA001',"
                + " 'Frist for høringssvar', 'confirmed', now()) RETURNING id", meeting)).longValue();
    }

    private String status(long id) {
        return fresh.database().dsl().fetchValue("SELECT status FROM follow_up WHERE id = ?", id).toString();
    }

    @Test
    void aValidDoneLinkClosesTheFollowUpOnceAndIsRefusedTheSecondTime() {
        long id = aFollowUp();
        ActionLinks links = new ActionLinks(SECRET, "https://referent.example.dk", clock);
        EmailActions actions = EmailSetup.actions(java.util.Map.of("REFERENT_LINK_SECRET", SECRET, "REFERENT_PUBLIC_URL", "https://referent.example.dk"),
                stores, services.decisions(), clock).orElseThrow();
        String link = links.link(id, ActionLinks.Action.DONE);
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertEquals("Opfølgning #" + id + " er markeret som udført. Der kommer ingen flere påmindelser om den.", actions.act(token));
        assertEquals("done", status(id));
        assertEquals("Linket er allerede brugt.", actions.act(token));
        assertEquals(1, ((Number) fresh.database().dsl().fetchValue("SELECT count(*) FROM used_action_link")).intValue());
        assertTrue(!fresh.database().dsl().fetchValue("SELECT token_hash FROM used_action_link").toString().contains(token), "stored hashed");
    }

    @Test
    void aSnoozeLinkSnoozesAndTamperedOrExpiredLinksDoNothing() {
        long id = aFollowUp();
        ActionLinks links = new ActionLinks(SECRET, "https://referent.example.dk", clock);
        EmailActions actions = new EmailActions(links, stores.personContacts(), services.decisions(), clock);
        String snooze = links.link(id, ActionLinks.Action.SNOOZE_WEEK);
        String done = links.link(id, ActionLinks.Action.DONE);
        String tampered = done.substring(done.lastIndexOf('/') + 1).replaceFirst("^" + id + "\\.", (id + 1) + ".");
        assertEquals("Linket er ugyldigt.", actions.act(tampered));
        assertEquals("Opfølgning #" + id + " er udsat til 20/5.", actions.act(snooze.substring(snooze.lastIndexOf('/') + 1)));
        assertEquals("2024-05-20", fresh.database().dsl().fetchValue("SELECT snoozed_until FROM follow_up WHERE id = ?", id).toString());
        clock.advance(ActionLinks.VALID_FOR);
        assertTrue(actions.act(done.substring(done.lastIndexOf('/') + 1)).startsWith("Linket er udløbet."));
        assertEquals("confirmed", status(id));
    }

    @Test
    void theOutboxGoesThroughEmailRoutingOnlyWhenSmtpIsConfigured() {
        dk.referent.scheduler.ChatDelivery platform = (target, text) -> DeliveryResult.sent();
        assertTrue(EmailSetup.around(java.util.Map.of(), stores, clock).apply(platform) == platform);
        assertTrue(EmailSetup.around(java.util.Map.of("REFERENT_SMTP_URL", "smtp://127.0.0.1:2525", "REFERENT_SMTP_FROM", "referent@kommune.dk"),
                stores, clock).apply(platform) instanceof EmailRouting);
        assertEquals(Optional.empty(), EmailSetup.actions(java.util.Map.of("REFERENT_PUBLIC_URL", "https://referent.example.dk"), stores,
                services.decisions(), clock), "no links without a secret");
    }

    @Test
    void aLinkOpenedFromOutlookAsksFirstAndActsOnlyOnTheButtonsPost() throws Exception {
        long id = aFollowUp();
        ActionLinks links = new ActionLinks(SECRET, "https://referent.example.dk", clock);
        EmailActions actions = new EmailActions(links, stores.personContacts(), services.decisions(), clock);
        String link = links.link(id, ActionLinks.Action.DONE);
        String path = link.substring("https://referent.example.dk".length());
        try (dk.referent.bot.runtime.WebServer server = dk.referent.bot.runtime.WebServer.start(0,
                java.util.Map.of(EmailActionRoute.PATHS, new EmailActionRoute(actions)))) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.URI uri = java.net.URI.create("http://127.0.0.1:" + server.port() + path);
            var opened = http.send(java.net.http.HttpRequest.newBuilder(uri).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, opened.statusCode());
            assertTrue(opened.body().contains("<form method=\"post\">"), opened.body());
            assertEquals("confirmed", status(id), "a scanner's GET changes nothing");

            var pressed = http.send(java.net.http.HttpRequest.newBuilder(uri).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            var again = http.send(java.net.http.HttpRequest.newBuilder(uri).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());

            assertTrue(pressed.body().contains("er markeret som udført"), pressed.body());
            assertEquals("done", status(id));
            assertTrue(again.body().contains("Linket er allerede brugt."), again.body());
        }
    }
}
