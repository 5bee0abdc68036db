package dk.referent.scheduler.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** Confirmed follow-ups for tests: a decision of Direktionen on 29 April 2024, item 3, unless a test says otherwise. */
final class FollowUpBuilder {

    static final String EVIDENCE = "Sagen genoptages, når Økonomi har opgjort forbruget.";

    private final String kind;
    private LocalDate date;
    private LocalTime time;
    private String rrule;
    private String owner;
    private String body;
    private String evidence = EVIDENCE;
    private LocalDate meetingDate = LocalDate.of(2024, 4, 29);
    private String itemCase = "24-001234";
    private LocalDate snoozedUntil;

    private FollowUpBuilder(String kind) {
        this.kind = kind;
    }

    static FollowUpBuilder followUp(String kind) {
        return new FollowUpBuilder(kind);
    }

    FollowUpBuilder date(LocalDate date) {
        this.date = date;
        return this;
    }

    FollowUpBuilder time(LocalTime time) {
        this.time = time;
        return this;
    }

    FollowUpBuilder rrule(String rrule) {
        this.rrule = rrule;
        return this;
    }

    FollowUpBuilder owner(String owner) {
        this.owner = owner;
        return this;
    }

    FollowUpBuilder body(String body) {
        this.body = body;
        return this;
    }

    FollowUpBuilder evidence(String evidence) {
        this.evidence = evidence;
        return this;
    }

    FollowUpBuilder decidedOn(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
        return this;
    }

    FollowUpBuilder itemCase(String itemCase) {
        this.itemCase = itemCase;
        return this;
    }

    FollowUpBuilder snoozedUntil(LocalDate snoozedUntil) {
        this.snoozedUntil = snoozedUntil;
        return this;
    }

    PlannableFollowUp build() {
        return new PlannableFollowUp(42, kind, date, null, time, rrule, owner, body, evidence, "Direktionen", meetingDate,
                3, "Budgetopfølgning", itemCase, Optional.ofNullable(snoozedUntil));
    }
}
