package dk.referent.bot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Referent in Slack (Bolt for Java): {@code /referent <spørgsmål>}, a mention, or a direct message gets the answer
 * in the channel or thread. Every request is acknowledged at once and answered after; a retried event (same
 * event id) is answered once. Answers are never authorised for closed items' content: Slack channels are not
 * marked confidential (yet).
 */
public final class SlackBot {

    private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);
    static final String COMMAND = "/referent";
    static final String HELP = "Spørg fx `/referent Hvad blev besluttet om sprogskolen?` eller `/referent hvilke frister har vi i juni?`";

    private final App app;
    private final java.util.function.BiFunction<String, String, String> answers;
    private final ExecutorService work;
    private final Cache<String, Boolean> seenEvents = Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1)).maximumSize(10_000).build();

    static final String DONE = "referent_done";
    static final String PUBLISH = "referent_publish";
    static final String DISCARD = "referent_discard";
    private static final long MAX_UPLOAD = 20L * 1024 * 1024;
    private final java.net.http.HttpClient downloads = java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    static final String SNOOZE_DAY = "referent_snooze_day";
    static final String SNOOZE_WEEK = "referent_snooze_week";

    /**
     * {@code answers}: the answer to (asking Slack user, question) as Referent writes it (plain text) — "mine frister"
     * are the asker's; {@code actions}: what a reminder's
     * buttons do; {@code work}: where answering runs; {@code clock}: what "a day" and "a week" start from.
     */
    public SlackBot(AppConfig config, java.util.function.BiFunction<String, String, String> answers, ReminderActions actions,
                    SecretariatDesk desk,
                    java.time.Clock clock, ExecutorService work) {
        this.answers = answers;
        this.work = work;
        this.app = new App(config);
        app.event(com.slack.api.model.event.MessageFileShareEvent.class, (payload, ctx) -> {
            var e = payload.getEvent();
            if (e != null && "im".equals(e.getChannelType()) && e.getFiles() != null && !e.getFiles().isEmpty()
                    && firstTime(payload.getEventId())) {
                MethodsClient client = ctx.client();
                String token = ctx.getBotToken();
                work.submit(() -> upload(client, token, desk, e.getUser(), e.getChannel(), e.getFiles().get(0)));
            }
            return ctx.ack();
        });
        app.blockAction(java.util.regex.Pattern.compile("referent_(?:publish|discard)"), (req, ctx) -> {
            var payload = req.getPayload();
            String user = payload.getUser().getId();
            String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
            String thread = payload.getContainer() == null ? null : payload.getContainer().getMessageTs();
            MethodsClient client = ctx.client();
            boolean publish = payload.getActions().stream().anyMatch(a -> a.getActionId().equals(PUBLISH));
            work.submit(() -> {
                String reply;
                try {
                    reply = !desk.mayPublish(user) ? desk.refuse("slack:" + user, publish ? "publish" : "discard")
                            : publish ? desk.confirm("slack:" + user) : desk.discard("slack:" + user);
                } catch (Exception ex) {
                    LOG.warn("publishing from Slack failed: {}", ex.toString());
                    reply = "Det lykkedes ikke: " + ex.getMessage();
                }
                say(client, channel, thread, reply, List.of());
            });
            return ctx.ack();
        });
        app.blockAction(java.util.regex.Pattern.compile("referent_(?:done|snooze_day|snooze_week)"), (req, ctx) -> {
            var payload = req.getPayload();
            String user = payload.getUser().getId();
            String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
            String thread = payload.getContainer() == null ? null : payload.getContainer().getMessageTs();
            MethodsClient client = ctx.client();
            for (var action : payload.getActions()) {
                long id = Long.parseLong(action.getValue());
                work.submit(() -> {
                    String reply;
                    try {
                        java.time.LocalDate today = java.time.LocalDate.now(clock);
                        reply = switch (action.getActionId()) {
                            case DONE -> actions.done(id, "slack:" + user);
                            case SNOOZE_DAY -> actions.snooze(id, today.plusDays(1), "slack:" + user);
                            default -> actions.snooze(id, today.plusWeeks(1), "slack:" + user);
                        };
                    } catch (Exception e) {
                        LOG.warn("a reminder button failed: {}", e.toString());
                        reply = "Det lykkedes ikke: " + e.getMessage();
                    }
                    say(client, channel, thread, reply, List.of());
                });
            }
            return ctx.ack();
        });
        app.command(COMMAND, (req, ctx) -> {
            String question = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
            if (question.isEmpty()) {
                return ctx.ack(HELP);
            }
            String channel = req.getPayload().getChannelId();
            MethodsClient client = ctx.client();
            String user = req.getPayload().getUserId();
            work.submit(() -> post(client, channel, null, user, question));
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            if (firstTime(payload.getEventId())) {
                AppMentionEvent e = payload.getEvent();
                if (e != null) {
                    MethodsClient client = ctx.client();
                    String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
                    work.submit(() -> post(client, e.getChannel(), thread, e.getUser(), SlackText.withoutMentions(e.getText())));
                }
            }
            return ctx.ack();
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent e = payload.getEvent();
            // direct messages from people only: not the bot's own posts, not edits or joins
            if (e != null && "im".equals(e.getChannelType()) && e.getBotId() == null && e.getSubtype() == null
                    && firstTime(payload.getEventId())) {
                MethodsClient client = ctx.client();
                work.submit(() -> post(client, e.getChannel(), null, e.getUser(), e.getText()));
            }
            return ctx.ack();
        });
    }

    public App app() {
        return app;
    }

    private boolean firstTime(String eventId) {
        return eventId == null || seenEvents.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
    }

    private void post(MethodsClient client, String channel, String thread, String user, String question) {
        try {
            String answer = question == null || question.isBlank() ? HELP : answers.apply(user, question);
            var response = client.chatPostMessage(r -> r.channel(channel).threadTs(thread).text(SlackText.escape(answer))
                    .blocks(blocks(answer)).unfurlLinks(false).unfurlMedia(false));
            if (!response.isOk()) {
                LOG.warn("Slack did not take the answer in {}: {}", channel, response.getError());
            }
        } catch (Exception e) {
            LOG.warn("answering in Slack failed: {}", e.toString());
        }
    }

    /**
     * A referat sent to Referent in a direct message: the secretariat gets the preview with Confirm / Discard; anyone
     * else is refused (and the refusal audited).
     */
    private void upload(MethodsClient client, String token, SecretariatDesk desk, String user, String channel,
                        com.slack.api.model.File file) {
        if (!desk.mayPublish(user)) {
            say(client, channel, null, desk.refuse("slack:" + user, "upload " + file.getName()), List.of());
            return;
        }
        if (file.getSize() != null && file.getSize() > MAX_UPLOAD) {
            say(client, channel, null, file.getName() + " er over 20 MB — det er ikke et referat, Referent kan læse.", List.of());
            return;
        }
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(file.getUrlPrivateDownload()))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build();
            var response = downloads.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                say(client, channel, null, "Filen " + file.getName() + " kunne ikke hentes fra Slack (HTTP " + response.statusCode() + ").", List.of());
                return;
            }
            String preview = desk.preview(file.getName(), response.body(), "slack:" + user);
            List<LayoutBlock> buttons = preview.startsWith("Forhåndsvisning") ? List.of(com.slack.api.model.block.ActionsBlock.builder()
                    .elements(List.of(button(PUBLISH, "Bekræft og offentliggør", "publish", "primary"), button(DISCARD, "Kassér", "discard", "danger")))
                    .build()) : List.of();
            say(client, channel, null, preview, buttons);
        } catch (java.io.IOException | IllegalArgumentException e) {
            say(client, channel, null, "Filen " + file.getName() + " kunne ikke hentes fra Slack: " + e.getMessage(), List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Posts {@code text} (escaped, in sections) with {@code extra} blocks after it. */
    private static void say(MethodsClient client, String channel, String thread, String text, List<LayoutBlock> extra) {
        if (channel == null) {
            return;
        }
        List<LayoutBlock> blocks = new ArrayList<>(blocks(text));
        blocks.addAll(extra);
        try {
            client.chatPostMessage(r -> r.channel(channel).threadTs(thread).text(SlackText.escape(text)).blocks(blocks));
        } catch (Exception e) {
            LOG.warn("could not post in Slack: {}", e.toString());
        }
    }

    /** Done / snooze a day / snooze a week, carrying the follow-up's id. */
    static LayoutBlock reminderButtons(long followUpId) {
        String id = String.valueOf(followUpId);
        return com.slack.api.model.block.ActionsBlock.builder().elements(List.of(
                button(DONE, "Udført", id, "primary"), button(SNOOZE_DAY, "Udsæt 1 dag", id, null),
                button(SNOOZE_WEEK, "Udsæt 1 uge", id, null))).build();
    }

    private static com.slack.api.model.block.element.ButtonElement button(String action, String label, String value, String style) {
        return com.slack.api.model.block.element.ButtonElement.builder().actionId(action).value(value).style(style)
                .text(com.slack.api.model.block.composition.PlainTextObject.builder().text(label).build()).build();
    }

    /** The answer as section blocks of at most 3,000 characters each, escaped. */
    static List<LayoutBlock> blocks(String answer) {
        List<LayoutBlock> out = new ArrayList<>();
        for (String piece : SlackText.split(SlackText.escape(answer), SlackText.SECTION_LIMIT)) {
            out.add(SectionBlock.builder().text(MarkdownTextObject.builder().text(piece).build()).build());
        }
        return out;
    }
}
