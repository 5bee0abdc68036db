package dk.referent.bot.platform.teams;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Reply;
import dk.referent.bot.platform.slack.RecordingConversation;
import dk.referent.persistence.TeamsConversations;
import dk.referent.persistence.TestDatabases;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Referent's Teams endpoint, running: activities signed as the Bot Framework signs them (real RS256 JWTs, keys from a
 * local stand-in's OpenID metadata and JWKS) are answered through the stand-in's Connector with Adaptive Cards; a
 * request that breaks any of Microsoft's rules gets 401 and reaches nothing.
 */
class TeamsBotTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final String USER = "6f1c2e0a-4b7d-4c8e-9a1b-2c3d4e5f6a7b";
    static final String PERSONAL = "a:1personalChatWithAnna";
    static final String CHANNEL = "19:general0123@thread.tacv2";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ObjectMapper json = new ObjectMapper();
    private final RecordingConversation conversation = new RecordingConversation();
    private TeamsEndpoint endpoint;
    private MockMicrosoft microsoft;
    private TestDatabases.FreshDatabase fresh;
    private TeamsConversations references;

    @BeforeEach
    void start() throws Exception {
        fresh = TestDatabases.fresh();
        references = new TeamsConversations(fresh.database(), clock);
        conversation.replies = question -> new Reply("Godkendt: " + question + "\nDirektionen, 29. april 2024, punkt 1", List.of(), false,
                "Direktionen, 29. april 2024, punkt 1");
        endpoint = new TeamsEndpoint(clock).over(conversation, references);
        microsoft = endpoint.microsoft;
    }

    @AfterEach
    void stop() throws Exception {
        endpoint.close();
        fresh.close();
    }

    /** A message activity from Anna in her 1:1 chat with Referent. */
    ObjectNode personalMessage(String id, String text) {
        ObjectNode a = json.createObjectNode().put("type", "message").put("id", id).put("channelId", "msteams")
                .put("serviceUrl", microsoft.serviceUrl()).put("text", text);
        a.putObject("from").put("id", "29:1anna").put("aadObjectId", USER).put("name", "Anna");
        a.putObject("recipient").put("id", "28:" + MockMicrosoft.APP_ID).put("name", "Referent");
        a.putObject("conversation").put("id", PERSONAL).put("conversationType", "personal").put("tenantId", "tenant-1");
        return a;
    }

    /** A message in a channel's thread that mentions Referent when {@code mention}. */
    ObjectNode channelMessage(String id, String text, boolean mention) {
        ObjectNode a = personalMessage(id, text);
        ((ObjectNode) a.path("conversation")).put("id", CHANNEL + ";messageid=1700000000001").put("conversationType", "channel");
        if (mention) {
            ObjectNode m = a.putArray("entities").addObject().put("type", "mention").put("text", "<at>Referent</at>");
            m.putObject("mentioned").put("id", "28:" + MockMicrosoft.APP_ID).put("name", "Referent");
        }
        return a;
    }

    HttpResponse<String> post(JsonNode activity, String authorization) throws Exception {
        return endpoint.post(activity, authorization);
    }

    HttpResponse<String> signed(JsonNode activity) throws Exception {
        return endpoint.signed(activity);
    }

    static JsonNode card(MockMicrosoft.Call call) {
        JsonNode attachment = call.body().path("attachments").path(0);
        assertEquals(TeamsCards.CARD, attachment.path("contentType").asText(), call.body().toString());
        return attachment.path("content");
    }

    static List<String> texts(JsonNode card) {
        List<String> out = new java.util.ArrayList<>();
        card.path("body").forEach(b -> {
            if (b.path("type").asText().equals("TextBlock")) {
                out.add(b.path("text").asText());
            }
        });
        return out;
    }

    @Test
    void aQuestionInPersonalChatIsAnsweredWithACardAndTheChatIsRemembered() throws Exception {
        assertEquals(202, signed(personalMessage("m1", "Hvad blev besluttet om sprogskolen?")).statusCode());
        await().atMost(10, TimeUnit.SECONDS).until(() -> microsoft.posts().size() == 1);
        assertEquals(List.of("said teams:" + USER + " in teams:" + PERSONAL + " (direct): Hvad blev besluttet om sprogskolen?"), conversation.heard);
        MockMicrosoft.Call reply = microsoft.posts().get(0);
        assertEquals("/v3/conversations/a%3A1personalChatWithAnna/activities", reply.path());
        assertEquals("m1", reply.body().path("replyToId").asText());
        JsonNode card = card(reply);
        assertEquals("AdaptiveCard", card.path("type").asText());
        assertTrue(texts(card).get(0).startsWith("Godkendt: Hvad blev besluttet om sprogskolen?"), texts(card).toString());
        JsonNode citation = card.path("body").path(1);
        assertTrue(citation.path("isSubtle").asBoolean() && citation.path("text").asText().startsWith("Direktionen, 29. april 2024"),
                citation.toString());
        assertEquals("Bearer " + MockMicrosoft.APP_TOKEN, microsoft.authorizations.get(0));
        TeamsConversations.Reference stored = references.personal(USER).orElseThrow();
        assertEquals(new TeamsConversations.Reference(PERSONAL, microsoft.serviceUrl(), "tenant-1", USER, true), stored);
    }

    @Test
    void aMentionInAChannelIsAnsweredInItsThreadWithoutTheMention() throws Exception {
        assertEquals(202, signed(channelMessage("c0", "Hvad med kantinen?", false)).statusCode());
        assertEquals(202, signed(channelMessage("c1", "<at>Referent</at> Hvad blev besluttet om kantinen?", true)).statusCode());
        await().atMost(10, TimeUnit.SECONDS).until(() -> microsoft.posts().size() == 1);
        assertEquals(List.of("said teams:" + USER + " in teams:" + CHANNEL + ": Hvad blev besluttet om kantinen?"), conversation.heard);
        assertTrue(microsoft.posts().get(0).path().startsWith("/v3/conversations/19%3Ageneral0123%40thread.tacv2%3Bmessageid%3D1700000000001/"),
                microsoft.posts().get(0).path());
        assertEquals(false, references.conversation(CHANNEL).orElseThrow().personal());
    }

    @Test
    void textFromTheMinutesNeverBecomesMarkupOrAMention() throws Exception {
        conversation.replies = q -> Reply.of("**Vigtigt** <at>Alle</at> [se her](https://example.org) _x_ {{DATE(2024-05-13T10:00:00Z)}}"
                + "\n1. Godkendt den 29. april (sag 24-001234)\n- Høring");
        signed(personalMessage("m2", "sprogskolen"));
        await().atMost(10, TimeUnit.SECONDS).until(() -> microsoft.posts().size() == 1);
        List<String> texts = texts(card(microsoft.posts().get(0)));
        assertEquals("\\*\\*Vigtigt\\*\\* \\<at\\>Alle\\</at\\> \\[se her\\](https://example.org) \\_x\\_ \\{\\{DATE(2024-05-13T10:00:00Z)\\}\\}",
                texts.get(0));
        assertEquals("1\\. Godkendt den 29. april (sag 24-001234)", texts.get(1), "a list's marker only at the start of a line");
        assertEquals("\\- Høring", texts.get(2));
        assertFalse(microsoft.posts().get(0).body().has("entities"));
    }

    @Test
    void aPressedButtonUpdatesItsCard() throws Exception {
        conversation.replies = q -> new Reply("Dine frister:\n#17 Sprogskolen\n#18 Kantinen",
                java.util.stream.Stream.concat(Button.reminder(17).stream(), Button.reminder(18).stream()).toList());
        signed(personalMessage("m3", "mine frister"));
        await().atMost(10, TimeUnit.SECONDS).until(() -> microsoft.posts().size() == 1);
        JsonNode done = card(microsoft.posts().get(0)).path("body").path(3).path("actions").path(0);
        assertEquals("Action.Submit", done.path("type").asText());
        assertEquals("Udført #17", done.path("title").asText());

        ObjectNode press = personalMessage("m4", null).put("replyToId", "activity-1");
        press.remove("text");
        press.set("value", done.path("data"));
        assertEquals(202, signed(press).statusCode());
        await().atMost(10, TimeUnit.SECONDS).until(() -> microsoft.updates().size() == 1);
        assertTrue(conversation.heard.contains("pressed DONE 17 by teams:" + USER + " in teams:" + PERSONAL + " (direct)"), conversation.heard.toString());
        MockMicrosoft.Call update = microsoft.updates().get(0);
        assertEquals("/v3/conversations/a%3A1personalChatWithAnna/activities/activity-1", update.path());
        String updated = update.body().toString();
        assertFalse(updated.contains("\"id\":\"17\""), updated);
        assertTrue(updated.contains("\"id\":\"18\""), updated);
        assertTrue(texts(card(update)).contains("Opfølgning er ændret."), updated);
    }

    @Test
    void overdragAsksForWhomInTheCardAndReassigns() throws Exception {
        conversation.replies = q -> new Reply("Frist i dag: Sprogskolen", Button.reminder(17));
        signed(personalMessage("r1", "mine frister"));
        await().atMost(10, TimeUnit.SECONDS).until(() -> microsoft.posts().size() == 1);
        JsonNode reassign = card(microsoft.posts().get(0)).path("body").path(1).path("actions").path(3);
        assertEquals("Action.ShowCard", reassign.path("type").asText());
        assertEquals("Input.Text", reassign.path("card").path("body").path(0).path("type").asText());
        ObjectNode data = reassign.path("card").path("actions").path(0).path("data").deepCopy();
        data.put(TeamsCards.TO, " Team Ejendomme ");

        ObjectNode press = personalMessage("r2", null).put("replyToId", "activity-1");
        press.set("value", data);
        signed(press);
        await().atMost(10, TimeUnit.SECONDS).until(() -> microsoft.updates().size() == 1);
        assertEquals("reassign 17 to Team Ejendomme by teams:" + USER + " in teams:" + PERSONAL + " (direct)", conversation.heard.get(1));
    }

    @Test
    void anInvokeFromAUniversalActionIsPressedAndAnsweredAsAnInvoke() throws Exception {
        ObjectNode invoke = personalMessage("v1", null).put("type", "invoke").put("name", "adaptiveCard/action").put("replyToId", "activity-9");
        invoke.putObject("value").putObject("action").put("type", "Action.Execute").putObject("data").put("action", "referent_snooze_week")
                .put("id", "17");
        HttpResponse<String> response = signed(invoke);
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":200}", response.body());
        await().atMost(10, TimeUnit.SECONDS).until(() -> microsoft.updates().size() == 1);
        assertEquals(List.of("pressed SNOOZE_WEEK 17 by teams:" + USER + " in teams:" + PERSONAL + " (direct)"), conversation.heard);
    }

    @Test
    void theSecretariatsFileIsFetchedAndPreviewed() throws Exception {
        conversation.fetchFor = USER;
        microsoft.files.put("direktionen.txt", "Direktionen 29. april 2024".getBytes(StandardCharsets.UTF_8));
        ObjectNode file = personalMessage("m5", "");
        ObjectNode attachment = file.putArray("attachments").addObject().put("contentType", TeamsBot.FILE).put("name", "direktionen.txt");
        attachment.putObject("content").put("downloadUrl", microsoft.fileUrl("direktionen.txt")).put("fileType", "txt");
        assertEquals(202, signed(file).statusCode());
        await().atMost(10, TimeUnit.SECONDS).until(() -> microsoft.posts().size() == 1);
        assertEquals(List.of("file direktionen.txt from teams:" + USER + " in teams:" + PERSONAL + " (direct): Direktionen 29. april 2024 []"),
                conversation.heard);
        assertTrue(microsoft.posts().get(0).body().toString().contains("referent_publish"));
    }

    @Test
    void anInstallationIsRemembered() throws Exception {
        ObjectNode installed = channelMessage("i1", null, false).put("type", "installationUpdate").put("action", "add");
        ((ObjectNode) installed.path("conversation")).put("id", CHANNEL);
        assertEquals(202, signed(installed).statusCode());
        await().atMost(10, TimeUnit.SECONDS).until(() -> references.conversation(CHANNEL).isPresent());
        assertTrue(conversation.heard.isEmpty());
    }

    private void refused(String authorization) throws Exception {
        assertEquals(401, post(personalMessage("x1", "Hvad blev besluttet om sprogskolen?"), authorization).statusCode());
        // refused before anything is handed on: nothing heard, nothing remembered, nothing posted
        assertTrue(conversation.heard.isEmpty());
        assertTrue(references.personal(USER).isEmpty());
        assertTrue(microsoft.calls.isEmpty());
    }

    private String token(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return MockMicrosoft.bearer(key, microsoft.serviceUrl(), NOW, change);
    }

    @Test
    void noTokenIsRefused() throws Exception {
        refused(null);
    }

    @Test
    void anotherIssuerIsRefused() throws Exception {
        refused(token(microsoft.teamsKey, c -> c.issuer("https://sts.windows.net/tenant-1/")));
    }

    @Test
    void anotherAudienceIsRefused() throws Exception {
        refused(token(microsoft.teamsKey, c -> c.audience("another-app")));
    }

    @Test
    void anExpiredTokenIsRefusedBeyondTheSkew() throws Exception {
        refused(token(microsoft.teamsKey, c -> c.expirationTime(Date.from(NOW.minusSeconds(301)))));
    }

    @Test
    void aTokenWithinTheSkewIsTaken() throws Exception {
        assertEquals(202, post(personalMessage("s1", "sprogskolen"), token(microsoft.teamsKey,
                c -> c.expirationTime(Date.from(NOW.minusSeconds(299))).notBeforeTime(Date.from(NOW.plusSeconds(299))))).statusCode());
    }

    @Test
    void anUnknownKeyIsRefused() throws Exception {
        refused(token(microsoft.unpublishedKey, UnaryOperator.identity()));
    }

    @Test
    void aKeyNotEndorsedForTeamsIsRefused() throws Exception {
        refused(token(microsoft.otherChannelKey, UnaryOperator.identity()));
    }

    @Test
    void aTokenForAnotherServiceUrlIsRefused() throws Exception {
        refused(token(microsoft.teamsKey, c -> c.claim("serviceurl", "https://smba.attacker.example/")));
    }

    @Test
    void theServiceUrlClaimIsTakenInEitherSpellingButMustAlwaysAgree() throws Exception {
        assertEquals(202, post(personalMessage("u1", "sprogskolen"), token(microsoft.teamsKey,
                c -> c.claim("serviceurl", null).claim("serviceUrl", microsoft.serviceUrl()))).statusCode());
        assertEquals(401, post(personalMessage("u2", "sprogskolen"), token(microsoft.teamsKey,
                c -> c.claim("serviceUrl", "https://smba.attacker.example/"))).statusCode());
        assertEquals(401, post(personalMessage("u3", "sprogskolen"), token(microsoft.teamsKey, c -> c.claim("serviceurl", null))).statusCode());
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String good = token(microsoft.teamsKey, UnaryOperator.identity());
        String[] parts = good.substring(7).split("\\.");
        String otherClaims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                MockMicrosoft.claims(microsoft.serviceUrl(), NOW).audience(List.of(MockMicrosoft.APP_ID, "x")).build().toString()
                        .getBytes(StandardCharsets.UTF_8));
        refused("Bearer " + parts[0] + "." + otherClaims + "." + parts[2]);
    }
}
