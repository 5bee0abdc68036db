package dk.referent.scheduler.plan;

import dk.referent.scheduler.plan.MeetingCalendarFile.Line;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting dates in an iCalendar file (RFC 5545): the start date of each VEVENT that is not cancelled, as a
 * date in Danish time.
 */
final class IcsMeetingDates {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final Pattern START = Pattern.compile("(\\d{8})(?:T(\\d{6})(Z?))?");
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter BASIC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private IcsMeetingDates() {
    }

    static List<LocalDate> read(String fileName, List<Line> lines) throws CalendarFormatException {
        List<LocalDate> dates = new ArrayList<>();
        for (Event event : events(fileName, unfold(lines))) {
            if (event.has("STATUS", "CANCELLED")) {
                continue;
            }
            Optional<Property> rrule = event.first("RRULE");
            if (rrule.isPresent()) {
                // Expanding a series with its exceptions is not worth the risk of wrong dates; say so instead
                throw CalendarFormatException.at(fileName, rrule.get().line(),
                        "gentagne møder (RRULE) kan ikke indlæses — eksportér kalenderen med de enkelte møder");
            }
            Property start = event.first("DTSTART").orElseThrow(() -> CalendarFormatException.at(fileName,
                    event.line(), "mødet har ingen startdato (DTSTART mangler)"));
            dates.add(startDate(fileName, start));
        }
        return dates;
    }

    /** RFC 5545 folding: a line that starts with a space or tab continues the one before it. */
    private static List<Line> unfold(List<Line> lines) {
        List<Line> unfolded = new ArrayList<>();
        for (Line line : lines) {
            boolean continuation = !line.text().isEmpty()
                    && (line.text().charAt(0) == ' ' || line.text().charAt(0) == '\t');
            if (continuation && !unfolded.isEmpty()) {
                Line previous = unfolded.remove(unfolded.size() - 1);
                unfolded.add(new Line(previous.number(), previous.text() + line.text().substring(1)));
            } else {
                unfolded.add(line);
            }
        }
        return unfolded;
    }

    /** The VEVENTs with their own properties; those of components nested in them (VALARM) are left out. */
    private static List<Event> events(String fileName, List<Line> lines) throws CalendarFormatException {
        List<Event> events = new ArrayList<>();
        Deque<Component> open = new ArrayDeque<>();
        List<Property> properties = new ArrayList<>();
        for (Line line : lines) {
            if (line.text().isBlank()) {
                continue;
            }
            Property p = Property.parse(fileName, line);
            if (p.name().equals("BEGIN")) {
                open.push(new Component(p.value().toUpperCase(Locale.ROOT), line.number()));
                if (open.peek().isEvent()) {
                    properties = new ArrayList<>();
                }
            } else if (p.name().equals("END")) {
                String name = p.value().toUpperCase(Locale.ROOT);
                if (open.isEmpty() || !open.peek().name().equals(name)) {
                    throw CalendarFormatException.at(fileName, line.number(), "END:" + name + " uden BEGIN:" + name);
                }
                Component closed = open.pop();
                if (closed.isEvent()) {
                    events.add(new Event(closed.line(), properties));
                }
            } else if (!open.isEmpty() && open.peek().isEvent()) {
                properties.add(p);
            }
        }
        if (!open.isEmpty()) {
            Component unclosed = open.peek();
            throw CalendarFormatException.at(fileName, unclosed.line(),
                    "BEGIN:" + unclosed.name() + " afsluttes ikke (END:" + unclosed.name() + " mangler)");
        }
        return events;
    }

    /**
     * DTSTART as a date in Danish time: a date as it stands, a floating time on its own date, a UTC time converted,
     * and a time with a TZID converted from that zone; a TZID Java does not know (Outlook's "Romance Standard
     * Time") is taken to be local time, as it is for a Danish body's calendar.
     */
    private static LocalDate startDate(String fileName, Property start) throws CalendarFormatException {
        Matcher m = START.matcher(start.value());
        try {
            if (!m.matches()) {
                throw new DateTimeException(start.value());
            }
            if (m.group(2) == null) {
                return LocalDate.parse(m.group(1), BASIC_DATE);
            }
            LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + m.group(2), BASIC_DATE_TIME);
            if (!m.group(3).isEmpty()) {
                return local.atOffset(ZoneOffset.UTC).atZoneSameInstant(DANISH_TIME).toLocalDate();
            }
            return zone(start.parameters().get("TZID"))
                    .map(zone -> local.atZone(zone).withZoneSameInstant(DANISH_TIME).toLocalDate())
                    .orElse(local.toLocalDate());
        } catch (DateTimeException e) {
            throw CalendarFormatException.at(fileName, start.line(),
                    "»" + MeetingCalendarFile.shown(start.value()) + "« er ikke en dato eller et tidspunkt (DTSTART)");
        }
    }

    private static Optional<ZoneId> zone(String tzid) {
        if (tzid == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(tzid));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A BEGIN:name not yet ended, and the line it began on. */
    private record Component(String name, int line) {

        boolean isEvent() {
            return name.equals("VEVENT");
        }
    }

    private record Event(int line, List<Property> properties) {

        Optional<Property> first(String name) {
            return properties.stream().filter(p -> p.name().equals(name)).findFirst();
        }

        boolean has(String name, String value) {
            return properties.stream().anyMatch(p -> p.name().equals(name) && p.value().equalsIgnoreCase(value));
        }
    }

    /** A content line: NAME;PARAM=value;…:value. Names are case-insensitive, so kept in upper case. */
    private record Property(int line, String name, Map<String, String> parameters, String value) {

        static Property parse(String fileName, Line line) throws CalendarFormatException {
            String text = line.text();
            int colon = valueSeparator(text);
            if (colon < 0) {
                throw CalendarFormatException.at(fileName, line.number(),
                        "»" + MeetingCalendarFile.shown(text.strip()) + "« er ikke en iCalendar-linje (NAVN:værdi)");
            }
            String[] head = text.substring(0, colon).split(";");
            Map<String, String> parameters = new HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int eq = head[i].indexOf('=');
                if (eq > 0) {
                    parameters.put(head[i].substring(0, eq).strip().toUpperCase(Locale.ROOT),
                            head[i].substring(eq + 1).strip().replace("\"", ""));
                }
            }
            return new Property(line.number(), head[0].strip().toUpperCase(Locale.ROOT), Map.copyOf(parameters),
                    text.substring(colon + 1).strip());
        }

        /** The first colon outside a quoted parameter value (TZID="…:…" is allowed). */
        private static int valueSeparator(String text) {
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ':' && !quoted) {
                    return i;
                }
            }
            return -1;
        }
    }
}
