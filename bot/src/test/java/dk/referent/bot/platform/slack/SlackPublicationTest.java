package dk.referent.bot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Place;
import dk.referent.bot.chat.Reply;
import dk.referent.bot.chat.Roles;
import dk.referent.bot.chat.Speaker;
import dk.referent.bot.intake.SecretariatFlowTest;
import dk.referent.bot.runtime.RunningServices;
import dk.referent.bot.runtime.Services;
import dk.referent.persistence.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A confirmed referat's decisions and its followers' notices go through the outbox to Slack's Web API (a local stand-in,
 * called by the real Slack client): after Slack answered 500 three times, each arrives exactly once.
 */
class SlackPublicationTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final Speaker SECRETARY = new Speaker("slack", "U0SECRET1");
    private static final Place DM = new Place("slack", "D0SECRET1", true);
    private static final Place CHANNEL = new Place("slack", "C0GENERAL", false);

    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-13T10:00:00Z"), COPENHAGEN);
    private MockSlackApi slack;
    private RunningServices running;
    private Services services;

    @BeforeEach
    void referentInSlack() throws Exception {
        slack = new MockSlackApi();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.url());
        running = new RunningServices(clock, "slack-publication-test",
                stores -> new SlackDelivery(Slack.getInstance(config).methods("xoxb-test"), "C0FOLLOWUP"),
                new Services.Settings("slack", "C0DECIDE1", new Roles(Set.of("U0SECRET1"), Set.of()), Set.of()));
        services = running.services;
    }

    @AfterEach
    void stop() throws Exception {
        running.close();
        slack.close();
    }

    private List<String> acceptedPostsTo(String channel) {
        return slack.accepted.stream().filter(c -> c.method().equals("chat.postMessage") && channel.equals(c.params().get("channel")))
                .map(c -> c.params().get("text")).toList();
    }

    @Test
    void theDecisionsAndEveryNoticeArriveExactlyOnceAfterSlackAnswered500ThreeTimes() {
        services.conversation().said(new Speaker("slack", "U0ANNA001"), CHANNEL, "følg sygefravær");
        services.conversation().said(new Speaker("slack", "U0BO00001"), CHANNEL, "følg sag 24-000002");
        services.conversation().sent(SECRETARY, DM, "Referat Direktionen 2024-05-13.md",
                () -> SecretariatFlowTest.REFERAT.getBytes(StandardCharsets.UTF_8), "");
        for (int n = 0; n < 3; n++) {
            slack.failNext(500, "{\"ok\":false,\"error\":\"internal_error\"}", Map.of());
        }

        Reply stored = services.conversation().pressed(SECRETARY, DM, Button.Action.PUBLISH, "");
        for (int n = 0; n < 6; n++) {
            clock.advance(Duration.ofMinutes(5));
            services.publications().dispatchOnce();
        }

        assertTrue(stored.text().startsWith("Gemt (new)") && stored.text().contains("prøves igen automatisk"), stored.text());
        assertEquals(6, slack.posts().size(), "three refused, then one each for the channel and two followers");
        List<String> decisions = acceptedPostsTo("C0DECIDE1");
        assertEquals(1, decisions.size(), slack.posts().toString());
        assertTrue(decisions.get(0).startsWith("Beslutninger fra Direktionen, 13. maj 2024"), decisions.get(0));
        List<String> toAnna = acceptedPostsTo("U0ANNA001");
        assertEquals(1, toAnna.size());
        assertTrue(toAnna.get(0).contains("Ny vejledning om sygefravær"), toAnna.get(0));
        List<String> toBo = acceptedPostsTo("U0BO00001");
        assertEquals(1, toBo.size());
        assertTrue(toBo.get(0).contains("Personalesag") && !toBo.get(0).contains("afskedigelse"), "closed: title only: " + toBo.get(0));
    }
}
