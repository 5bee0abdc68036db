package dk.referent.minutes.referat;

import dk.referent.minutes.time.DanishDates;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a referat before its first item: title line, labelled fields (Mødedato, Mødested,
 * Mødedeltagere, Afbud, …). Labels may stand with or without a colon, values may wrap over lines.
 */
final class MeetingHeader {

    enum Field { DATE, TIME, PLACE, PARTICIPANTS, ABSENT, BODY, IGNORED }

    private static final Map<String, Field> LABELS = new LinkedHashMap<>();

    static {
        for (String s : List.of("mødedato", "dato", "mødedag", "dato og tid", "dato og tidspunkt", "tid og sted")) {
            LABELS.put(s, Field.DATE);
        }
        for (String s : List.of("mødetidspunkt", "mødetid", "tidspunkt", "tid", "starttidspunkt", "mødestart", "klokkeslæt", "start kl.",
                "start kl", "start", "starttid", "mødet starter", "fra kl.")) {
            LABELS.put(s, Field.TIME);
        }
        for (String s : List.of("mødested", "sted", "mødelokale", "lokale", "adresse")) {
            LABELS.put(s, Field.PLACE);
        }
        for (String s : List.of("mødedeltagere", "deltagere", "medlemmer", "til stede", "tilstede", "fremmødte",
                "deltagende", "deltog", "udvalgsmedlemmer", "mødeleder", "formand", "næstformand")) {
            LABELS.put(s, Field.PARTICIPANTS);
        }
        for (String s : List.of("afbud", "fraværende", "fravær", "ikke til stede", "ikke mødt", "ikke fremmødt", "forfald")) {
            LABELS.put(s, Field.ABSENT);
        }
        for (String s : List.of("udvalg", "organ", "forum", "møde", "mødeforum", "udvalgets navn")) {
            LABELS.put(s, Field.BODY);
        }
        for (String s : List.of("sekretær", "referent", "mødesekretær", "øvrige deltagere", "fra administrationen",
                "fra forvaltningen", "gæster", "mødeslut", "sluttidspunkt", "mødet hævet", "bemærkninger", "kommune", "slut kl.",
                "slut kl", "slut", "sluttid", "mødet sluttede")) {
            LABELS.put(s, Field.IGNORED);
        }
    }

    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^(" + String.join("|", LABELS.keySet().stream().sorted((a, b) -> b.length() - a.length())
                    .map(Pattern::quote).toList()) + ")(?:\\s*:\\s*|\\s+|$)(.*)$");
    private static final Pattern TITLE = Pattern.compile(
            "(?iu)^(?:referat|beslutningsreferat|beslutningsprotokol|protokol|dagsorden\\s+og\\s+referat|dagsorden\\s+med\\s+beslutninger"
                    + "|beslutninger|mødereferat)\\b\\s*(?:(?:af|fra|for)\\s+)?(?:(?:det\\s+)?(?:ordinære|ekstraordinære|ordinært|ekstraordinært)\\s+)?"
                    + "(?:møde(?:t)?\\s+(?:i|for)?\\s*)?[\\-–:|]?\\s*(.*)$");
    private static final Pattern TITLE_AFTER = Pattern.compile(
            "(?iu)^(.+?)\\s*[\\-–:|,]?\\s*(?:referat|beslutningsprotokol|beslutningsreferat|protokol)\\b.*$");
    private static final String ABSENCE_WORDS =
            "(?:fravær(?:ende)?|afbud(?:\\s+givet)?|ikke\\s+til\\s+stede|ikke\\s+mødt|deltog\\s+ikke|syg|forhindret)";
    /** "(Fravær)", "(afbud)", "(A, afbud)". */
    private static final Pattern ABSENCE_MARK = Pattern.compile(
            "(?iu)\\s*[\\(\\[][^)\\]]*\\b" + ABSENCE_WORDS + "\\b[^)\\]]*[\\)\\]]");
    /** "Karen Lauridsen (A) – formand", "Thomas Krogh – afbud". */
    private static final Pattern DASH_NOTE = Pattern.compile("(?u)\\s+[-–—]\\s+([\\p{L} ,]{2,40})$");
    private static final Pattern ABSENCE_NOTE = Pattern.compile("(?iu)^.*\\b" + ABSENCE_WORDS + "\\b.*$");
    private static final Pattern PEOPLE_SEPARATOR = Pattern.compile("\\s*(?:[,;\\n]|\\s+og\\s+|\\s+samt\\s+)\\s*");
    private static final Pattern MEETING_TITLE = Pattern.compile(
            "(?iu)^(?:(?:det\\s+)?(?:ekstraordinære?t?|ordinære?t?|konstituerende)\\s+)?møde(?:t)?\\s+i\\s+(.+)$");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern NONE = Pattern.compile("(?iu)^(?:ingen|intet|-|–|ingen afbud|alle til stede|alle mødt)\\.?$");
    private static final Pattern ROLE = Pattern.compile(
            "(?iu)^(?:formand|næstformand|medlem|sekretær|referent|mødeleder|ordstyrer|borgmester|kommunaldirektør)$");

    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?iu)\\b\\d{1,2}\\.\\s*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\\b");

    private MeetingHeader() {
    }

    /**
     * What the header says.
     *
     * @param labels         how many meeting-field labels it holds ("Mødedato", "Mødested", …)
     * @param dayWithoutYear it dates the meeting by day and month only ("15. juni kl. 8:15")
     */
    record Fields(String body, LocalDate date, LocalTime time, String place, List<Participant> participants, int labels,
                  boolean dayWithoutYear) {

        /** Any sign that this is the header of a meeting. */
        boolean anySign() {
            return date != null || body != null || labels > 0 || !participants.isEmpty() || dayWithoutYear;
        }
    }

    static Fields read(List<Line> header) {
        String body = null;
        LocalDate date = null;
        LocalTime time = null;
        String place = null;
        Map<String, Participant> people = new LinkedHashMap<>();
        String titleDateLine = null;
        int dateLine = -1;
        int labels = 0;

        for (int i = 0; i < header.size(); i++) {
            Line line = header.get(i);
            if (line.blank()) {
                continue;
            }
            Matcher label = LABEL.matcher(line.text());
            if (label.matches() && !looksLikeTitle(line.text())) {
                labels++;
                Field field = LABELS.get(label.group(1).toLowerCase(Locale.ROOT));
                List<String> parts = new ArrayList<>();
                boolean inlineValue = !label.group(2).isBlank();
                if (inlineValue) {
                    parts.add(label.group(2).strip());
                }
                int j = i + 1;
                if (!inlineValue) {
                    // "**Deltagere**", a blank line, then the list
                    int k = j;
                    while (k < header.size() && header.get(k).blank()) {
                        k++;
                    }
                    if (k < header.size() && continues(header.get(k), false, field)) {
                        j = k;
                    }
                }
                while (j < header.size() && continues(header.get(j), inlineValue, field)) {
                    parts.add(header.get(j).text());
                    j++;
                }
                i = j - 1;
                String value = inlineValue ? String.join(" ", parts) : String.join(", ", parts);
                switch (field) {
                    case DATE -> {
                        if (date == null) {
                            date = DanishDates.firstDate(value).orElse(null);
                            dateLine = j - 1;
                        }
                        if (time == null) {
                            time = DanishDates.firstTime(value, false).orElse(null);
                        }
                    }
                    case TIME -> {
                        if (time == null) {
                            time = DanishDates.firstTime(value, true).orElse(null);
                        }
                    }
                    case PLACE -> {
                        if (place == null && !value.isBlank()) {
                            place = value.strip();
                        }
                    }
                    case PARTICIPANTS -> addPeople(people, value, false);
                    case ABSENT -> addPeople(people, value, true);
                    case BODY -> {
                        // "Møde torsdag den 21. november 2024 kl. 14.00" dates the meeting rather than naming it
                        Optional<LocalDate> dated = DanishDates.firstDate(value);
                        if (dated.isPresent()) {
                            date = date == null ? dated.get() : date;
                            time = time == null ? DanishDates.firstTime(value, false).orElse(null) : time;
                            dateLine = j - 1;
                        } else if (body == null && !value.isBlank()) {
                            body = BodyNames.canonical(value);
                        }
                    }
                    case IGNORED -> {
                    }
                }
                continue;
            }
            if (body == null) {
                Optional<String> titled = bodyFromTitle(line.text());
                if (titled.isPresent()) {
                    body = titled.get();
                    titleDateLine = line.text();
                    continue;
                }
            }
            if (titleDateLine == null && DanishDates.firstDate(line.text()).isPresent() && line.text().length() < 120) {
                titleDateLine = line.text();
                dateLine = i;
            }
        }
        if (place == null && dateLine >= 0) {
            place = placeAfterDate(header, dateLine, body);
        }
        if (body == null) {
            body = header.stream().filter(l -> !l.blank()).map(Line::text)
                    .filter(t -> t.length() <= 80 && BodyNames.namesBody(t))
                    .map(MeetingHeader::withoutDate).filter(t -> !t.isBlank())
                    .findFirst().map(BodyNames::canonical).orElse(null);
        }
        if (date == null && titleDateLine != null) {
            date = DanishDates.firstDate(titleDateLine).orElse(null);
        }
        if (time == null && titleDateLine != null) {
            time = DanishDates.firstTime(titleDateLine, false).orElse(null);
        }
        return new Fields(body, date, time, place, List.copyOf(people.values()), labels,
                date == null && header.stream().anyMatch(l -> DAY_MONTH.matcher(l.text()).find()));
    }

    /**
     * An unlabelled place printed on the line right under the date ("Torsdag den 12. december 2024 kl. 17:00" /
     * "Byrådssalen, Hedeby Rådhus").
     */
    private static String placeAfterDate(List<Line> header, int dateLine, String body) {
        if (dateLine + 1 >= header.size()) {
            return null;
        }
        Line next = header.get(dateLine + 1);
        String t = next.text();
        if (next.blank() || next.marked() || t.length() > 80 || LABEL.matcher(t).matches() || looksLikeTitle(t)
                || TableOfContents.isHeading(next) || DanishDates.firstDate(t).isPresent() || bodyLine(t, body)
                || t.endsWith(".") || t.endsWith(":")) {
            return null;
        }
        return t;
    }

    private static boolean bodyLine(String text, String body) {
        return body == null ? BodyNames.namesBody(text) && !text.contains(",") : BodyNames.canonical(text).equalsIgnoreCase(body);
    }

    private static boolean looksLikeTitle(String text) {
        return TITLE.matcher(text).matches() || MEETING_TITLE.matcher(text).matches();
    }

    /** A following line belongs to the label's value: a wrapped line, or one entry of a list under an empty label. */
    private static boolean continues(Line next, boolean inlineValue, Field field) {
        if (next.blank() || next.marked() || LABEL.matcher(next.text()).matches() || TableOfContents.isHeading(next)) {
            return false;
        }
        if (field != Field.PARTICIPANTS && field != Field.ABSENT) {
            return false;
        }
        return !BodyNames.namesBody(next.text()) || !inlineValue;
    }

    private static Optional<String> bodyFromTitle(String text) {
        Matcher m = TITLE.matcher(text);
        Matcher meeting = MEETING_TITLE.matcher(text);
        String candidate = null;
        if (m.matches()) {
            candidate = withoutDate(m.group(1));
        } else if (meeting.matches()) {
            candidate = withoutDate(meeting.group(1));
        } else {
            Matcher after = TITLE_AFTER.matcher(text);
            if (after.matches() && BodyNames.namesBody(after.group(1))) {
                candidate = withoutDate(after.group(1));
            }
        }
        if (candidate == null || candidate.isBlank() || candidate.length() > 80) {
            return Optional.empty();
        }
        return Optional.of(BodyNames.canonical(candidate));
    }

    /** "Direktionen d. 29-04-2024" → "Direktionen"; "Økonomiudvalget den 18. november 2024 kl. 16" → "Økonomiudvalget". */
    private static String withoutDate(String text) {
        Optional<DanishDates.Found> found = DanishDates.find(text);
        String s = found.map(f -> text.substring(0, f.start())).orElse(text);
        return s.replaceAll("(?iu)(?:\\s+|^)(?:den|d\\.|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|,|-|–)+\\s*$", "")
                .replaceAll("(?iu)\\s*(?:mødet?\\s+(?:i|den)?|\\bkl\\.?.*)$", "")
                .strip();
    }

    private static void addPeople(Map<String, Participant> people, String value, boolean absent) {
        if (NONE.matcher(value.strip()).matches()) {
            return;
        }
        for (String raw : splitOutsideBrackets(value)) {
            String entry = raw.strip().replaceFirst("^[-•*▪●◦]\\s*", "");
            boolean markedAbsent = ABSENCE_MARK.matcher(entry).find();
            Matcher note = DASH_NOTE.matcher(entry);
            if (note.find()) {
                markedAbsent |= ABSENCE_NOTE.matcher(note.group(1)).matches();
                entry = entry.substring(0, note.start());
            }
            String name = PARENTHETICAL.matcher(ABSENCE_MARK.matcher(entry).replaceAll("")).replaceAll("")
                    .replaceAll("^[-•*\\s]+|[.\\s]+$", "").strip();
            if (name.isEmpty() || ROLE.matcher(name).matches() || name.length() > 60 || !Character.isLetter(name.charAt(0))) {
                continue;
            }
            String key = name.toLowerCase(Locale.ROOT);
            Participant known = people.get(key);
            boolean isAbsent = absent || markedAbsent || (known != null && known.absent());
            people.put(key, new Participant(known != null ? known.name() : name, isAbsent));
        }
    }

    /** Splits a list of people at commas, semicolons, line breaks and "og", but not inside "(direktør, Børn og Familie)". */
    private static List<String> splitOutsideBrackets(String value) {
        StringBuilder masked = new StringBuilder(value.length());
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            depth = Math.max(depth, 0);
            masked.append(depth > 0 && (c == ',' || c == ';' || c == ' ') ? (char) (0xE000 + c) : c);
        }
        List<String> parts = new ArrayList<>();
        for (String part : PEOPLE_SEPARATOR.split(masked)) {
            StringBuilder restored = new StringBuilder(part.length());
            part.chars().forEach(ch -> restored.append(ch >= 0xE000 && ch < 0xE100 ? (char) (ch - 0xE000) : (char) ch));
            parts.add(restored.toString());
        }
        return parts;
    }
}
