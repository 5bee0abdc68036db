package dk.referent.persistence;

import dk.referent.minutes.names.Bodies;

import static dk.referent.persistence.jooq.Tables.AGENDA_ITEM;
import static dk.referent.persistence.jooq.Tables.MEETING;
import static dk.referent.persistence.jooq.Tables.PARTICIPANT;

import dk.referent.minutes.referat.AgendaItem;
import dk.referent.minutes.referat.Meeting;
import dk.referent.minutes.referat.Participant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** "Who attended", "where", "what was on the agenda": the meeting a question points at, with its people and items. */
public final class MeetingLookup {

    /** A meeting as questions about it need it; its times as its minutes write them ("17:00", "18.10"). */
    public record MeetingView(String body, LocalDate date, String time, String end, String place,
                              List<Participant> participants, List<Item> items) {
    }

    /** An item on the agenda; its decision only for the authorised when closed. */
    public record Item(int number, String punkt, String title, String caseNumber, boolean closed, String decision, String outcome) {
    }

    private final Database database;

    private static String written(LocalTime t, String separator) {
        return t == null ? null : Meeting.written(t, separator.charAt(0));
    }

    public MeetingLookup(Database database) {
        this.database = database;
    }

    /** The latest meeting of {@code body} (any body when empty) between {@code from} and {@code to} (any time when empty). */
    public Optional<MeetingView> find(Optional<String> body, Optional<LocalDate> from, Optional<LocalDate> to, boolean authorised) {
        List<Condition> where = new ArrayList<>();
        // the body however its minutes name it: "KB" asks for Kommunalbestyrelsen, "byrådet" for Herning Byråd
        body.ifPresent(b -> where.add(MEETING.BODY.in(database.dsl().selectDistinct(MEETING.BODY).from(MEETING).fetch(MEETING.BODY)
                .stream().filter(stored -> Bodies.means(b, stored)).toList())));
        from.ifPresent(d -> where.add(MEETING.MEETING_DATE.ge(d)));
        to.ifPresent(d -> where.add(MEETING.MEETING_DATE.le(d)));
        var meeting = database.dsl().selectFrom(MEETING).where(where.isEmpty() ? List.of(DSL.trueCondition()) : where)
                .orderBy(MEETING.MEETING_DATE.desc()).limit(1).fetchOptional();
        if (meeting.isEmpty()) {
            return Optional.empty();
        }
        long id = meeting.get().getId();
        List<Participant> people = database.dsl().selectFrom(PARTICIPANT).where(PARTICIPANT.MEETING_ID.eq(id))
                .orderBy(PARTICIPANT.POSITION).fetch(p -> new Participant(p.getName(), p.getAbsent()));
        List<Item> items = database.dsl().selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(id))
                .orderBy(AGENDA_ITEM.NUMBER)
                .fetch(i -> new Item(i.getNumber(), AgendaItem.punkt(i.getNumber(), i.getPunkt()), i.getTitle(), i.getCaseNumber(), i.getClosed(),
                        i.getClosed() && !authorised ? null : i.getDecision(), i.getOutcome()));
        var m = meeting.get();
        return Optional.of(new MeetingView(m.getBody(), m.getMeetingDate(), written(m.getStartTime(), m.getTimeSeparator()),
                written(m.getEndTime(), m.getEndSeparator()), m.getPlace(), people, items));
    }
}
