package dk.referent.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.bot.Stores;
import dk.referent.bot.calendar.CalendarFeed;
import dk.referent.bot.calendar.CalendarFeedService;
import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Place;
import dk.referent.bot.chat.Reply;
import dk.referent.bot.chat.Roles;
import dk.referent.bot.chat.Speaker;
import dk.referent.bot.intake.ReferatFiles;
import dk.referent.bot.runtime.Services;
import dk.referent.minutes.followup.FollowUpExtractor;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.persistence.PreviewStore;
import dk.referent.persistence.TestDatabases;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.ReminderScheduler;
import dk.referent.scheduler.SchedulerSettings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** »min kalender« gives a person their feed's link, only in a direct conversation; the secretariat revokes it. */
class CalendarChatTest {

    private static final Clock MAY = Clock.fixed(Instant.parse("2024-05-13T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final Speaker SECRETARY = new Speaker("slack", "U0SECRET1");
    private static final Speaker ANNA = new Speaker("slack", "U0ANNA001");
    private static final Place ANNAS_DM = new Place("slack", "D0ANNA001", true);
    private static final Place PUBLIC = new Place("slack", "C0GENERAL", false);
    private static final Pattern LINK = Pattern.compile("https://referent\\.example\\.dk/calendar/([A-Za-z0-9_-]{22,})\\.ics");

    private TestDatabases.FreshDatabase fresh;
    private Stores stores;
    private ReminderScheduler scheduler;
    private dk.referent.bot.chat.Conversation conversation;
    private CalendarFeedService feeds;

    @BeforeEach
    void referent() throws Exception {
        fresh = TestDatabases.fresh();
        stores = Stores.over(fresh.database(), MAY, PreviewStore.DEFAULT_TTL);
        SchedulerSettings settings = SchedulerSettings.defaults("calendar-chat-test");
        scheduler = new ReminderScheduler(stores.database().dataSource(), stores.reminders(), MAY, settings);
        DanishTemporalParser temporal = new DanishTemporalParser();
        QuestionParser questions = new QuestionParser(QuestionParser.loadGlossary(), temporal);
        conversation = Services.create(stores, scheduler, settings, (target, text) -> DeliveryResult.sent(),
                new Services.Readers(new ReferatFiles(new ReferatParser(), new FollowUpExtractor(temporal)), questions, temporal),
                new Services.Settings("slack", "C0DECIDE1", new Roles(Set.of("U0SECRET1"), Set.of()), Set.of(), "https://referent.example.dk"))
                .conversation();
        feeds = new CalendarFeedService(stores.calendarFeeds(), CalendarFeed.withPlannerDefaults());
        Place secretaryDm = new Place("slack", "D0SECRET1", true);
        conversation.sent(SECRETARY, secretaryDm, "Referat Direktionen 2024-05-13.md",
                () -> dk.referent.bot.intake.SecretariatFlowTest.REFERAT.getBytes(StandardCharsets.UTF_8), "");
        conversation.pressed(SECRETARY, secretaryDm, Button.Action.PUBLISH, "");
    }

    @AfterEach
    void stop() throws Exception {
        scheduler.close();
        fresh.close();
    }

    private long aDeadline() {
        return ((Number) fresh.database().dsl().fetchValue(
                "SELECT id FROM follow_up WHERE kind IN ('deadline', 'action') AND status = 'confirmed' AND due_date IS NOT NULL ORDER BY id LIMIT 1"))
                .longValue();
    }

    @Test
    void myCalendarInADirectConversationIsTheLinkToWhatIsGivenToMe() {
        long given = aDeadline();
        assertTrue(stores.followUps().reassign(given, ANNA.id(), "test"));
        Reply reply = conversation.said(ANNA, ANNAS_DM, "min kalender");
        Matcher link = LINK.matcher(reply.text());
        assertTrue(link.find(), reply.text());
        String feed = feeds.response(link.group(1)).orElseThrow().body();
        assertTrue(feed.contains("UID:followup-" + given + "@referent"), feed);
        assertEquals(1, feed.split("BEGIN:VEVENT", -1).length - 1, "only what is given to her");
    }

    @Test
    void inAChannelTheLinkIsNeverPosted() {
        Reply reply = conversation.said(ANNA, PUBLIC, "min kalender");
        assertFalse(reply.text().contains("/calendar/"), reply.text());
        assertTrue(reply.text().contains("privat"), reply.text());
        assertEquals(0, ((Number) fresh.database().dsl().fetchValue("SELECT count(*) FROM calendar_feed")).intValue());
    }

    @Test
    void onlyTheSecretariatRevokes() {
        Matcher link = LINK.matcher(conversation.said(ANNA, ANNAS_DM, "min kalender").text());
        assertTrue(link.find());
        assertEquals("Det kan kun sekretariatet.", conversation.said(ANNA, PUBLIC, "tilbagekald kalender <@U0ANNA001>").text());
        assertTrue(feeds.response(link.group(1)).isPresent());
        Reply revoked = conversation.said(SECRETARY, PUBLIC, "tilbagekald kalender <@U0ANNA001>");
        assertTrue(revoked.text().contains("tilbagekaldt"), revoked.text());
        assertTrue(feeds.response(link.group(1)).isEmpty());
    }
}
