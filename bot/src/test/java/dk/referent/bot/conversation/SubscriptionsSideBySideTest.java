package dk.referent.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.referent.bot.Stores;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.persistence.PreviewStore;
import dk.referent.persistence.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Followers on platforms side by side: each is told by their bare id, which the outbox routes by its shape. */
class SubscriptionsSideBySideTest {

    private static final Clock MAY = Clock.fixed(Instant.parse("2024-05-13T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final String TEAMS_USER = "6f1c2a3b-4d5e-4f60-8a9b-0c1d2e3f4a5b";

    private TestDatabases.FreshDatabase fresh;
    private Stores stores;
    private QuestionParser questions;

    @BeforeEach
    void aPublishedReferatAndFollowersOnThreePlatforms() throws Exception {
        fresh = TestDatabases.fresh();
        stores = Stores.over(fresh.database(), MAY, PreviewStore.DEFAULT_TTL);
        questions = new QuestionParser(QuestionParser.loadGlossary(), new DanishTemporalParser());
        String text = """
                REFERAT Direktionen d. 22-04-2024

                Punkt 3: Høring om sprogskolen
                24-001234
                Beslutning
                Godkendt.
                """;
        stores.referater().ingest(new ReferatParser().parse("r.md", text), text, "console:test");
        stores.subscriptions().follow("slack:U0ANNA001", "sprogskolen", null);
        stores.subscriptions().follow("teams:" + TEAMS_USER, "sprogskolen", null);
        stores.subscriptions().follow("discord:123456789012345678", "sprogskolen", null);
    }

    @AfterEach
    void stop() {
        fresh.close();
    }

    private List<String> told(Set<String> platforms) {
        Subscriptions subscriptions = new Subscriptions(stores.subscriptions(), stores.search(), questions, platforms, MAY);
        return subscriptions.noticesIn(fresh.database().dsl(), "Direktionen", LocalDate.of(2024, 4, 22)).stream()
                .map(Subscriptions.Notice::target).sorted().toList();
    }

    @Test
    void everyRunningPlatformsFollowersAreToldByTheirBareId() {
        assertEquals(List.of(TEAMS_USER, "U0ANNA001"), told(Set.of("slack", "teams")));
    }

    @Test
    void onePlatformTellsOnlyItsOwnFollowersAsBefore() {
        assertEquals(List.of("123456789012345678"), told(Set.of("discord")));
    }
}
