package dk.referent.bot.platform.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.UsersSelectElement;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Conversation;
import dk.referent.bot.chat.DownloadException;
import dk.referent.bot.chat.LogText;
import dk.referent.bot.chat.PerUserQueue;
import dk.referent.bot.chat.Place;
import dk.referent.bot.chat.Reply;
import dk.referent.bot.chat.Speaker;
import dk.referent.persistence.InboundEvents;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Referent in Slack (Bolt for Java): {@code /referent <spørgsmål>}, a mention, or a direct message is said to the
 * conversation and its reply posted in the channel or thread, with its buttons as Block Kit. A file sent in a direct
 * message goes to the conversation (a referat or a meeting calendar). A button's effect replaces it on the message it
 * was on; a refusal is shown to the presser only. Reassign opens a dialog (a person, or a name). Every request is
 * acknowledged at once and handled after, in its user's line ({@link PerUserQueue}: a user with three waiting is told
 * to wait). A retried event (same event id) or a replayed interaction (same trigger id) is handled once by all
 * instances together: which were taken is kept in the database ({@link InboundEvents}).
 */
public final class SlackBot {

    private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);
    static final String COMMAND = "/referent";
    static final String HELP = "Spørg fx `/referent Hvad blev besluttet om sprogskolen?`, `/referent mine frister` eller `/referent hjælp`";
    static final String REASSIGN_VIEW = "referent_reassign";
    private static final long MAX_UPLOAD = 20L * 1024 * 1024;

    private final App app;
    private final Conversation conversation;
    private final SlackUserGroups groups;
    private final PerUserQueue work;
    private final InboundEvents inbound;
    private final HttpClient downloads = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * {@code groups}: the Slack user groups roles are configured by; {@code work}: where the conversation runs;
     * {@code inbound}: which requests any instance has taken.
     */
    public SlackBot(AppConfig config, Conversation conversation, SlackUserGroups groups, ExecutorService work, InboundEvents inbound) {
        this.conversation = conversation;
        this.groups = groups;
        this.work = new PerUserQueue(work);
        this.inbound = inbound;
        this.app = new App(config);
        app.command(COMMAND, (req, ctx) -> {
            String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip();
            if (text.isEmpty()) {
                return ctx.ack(HELP);
            }
            if (!firstTime("slack-command", req.getPayload().getTriggerId())) {
                return ctx.ack();
            }
            String channel = req.getPayload().getChannelId();
            String user = req.getPayload().getUserId();
            MethodsClient client = ctx.client();
            if (!this.work.offer(user, () -> post(client, channel, null, conversation.said(speaker(user), place(channel), text)))) {
                return ctx.ack(conversation.busy(new Speaker("slack", user), text).text());
            }
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent e = payload.getEvent();
            if (e != null && firstTime("slack-event", payload.getEventId())) {
                MethodsClient client = ctx.client();
                String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
                String text = SlackText.withoutMentions(e.getText());
                later(client, e.getUser(), e.getChannel(), thread, text,
                        () -> post(client, e.getChannel(), thread, conversation.said(speaker(e.getUser()), place(e.getChannel()), text)));
            }
            return ctx.ack();
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent e = payload.getEvent();
            // direct messages from people only: not the bot's own posts, not edits or joins
            if (e != null && "im".equals(e.getChannelType()) && e.getBotId() == null && e.getSubtype() == null
                    && firstTime("slack-event", payload.getEventId())) {
                MethodsClient client = ctx.client();
                later(client, e.getUser(), e.getChannel(), null, e.getText(),
                        () -> post(client, e.getChannel(), null, conversation.said(speaker(e.getUser()), place(e.getChannel()), e.getText())));
            }
            return ctx.ack();
        });
        app.event(MessageFileShareEvent.class, (payload, ctx) -> {
            var e = payload.getEvent();
            if (e != null && "im".equals(e.getChannelType()) && e.getFiles() != null && !e.getFiles().isEmpty()
                    && firstTime("slack-event", payload.getEventId())) {
                MethodsClient client = ctx.client();
                String token = ctx.getBotToken();
                com.slack.api.model.File file = e.getFiles().get(0);
                later(client, e.getUser(), e.getChannel(), null, e.getText(), () -> post(client, e.getChannel(), null, conversation.sent(speaker(e.getUser()), place(e.getChannel()),
                        file.getName(), () -> download(file, token), e.getText() == null ? "" : e.getText())));
            }
            return ctx.ack();
        });
        app.blockAction(Pattern.compile("referent_.+"), (req, ctx) -> {
            var payload = req.getPayload();
            if (!firstTime("slack-action", payload.getTriggerId())) {
                return ctx.ack();
            }
            String user = payload.getUser().getId();
            String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
            com.slack.api.model.Message message = payload.getMessage();
            MethodsClient client = ctx.client();
            for (var action : payload.getActions()) {
                Button.Action what = Button.Action.ofId(action.getActionId()).orElse(null);
                if (what == Button.Action.REASSIGN) {
                    openReassign(client, payload.getTriggerId(), action.getValue(), channel, message == null ? null : message.getTs());
                } else if (what != null) {
                    String value = action.getValue();
                    later(client, user, channel, null, "", () -> answerButton(client, user, channel, message, what, value));
                }
            }
            return ctx.ack();
        });
        app.viewSubmission(REASSIGN_VIEW, (req, ctx) -> {
            var payload = req.getPayload();
            Map<String, Map<String, ViewState.Value>> values = payload.getView().getState().getValues();
            String person = value(values, "assignee", "user", ViewState.Value::getSelectedUser);
            String name = value(values, "name", "name", ViewState.Value::getValue);
            String to = person != null ? person : name;
            if (to == null || to.isBlank()) {
                return ctx.ackWithErrors(Map.of("assignee", "Vælg en person, eller skriv et navn nedenfor."));
            }
            if (!firstTime("slack-view", payload.getTriggerId())) {
                return ctx.ack();
            }
            String[] meta = payload.getView().getPrivateMetadata().split("\\|", -1);
            String user = payload.getUser().getId();
            MethodsClient client = ctx.client();
            String channel = meta.length > 1 && !meta[1].isEmpty() ? meta[1] : user;
            later(client, user, channel, null, to, () -> {
                Reply reply = conversation.reassign(speaker(user), place(channel), Long.parseLong(meta[0]), to.strip());
                post(client, channel, meta.length > 2 && !meta[2].isEmpty() ? meta[2] : null, reply);
            });
            return ctx.ack();
        });
    }

    public App app() {
        return app;
    }

    private Speaker speaker(String user) {
        return new Speaker("slack", user, groups.of(user));
    }

    /** Slack's direct-message channels have ids beginning with D. */
    private static Place place(String channel) {
        return new Place("slack", channel, channel != null && channel.startsWith("D"));
    }

    /**
     * Whether no instance has taken this request yet. When the database cannot tell, the request is answered: a
     * possible second answer is better than none, and the conversation will say what failed.
     */
    private boolean firstTime(String source, String id) {
        if (id == null || id.isEmpty()) {
            return true;
        }
        try {
            return inbound.firstTime(source, id);
        } catch (RuntimeException e) {
            LOG.warn("could not tell whether Slack request {} {} is new: {}", source, LogText.safe(id), LogText.safe(e));
            return true;
        }
    }

    /** Hands {@code task} to the answering threads in {@code user}'s line; a user with too many waiting is told to wait. */
    private void later(MethodsClient client, String user, String channel, String thread, String text, Runnable task) {
        if (!work.offer(user, task)) {
            post(client, channel == null ? user : channel, thread, conversation.busy(new Speaker("slack", user), text));
        }
    }

    /** A button's reply: on success it replaces the button on its message; a refusal or failure is shown to the presser only. */
    private void answerButton(MethodsClient client, String user, String channel, com.slack.api.model.Message message,
                              Button.Action what, String value) {
        Reply reply = conversation.pressed(speaker(user), place(channel), what, value);
        try {
            if (reply.acted() && message != null && channel != null) {
                List<LayoutBlock> blocks = withoutButtons(message.getBlocks(), what.onFollowUp() ? value : null);
                blocks.add(ContextBlock.builder().elements(List.of(MarkdownTextObject.builder()
                        .text(SlackText.escape(reply.text())).build())).build());
                client.chatUpdate(r -> r.channel(channel).ts(message.getTs()).text(message.getText()).blocks(blocks));
            } else if (channel != null && !place(channel).direct()) {
                client.chatPostEphemeral(r -> r.channel(channel).user(user).text(SlackText.escape(reply.text())).blocks(blocks(reply)));
            } else {
                post(client, channel == null ? user : channel, null, reply);
            }
        } catch (Exception e) {
            LOG.warn("could not answer a button in Slack: {}", e.toString());
        }
    }

    /** The message's blocks without the buttons of follow-up {@code followUp} (all buttons when null). */
    private static List<LayoutBlock> withoutButtons(List<LayoutBlock> blocks, String followUp) {
        List<LayoutBlock> out = new ArrayList<>();
        for (LayoutBlock b : blocks == null ? List.<LayoutBlock>of() : blocks) {
            boolean drop = b instanceof ActionsBlock a && (followUp == null || a.getElements().stream()
                    .anyMatch(el -> el instanceof ButtonElement button && followUp.equals(button.getValue())));
            if (!drop) {
                out.add(b);
            }
        }
        return out;
    }

    /** The reassign dialog: a Slack user, or a name (a team, a role); carries the follow-up, channel and thread. */
    private static void openReassign(MethodsClient client, String trigger, String followUp, String channel, String thread) {
        View view = View.builder().type("modal").callbackId(REASSIGN_VIEW)
                .privateMetadata(followUp + "|" + (channel == null ? "" : channel) + "|" + (thread == null ? "" : thread))
                .title(ViewTitle.builder().type("plain_text").text("Overdrag #" + followUp).build())
                .submit(ViewSubmit.builder().type("plain_text").text("Overdrag").build())
                .close(ViewClose.builder().type("plain_text").text("Annullér").build())
                .blocks(List.of(
                        InputBlock.builder().blockId("assignee").optional(true)
                                .label(PlainTextObject.builder().text("Til en person").build())
                                .element(UsersSelectElement.builder().actionId("user").build()).build(),
                        InputBlock.builder().blockId("name").optional(true)
                                .label(PlainTextObject.builder().text("… eller et team eller en rolle").build())
                                .element(PlainTextInputElement.builder().actionId("name").maxLength(200).build()).build()))
                .build();
        try {
            var response = client.viewsOpen(r -> r.triggerId(trigger).view(view));
            if (!response.isOk()) {
                LOG.warn("Slack did not open the reassign dialog: {}", response.getError());
            }
        } catch (Exception e) {
            LOG.warn("could not open the reassign dialog: {}", e.toString());
        }
    }

    private static String value(Map<String, Map<String, ViewState.Value>> values, String block, String action,
                                java.util.function.Function<ViewState.Value, String> read) {
        ViewState.Value v = values == null || values.get(block) == null ? null : values.get(block).get(action);
        return v == null ? null : read.apply(v);
    }

    /** A file from Slack, with the bot token (files are private); at most 20 MB. */
    private byte[] download(com.slack.api.model.File file, String token) throws IOException {
        if (file.getSize() != null && file.getSize() > MAX_UPLOAD) {
            throw new DownloadException("den er over 20 MB — det er ikke et referat, Referent kan læse");
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(file.getUrlPrivateDownload()))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build();
            HttpResponse<byte[]> response = downloads.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new DownloadException("Slack svarede HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DownloadException("Slack gav ingen adresse at hente den fra");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadException("afbrudt");
        }
    }

    /** Posts a reply (escaped, in sections, with its buttons). */
    private static void post(MethodsClient client, String channel, String thread, Reply reply) {
        if (channel == null) {
            return;
        }
        try {
            var response = client.chatPostMessage(r -> r.channel(channel).threadTs(thread).text(SlackText.escape(reply.text()))
                    .blocks(blocks(reply)).unfurlLinks(false).unfurlMedia(false));
            if (!response.isOk()) {
                LOG.warn("Slack did not take the reply in {}: {}", channel, response.getError());
            }
        } catch (Exception e) {
            LOG.warn("could not post in Slack: {}", e.toString());
        }
    }

    /**
     * A reply as Block Kit: its text in sections of at most 3,000 characters with the citation as context after the
     * decision, then a row of buttons per follow-up.
     */
    static List<LayoutBlock> blocks(Reply reply) {
        List<String> around = reply.aroundCitation();
        List<LayoutBlock> out = new ArrayList<>(sections(around.get(0)));
        if (reply.citation() != null) {
            out.add(ContextBlock.builder().elements(List.of(MarkdownTextObject.builder().text(SlackText.escape(reply.citation())).build())).build());
        }
        out.addAll(sections(around.get(1)));
        boolean several = reply.followUps().size() > 1;
        for (String followUp : reply.followUps()) {
            out.add(actions(reply.buttons().stream().filter(b -> b.action().onFollowUp() && b.value().equals(followUp)).toList(), several));
        }
        List<Button> others = reply.buttons().stream().filter(b -> !b.action().onFollowUp()).toList();
        if (!others.isEmpty()) {
            out.add(actions(others, false));
        }
        return out;
    }

    private static List<LayoutBlock> sections(String text) {
        List<LayoutBlock> out = new ArrayList<>();
        for (String piece : SlackText.split(SlackText.escape(text), SlackText.SECTION_LIMIT)) {
            if (!piece.isBlank()) {
                out.add(SectionBlock.builder().text(MarkdownTextObject.builder().text(piece).build()).build());
            }
        }
        return out;
    }

    private static LayoutBlock actions(List<Button> buttons, boolean nameFollowUp) {
        List<BlockElement> elements = new ArrayList<>();
        for (Button b : buttons) {
            String style = switch (b.action()) {
                case DONE, PUBLISH -> "primary";
                case DISCARD -> "danger";
                default -> null;
            };
            elements.add(ButtonElement.builder().actionId(b.action().id()).value(b.value().isEmpty() ? "-" : b.value()).style(style)
                    .text(PlainTextObject.builder().text(b.label(nameFollowUp)).build()).build());
        }
        return ActionsBlock.builder().elements(elements).build();
    }
}
