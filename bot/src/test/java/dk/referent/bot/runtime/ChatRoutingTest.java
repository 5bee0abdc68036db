package dk.referent.bot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.bot.chat.ChatIds;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.plan.PlannedReminder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The outbox's delivery over platforms side by side: each target to its platform by the shape of its id. */
class ChatRoutingTest {

    private static final String TEAMS_USER = "6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b";

    /** A platform that records what it was given, as "name|how|target". */
    private static ChatDelivery recording(String name, List<String> sent) {
        return new ChatDelivery() {
            @Override
            public DeliveryResult send(String target, String text) {
                sent.add(name + "|send|" + target);
                return DeliveryResult.sent();
            }

            @Override
            public DeliveryResult sendReminder(String target, String text, long followUpId) {
                sent.add(name + "|reminder|" + target);
                return DeliveryResult.sent();
            }

            @Override
            public DeliveryResult sendMarked(String target, String text, Long followUpId, String marker) {
                sent.add(name + "|marked|" + target);
                return DeliveryResult.sent();
            }

            @Override
            public Optional<Boolean> delivered(String target, String marker) {
                sent.add(name + "|delivered|" + target);
                return Optional.of(true);
            }
        };
    }

    private static ChatRouting threePlatforms(List<String> sent, String followUpChannel) {
        Map<String, ChatDelivery> platforms = new LinkedHashMap<>();
        platforms.put(ChatIds.SLACK, recording("slack", sent));
        platforms.put(ChatIds.DISCORD, recording("discord", sent));
        platforms.put(ChatIds.TEAMS, recording("teams", sent));
        return new ChatRouting(platforms, followUpChannel);
    }

    @Test
    void eachIdGoesToThePlatformOfItsShape() {
        List<String> sent = new ArrayList<>();
        ChatRouting routing = threePlatforms(sent, "C0FOLLOW1");
        routing.send("U0ANNA001", "a");
        routing.send("C0DECIDE1", "b");
        routing.sendReminder("123456789012345678", "c", 7);
        routing.sendReminder(TEAMS_USER, "d", 8);
        routing.send("19:decisions@thread.tacv2", "e");
        routing.send("a:1personalChat", "f");
        assertEquals(List.of("slack|send|U0ANNA001", "slack|send|C0DECIDE1", "discord|reminder|123456789012345678",
                "teams|reminder|" + TEAMS_USER, "teams|send|19:decisions@thread.tacv2", "teams|send|a:1personalChat"), sent);
    }

    @Test
    void aNameGoesToThePlatformOfTheFollowUpChannel() {
        List<String> onTeams = new ArrayList<>();
        ChatRouting teams = threePlatforms(onTeams, "19:followup@thread.tacv2");
        teams.sendReminder("Team Ejendomme", "a", 1);
        teams.send(PlannedReminder.FOLLOW_UP_CHANNEL, "b");
        assertEquals(List.of("teams|reminder|Team Ejendomme", "teams|send|" + PlannedReminder.FOLLOW_UP_CHANNEL), onTeams);

        List<String> onDiscord = new ArrayList<>();
        threePlatforms(onDiscord, "987654321098765432").send("Team Ejendomme", "a");
        assertEquals(List.of("discord|send|Team Ejendomme"), onDiscord);
    }

    @Test
    void markedMessagesAreSentAndLookedForOnTheChosenPlatform() {
        List<String> sent = new ArrayList<>();
        ChatRouting routing = threePlatforms(sent, "C0FOLLOW1");
        routing.sendMarked(TEAMS_USER, "a", 3L, "m-1");
        assertEquals(Optional.of(true), routing.delivered("U0ANNA001", "m-1"));
        routing.sendMarked("Team Ejendomme", "b", null, "m-2");
        assertEquals(List.of("teams|marked|" + TEAMS_USER, "slack|delivered|U0ANNA001", "slack|marked|Team Ejendomme"), sent);
    }

    @Test
    void anIdOfAPlatformNotRunningGoesToTheFollowUpChannelsPlatform() {
        List<String> sent = new ArrayList<>();
        Map<String, ChatDelivery> platforms = new LinkedHashMap<>();
        platforms.put(ChatIds.SLACK, recording("slack", sent));
        platforms.put(ChatIds.TEAMS, recording("teams", sent));
        new ChatRouting(platforms, "19:followup@thread.tacv2").send("123456789012345678", "a");
        assertEquals(List.of("teams|send|123456789012345678"), sent);
    }

    @Test
    void onePlatformGetsEverythingAsBefore() {
        List<String> sent = new ArrayList<>();
        ChatRouting routing = new ChatRouting(Map.of(ChatIds.DISCORD, recording("discord", sent)), "987654321098765432");
        routing.send("U0ANNA001", "a");
        routing.sendReminder(TEAMS_USER, "b", 1);
        routing.sendMarked("Team Ejendomme", "c", 2L, "m");
        assertEquals(List.of("discord|send|U0ANNA001", "discord|reminder|" + TEAMS_USER, "discord|marked|Team Ejendomme"), sent);
    }

    @Test
    void withNoPlatformRunningTheOutboxKeepsTheMessage() {
        assertInstanceOf(DeliveryResult.Retry.class, new ChatRouting(Map.of(), "C0FOLLOW1").send("U0ANNA001", "a"));
    }

    @Test
    void theShapesDoNotOverlap() {
        assertEquals(Optional.of(ChatIds.SLACK), ChatIds.platformOf("D0FOLLOW1"));
        assertEquals(Optional.of(ChatIds.DISCORD), ChatIds.platformOf("12345678901234567"));
        assertEquals(Optional.of(ChatIds.TEAMS), ChatIds.platformOf(TEAMS_USER.toUpperCase()));
        assertEquals(Optional.of(ChatIds.TEAMS), ChatIds.platformOf("19:abc@thread.tacv2"));
        assertTrue(ChatIds.platformOf("Team Ejendomme").isEmpty());
        assertTrue(ChatIds.platformOf(PlannedReminder.FOLLOW_UP_CHANNEL).isEmpty());
        assertTrue(ChatIds.platformOf("1234").isEmpty());
    }
}
