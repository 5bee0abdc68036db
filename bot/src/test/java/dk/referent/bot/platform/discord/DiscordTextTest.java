package dk.referent.bot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordTextTest {

    @Test
    void longTextIsCutAtALineBreakRatherThanASpace() {
        String first = "ord ".repeat(300).strip();              // 1,199 characters
        String second = "mere ".repeat(300).strip();
        List<String> pieces = DiscordText.split(first + "\n" + second, 2000);
        assertEquals(List.of(first, second), pieces);
    }

    @Test
    void aWordLongerThanTheLimitIsCutHard() {
        List<String> pieces = DiscordText.split("x".repeat(4500), 2000);
        assertEquals(List.of(2000, 2000, 500), pieces.stream().map(String::length).toList());
    }

    @Test
    void anEmojiIsNotCutInTwo() {
        String text = "a".repeat(1999) + "😀" + "b".repeat(10);
        List<String> pieces = DiscordText.split(text, 2000);
        assertTrue(pieces.get(1).startsWith("😀"), pieces.get(1));
        assertEquals(text, String.join("", pieces));
    }

    @Test
    void theBotsMentionIsRemovedInBothForms() {
        assertEquals("hvad blev besluttet om kantinen?",
                DiscordText.withoutMention("<@!900000000000000001> hvad blev <@900000000000000001> besluttet om kantinen?", "900000000000000001"));
    }

    @Test
    void otherMentionsInTheQuestionStay() {
        assertEquals("hvad sagde <@456> om budgettet?", DiscordText.withoutMention("<@900000000000000001> hvad sagde <@456> om budgettet?",
                "900000000000000001"));
    }
}
