package dk.referent.persistence;

import static dk.referent.persistence.jooq.Tables.AUDIT_LOG;
import static dk.referent.persistence.jooq.Tables.FOLLOW_UP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.minutes.followup.FollowUp;
import dk.referent.minutes.followup.FollowUp.Source;
import dk.referent.minutes.followup.FollowUpKind.Deadline;
import dk.referent.minutes.followup.FollowUpKind.Recurring;
import dk.referent.minutes.referat.AgendaItem;
import dk.referent.minutes.referat.Referat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Follow-ups stored by ingest, decided on by the secretariat, kept through a corrected referat. */
class FollowUpStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T08:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final FollowUp HEARING = new FollowUp(new Deadline(LocalDate.of(2024, 6, 7), null, List.of("Ældrerådet")),
            null, "Fristen for høringssvar er den 7. juni 2024.", 0.95, Source.DECISION);
    private static final FollowUp STATUS = new FollowUp(new Recurring("FREQ=MONTHLY;INTERVAL=6", "2/YEARLY", LocalDate.of(2024, 4, 29)),
            "Arbejdsmarkedschefen", "Status to gange årligt.", 0.9, Source.DECISION);

    private TestDatabases.FreshDatabase fresh;
    private ReferatStore referater;
    private FollowUpStore followUps;

    @BeforeEach
    void openDatabase() {
        fresh = TestDatabases.fresh();
        referater = new ReferatStore(fresh.database(), new AuditLog(CLOCK), CLOCK);
        followUps = new FollowUpStore(fresh.database(), new AuditLog(CLOCK), CLOCK);
    }

    @AfterEach
    void dropDatabase() {
        fresh.close();
    }

    private static Referat withFollowUps(Referater r, FollowUp... found) {
        Referat referat = r.build();
        List<AgendaItem> items = new ArrayList<>();
        for (AgendaItem item : referat.items()) {
            items.add(item.number() == 1 ? item.withFollowUps(List.of(found)) : item);
        }
        return referat.withItems(items);
    }

    private static Referater meeting(String decision) {
        return Referater.meeting("Direktionen", "2024-04-29").item(1, "Sundhedspolitik", "24-000111", decision).item(2, "Eventuelt", null, "Intet.");
    }

    @Test
    void ingestStoresFollowUpsAsProposalsWithTheirItem() {
        Referater r = meeting("Godkendt.");
        referater.ingest(withFollowUps(r, HEARING, STATUS), r.text(), "cli:test");

        List<FollowUpStore.Row> rows = followUps.list(FollowUpStore.Filter.all());

        assertEquals(2, rows.size());
        FollowUpStore.Row hearing = rows.stream().filter(x -> x.kind().equals("deadline")).findFirst().orElseThrow();
        assertEquals("proposed", hearing.status());
        assertEquals(LocalDate.of(2024, 6, 7), hearing.date());
        assertEquals(1, hearing.itemNumber());
        assertEquals("24-000111", hearing.itemCase());
        assertTrue(hearing.details().contains("Ældrerådet"), hearing.details());
        assertEquals("Arbejdsmarkedschefen", rows.stream().filter(x -> x.kind().equals("recurring")).findFirst().orElseThrow().owner());
    }

    @Test
    void listingFiltersByDateOwnerAndStatus() {
        Referater r = meeting("Godkendt.");
        referater.ingest(withFollowUps(r, HEARING, STATUS), r.text(), "cli:test");

        assertEquals(List.of("deadline"), followUps.list(new FollowUpStore.Filter(Optional.of(LocalDate.of(2024, 6, 1)),
                Optional.of(LocalDate.of(2024, 6, 30)), Optional.empty(), Optional.empty())).stream().map(FollowUpStore.Row::kind).toList());
        assertEquals(List.of("recurring"), followUps.list(new FollowUpStore.Filter(Optional.empty(), Optional.empty(),
                Optional.of("arbejdsmarked"), Optional.empty())).stream().map(FollowUpStore.Row::kind).toList());
    }

    @Test
    void confirmingIsAuditedAndOnlyTouchesProposals() {
        Referater r = meeting("Godkendt.");
        referater.ingest(withFollowUps(r, HEARING, STATUS), r.text(), "cli:test");
        long id = followUps.list(FollowUpStore.Filter.all()).get(0).id();

        assertEquals(List.of(id), followUps.confirm(List.of(id), "cli:secretary"));
        assertEquals(List.of(), followUps.confirm(List.of(id), "cli:secretary"), "already confirmed");
        assertEquals(1, followUps.confirmAll("cli:secretary").size(), "the other proposal");

        var db = fresh.database().dsl();
        assertEquals(2, db.fetchCount(FOLLOW_UP, FOLLOW_UP.STATUS.eq("confirmed").and(FOLLOW_UP.DECIDED_BY.eq("cli:secretary"))));
        assertEquals(2, db.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("followup.confirmed")));
    }

    @Test
    void aCorrectedReferatDoesNotProposeAgainWhatWasDecided() {
        Referater first = meeting("Godkendt.");
        referater.ingest(withFollowUps(first, HEARING, STATUS), first.text(), "cli:test");
        long hearing = followUps.list(FollowUpStore.Filter.all()).stream().filter(x -> x.kind().equals("deadline")).findFirst().orElseThrow().id();
        followUps.confirm(List.of(hearing), "cli:secretary");

        Referater corrected = meeting("Godkendt med bemærkning om høring.");
        referater.ingest(withFollowUps(corrected, HEARING, STATUS), corrected.text(), "cli:test");

        List<FollowUpStore.Row> rows = followUps.list(FollowUpStore.Filter.all());
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("confirmed", rows.stream().filter(x -> x.id() == hearing).findFirst().orElseThrow().status());
        assertEquals("proposed", rows.stream().filter(x -> x.kind().equals("recurring")).findFirst().orElseThrow().status());
    }
}
