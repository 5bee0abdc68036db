package dk.referent.bot.cli;

import static dk.referent.persistence.jooq.Tables.AUDIT_LOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.bot.Stores;
import dk.referent.bot.calendar.CalendarFeed;
import dk.referent.bot.calendar.CalendarFeedService;
import dk.referent.bot.calendar.FeedResponse;
import dk.referent.persistence.CalendarFeeds.Feed;
import dk.referent.persistence.CalendarFeeds.Kind;
import dk.referent.persistence.FollowUpStore;
import dk.referent.persistence.MutableClock;
import dk.referent.persistence.TestDatabases;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendar feeds over the embedded database: tokens (issued, looked up, revoked, audited), who sees what, the
 * ETag and Last-Modified an HTTP route will answer with, and {@code referent calendar feed|revoke}.
 */
class CalendarFeedCommandTest {

    private static final Pattern LINK = Pattern.compile("^https://referent\\.example\\.dk/calendar/([A-Za-z0-9_-]{22,})\\.ics$");

    @TempDir
    Path dir;

    private TestDatabases.FreshDatabase fresh;
    private Stores stores;
    private MutableClock clock;
    private CalendarFeedService service;
    private long deadline;
    private long recurring;

    @BeforeEach
    void aDeadlineAndARecurringObligationConfirmed() throws Exception {
        fresh = TestDatabases.fresh();
        Files.writeString(dir.resolve("r.md"), """
                REFERAT Direktionen d. 22-04-2024

                Punkt 3: Høring om ungeanalysen
                24-001234
                Beslutning
                Godkendt. Fristen for høringssvar er mandag den 13. maj 2024.

                Punkt 5: Sygefravær
                24-000777
                Beslutning
                Direktionen ønsker status på sygefraværet to gange årligt.
                """);
        assertEquals(0, CliRun.with(fresh::connect, "ingest", dir.resolve("r.md").toString()).exitCode());
        CliRun confirmed = CliRun.with(fresh::connect, "followups", "confirm", "--all");
        assertEquals(0, confirmed.exitCode(), confirmed.err());
        clock = new MutableClock(Instant.parse("2024-05-01T08:00:00Z"), ZoneId.of("Europe/Copenhagen"));
        stores = Stores.over(fresh.connect(), clock, Duration.ofDays(2));
        service = new CalendarFeedService(stores.calendarFeeds(), CalendarFeed.withPlannerDefaults());
        List<FollowUpStore.Row> rows = stores.followUps().list(FollowUpStore.Filter.all());
        deadline = rows.stream().filter(r -> r.kind().equals("deadline")).findFirst().orElseThrow().id();
        recurring = rows.stream().filter(r -> r.kind().equals("recurring")).findFirst().orElseThrow().id();
        assertTrue(stores.followUps().reassign(deadline, "Jette Hansen", "test"));
    }

    @AfterEach
    void drop() {
        stores.close();
        fresh.close();
    }

    private FeedResponse feed(String token) throws Exception {
        FeedResponse response = service.response(token).orElseThrow();
        assertFalse(new CalendarBuilder().build(new StringReader(response.body())).validate().hasErrors(), response.body());
        return response;
    }

    @Test
    void aPersonsFeedHoldsOnlyTheirFollowUps() throws Exception {
        String token = stores.calendarFeeds().issue(new Feed(Kind.PERSON, "jette hansen"), "test");
        String body = feed(token).body();
        assertTrue(body.contains("UID:followup-" + deadline + "@referent"), body);
        assertFalse(body.contains("UID:followup-" + recurring + "@referent"), body);
        assertTrue(body.contains("X-WR-CALNAME:Referent – frister for jette hansen"), body);

        String all = feed(stores.calendarFeeds().issue(Feed.all(), "test")).body();
        assertTrue(all.contains("UID:followup-" + deadline + "@referent") && all.contains("UID:followup-" + recurring + "@referent"), all);
        assertTrue(all.contains("RRULE:FREQ="), all);
    }

    @Test
    void aBodysFeedHasItsMeetingsAndTheDeadlinesFromItsMinutes() throws Exception {
        stores.reminders().importCalendar("Direktionen", List.of(LocalDate.of(2024, 5, 27), LocalDate.of(2024, 6, 24)), "test");
        String body = feed(stores.calendarFeeds().issue(new Feed(Kind.BODY, "direktionen"), "test")).body();
        assertTrue(body.contains("UID:meeting-direktionen-2024-05-27@referent"), body);
        assertTrue(body.contains("UID:meeting-direktionen-2024-06-24@referent"), body);
        assertTrue(body.contains("UID:followup-" + deadline + "@referent"), body);
        assertFalse(feed(stores.calendarFeeds().issue(new Feed(Kind.BODY, "Økonomiudvalget"), "test")).body().contains("UID:"));
    }

    @Test
    void aRevokedTokenGivesNothingAndAskingAgainGivesANewOne() throws Exception {
        Feed jette = new Feed(Kind.PERSON, "Jette Hansen");
        String first = stores.calendarFeeds().issue(jette, "test");
        String second = stores.calendarFeeds().issue(jette, "test");
        assertNotEquals(first, second);
        assertTrue(first.length() >= 22, "128 bits, base64url");
        assertTrue(service.response(first).isPresent() && service.response(second).isPresent());

        assertEquals(2, stores.calendarFeeds().revoke(jette, "secretariat"));
        assertTrue(service.response(first).isEmpty());
        assertTrue(service.response(second).isEmpty());
        assertTrue(service.response("not-a-token").isEmpty());
        assertTrue(service.response("AAAAAAAAAAAAAAAAAAAAAA").isEmpty());

        String third = stores.calendarFeeds().issue(jette, "test");
        assertTrue(service.response(third).isPresent());
        assertTrue(service.response(first).isEmpty());
        List<String> audited = stores.database().dsl().select(AUDIT_LOG.ACTION).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.startsWith("calendar.feed")).orderBy(AUDIT_LOG.ID).fetch(AUDIT_LOG.ACTION);
        assertEquals(List.of("calendar.feed.issue", "calendar.feed.issue", "calendar.feed.revoke", "calendar.feed.issue"), audited);
        String everything = stores.database().dsl().select(AUDIT_LOG.DETAILS).from(AUDIT_LOG).fetch().toString();
        assertFalse(everything.contains(first) || everything.contains(third), "tokens are never logged");
    }

    @Test
    void theEtagStaysUntilAFollowUpChangesThenTheEventIsCancelledWithAHigherSequence() throws Exception {
        String token = stores.calendarFeeds().issue(new Feed(Kind.PERSON, "Jette Hansen"), "test");
        FeedResponse before = feed(token);
        clock.advance(Duration.ofHours(1));
        FeedResponse unchanged = feed(token);
        assertEquals(before.etag(), unchanged.etag());
        assertEquals(before.lastModified(), unchanged.lastModified());
        assertEquals(before.body(), unchanged.body());

        clock.advance(Duration.ofHours(1));
        assertEquals(List.of(deadline), stores.followUps().done(List.of(deadline), "Jette Hansen"));
        FeedResponse after = feed(token);
        assertNotEquals(before.etag(), after.etag());
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), after.lastModified());
        assertTrue(after.body().contains("STATUS:CANCELLED"), after.body());
        assertTrue(sequence(after.body()) > sequence(before.body()), before.body() + after.body());

        // kept cancelled for a while, so subscribed calendars remove it; then gone
        clock.advance(Duration.ofDays(61));
        assertFalse(feed(token).body().contains("UID:followup-" + deadline + "@"));
    }

    private static int sequence(String ics) {
        Matcher m = Pattern.compile("SEQUENCE:(\\d+)").matcher(ics);
        assertTrue(m.find(), ics);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theCommandPrintsTheLinkAndRevokes() throws Exception {
        Map<String, String> env = Map.of("REFERENT_PUBLIC_URL", "https://referent.example.dk/");
        CliRun run = CliRun.withEnv(env, fresh::connect, "calendar", "feed", "--person", "Jette Hansen");
        assertEquals(0, run.exitCode(), run.err());
        Matcher link = LINK.matcher(run.out().strip());
        assertTrue(link.matches(), run.out());
        String token = link.group(1);
        assertTrue(feed(token).body().contains("UID:followup-" + deadline + "@referent"));

        CliRun noAddress = CliRun.withEnv(Map.of(), fresh::connect, "calendar", "feed", "--all");
        assertEquals(0, noAddress.exitCode(), noAddress.err());
        assertTrue(noAddress.out().strip().matches("/calendar/[A-Za-z0-9_-]{22,}\\.ics"), noAddress.out());
        assertTrue(noAddress.err().contains("REFERENT_PUBLIC_URL"), noAddress.err());

        CliRun revoked = CliRun.withEnv(env, fresh::connect, "calendar", "revoke", "--person", "Jette Hansen");
        assertEquals(0, revoked.exitCode(), revoked.err());
        assertEquals("1 link tilbagekaldt.", revoked.out().strip());
        assertTrue(service.response(token).isEmpty());

        assertEquals(2, CliRun.withEnv(env, fresh::connect, "calendar", "feed", "--person", "A", "--all").exitCode());
        assertEquals(2, CliRun.withEnv(env, fresh::connect, "calendar", "revoke").exitCode());
        CliRun nobody = CliRun.withEnv(env, fresh::connect, "calendar", "feed", "--person", " ");
        assertEquals(2, nobody.exitCode());
        assertTrue(nobody.err().contains("--person or --body needs a name"), nobody.err());
    }
}
