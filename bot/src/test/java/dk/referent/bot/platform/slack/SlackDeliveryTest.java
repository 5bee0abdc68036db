package dk.referent.bot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dk.referent.scheduler.DeliveryResult;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reminders through the real Slack Web API client against a local stand-in. */
class SlackDeliveryTest {

    private MockSlackApi slack;
    private SlackDelivery delivery;

    @BeforeEach
    void start() throws Exception {
        slack = new MockSlackApi();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.url());
        delivery = new SlackDelivery(Slack.getInstance(config).methods("xoxb-test"), "C0FOLLOWUP");
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void aReminderForASlackUserGoesToThatUser() {
        assertEquals(DeliveryResult.sent(), delivery.send("U0000007", "Frist i morgen"));
        assertEquals("U0000007", slack.posts().get(0).params().get("channel"));
    }

    @Test
    void aReminderForAnOwnerWithoutSlackIdGoesToTheFollowUpChannelNamingTheOwner() {
        delivery.send("Team Ejendomme", "Frist i morgen");
        assertEquals("C0FOLLOWUP", slack.posts().get(0).params().get("channel"));
        assertEquals("Til Team Ejendomme: Frist i morgen", slack.posts().get(0).params().get("text"));
    }

    @Test
    void aRateLimitIsRetriedAfterItsRetryAfter() {
        slack.failNext(429, "{\"ok\":false,\"error\":\"ratelimited\"}", Map.of("Retry-After", "7"));
        DeliveryResult result = delivery.send("U0000007", "Frist i morgen");
        assertEquals(Duration.ofSeconds(7), ((DeliveryResult.Retry) result).after());
    }

    @Test
    void aServerErrorIsRetried() {
        slack.failNext(500, "{\"ok\":false,\"error\":\"internal_error\"}", Map.of());
        assertEquals(DeliveryResult.Retry.class, delivery.send("U0000007", "Frist i morgen").getClass());
    }

    @Test
    void aMissingChannelIsAPermanentFailure() {
        slack.failNext(200, "{\"ok\":false,\"error\":\"channel_not_found\"}", Map.of());
        assertEquals(DeliveryResult.failed("channel_not_found"), delivery.send("C0GONE123", "Frist i morgen"));
    }
}
