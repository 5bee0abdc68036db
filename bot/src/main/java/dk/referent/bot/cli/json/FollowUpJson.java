package dk.referent.bot.cli.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.referent.minutes.followup.FollowUp;
import dk.referent.minutes.followup.FollowUpKind.Action;
import dk.referent.minutes.followup.FollowUpKind.AfterMeeting;
import dk.referent.minutes.followup.FollowUpKind.Deadline;
import dk.referent.minutes.followup.FollowUpKind.Event;
import dk.referent.minutes.followup.FollowUpKind.Recurring;
import dk.referent.minutes.followup.FollowUpKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A follow-up in the JSON contract: {@code {"kind", "date", "end", "time", "rrule", "owner", "body", "evidence"}}
 * (PRODUCT.md), extended with confidence, source, høringsparter and a count per period.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FollowUpJson(String kind, String date, String end, String time, String rrule, String per, String owner, String body,
                    String evidence, double confidence, String source, List<String> parties) {

    static FollowUpJson of(FollowUp f) {
        FollowUpKind k = f.kind();
        LocalDate date = null;
        LocalDate end = null;
        LocalTime time = null;
        String rrule = null;
        String per = null;
        String body = null;
        List<String> parties = null;
        if (k instanceof Deadline d) {
            date = d.date();
            time = d.time();
            parties = d.parties().isEmpty() ? null : d.parties();
        } else if (k instanceof Event e) {
            date = e.date();
            end = e.end();
            time = e.time();
        } else if (k instanceof Recurring r) {
            date = r.start();
            rrule = r.rrule();
            per = r.per();
        } else if (k instanceof Action a) {
            date = a.due();
            body = a.atNextMeetingOf();
        } else if (k instanceof AfterMeeting m) {
            body = m.body();
        }
        return new FollowUpJson(k.code(), str(date), str(end), time == null ? null : time.toString(), rrule, per, f.owner(),
                body, f.evidence(), Math.round(f.confidence() * 100) / 100.0, f.source().code(), parties);
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
