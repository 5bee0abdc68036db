package dk.referent.bot.cli.json;

import dk.referent.minutes.time.TemporalExpression.DateExpression;
import dk.referent.minutes.time.TemporalExpression.NextMeetingExpression;
import dk.referent.minutes.time.TemporalExpression.PeriodExpression;
import dk.referent.minutes.time.TemporalExpression.RecurrenceExpression;
import dk.referent.minutes.time.TemporalExpression;
import java.util.LinkedHashMap;
import java.util.Map;

/** A temporal expression as the {@code dates --json} contract writes it (../shared/eval/TEMPORAL.md). */
public final class TemporalJson {

    private TemporalJson() {
    }

    public static Map<String, Object> of(TemporalExpression t, String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", t.kind());
        if (t instanceof DateExpression d) {
            out.put("date", d.date().toString());
            if (d.time() != null) {
                out.put("time", d.time().toString());
            }
        } else if (t instanceof PeriodExpression p) {
            out.put("start", p.from().toString());
            out.put("end", p.to().toString());
            if (p.vague() != null) {
                out.put("vague", p.vague());
            }
        } else if (t instanceof RecurrenceExpression r) {
            if (r.rrule() != null) {
                out.put("rrule", r.rrule());
            }
            if (r.per() != null) {
                Map<String, Object> per = new LinkedHashMap<>();
                per.put("freq", r.per().freq());
                if (r.per().times() != null) {
                    per.put("times", r.per().times());
                }
                if (r.per().min() != null) {
                    per.put("min", r.per().min());
                    per.put("max", r.per().max());
                }
                out.put("per", per);
            }
            if (r.dtstart() != null) {
                out.put("dtstart", r.dtstart().toString());
            }
        } else if (t instanceof NextMeetingExpression n) {
            out.put("body", n.body());
        }
        if (t.deadline()) {
            out.put("deadline", true);
        }
        out.put("text", text.substring(t.span().start(), t.span().end()));
        return out;
    }
}
