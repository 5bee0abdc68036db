package dk.referent.bot.platform.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dk.referent.persistence.TeamsConversations;
import dk.referent.persistence.TestDatabases;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.plan.PlannedReminder;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Reminders and publications into Teams through the stand-in's Connector: where they go, and what is retried. */
class TeamsDeliveryTest {

    private static final String FOLLOW_UP = "19:followup0001@thread.tacv2";
    private static final String DECISIONS = "19:decisions0001@thread.tacv2";
    private static final String STRANGER = "0a0b0c0d-1111-2222-3333-444455556666";

    private final Clock clock = Clock.fixed(TeamsBotTest.NOW, ZoneOffset.UTC);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private ch.qos.logback.classic.Logger root;
    private Level rootLevel;
    private MockMicrosoft microsoft;
    private TestDatabases.FreshDatabase fresh;
    private TeamsConversations references;
    private TeamsDelivery delivery;

    @BeforeEach
    void start() throws Exception {
        root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        // everything, at the most verbose level (the HTTP client's own debug included): the app token must not be in it
        root.setLevel(Level.ALL);
        logged.start();
        root.addAppender(logged);
        microsoft = new MockMicrosoft();
        fresh = TestDatabases.fresh();
        references = new TeamsConversations(fresh.database(), clock);
        HttpClient http = HttpClient.newHttpClient();
        delivery = new TeamsDelivery(new TeamsConnector(microsoft.tokenUrl(), MockMicrosoft.APP_ID, "app-password", http, clock),
                references, FOLLOW_UP, "http://127.0.0.1:1/unused/");
        references.remember(new TeamsConversations.Reference(TeamsBotTest.PERSONAL, microsoft.serviceUrl(), "tenant-1", TeamsBotTest.USER, true));
    }

    @AfterEach
    void stop() {
        root.detachAppender(logged);
        root.setLevel(rootLevel);
        microsoft.close();
        fresh.close();
    }

    private String text(int post) {
        return TeamsBotTest.texts(TeamsBotTest.card(microsoft.posts().get(post))).get(0);
    }

    @Test
    void aReminderGoesToThePersonsOwnChatWithItsButtons() {
        assertEquals(DeliveryResult.sent(), delivery.sendReminder(TeamsBotTest.USER, "Frist i dag: Sprogskolen", 17));
        MockMicrosoft.Call post = microsoft.posts().get(0);
        assertEquals("/v3/conversations/a%3A1personalChatWithAnna/activities", post.path());
        assertEquals("Frist i dag: Sprogskolen", text(0));
        JsonNode done = TeamsBotTest.card(post).path("body").path(1).path("actions").path(0);
        assertEquals("Action.Submit", done.path("type").asText());
        assertEquals("referent_done", done.path("data").path("action").asText());
        assertEquals("17", done.path("data").path("id").asText());
    }

    @Test
    void someoneWithoutAChatIsNamedInTheFollowUpChannelWhichSaysWhy() {
        assertEquals(DeliveryResult.sent(), delivery.sendReminder(STRANGER, "Frist i dag: Kantinen", 18));
        assertEquals("/v3/conversations/19%3Afollowup0001%40thread.tacv2/activities", microsoft.posts().get(0).path());
        assertTrue(text(0).startsWith(TeamsCards.escape("Til " + STRANGER + " (har ikke skrevet med Referent i Teams endnu")), text(0));
        delivery.sendReminder("Økonomiafdelingen", "Frist i dag: Budget", 19);
        assertEquals("Til Økonomiafdelingen: Frist i dag: Budget", text(1));
        delivery.sendReminder(PlannedReminder.FOLLOW_UP_CHANNEL, "Frist i dag: Uden ejer", 20);
        assertEquals("Frist i dag: Uden ejer", text(2));
    }

    @Test
    void besideSlackWithSlacksFollowUpChannelSomeoneWithoutAChatIsAFailureWithItsReasonNotAPostToAForeignId() {
        TeamsDelivery besideSlack = new TeamsDelivery(new TeamsConnector(microsoft.tokenUrl(), MockMicrosoft.APP_ID, "app-password",
                HttpClient.newHttpClient(), clock), references, "C0FOLLOW1", microsoft.serviceUrl());
        DeliveryResult result = besideSlack.sendReminder(STRANGER, "Frist i dag: Kantinen", 18);
        assertTrue(result instanceof DeliveryResult.Failed f && f.reason().contains("not a Teams channel"), result.toString());
        assertTrue(microsoft.posts().isEmpty());
        assertEquals(DeliveryResult.sent(), besideSlack.sendReminder(TeamsBotTest.USER, "Frist i dag: Budget", 19));
    }

    @Test
    void theDecisionsChannelIsPostedToByItsId() {
        assertEquals(DeliveryResult.sent(), delivery.send(DECISIONS, "Direktionen har besluttet"));
        assertEquals("/v3/conversations/19%3Adecisions0001%40thread.tacv2/activities", microsoft.posts().get(0).path());
    }

    @Test
    void rateLimitsAndTheConnectorsFailuresAreRetriedAfterRetryAfter() {
        microsoft.failNext(429, "7");
        microsoft.failNext(500, null);
        microsoft.failNext(403, null);
        assertEquals(DeliveryResult.retry(Duration.ofSeconds(7), "HTTP 429"), delivery.send(TeamsBotTest.USER, "a"));
        assertEquals(DeliveryResult.retry(Duration.ZERO, "HTTP 500"), delivery.send(TeamsBotTest.USER, "b"));
        assertEquals(DeliveryResult.failed("HTTP 403"), delivery.send(TeamsBotTest.USER, "c"));
        assertEquals(DeliveryResult.sent(), delivery.send(TeamsBotTest.USER, "d"));
    }

    @Test
    void theAppTokenIsFetchedOnceUsedAndNeverLogged() {
        microsoft.failNext(500, null);
        delivery.send(TeamsBotTest.USER, "a");
        delivery.send(TeamsBotTest.USER, "b");
        assertEquals(1, microsoft.tokenRequests.size());
        assertTrue(microsoft.tokenRequests.get(0).contains("grant_type=client_credentials"), microsoft.tokenRequests.get(0));
        assertTrue(microsoft.tokenRequests.get(0).contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default"));
        assertTrue(microsoft.authorizations.stream().allMatch(("Bearer " + MockMicrosoft.APP_TOKEN)::equals));
        for (ILoggingEvent e : logged.list) {
            String line = e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()));
            assertFalse(line.contains(MockMicrosoft.APP_TOKEN) || line.contains("app-password"), line);
        }
    }

    @Test
    void beforeTeamsHasBeenHeardFromTheGlobalServiceUrlIsUsed() throws Exception {
        try (TestDatabases.FreshDatabase empty = TestDatabases.fresh()) {
            TeamsDelivery unheard = new TeamsDelivery(new TeamsConnector(microsoft.tokenUrl(), MockMicrosoft.APP_ID, "app-password",
                    HttpClient.newHttpClient(), clock), new TeamsConversations(empty.database(), clock), FOLLOW_UP, microsoft.serviceUrl());
            assertEquals(DeliveryResult.sent(), unheard.send(DECISIONS, "x"));
            assertEquals("/v3/conversations/19%3Adecisions0001%40thread.tacv2/activities", microsoft.posts().get(0).path());
        }
    }
}
