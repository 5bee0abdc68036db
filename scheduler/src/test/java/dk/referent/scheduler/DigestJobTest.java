package dk.referent.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.persistence.AuditLog;
import dk.referent.persistence.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Monday digest: each owner's deadlines of the coming two weeks, one message per owner and day. */
class DigestJobTest {

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2024-05-06T06:00:00Z"), SchedulerSettings.COPENHAGEN);
    private static final LocalDate TODAY = LocalDate.of(2024, 5, 6);

    private TestDatabases.FreshDatabase fresh;
    private DigestJob digest;

    @BeforeEach
    void deadlinesForTwoOwnersAndOneTooFarAhead() {
        fresh = TestDatabases.fresh();
        List<Long> soon = Reminders.confirmedDeadlines(fresh.database(), 3, TODAY.plusDays(7));
        fresh.database().dsl().execute("UPDATE follow_up SET owner = 'Jobcentret' WHERE id = ?", soon.get(2));
        Reminders.confirmedDeadlines(fresh.database(), 1, TODAY.plusDays(40));
        digest = new DigestJob(new ReminderStore(fresh.database(), new AuditLog(MONDAY), MONDAY), MONDAY, SchedulerSettings.COPENHAGEN);
    }

    @AfterEach
    void drop() {
        fresh.close();
    }

    private List<String> digests() {
        return fresh.database().dsl().fetch("SELECT target || ': ' || text FROM reminder_delivery WHERE lead LIKE 'digest:%' ORDER BY target")
                .getValues(0, String.class);
    }

    @Test
    void eachOwnerGetsOneDigestOfTheComingTwoWeeks() {
        assertEquals(2, digest.digest(TODAY));
        List<String> sent = digests();
        assertEquals(2, sent.size());
        assertTrue(sent.get(0).startsWith("Jobcentret: Ugens oversigt"), sent.get(0));
        assertEquals(2, sent.get(1).split("\n• ").length - 1, "Team Ejendomme's two deadlines, not the one in 40 days: " + sent.get(1));
    }

    @Test
    void aSecondRunTheSameDaySendsNothingMore() {
        digest.digest(TODAY);
        digest.digest(TODAY);
        assertEquals(2, digests().size());
    }
}
