package dk.referent.bot.cli.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dk.referent.minutes.referat.AgendaItem;
import dk.referent.minutes.referat.Meeting;
import dk.referent.minutes.referat.Participant;
import dk.referent.minutes.referat.PriorTreatment;
import dk.referent.minutes.referat.Referat;
import java.util.List;

/**
 * The JSON contract of {@code referent parse --json} (PRODUCT.md). Field names here are relied on by tools
 * outside the project: extend, never rename.
 */
public final class ReferatJson {

    private ReferatJson() {
    }

    record Document(String source, MeetingJson meeting, List<Item> items, List<String> doubts) {
    }

    record MeetingJson(String body, String date, String time, String end, String place, List<Person> participants) {
    }

    record Person(String name, boolean absent) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Item(Object number, String title, @JsonProperty("case") String caseNumber, boolean closed, String decision, String outcome,
                List<String> recommendations, List<String> route, List<Prior> prior, List<String> attachments,
                List<FollowUpJson> followUps, List<String> alternativeTitles, String economy, String resume,
                @JsonInclude(JsonInclude.Include.NON_NULL) String fullText) {
    }

    record Prior(String body, String date, String text) {
    }

    /** A file that could not be read, in the same stream as the parsed ones. */
    public record Failure(String source, String error) {
    }

    public static Document of(Referat referat, boolean withFullText) {
        Meeting m = referat.meeting();
        MeetingJson meeting = new MeetingJson(m.body(), m.date() == null ? null : m.date().toString(),
                m.time() == null ? null : m.time().toString(), m.end() == null ? null : m.end().toString(), m.place(),
                m.participants().stream().map(ReferatJson::person).toList());
        return new Document(referat.source(), meeting,
                referat.items().stream().map(i -> item(i, withFullText)).toList(), referat.doubts());
    }

    private static Person person(Participant p) {
        return new Person(p.name(), p.absent());
    }

    private static Item item(AgendaItem i, boolean withFullText) {
        return new Item(number(i), i.title().isEmpty() ? null : i.title(), i.caseNumber(), i.closed(), i.decision(),
                i.outcome() == null ? null : i.outcome().code(), i.recommendations(), i.route(),
                i.prior().stream().map(ReferatJson::prior).toList(), i.attachments(), i.followUps().stream().map(FollowUpJson::of).toList(),
                i.alternativeTitles(), i.economy(), i.resume(), withFullText ? i.fullText() : null);
    }

    /**
     * The number as printed: a JSON number when it is a plain whole number ("7"), else the printed text ("01",
     * "1.1"); null when the minutes print none.
     */
    private static Object number(AgendaItem i) {
        return JsonParts.punkt(i.label());
    }

    private static Prior prior(PriorTreatment p) {
        return new Prior(p.body(), p.date().toString(), p.text());
    }
}
