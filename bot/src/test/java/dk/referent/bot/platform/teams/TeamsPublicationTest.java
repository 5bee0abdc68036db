package dk.referent.bot.platform.teams;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.referent.bot.chat.Roles;
import dk.referent.bot.intake.SecretariatFlowTest;
import dk.referent.bot.runtime.RunningServices;
import dk.referent.bot.runtime.Services;
import dk.referent.persistence.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The secretariat in Teams, with Referent's real conversation, intake and outbox: a referat file sent in a 1:1 chat
 * is previewed as a card, »Bekræft og offentliggør« stores it (the card updated), and the decisions arrive in the
 * decisions channel once — after the Connector answered 429.
 */
class TeamsPublicationTest {

    private static final String SECRETARY = "5e5e5e5e-0000-4000-8000-00000000a001";
    private static final String PERSONAL = "a:1personalChatWithTheSecretariat";
    private static final String DECISIONS = "19:decisions0001@thread.tacv2";

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-13T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private final ObjectMapper json = new ObjectMapper();
    private TeamsEndpoint endpoint;
    private MockMicrosoft microsoft;
    private RunningServices running;

    @BeforeEach
    void referentInTeams() throws Exception {
        endpoint = new TeamsEndpoint(clock);
        microsoft = endpoint.microsoft;
        running = new RunningServices(clock, "teams-publication-test",
                stores -> new TeamsDelivery(endpoint.connector, stores.teamsConversations(), "19:followup0001@thread.tacv2", microsoft.serviceUrl()),
                new Services.Settings(TeamsBot.PLATFORM, DECISIONS, new Roles(Set.of(SECRETARY), Set.of()), Set.of()));
        microsoft.files.put("referat.md", SecretariatFlowTest.REFERAT.getBytes(StandardCharsets.UTF_8));
        endpoint.over(running.services.conversation(), running.stores.teamsConversations());
    }

    @AfterEach
    void stop() throws Exception {
        endpoint.close();
        running.close();
    }

    private ObjectNode fromTheSecretariat(String id) {
        ObjectNode a = json.createObjectNode().put("type", "message").put("id", id).put("serviceUrl", microsoft.serviceUrl());
        a.putObject("from").put("id", "29:1secretary").put("aadObjectId", SECRETARY);
        a.putObject("recipient").put("id", "28:" + MockMicrosoft.APP_ID);
        a.putObject("conversation").put("id", PERSONAL).put("conversationType", "personal");
        return a;
    }

    private int post(JsonNode activity) throws Exception {
        return endpoint.signed(activity).statusCode();
    }

    private List<MockMicrosoft.Call> postsTo(String conversation) {
        String path = "/v3/conversations/" + java.net.URLEncoder.encode(conversation, StandardCharsets.UTF_8) + "/activities";
        return microsoft.posts().stream().filter(p -> p.path().equals(path)).toList();
    }

    @Test
    void aReferatSentInTeamsIsPreviewedConfirmedAndItsDecisionsPublishedOnce() throws Exception {
        ObjectNode file = fromTheSecretariat("f1");
        file.putArray("attachments").addObject().put("contentType", TeamsBot.FILE).put("name", "Referat Direktionen 2024-05-13.md")
                .putObject("content").put("downloadUrl", microsoft.fileUrl("referat.md"));
        assertEquals(202, post(file));
        await().atMost(20, TimeUnit.SECONDS).until(() -> postsTo(PERSONAL).size() == 1);
        String preview = postsTo(PERSONAL).get(0).body().toString();
        assertTrue(preview.contains("referent_publish") && preview.contains("referent_discard"), preview);

        // the decisions are sent as soon as they are stored: the Connector refuses that first one
        microsoft.failNext(429, "30");
        ObjectNode publish = fromTheSecretariat("f2").put("replyToId", "activity-1");
        publish.putObject("value").put("action", "referent_publish").put("id", "");
        assertEquals(202, post(publish));
        await().atMost(20, TimeUnit.SECONDS).until(() -> microsoft.updates().size() == 1);
        assertTrue(TeamsBotTest.texts(TeamsBotTest.card(microsoft.updates().get(0))).stream().anyMatch(t -> t.startsWith("Gemt")),
                microsoft.updates().get(0).body().toString());

        running.services.publications().dispatchOnce();
        assertEquals(1, postsTo(DECISIONS).size(), "not before its Retry-After");
        clock.advance(Duration.ofMinutes(1));
        running.services.publications().dispatchOnce();
        running.services.publications().dispatchOnce();
        List<MockMicrosoft.Call> decisions = postsTo(DECISIONS);
        assertEquals(2, decisions.size(), "refused once (429), then taken once");
        assertTrue(TeamsBotTest.texts(TeamsBotTest.card(decisions.get(1))).get(0).startsWith("Beslutninger fra Direktionen, 13. maj 2024"),
                decisions.get(1).body().toString());
    }
}
