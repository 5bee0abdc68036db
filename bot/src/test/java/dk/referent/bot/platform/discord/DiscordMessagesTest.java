package dk.referent.bot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.bot.chat.Button.Action;
import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.components.ActionRow;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.utils.data.SerializableData;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/** Replies drawn as Discord messages: pieces, rows of buttons, custom ids, and no mention allowed anywhere. */
class DiscordMessagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(SerializableData data) throws Exception {
        return JSON.readTree(data.toData().toString());
    }

    /** The answer to a question with follow-ups 41 and 42, as the conversation gives it. */
    static Reply twoFollowUps(String text) {
        List<Button> buttons = new ArrayList<>();
        for (String id : List.of("41", "42")) {
            buttons.addAll(List.of(new Button(Action.DONE, id), new Button(Action.SNOOZE_WEEK, id), new Button(Action.REASSIGN, id)));
        }
        return new Reply(text, buttons);
    }

    static List<String> ids(ActionRow row) {
        return row.getButtons().stream().map(net.dv8tion.jda.api.interactions.components.buttons.Button::getId).toList();
    }

    /**
     * The whole message as sent to Discord: minutes' broadcasts and mentions are shown as text but ping no one (an
     * empty {@code parse} with no {@code users} or {@code roles} lists); flags 4 suppresses link previews.
     */
    @Test
    void minutesTextWithBroadcastsAndMentionsIsSentWithNoMentionAllowed() throws Exception {
        List<MessageCreateData> messages = DiscordMessages.of("@everyone <@&123> <@456> *Godkendt* @here");

        assertEquals(1, messages.size());
        assertEquals(JSON.readTree("""
                {
                  "content": "@everyone <@&123> <@456> *Godkendt* @here",
                  "embeds": [],
                  "components": [],
                  "poll": null,
                  "tts": false,
                  "flags": 4,
                  "allowed_mentions": {"parse": [], "replied_user": false}
                }
                """), json(messages.get(0)));
    }

    @Test
    void twoFollowUpsAreTwoRowsWhoseButtonsNameTheirFollowUp() {
        List<ActionRow> rows = DiscordMessages.rows(twoFollowUps("Svar"));

        assertEquals(2, rows.size());
        assertEquals(List.of("referent_done:41", "referent_snooze_week:41", "referent_reassign:41"), ids(rows.get(0)));
        assertEquals(List.of("referent_done:42", "referent_snooze_week:42", "referent_reassign:42"), ids(rows.get(1)));
        assertEquals(List.of("Udført #42", "Udsæt 1 uge #42", "Overdrag #42"),
                rows.get(1).getButtons().stream().map(net.dv8tion.jda.api.interactions.components.buttons.Button::getLabel).toList());
        assertEquals(List.of(ButtonStyle.SUCCESS, ButtonStyle.SECONDARY, ButtonStyle.SECONDARY),
                rows.get(0).getButtons().stream().map(net.dv8tion.jda.api.interactions.components.buttons.Button::getStyle).toList());
    }

    @Test
    void oneFollowUpsButtonsDoNotNameIt() {
        List<ActionRow> rows = DiscordMessages.rows(new Reply("Påmindelse", Button.reminder(7)));

        assertEquals(1, rows.size());
        assertEquals(List.of("Udført", "Udsæt 1 dag", "Udsæt 1 uge", "Overdrag"),
                rows.get(0).getButtons().stream().map(net.dv8tion.jda.api.interactions.components.buttons.Button::getLabel).toList());
    }

    @Test
    void aPreviewsButtonsAreOneRowWithPublishAsSuccessAndDiscardAsDanger() {
        Reply preview = new Reply("Forhåndsvisning", List.of(new Button(Action.PUBLISH, ""), new Button(Action.EDIT, ""),
                new Button(Action.DISCARD, "")));

        List<ActionRow> rows = DiscordMessages.rows(preview);

        assertEquals(1, rows.size());
        assertEquals(List.of("referent_publish:", "referent_edit:", "referent_discard:"), ids(rows.get(0)));
        assertEquals(List.of(ButtonStyle.SUCCESS, ButtonStyle.SECONDARY, ButtonStyle.DANGER),
                rows.get(0).getButtons().stream().map(net.dv8tion.jda.api.interactions.components.buttons.Button::getStyle).toList());
    }

    @Test
    void neverMoreRowsThanDiscordTakes() {
        List<Button> buttons = new ArrayList<>();
        for (int id = 1; id <= 7; id++) {
            buttons.addAll(Button.reminder(id));
        }
        assertEquals(DiscordMessages.MAX_ROWS, DiscordMessages.rows(new Reply("Mange", buttons)).size());
    }

    /** The component message as sent: its rows of buttons, and still no mention allowed. */
    @Test
    void aMessageWithButtonsAllowsNoMentions() throws Exception {
        JsonNode sent = json(DiscordMessages.of(new Reply("@everyone Frist i morgen", Button.reminder(7))).get(0));

        assertEquals(JSON.readTree("{\"parse\":[],\"replied_user\":false}"), sent.get("allowed_mentions"));
        JsonNode row = sent.get("components").get(0);
        assertEquals(1, row.get("type").asInt());
        assertEquals(JSON.readTree("""
                {"type": 2, "style": 3, "label": "Udført", "custom_id": "referent_done:7", "disabled": false}
                """), row.get("components").get(0));
    }

    @Test
    void theButtonsOfALongAnswerAreUnderItsLastPiece() {
        String text = "Punkt med en lang tekst om beslutningen.\n".repeat(120);

        List<MessageCreateData> messages = DiscordMessages.of(twoFollowUps(text));

        assertTrue(messages.size() > 1);
        assertTrue(messages.subList(0, messages.size() - 1).stream().allMatch(m -> m.getComponents().isEmpty()));
        assertEquals(2, messages.get(messages.size() - 1).getComponents().size());
    }

    @Test
    void aLongAnswerIsSplitUnderDiscordsLimitWithNothingLost() {
        StringBuilder answer = new StringBuilder();
        for (int line = 1; answer.length() < 5000; line++) {
            answer.append("Punkt ").append(line).append(": Godkendt med de ændringer, der fremgik af mødet.\n");
        }
        String text = answer.toString().strip();

        List<MessageCreateData> messages = DiscordMessages.of(text);

        assertTrue(messages.size() >= 3, "pieces: " + messages.size());
        assertTrue(messages.stream().allMatch(m -> m.getContent().length() <= 2000));
        assertEquals(text, String.join("\n", messages.stream().map(MessageCreateData::getContent).toList()));
    }

    @Test
    void everyPieceOfALongAnswerAllowsNoMentions() {
        List<MessageCreateData> messages = DiscordMessages.of("@everyone ".repeat(500));
        assertTrue(messages.size() > 1);
        assertTrue(messages.stream().allMatch(m -> m.getAllowedMentions().isEmpty() && m.getMentionedUsers().isEmpty()
                && m.getMentionedRoles().isEmpty() && !m.isMentionRepliedUser()));
    }

    @Test
    void anEditAllowsNoMentions() throws Exception {
        JsonNode edit = json(DiscordMessages.edit("@everyone <@456> udført", List.of()));

        assertEquals(JSON.readTree("{\"parse\":[],\"replied_user\":false}"), edit.get("allowed_mentions"));
    }

    @Test
    void customIdsAreReadBack() {
        assertEquals(Optional.of(new DiscordMessages.Pressed(Action.SNOOZE_DAY, "42")), DiscordMessages.pressed("referent_snooze_day:42"));
        assertEquals(Optional.of(new DiscordMessages.Pressed(Action.PUBLISH, "")), DiscordMessages.pressed("referent_publish:"));
        assertEquals(Optional.empty(), DiscordMessages.pressed("referent_unknown:42"));
        assertEquals(Optional.empty(), DiscordMessages.pressed("referent_done"));
    }

    @Test
    void aFollowUpsRowIsTakenOffAndTheOthersStay() {
        List<ActionRow> rows = DiscordMessages.rows(twoFollowUps("Svar"));

        List<ActionRow> left = DiscordMessages.without(rows, new DiscordMessages.Pressed(Action.DONE, "41"));

        assertEquals(1, left.size());
        assertEquals(List.of("referent_done:42", "referent_snooze_week:42", "referent_reassign:42"), ids(left.get(0)));
    }

    @Test
    void publishingTakesEveryRowOff() {
        List<ActionRow> rows = DiscordMessages.rows(new Reply("Forhåndsvisning", List.of(new Button(Action.PUBLISH, ""))));

        assertEquals(List.of(), DiscordMessages.without(rows, new DiscordMessages.Pressed(Action.PUBLISH, "")));
    }

    @Test
    void anAnswerWithACitationIsAnEmbedWithTheCitationAsFooterAndNoMentionAllowed() throws Exception {
        String citation = "Direktionen, 22. april 2024, punkt 3: Høring om ungeanalysen (sag 24-001234) — Godkendt";
        Reply answer = new Reply("Godkendt @everyone.\n" + citation + "\n\nSe også:\n• Direktionen, 8. maj 2023, punkt 2", List.of(), false, citation);

        List<MessageCreateData> messages = DiscordMessages.of(answer);

        assertEquals(1, messages.size());
        JsonNode sent = json(messages.get(0));
        assertEquals("", sent.path("content").asText(""));
        assertEquals("Godkendt @everyone.\n\nSe også:\n• Direktionen, 8. maj 2023, punkt 2", sent.at("/embeds/0/description").asText());
        assertEquals(citation, sent.at("/embeds/0/footer/text").asText());
        assertEquals(JSON.readTree("{\"parse\": [], \"replied_user\": false}"), sent.get("allowed_mentions"));
        assertEquals(0, sent.path("flags").asInt() & 4, "link previews are not suppressed: that would hide the embed");
    }
}
