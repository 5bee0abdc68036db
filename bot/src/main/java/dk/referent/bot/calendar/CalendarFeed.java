package dk.referent.bot.calendar;

import dk.referent.bot.conversation.DanishFormat;
import dk.referent.minutes.followup.RecurrenceWords;
import dk.referent.persistence.CalendarFeeds.Entry;
import dk.referent.persistence.CalendarFeeds.Meeting;
import dk.referent.scheduler.ReminderStore;
import dk.referent.scheduler.plan.LeadTimes;
import dk.referent.scheduler.plan.WorkingDays;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A calendar feed as RFC 5545 text, a pure function of the rows it is given (no time is read but the clock's zone):
 * the same rows give the same bytes, so the feed's ETag only changes when a follow-up or meeting did.
 *
 * <p>Deadlines and dated actions are all-day events on their date (Outlook shows no VTODO) with an alarm for each
 * lead time the reminder planner uses; events are their span; recurring obligations carry their rule; a body's
 * meetings are all-day events. Done and rejected follow-ups are cancelled, so subscribed calendars remove them. A
 * closed item's event carries its title only.
 */
public final class CalendarFeed {

    static final String PRODID = "-//Referent//Opfølgning på referater//DA";
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final LeadTimes leads;
    private final WorkingDays days;
    private final ZoneId zone;
    private final VTimeZone timeZone;

    /** DTSTAMP is each row's last change, not now, so an unchanged feed renders to the same bytes: no clock here. */
    public CalendarFeed(LeadTimes leads, WorkingDays days) {
        this.leads = leads;
        this.days = days;
        this.zone = COPENHAGEN;
        this.timeZone = copenhagen();
    }

    /** With the reminder planner's lead times and working days. */
    public static CalendarFeed withPlannerDefaults() {
        return new CalendarFeed(LeadTimes.defaults(), WorkingDays.danish());
    }

    /**
     * ical4j's bundled definition (updates from tzurl.org are off in ical4j.properties: no network in a render), named
     * Europe/Copenhagen: since 2022 the tz database makes Copenhagen a link to Berlin, and ical4j then hands out
     * Berlin's VTIMEZONE. The two zones' rules have been the same since 1980; a calendar should show the Danish name.
     */
    private static VTimeZone copenhagen() {
        VTimeZone bundled = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(COPENHAGEN.getId()).getVTimeZone();
        VTimeZone named = (VTimeZone) bundled.copy();
        named.replace(new TzId(COPENHAGEN.getId()));
        named.removeAll(Property.TZURL, "X-LIC-LOCATION");
        return named;
    }

    /** The feed named {@code name} (Danish, shown by the calendar application) holding the follow-ups and meetings. */
    public String render(String name, List<Entry> entries, List<Meeting> meetings) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        calendar.add(timeZone);
        for (Meeting m : meetings) {
            calendar.add(meeting(m));
        }
        for (Entry e : entries) {
            event(e).ifPresent(calendar::add);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent meeting(Meeting m) {
        VEvent event = new VEvent(false);
        event.add(new Uid("meeting-" + slug(m.body()) + "-" + m.date() + "@referent"));
        event.add(new DtStamp(m.imported()));
        event.add(new DtStart<>(m.date()));
        event.add(new DtEnd<>(m.date().plusDays(1)));
        event.add(new Summary("Møde i " + m.body()));
        event.add(new Sequence(0));
        return event;
    }

    /** The follow-up's event; empty for what has no date of its own (an undated action, after another body's meetings). */
    Optional<VEvent> event(Entry e) {
        VEvent event = new VEvent(false);
        event.add(new Uid("followup-" + e.id() + "@referent"));
        event.add(new DtStamp(e.changed()));
        event.add(new Sequence(e.revision()));
        String rule = null;
        switch (e.kind()) {
            case "deadline", "action" -> {
                if (e.date() == null) {
                    return Optional.empty();
                }
                allDay(event, e.date(), e.date());
                if (!cancelled(e)) {
                    alarms(e).forEach((fire, text) -> event.add(alarm(e.date(), fire, text)));
                }
            }
            case "event" -> {
                if (e.date() == null) {
                    return Optional.empty();
                }
                if (e.time() != null && (e.end() == null || e.end().equals(e.date()))) {
                    event.add(new DtStart<>(ZonedDateTime.of(e.date(), e.time(), zone)));
                } else {
                    allDay(event, e.date(), e.end() == null ? e.date() : e.end());
                }
                if (!cancelled(e)) {
                    event.add(alarm(e.date(), days.minus(e.date(), leads.event()), "Begivenhed: " + e.itemTitle()));
                }
            }
            case "recurring" -> {
                rule = e.rrule() != null ? e.rrule() : ReminderStore.ruleOfCount(e.per());
                LocalDate start = e.date() != null ? e.date() : e.meetingDate();
                if (rule == null || start == null) {
                    return Optional.empty();
                }
                allDay(event, start, start);
                event.add(new RRule<>(rule));
                if (!cancelled(e)) {
                    // relative to each occurrence; the working days are counted at the first (holidays move little)
                    event.add(alarm(start, days.minus(start, leads.recurring()), "Tilbagevendende: " + e.itemTitle()));
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        event.add(new Summary(summary(e)));
        if (!e.closed()) {
            event.add(new Description(description(e)));
        }
        event.add(cancelled(e) ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Transp(Transp.VALUE_TRANSPARENT));
        return Optional.of(event);
    }

    private static boolean cancelled(Entry e) {
        return e.status().equals("done") || e.status().equals("rejected");
    }

    private static void allDay(VEvent event, LocalDate first, LocalDate last) {
        event.add(new DtStart<>(first));
        // DTEND of an all-day event is exclusive: the day after the last
        event.add(new DtEnd<>(last.plusDays(1)));
    }

    /**
     * As the reminder planner does for a deadline: the leads' working days before, and on the day; leads that
     * land on the same day are one alarm.
     */
    private Map<LocalDate, String> alarms(Entry e) {
        Map<LocalDate, String> byDay = new LinkedHashMap<>();
        String what = (e.kind().equals("deadline") ? "Frist: " : "Opgave: ") + e.itemTitle();
        if (e.kind().equals("deadline")) {
            byDay.putIfAbsent(days.onOrBefore(e.date()), what + " – i dag");
            byDay.putIfAbsent(days.minus(e.date(), leads.deadlineSecond()), what + " – om " + leads.deadlineSecond() + " arbejdsdag"
                    + (leads.deadlineSecond() == 1 ? "" : "e"));
            byDay.putIfAbsent(days.minus(e.date(), leads.deadlineFirst()), what + " – om " + leads.deadlineFirst() + " arbejdsdage");
        } else {
            byDay.putIfAbsent(days.minus(e.date(), leads.action()), what);
        }
        return byDay;
    }

    /** An alarm at the planner's time of day on {@code fire}, as a duration from the start of the all-day event. */
    private VAlarm alarm(LocalDate start, LocalDate fire, String text) {
        Duration before = Duration.between(start.atStartOfDay(), LocalDateTime.of(fire, leads.at()));
        VAlarm alarm = new VAlarm(before);
        alarm.add(new Action(Action.VALUE_DISPLAY));
        alarm.add(new Description(text));
        return alarm;
    }

    private static String summary(Entry e) {
        String title = e.itemTitle();
        return switch (e.kind()) {
            case "deadline" -> "Frist: " + title;
            case "action" -> "Opgave: " + title;
            case "recurring" -> title + " (" + RecurrenceWords.danish(e.rrule(), e.per()) + ")";
            default -> title;
        };
    }

    /** The citation and the sentence the follow-up came from; never for a closed item. */
    private static String description(Entry e) {
        List<String> citation = new ArrayList<>();
        citation.add(e.meetingBody());
        citation.add("møde " + DanishFormat.date(e.meetingDate()));
        citation.add("punkt " + e.itemNumber());
        if (e.itemCase() != null && !e.itemCase().isBlank()) {
            citation.add("sag " + e.itemCase());
        }
        StringBuilder text = new StringBuilder(String.join(", ", citation)).append(".\n\n»").append(e.evidence().strip()).append("«");
        String responsible = e.assignee() != null ? e.assignee() : e.owner();
        if (responsible != null && !responsible.isBlank()) {
            text.append("\n\nAnsvarlig: ").append(responsible.strip());
        }
        if (e.kind().equals("deadline") && e.time() != null) {
            text.append("\nSenest kl. ").append(e.time());
        }
        if (e.status().equals("done")) {
            text.append("\n\nUdført.");
        } else if (e.status().equals("rejected")) {
            text.append("\n\nAfvist af sekretariatet.");
        }
        return text.toString();
    }

    /** "Økonomiudvalget" → "oekonomiudvalget": a UID part that every calendar application keeps as it is. */
    static String slug(String body) {
        String ascii = body.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
