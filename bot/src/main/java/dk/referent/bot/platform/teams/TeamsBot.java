package dk.referent.bot.platform.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Conversation;
import dk.referent.bot.chat.DownloadException;
import dk.referent.bot.chat.Place;
import dk.referent.bot.chat.Reply;
import dk.referent.bot.chat.Speaker;
import dk.referent.persistence.TeamsConversations;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Referent in Teams: authenticated activities ({@link TeamsActivities}) become the conversation's. A message in a
 * personal chat, or one that mentions Referent in a channel (the mention taken out), is said; a card's
 * {@code Action.Submit} (a message with a {@code value}) is pressed — its card is then updated, a refusal goes to the
 * presser alone where there is a channel; a file in a personal chat is sent. Every activity refreshes the
 * conversation's reference, so reminders and publications can be posted there later.
 */
public final class TeamsBot {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsBot.class);
    public static final String PLATFORM = "teams";
    static final String FILE = "application/vnd.microsoft.teams.file.download.info";
    private static final long MAX_UPLOAD = 20L * 1024 * 1024;
    private static final Pattern AT = Pattern.compile("<at>(.*?)</at>", Pattern.DOTALL);

    private final Conversation conversation;
    private final TeamsConversations references;
    private final TeamsConnector connector;
    private final HttpClient downloads;
    /** The cards Referent posted, by activity id: a pressed button's card is drawn again without it. */
    private final Cache<String, Reply> cards = Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(14)).maximumSize(20_000).build();
    /** Activities already handled: the Bot Framework delivers again what was not acknowledged in time. */
    private final Cache<String, Boolean> seen = Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1)).maximumSize(10_000).build();

    public TeamsBot(Conversation conversation, TeamsConversations references, TeamsConnector connector, HttpClient downloads) {
        this.conversation = conversation;
        this.references = references;
        this.connector = connector;
        this.downloads = downloads;
    }

    /** One authenticated activity. */
    public void handle(JsonNode activity) {
        String id = activity.path("id").asText("");
        if (!id.isEmpty() && seen.asMap().putIfAbsent(activity.path("conversation").path("id").asText() + "|" + id, Boolean.TRUE) != null) {
            return;
        }
        remember(activity);
        switch (activity.path("type").asText()) {
            case "message" -> message(activity);
            case "invoke" -> invoke(activity);
            default -> {
                // conversationUpdate, installationUpdate: the reference is all Referent needs from them
            }
        }
    }

    private void remember(JsonNode activity) {
        JsonNode conversationNode = activity.path("conversation");
        String serviceUrl = activity.path("serviceUrl").asText("");
        String conversationId = conversationNode.path("id").asText("");
        if (serviceUrl.isEmpty() || conversationId.isEmpty()) {
            return;
        }
        boolean personal = personal(activity);
        String tenant = conversationNode.path("tenantId").asText(activity.path("channelData").path("tenant").path("id").asText(null));
        String user = personal ? userOf(activity) : null;
        try {
            references.remember(new TeamsConversations.Reference(channelOf(conversationId), serviceUrl, tenant, user, personal));
        } catch (RuntimeException e) {
            LOG.warn("a Teams conversation reference could not be stored: {}", e.toString());
        }
    }

    private static boolean personal(JsonNode activity) {
        return "personal".equals(activity.path("conversation").path("conversationType").asText("personal"));
    }

    /** The person's Entra ID object id (what roles are configured by), else their Teams id. */
    private static String userOf(JsonNode activity) {
        JsonNode from = activity.path("from");
        return from.path("aadObjectId").asText(from.path("id").asText(null));
    }

    /** A channel conversation's id without the thread's message id: "19:…@thread.tacv2;messageid=17…" → "19:…@thread.tacv2". */
    static String channelOf(String conversationId) {
        int semicolon = conversationId.indexOf(';');
        return semicolon < 0 ? conversationId : conversationId.substring(0, semicolon);
    }

    private static Speaker speaker(JsonNode activity) {
        return new Speaker(PLATFORM, userOf(activity));
    }

    private static Place place(JsonNode activity) {
        return new Place(PLATFORM, channelOf(activity.path("conversation").path("id").asText()), personal(activity));
    }

    private void message(JsonNode activity) {
        JsonNode value = activity.path("value");
        if (value.isObject() && value.has("action")) {
            pressed(activity, value);
            return;
        }
        boolean personal = personal(activity);
        if (personal) {
            for (JsonNode attachment : activity.path("attachments")) {
                if (FILE.equals(attachment.path("contentType").asText())) {
                    String name = attachment.path("name").asText("referat");
                    JsonNode content = attachment.path("content");
                    reply(activity, conversation.sent(speaker(activity), place(activity), name, () -> download(content), text(activity)));
                    return;
                }
            }
        } else if (!mentionsReferent(activity)) {
            return;
        }
        String text = text(activity);
        if (!text.isEmpty()) {
            reply(activity, conversation.said(speaker(activity), place(activity), text));
        }
    }

    /** Universal Actions ({@code Action.Execute}) arrive as an invoke; their data is the same as a submit's. */
    private void invoke(JsonNode activity) {
        JsonNode data = activity.path("value").path("action").path("data");
        if (data.isObject() && data.has("action")) {
            pressed(activity, data);
        }
    }

    /** In a channel Teams only sends what mentions the bot; said so explicitly, so nothing else is answered. */
    private static boolean mentionsReferent(JsonNode activity) {
        String bot = activity.path("recipient").path("id").asText("");
        for (JsonNode entity : activity.path("entities")) {
            if ("mention".equals(entity.path("type").asText()) && bot.equals(entity.path("mentioned").path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The message's text with Referent's mention taken out and any other mention left as the name it shows. */
    static String text(JsonNode activity) {
        String text = activity.path("text").asText("");
        String bot = activity.path("recipient").path("id").asText("");
        for (JsonNode entity : activity.path("entities")) {
            if ("mention".equals(entity.path("type").asText()) && bot.equals(entity.path("mentioned").path("id").asText())) {
                text = text.replace(entity.path("text").asText("\u0000"), " ");
            }
        }
        return AT.matcher(text).replaceAll("$1").replace("&nbsp;", " ").strip();
    }

    private void pressed(JsonNode activity, JsonNode data) {
        Optional<Button.Action> action = Button.Action.ofId(data.path("action").asText());
        if (action.isEmpty()) {
            return;
        }
        Button.Action what = action.get();
        String value = data.path("id").asText("");
        Reply reply;
        if (what == Button.Action.REASSIGN) {
            String to = data.path(TeamsCards.TO).asText("").strip();
            if (to.isEmpty() || !value.matches("\\d{1,18}")) {
                privately(activity, Reply.of("Skriv, hvem opfølgningen skal overdrages til."));
                return;
            }
            reply = conversation.reassign(speaker(activity), place(activity), Long.parseLong(value), to);
        } else {
            reply = conversation.pressed(speaker(activity), place(activity), what, value);
        }
        String card = activity.path("replyToId").asText("");
        if (!reply.acted() || card.isEmpty()) {
            privately(activity, reply);
            return;
        }
        Reply before = cards.getIfPresent(card);
        ObjectNode updated = before == null ? TeamsCards.message(Reply.of(reply.text()))
                : TeamsCards.message(TeamsCards.without(before, what, value), reply.text());
        try {
            TeamsConnector.Result result = connector.update(activity.path("serviceUrl").asText(), activity.path("conversation").path("id").asText(),
                    card, updated);
            if (!result.ok()) {
                LOG.warn("Teams did not update the card: HTTP {}", result.status());
            }
        } catch (IOException e) {
            LOG.warn("could not update a card in Teams: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A reply for the presser alone: their 1:1 chat, where Referent has one; else where they pressed. */
    private void privately(JsonNode activity, Reply reply) {
        if (!personal(activity)) {
            Optional<TeamsConversations.Reference> own = references.personal(userOf(activity));
            if (own.isPresent()) {
                post(own.get().serviceUrl(), own.get().conversationId(), TeamsCards.message(reply), reply);
                return;
            }
        }
        reply(activity, reply);
    }

    /** Answers in the activity's conversation (in a channel, in its thread). */
    private void reply(JsonNode activity, Reply reply) {
        ObjectNode message = TeamsCards.message(reply);
        if (activity.hasNonNull("id")) {
            message.put("replyToId", activity.path("id").asText());
        }
        post(activity.path("serviceUrl").asText(), activity.path("conversation").path("id").asText(), message, reply);
    }

    private void post(String serviceUrl, String conversationId, ObjectNode message, Reply reply) {
        try {
            TeamsConnector.Result result = connector.send(serviceUrl, conversationId, message);
            if (result.ok() && result.activityId() != null) {
                cards.put(result.activityId(), reply);
            } else if (!result.ok()) {
                LOG.warn("Teams did not take the reply: HTTP {}", result.status());
            }
        } catch (IOException e) {
            LOG.warn("could not post in Teams: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A file from the secretariat's 1:1 chat: Teams gives a short-lived download link; at most 20 MB. */
    private byte[] download(JsonNode content) throws IOException {
        String url = content.path("downloadUrl").asText("");
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new DownloadException("Teams gav ingen adresse at hente den fra");
        }
        try {
            HttpResponse<java.io.InputStream> response = downloads.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new DownloadException("Teams svarede HTTP " + response.statusCode());
                }
                byte[] bytes = in.readNBytes((int) MAX_UPLOAD + 1);
                if (bytes.length > MAX_UPLOAD) {
                    throw new DownloadException("den er over 20 MB — det er ikke et referat, Referent kan læse");
                }
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            throw new DownloadException("Teams gav ingen gyldig adresse at hente den fra");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadException("afbrudt");
        }
    }
}
