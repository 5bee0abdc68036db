package dk.referent.bot.platform.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.referent.bot.platform.email.ActionLinks.Action;
import dk.referent.bot.platform.email.ActionLinks.Checked;
import dk.referent.persistence.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The signed links, pure: valid until they expire, and nothing altered or signed with another secret passes. */
class ActionLinksTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef-links";
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-13T07:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private final ActionLinks links = new ActionLinks(SECRET, "https://referent.example.dk/", clock);

    private String token(long id, Action action) {
        String link = links.link(id, action);
        assertEquals("https://referent.example.dk/act/", link.substring(0, link.lastIndexOf('/') + 1));
        return link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void aLinkSaysWhichFollowUpAndWhatToDo() {
        assertEquals(new Checked.Valid(42, Action.DONE), links.check(token(42, Action.DONE)));
        assertEquals(new Checked.Valid(42, Action.SNOOZE_WEEK), links.check(token(42, Action.SNOOZE_WEEK)));
    }

    @Test
    void anAlteredOrForeignLinkIsRefused() {
        String token = token(42, Action.DONE);
        assertInstanceOf(Checked.Invalid.class, links.check(token.replaceFirst("^42\\.", "43.")), "another follow-up");
        assertInstanceOf(Checked.Invalid.class, links.check(token.replace(".done.", ".snooze7.")), "another action");
        String[] parts = token.split("\\.");
        assertInstanceOf(Checked.Invalid.class, links.check(parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 86400) + "." + parts[3]),
                "a later expiry");
        char last = token.charAt(token.length() - 1);
        assertInstanceOf(Checked.Invalid.class, links.check(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A')), "the signature");
        ActionLinks other = new ActionLinks("another-secret-of-at-least-32-bytes!!", "https://referent.example.dk", clock);
        assertInstanceOf(Checked.Invalid.class, other.check(token), "signed with another secret");
        assertInstanceOf(Checked.Invalid.class, links.check("not a token"));
        assertInstanceOf(Checked.Invalid.class, links.check(null));
    }

    @Test
    void aLinkExpires() {
        String token = token(42, Action.DONE);
        clock.advance(ActionLinks.VALID_FOR.minus(Duration.ofMinutes(1)));
        assertInstanceOf(Checked.Valid.class, links.check(token));
        clock.advance(Duration.ofMinutes(1));
        assertInstanceOf(Checked.Expired.class, links.check(token));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ActionLinks("short", "https://referent.example.dk", clock));
    }
}
