package dk.referent.persistence;

import dk.referent.minutes.referat.AgendaItem;
import dk.referent.minutes.referat.Meeting;
import dk.referent.minutes.referat.Outcome;
import dk.referent.minutes.referat.Participant;
import dk.referent.minutes.referat.PriorTreatment;
import dk.referent.minutes.referat.Referat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Test data: referater built in code, with just what a test needs to say. */
final class Referater {

    private final String body;
    private final LocalDate date;
    private final List<AgendaItem> items = new ArrayList<>();

    private Referater(String body, LocalDate date) {
        this.body = body;
        this.date = date;
    }

    static Referater meeting(String body, String isoDate) {
        return new Referater(body, LocalDate.parse(isoDate));
    }

    Referater item(int number, String title, String caseNumber, String decision) {
        return add(number, title, caseNumber, false, decision, List.of());
    }

    Referater closedItem(int number, String title, String caseNumber, String content) {
        return add(number, title, caseNumber, true, null, List.of(), content);
    }

    Referater itemWithPrior(int number, String title, String caseNumber, String decision, PriorTreatment prior) {
        return add(number, title, caseNumber, false, decision, List.of(prior));
    }

    private Referater add(int number, String title, String caseNumber, boolean closed, String decision, List<PriorTreatment> prior) {
        return add(number, title, caseNumber, closed, decision, prior, "Sagsfremstilling om " + title.toLowerCase());
    }

    private Referater add(int number, String title, String caseNumber, boolean closed, String decision,
                          List<PriorTreatment> prior, String caseText) {
        items.add(new AgendaItem(number, String.valueOf(number), title, List.of(), caseNumber, closed, decision, Outcome.of(decision),
                List.of("Direktøren indstiller, at sagen godkendes."), List.of("Direktionen"), prior, "Ingen.",
                List.of("Bilag 1"), "Resume: " + title, caseText,
                title + "\n\n" + caseText + (decision == null ? "" : "\n\nBeslutning\n\n" + decision), List.of()));
        return this;
    }

    Referat build() {
        return new Referat("Referat " + body + " " + date + ".md",
                new Meeting(body, date, LocalTime.of(12, 30), "Rådhuset",
                        List.of(new Participant("Anne Holm", false), new Participant("Bo Lund", true))),
                items);
    }

    /** The text the referat is taken to come from: distinct per content, so the content hash tells versions apart. */
    String text() {
        return build().toString();
    }
}
