package dk.referent.persistence;

import static dk.referent.persistence.jooq.Tables.INBOUND_EVENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An inbound request is new once across every instance over one database, and old ones are forgotten. */
class InboundEventsTest {

    private TestDatabases.FreshDatabase fresh;
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-13T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    @BeforeEach
    void open() {
        fresh = TestDatabases.fresh();
    }

    @AfterEach
    void close() throws Exception {
        fresh.close();
    }

    @Test
    void anEventIsNewOnceForEveryInstance() {
        InboundEvents one = new InboundEvents(fresh.database(), clock);
        InboundEvents other = new InboundEvents(fresh.database(), clock);
        assertTrue(one.firstTime("slack-event", "Ev0001"));
        assertFalse(other.firstTime("slack-event", "Ev0001"));
        assertFalse(one.firstTime("slack-event", "Ev0001"));
        assertTrue(other.firstTime("slack-command", "Ev0001"), "the same id from another source is another request");
    }

    @Test
    void eventsOlderThanADayArePrunedAsNewOnesArrive() {
        InboundEvents events = new InboundEvents(fresh.database(), clock);
        events.firstTime("slack-event", "Ev0001");
        clock.advance(Duration.ofDays(1).plusMinutes(11));
        events.firstTime("slack-event", "Ev0002");
        assertEquals(1, fresh.database().dsl().fetchCount(INBOUND_EVENT));
    }
}
