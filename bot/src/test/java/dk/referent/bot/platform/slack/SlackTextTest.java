package dk.referent.bot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void broadcastsMentionsAndLinksFromMinutesAreEscaped() {
        assertEquals("&lt;!here&gt; &lt;@U123&gt; &lt;https://x|y&gt; &amp;", SlackText.escape("<!here> <@U123> <https://x|y> &"));
    }

    @Test
    void longTextIsSplitUnderTheLimitAtWordsWithoutLosingAnything() {
        String text = "ord ".repeat(2000).strip();
        List<String> pieces = SlackText.split(text, 3000);
        assertTrue(pieces.stream().allMatch(p -> p.length() <= 3000));
        assertEquals(text, String.join(" ", pieces));
    }

    @Test
    void anEscapeIsNotCutInTwo() {
        String text = "a".repeat(2998) + "&amp; b";
        List<String> pieces = SlackText.split(text, 3000);
        assertTrue(pieces.get(1).startsWith("&amp;"), pieces.get(1));
    }

    @Test
    void theBotsMentionIsRemovedFromTheQuestion() {
        assertEquals("hvad blev besluttet?", SlackText.withoutMentions("<@UBOT0001> hvad blev besluttet?"));
    }
}
