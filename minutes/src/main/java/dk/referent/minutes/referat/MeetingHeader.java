package dk.referent.minutes.referat;

import dk.referent.minutes.names.Bodies;
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

    enum Field { DATE, TIME, TIME_END, PLACE, PARTICIPANTS, ABSENT, BODY, IGNORED }

    private static final Map<String, Field> LABELS = new LinkedHashMap<>();

    static {
        for (String s : List.of("mødedato", "mødedo", "dato", "mødedag", "dato og tid", "dato og tidspunkt", "tid og sted")) {
            LABELS.put(s, Field.DATE);
        }
        for (String s : List.of("mødetidspunkt", "mødetid", "tidspunkt", "tid", "starttidspunkt", "mødestart", "klokkeslæt", "start kl.",
                "start kl", "start", "starttid", "mødet starter", "fra kl.", "mødet påbegyndt", "starttidspunkt for møde")) {
            LABELS.put(s, Field.TIME);
        }
        for (String s : List.of("mødested", "sted", "mødelokale", "lokale", "adresse", "mødeafholdelse", "møde lokation",
                "mødelokation", "lokation", "afholdt som", "mødet blev afholdt som")) {
            LABELS.put(s, Field.PLACE);
        }
        for (String s : List.of("mødedeltagere", "deltagere", "medlemmer", "til stede", "tilstede", "fremmødte",
                "deltagende", "deltog", "udvalgsmedlemmer", "mødeleder", "formand", "næstformand", "ordstyrer",
                // present by telephone, and substitutes present in a member's place
                "telefonisk", "deltagende suppleant", "deltagende suppleanter", "suppleanter", "stedfortræder", "stedfortrædere")) {
            LABELS.put(s, Field.PARTICIPANTS);
        }
        for (String s : List.of("afbud", "fraværende", "fraværende med afbud", "fraværende uden afbud", "fraværende i øvrigt", "afbud fra", "afbud/fraværende", "fraværende/afbud", "fravær", "ikke til stede", "ikke tilstede", "ikke mødt", "ikke fremmødt", "forfald")) {
            LABELS.put(s, Field.ABSENT);
        }
        for (String s : List.of("udvalg", "organ", "forum", "møde", "mødeforum", "udvalgets navn")) {
            LABELS.put(s, Field.BODY);
        }
        for (String s : List.of("sekretær", "referent", "mødesekretær", "øvrige deltagere", "fra administrationen",
                "fra forvaltningen", "gæster", "mødeslut", "sluttidspunkt", "mødet hævet", "bemærkninger", "kommune", "slut kl.",
                "slut kl", "slut", "sluttid", "mødet sluttede", "mødet afsluttet", "møde slut", "bemærk", "sagsoversigt",
                "titel", "tilforordnede", "tolk", "tolke", "embedsmænd", "mødeform")) {
            LABELS.put(s, Field.IGNORED);
        }
    }

    /** Whether {@code word} is a meeting field's label ("Sted", "Deltagere", "Mødedato"), in any case. */
    static boolean isFieldLabel(String word) {
        return LABELS.containsKey(word.strip().toLowerCase(Locale.ROOT));
    }

    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^(" + String.join("|", LABELS.keySet().stream().sorted((a, b) -> b.length() - a.length())
                    .map(Pattern::quote).toList()) + ")(?:\\s+(?:med|uden)\\s+\\p{Ll}+(?=\\s*:))?(?:\\s*:\\s*|\\s+|$)(.*)$");
    private static final Pattern TITLE = Pattern.compile(
            "(?iu)^(?:referat|beslutningsreferat|beslutningsprotokol|protokol|dagsorden\\s+og\\s+referat|dagsorden\\s+med\\s+beslutninger"
                    + "|beslutninger|mødereferat)\\b\\s*(?:(?:af|fra|for)\\s+)?(?:(?:det\\s+)?(?:ordinære|ekstraordinære|ordinært|ekstraordinært)\\s+)?"
                    + "(?:møde(?:t)?\\s+(?:i|for)?\\s*)?[\\-–:|]?\\s*(.*)$");
    private static final String ABSENCE_WORDS =
            "(?:fravær(?:ende)?|afbud(?:\\s+givet)?|ikke\\s+til\\s+stede|ikke\\s+mødt|deltog\\s+ikke|syg|forhindret)";
    /** "(Fravær)", "(afbud)", "(A, afbud)". */
    private static final Pattern ABSENCE_MARK = Pattern.compile(
            "(?iu)\\s*[\\(\\[][^)\\]]*\\b" + ABSENCE_WORDS + "\\b[^)\\]]*[\\)\\]]");
    /** "Karen Lauridsen (A) – formand", "Thomas Krogh – afbud". */
    private static final Pattern DASH_NOTE = Pattern.compile("(?u)\\s+[-–—]\\s+([\\p{L} ,]{2,40})$");
    /** "Susan Frandsen Afbud", "Theo Manel Lund/Elevrådsnæstformand Afbud": the absence written after the name. */
    private static final Pattern ABSENCE_AFTER = Pattern.compile("(?u)(?:\\s+[-–—])?\\s+(?:Afbud|afbud|Fraværende|fraværende)$");
    /** "Markos Papadopoulos/Elevrådsformand": the role after a slash. */
    private static final Pattern ROLE_AFTER = Pattern.compile("(?u)/\\p{L}[\\p{L}.\\-]*$");
    private static final Pattern ABSENCE_NOTE = Pattern.compile("(?iu)^.*\\b" + ABSENCE_WORDS + "\\b.*$");
    /**
     * Names printed in columns of a table, flattened: {@link MinutesText} keeps the gap as a tab, which the header's
     * segments widen to three spaces.
     */
    private static final String COLUMN_GAP = "(?<=\\S) {3,}(?=\\S)";
    /**
     * Commas, "og", the party letters that end each name of a list run together ("Aqqaluk Heilmann (A) Bendt …"), and
     * the columns of a flattened table.
     */
    private static final Pattern PEOPLE_SEPARATOR = Pattern.compile(
            "\\s*(?:[,;\\n]|\\s+og\\s+|\\s+&\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\p{Lu})|\\s+samt\\s+|\\s+ved\\s+afbud\\b|(?<=\\))\\s+(?=\\p{Lu})|" + COLUMN_GAP + ")\\s*");
    /** "… skolebestyrelsesmøde på Herlev Byskole afd. ENG,": a meeting named by its body, and where it was held. */
    private static final Pattern MEETING_AT = Pattern.compile(
            "(?iu)\\b(\\p{L}+møde)\\s+på\\s+((?-i:\\p{Lu})(?:(?!\\s[-–|•]\\s)[^,]){2,60}?)[,\\s]*$");
    private static final Pattern MEETING_TITLE = Pattern.compile(
            "(?iu)^(?:(?:det\\s+)?(?:ekstraordinære?t?|ordinære?t?|konstituerende)\\s+)?møde(?:t)?\\s+i\\s+(.+)$");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern NONE = Pattern.compile("(?iu)^(?:ingen|intet|-|–|ingen afbud|alle til stede|alle mødt)\\.?$");
    private static final Pattern ROLE = Pattern.compile(
            "(?iu)^(?:formand|næstformand|medlem|sekretær|referent|mødeleder|ordstyrer|borgmester|kommunaldirektør)$");

    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?iu)\\b\\d{1,2}\\.\\s*" + DanishDates.MONTH_NAMES + "\\b");

    private MeetingHeader() {
    }

    /**
     * What the header says.
     *
     * @param labels         how many meeting-field labels it holds ("Mødedato", "Mødested", …)
     * @param dayWithoutYear it dates the meeting by day and month only ("15. juni kl. 8:15")
     */
    record Fields(String body, LocalDate date, LocalTime time, LocalTime end, String place, List<Participant> participants,
                  int labels, boolean dayWithoutYear) {

        /** These fields, with what they lack taken from {@code other}. */
        Fields orElse(Fields other) {
            List<Participant> people = participants.isEmpty() ? other.participants() : participants;
            return new Fields(body != null ? body : other.body(), date != null ? date : other.date(),
                    time != null ? time : other.time(), end != null ? end : other.end(), place != null ? place : other.place(), people,
                    labels + other.labels(), date == null && other.date() == null && (dayWithoutYear || other.dayWithoutYear()));
        }

        /** Any sign that this is the header of a meeting. */
        boolean anySign() {
            return date != null || body != null || labels > 0 || !participants.isEmpty() || dayWithoutYear;
        }
    }

    /** Labels that also stand without their colon ("Mødedato 10. juni 2013", "Dato 08. september 2014"). */
    private static final Pattern BARE_LABEL_SPLIT = Pattern.compile(
            "(?<=[^:\\s])\\s+(?=(?:Mødedato|Mødetidspunkt|Mødelokale|Mødeafholdelse|Mødested|Sluttidspunkt|Starttidspunkt|Dato"
                    + "|Medlemmer|Fraværende|Bemærkninger|Deltagere)\\s)");
    private static final Pattern COLON_LABEL = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:" + String.join("|", LABELS.keySet().stream().sorted((a, b) -> b.length() - a.length())
                    .map(Pattern::quote).toList()) + ")\\s*:");
    private static final Pattern MINUTES_WORD = Pattern.compile(
            "(?iu)\\b(?:referat|beslutningsreferat|beslutningsprotokol|protokol|dagsorden|mødereferat|åben|lukket)\\b");
    private static final Pattern FILLER = Pattern.compile(
            "(?iu)\\b(?:referat|beslutningsreferat|beslutningsprotokol|protokol|dagsorden|mødereferat|åben|lukket|til|for|af|fra"
                    + "|mødet|møde|i|den|d\\.|med|beslutninger|ekstraordinære?t?|ordinære?t?|mandag|tirsdag|onsdag|torsdag"
                    + "|fredag|lørdag|søndag"
                    // the meeting's number: "ordinære møde 03/2020", "Møde nr. 1/19"
                    + "|nr\\.?\\s*\\d{1,3}(?:/\\d{2,4})?|\\d{1,3}/\\d{2,4})\\b");
    private static final Pattern TIME_AFTER_DATE = Pattern.compile(
            "(?iu)^[\\s,.\\-–]*(?:kl\\.?|klokken)?\\s*(\\d{1,2})[:.](\\d{2})(?:\\s*[-–]\\s*\\d{1,2}[:.]\\d{2})?");
    private static final Pattern PLACE_TIME = Pattern.compile("(?iu)[,\\s]+kl\\.?\\s*\\d{1,2}(?:[.:]\\d{2})?(?:\\s*[-–]\\s*\\d{1,2}(?:[.:]\\d{2})?)?\\.?$");
    private static final Pattern STARTED = Pattern.compile(
            "(?iu)\\bmødet\\s+(?:startede|begyndte|blev\\s+åbnet)\\s+kl\\.?\\s*(\\d{1,2}(?:[.:]\\d{2})?)(?:\\s+i\\s+(\\p{Lu}[^.]{2,80}?))?"
                    + "(?=\\s+og\\s+|[.]?$)");
    private static final Pattern BULLET = Pattern.compile("^[•▪●◦]\\s*");
    /** "Mødet afholdt i Qaqortoq, kommunekontorets mødesal kl": where the meeting was held, said in a sentence. */
    private static final Pattern HELD = Pattern.compile(
            "(?u)\\b[Mm]ødet\\s+(?:blev\\s+)?(?:afholdt|afholdes|holdt|holdes)\\s+(?:i|på)\\s+(\\p{Lu}[^.]{2,80}?)(?:\\s+kl\\b.*|[.,]?\\s*$)");
    /** "Fysisk møde i Hotel Arctic": the form of the meeting before its place. */
    private static final Pattern MEETING_FORM_BEFORE = Pattern.compile("(?iu)^(?:fysisk|ordinært|åbent)?\\s*møde\\s+(?:i|på)\\s+");
    /** "Telefonmøde", "Fysisk", "Virtuelt møde": how the meeting was held, not where. */
    private static final Pattern MEETING_FORM = Pattern.compile(
            "(?iu)^(?:fysisk|virtuel|virtuelt|online|hybrid|telefon|video|teams|skype)?\\s*-?\\s*(?:møde|fysisk|virtuelt|online|hybrid)?$");
    /** "Kommunalbestyrelsen - Dagsordener og referater", "Økonomiudvalget /" (a breadcrumb): a page naming its body. */
    private static final Pattern PAGE_TITLE = Pattern.compile("^(\\p{Lu}[^/|]{2,60}?)\\s*(?:\\s[-–|]\\s.*|/\\s*)$");
    /** "Peter Jacobsen (O), 1. næstformand- afbud", "Sofie de Bretteville Olsen: Afbud (…)": a member marked absent. */
    private static final Pattern MARKED_ABSENT = Pattern.compile("(?iu)(?:[-–]\\s*afbud\\b|:\\s*(?:afbud|fraværende)\\b).*$");
    private static final Pattern MARKED_PRESENT = Pattern.compile("(?iu):\\s*deltog\\b.*$");
    /** "13:00 - 15:00", "Kl. 8:30-11:30": the end of a meeting's time. */
    private static final Pattern TIME_RANGE = Pattern.compile("\\d{1,2}[.:]\\d{2}\\s*[-–]\\s*(\\d{1,2}[.:]\\d{2})");
    /** "… og sluttede kl. 16.45", "mødet hævet kl.: 20.35", "Mødet sluttede kl. 12.50". */
    private static final Pattern ENDED = Pattern.compile(
            "(?iu)\\b(?:sluttede|hævet|afsluttet|afsluttedes|slut)\\s+kl\\.?\\s*:?\\s*(\\d{1,2}(?:[.:]\\d{2})?)");
    /** "Mødet sluttede kl. 12.50", "Mødet blev hævet kl. 18.10": the meeting's end, said of the meeting itself. */
    private static final Pattern MEETING_ENDED = Pattern.compile(
            "(?iu)\\bmødet\\s+(?:blev\\s+)?(?:sluttede|hævet|afsluttet|afsluttedes)\\s+kl\\.?\\s*:?\\s*(\\d{1,2}[.:]\\d{2})\\b");
    private static final Pattern KL_ONLY = Pattern.compile("(?iu)^kl\\.?$");
    private static final Pattern WEEKDAY = Pattern.compile("(?iu)\\b" + DanishDates.WEEKDAYS + "\\b");
    private static final Pattern END_TIME_LABEL = Pattern.compile("(?iu)^(?:slut.*|mødet hævet|mødet sluttede|mødeslut|mødet afsluttet|møde slut)$");
    private static final Pattern NAME = Pattern.compile(
            "^(?:\\p{Lu}[\\p{Ll}]*(?:-\\p{Lu}?[\\p{Ll}]+)*-?\\.?|\\p{Lu}\\.|la|von|van|de|der|den|af|du|di)(?:\\s+(?:\\p{Lu}[\\p{Ll}'\\-]*\\.?|la|von|van|de|der|den|af|du|di|\\p{Lu}\\.)){1,5}"
                    + "(?:\\s*,?\\s*\\(?[A-ZÆØÅ]{1,3}\\)?)?(?:\\s*\\([^)]*\\))?$");

    /** One field or title of the header, after lines run together were split before their labels. */
    private record Segment(String text, boolean marked, boolean afterBlank) {
    }

    /** The header read so far; a field keeps the first value found at its level of trust. */
    private static final class Read {
        String body;
        int bodyTrust;
        LocalDate date;
        LocalTime time;
        LocalTime end;
        String place;
        int placeTrust;
        int dateTrust;
        final Map<String, Participant> people = new LinkedHashMap<>();
        int labels;

        void body(String value, int trust) {
            String canonical = value == null ? null : Bodies.canonical(value);
            if (canonical != null && !canonical.isBlank() && trust > bodyTrust) {
                body = canonical;
                bodyTrust = trust;
            }
        }
    }

    static Fields read(List<Line> header) {
        List<Segment> segments = segments(header);
        Read r = new Read();
        List<Field> pending = new ArrayList<>();
        boolean lastWasDate = false;
        boolean lastWasTitleWord = false;
        boolean emptyMembers = false;
        for (int i = 0; i < segments.size(); i++) {
            Segment seg = segments.get(i);
            String t = seg.text();
            Matcher label = LABEL.matcher(t);
            // "Møde: …" is a field; "Møde Fredensborg Seniorråd. Fredag den 9. januar 2015 kl. 09:00" a title with a clock
            if (label.matches() && !looksLikeTitle(t)
                    && (t.indexOf(':') >= 0 && t.indexOf(':') <= label.end(1) + 1 || label.group(2).isBlank()
                    || fits(field(label), label.group(2)))) {
                r.labels++;
                Field field = END_TIME_LABEL.matcher(label.group(1)).matches() ? Field.TIME_END : field(label);
                // "Medlemmer: Fraværende: Jan Petersen (A) …": two columns flattened, the members' names come first
                field = emptyMembers && !seg.afterBlank() && field == Field.ABSENT ? Field.PARTICIPANTS : field;
                emptyMembers = false;
                String value = label.group(2).strip();
                lastWasDate = false;
                lastWasTitleWord = false;
                if (value.isEmpty() || value.equals(".")) {
                    if ((field == Field.PARTICIPANTS || field == Field.ABSENT) && pending.isEmpty()) {
                        int after = list(segments, i + 1, r, field == Field.ABSENT);
                        emptyMembers = field == Field.PARTICIPANTS && after == i + 1;
                        i = after - 1;
                    } else {
                        pending.add(END_TIME_LABEL.matcher(label.group(1)).matches() ? Field.TIME_END : field);
                    }
                    continue;
                }
                pending.clear();
                if (field == Field.PARTICIPANTS || field == Field.ABSENT) {
                    // a list after its label wraps onto the next lines: "… Jan Lysgaard" / "Thomsen, Michael Gravesen"
                    StringBuilder joined = new StringBuilder(value);
                    while (i + 1 < segments.size() && !segments.get(i + 1).afterBlank() && wraps(segments.get(i + 1).text())) {
                        joined.append(' ').append(segments.get(++i).text());
                    }
                    value = joined.toString();
                }
                lastWasDate = apply(r, field, label.group(1), value);
                continue;
            }
            if (!pending.isEmpty()) {
                // labels printed in one column, their values in the next: each value to the first label it fits
                boolean used = false;
                while (!pending.isEmpty() && !used) {
                    Field f = pending.remove(0);
                    if (fits(f, t)) {
                        used = true;
                        lastWasDate = apply(r, f, "", t);
                        if ((f == Field.PARTICIPANTS || f == Field.ABSENT) && pending.isEmpty()) {
                            i = list(segments, i + 1, r, f == Field.ABSENT) - 1;
                        }
                    }
                }
                if (used) {
                    continue;
                }
            }
            Matcher ended = ENDED.matcher(t);
            if (ended.find() && r.end == null) {
                r.end = DanishDates.firstTime("kl. " + ended.group(1), false).orElse(null);
            }
            Matcher started = STARTED.matcher(t);
            if (started.find()) {
                // "Mødet startede kl. 18:00 i Rådssalen, Lejre", "Mødet startede kl. 15.30 og sluttede kl. 16.45"
                r.time = r.time == null ? DanishDates.firstTime("kl. " + started.group(1), false).orElse(null) : r.time;
                if (started.group(2) != null && r.placeTrust < 2) {
                    r.place = started.group(2).replaceAll("[.,]+$", "").strip();
                    r.placeTrust = 2;
                }
            }
            Matcher held = HELD.matcher(t);
            if (held.find() && r.placeTrust < 2) {
                r.place = held.group(1).replaceAll("[.,]+$", "").strip();
                r.placeTrust = 2;
            }
            boolean dated = title(r, started.find(0) ? t.substring(0, started.start()) : t);
            if (dated) {
                lastWasDate = r.place == null;
                lastWasTitleWord = false;
                continue;
            }
            Matcher page = PAGE_TITLE.matcher(t);
            boolean bodyLine = Bodies.isName(t) && t.length() <= 80;
            if (bodyLine) {
                r.body(t, 2);
            } else if (page.matches() && Bodies.isName(page.group(1).strip())) {
                r.body(page.group(1).strip(), 1);
            } else if (lastWasTitleWord && shortName(t) && !SectionLabel.LABELS.containsKey(SectionLabel.key(t))) {
                // "Referat" over "Beslutninger": a section's name is no body's
                r.body(t, 1);
            } else if (lastWasDate && r.place == null && placeLike(t)) {
                r.place = t.replaceAll("[.,]+$", "").strip();
                r.placeTrust = 1;
            }
            Attendance.absences(t).forEach(name -> addPeople(r.people, name, true));
            // the date, the body's name, then the place ("Torsdag 10. nov 2016 kl. 10:30" / "Ældrerådet" / "Nicolaiplads 6")
            lastWasDate = lastWasDate && bodyLine;
            // "Referat" over the body's name; a line of dots ("…..", an empty section) is no such word
            String besideTitleWords = MINUTES_WORD.matcher(t).replaceAll("");
            lastWasTitleWord = besideTitleWords.length() < t.length() && besideTitleWords.replaceAll("[\\s.:]", "").isEmpty();
        }
        return new Fields(r.body, r.date, r.time, r.end, r.place, List.copyOf(r.people.values()), r.labels,
                r.date == null && header.stream().anyMatch(l -> DAY_MONTH.matcher(l.text()).find()));
    }

    private static Field field(Matcher label) {
        return LABELS.get(label.group(1).toLowerCase(Locale.ROOT));
    }

    /** The header's lines, those run together split before their labels, those wrapped after a preposition joined. */
    private static List<Segment> segments(List<Line> header) {
        List<Segment> out = new ArrayList<>();
        boolean blank = true;
        for (Line line : header) {
            if (line.blank()) {
                blank = true;
                continue;
            }
            String text = BULLET.matcher(line.text().replace("\t", "   ").strip()).replaceFirst("");
            for (String a : splitAtLabels(text)) {
                for (String b : BARE_LABEL_SPLIT.split(a)) {
                    String part = b.strip();
                    if (part.isEmpty()) {
                        continue;
                    }
                    Segment previous = out.isEmpty() ? null : out.get(out.size() - 1);
                    if (previous != null && !blank && continuesSentence(previous.text(), part)) {
                        out.set(out.size() - 1, new Segment(previous.text() + " " + part, previous.marked(), previous.afterBlank()));
                    } else {
                        out.add(new Segment(part, line.marked(), blank));
                    }
                    blank = false;
                }
            }
        }
        return out;
    }

    /** A line split before each "Label:" in it; a label inside another ("Møde slut:", "… for møde:") is not a split. */
    private static List<String> splitAtLabels(String text) {
        List<String> parts = new ArrayList<>();
        Matcher m = COLON_LABEL.matcher(text);
        int from = 0;
        while (m.find()) {
            if (m.start() > from && Character.isWhitespace(text.charAt(m.start() - 1))) {
                parts.add(text.substring(from, m.start()));
                from = m.start();
            }
        }
        parts.add(text.substring(from));
        return parts;
    }

    /** "Referat" / "til" / "mødet i Kommunalbestyrelsen" / "den 5. november 2019": one title printed over lines. */
    private static boolean continuesSentence(String previous, String next) {
        if (LABEL.matcher(next).matches() && next.contains(":") || previous.endsWith(":") || previous.length() > 80) {
            return false;
        }
        boolean startsLower = Character.isLowerCase(next.codePointAt(0)) && !next.startsWith("kl");
        boolean endsOpen = previous.matches("(?iu).*\\b(?:i|til|for|af|den|møde|mødet)$");
        return (startsLower || endsOpen) && (MINUTES_WORD.matcher(previous).find() || endsOpen);
    }

    /** Whether a value can be the field's: values printed in a column are matched to their labels by this. */
    private static boolean fits(Field field, String value) {
        String v = value.strip();
        if (v.isEmpty() || LABEL.matcher(v).matches() && v.contains(":")) {
            return false;
        }
        return switch (field) {
            case DATE -> DanishDates.find(v).isPresent() || DAY_MONTH.matcher(v).find() || WEEKDAY.matcher(v).find();
            case TIME, TIME_END -> DanishDates.firstTime(v, true).isPresent() || KL_ONLY.matcher(v).matches();
            case PLACE -> v.length() <= 100 && DanishDates.find(v).isEmpty() && !MINUTES_WORD.matcher(v).find();
            case BODY -> Character.isUpperCase(v.codePointAt(0)) && Bodies.namesBody(v) && DanishDates.find(v).isEmpty();
            case PARTICIPANTS, ABSENT -> NONE.matcher(v).matches() || nameLike(stripPerson(v.split("[,;]")[0]));
            case IGNORED -> true;
        };
    }

    /** Applies a field's value; says whether it dated the meeting (a place may follow on the next line). */
    private static boolean apply(Read r, Field field, String label, String value) {
        String v = value.strip().replaceAll("[.]$", "").strip();
        switch (field) {
            case DATE, TIME -> {
                Optional<DanishDates.Found> found = DanishDates.find(v);
                if (found.isPresent() && r.dateTrust < 3) {
                    // a labelled date beats one read from a title or a sentence of the page
                    if (r.dateTrust > 0 && !found.get().date().equals(r.date)) {
                        r.time = null;
                    }
                    r.date = found.get().date();
                    r.dateTrust = 3;
                }
                if (r.time == null) {
                    r.time = found.map(f -> timeAfter(v.substring(f.end()))).orElse(null);
                    if (r.time == null) {
                        r.time = DanishDates.firstTime(v, field == Field.TIME || found.isPresent()).orElse(null);
                    }
                }
                Matcher range = TIME_RANGE.matcher(v);
                if (range.find() && r.end == null) {
                    r.end = DanishDates.firstTime("kl. " + range.group(1), false).orElse(null);
                }
                return found.isPresent();
            }
            case PLACE -> {
                // "Mødelokale SL 1. Slangerup Rådssalen kl. 19.00": the time printed with the place
                String place = v;
                Matcher time = PLACE_TIME.matcher(v);
                if (time.find()) {
                    r.time = r.time == null ? DanishDates.firstTime(time.group(), false).orElse(null) : r.time;
                    place = v.substring(0, time.start()).strip();
                }
                // "Mødelokale 1" is the room's name with its label; "Sted: i Regionshuset" reads without its "i"
                if (label.toLowerCase(Locale.ROOT).endsWith("lokale") && place.matches("\\d[\\w.]{0,4}|\\p{Lu}{1,2}\\d{0,3}")) {
                    place = label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1) + " " + place;
                }
                place = MEETING_FORM_BEFORE.matcher(place.replaceFirst("^i\\s+(?=\\p{Lu})", "")).replaceFirst("");
                if (r.placeTrust < 2 && !place.isBlank() && !MEETING_FORM.matcher(place).matches()) {
                    r.place = place;
                    r.placeTrust = 2;
                }
            }
            case PARTICIPANTS -> addPeople(r.people, v, false);
            case ABSENT -> addPeople(r.people, v, true);
            case BODY -> {
                Optional<DanishDates.Found> dated = DanishDates.find(v);
                if (dated.isPresent()) {
                    // "Møde torsdag den 21. november 2024 kl. 14.00" dates the meeting rather than naming it
                    r.date = r.date == null ? dated.get().date() : r.date;
                    r.time = r.time == null ? DanishDates.firstTime(v, false).orElse(null) : r.time;
                    return true;
                }
                // "Møde: Skolebestyrelsesmøde": the meeting named by its body
                r.body(v.indexOf(' ') < 0 ? Bodies.ofMeetingWord(v).orElse(v) : v, 4);
            }
            case TIME_END -> {
                if (r.end == null) {
                    r.end = DanishDates.firstTime(v.replaceFirst("(?iu)^kl\\.?\\s*:?", "kl. "), true).orElse(null);
                }
            }
            case IGNORED -> {
            }
        }
        return false;
    }

    /** The names after an empty "Deltagere:" / "Fraværende:", one a line, up to the first line that is not a name. */
    private static int list(List<Segment> segments, int from, Read r, boolean absent) {
        int i = from;
        while (i < segments.size()) {
            String line = segments.get(i).text();
            // "Forældrevalgte: Dorte Myhre Therkildsen.": the list grouped by role, the role no field of the header
            String t = LABEL.matcher(line).matches() || MARKED_ABSENT.matcher(line).find() ? line : ROLE_GROUP.matcher(line).replaceFirst("");
            String first = stripPerson(MARKED_PRESENT.matcher(MARKED_ABSENT.matcher(t).replaceFirst("")).replaceFirst("")
                    .split("[,;]|" + COLUMN_GAP)[0]);
            if (LABEL.matcher(t).matches() && t.contains(":") && !MARKED_ABSENT.matcher(t).find() && !MARKED_PRESENT.matcher(t).find()
                    || !(nameLike(first) || NONE.matcher(t).matches())) {
                break;
            }
            Matcher marked = MARKED_ABSENT.matcher(t);
            if (marked.find()) {
                addPeople(r.people, t.substring(0, marked.start()).replaceAll(",\\s*[^,]*$", ""), true);
            } else {
                addPeople(r.people, MARKED_PRESENT.matcher(t).replaceFirst(""), absent);
            }
            i++;
        }
        return i;
    }

    /**
     * "Forældrevalgte: ", "Elevrepræsentanter: ", "Byrådet: ": a group of a list of people, named by their role or body (a
     * plural or definite word, not "Kopi til:"); a line marked absent ("Hansen: Afbud") is left as it is.
     */
    private static final Pattern ROLE_GROUP = Pattern.compile("(?u)^\\p{Lu}[\\p{L}\\-]+(?:e|er|ne|et|en)(?:\\s+\\p{Ll}+)?:\\s+(?=\\p{Lu})");

    private static String stripPerson(String entry) {
        String bare = ROLE_AFTER.matcher(ABSENCE_AFTER.matcher(entry.strip()).replaceFirst("")).replaceFirst("");
        return bare.replaceFirst("^[-•*▪●◦]\\s*", "").replaceFirst("\\s+[-–—]\\s+[\\p{L} ,]{2,40}$", "")
                .replaceFirst("(?iu)\\s*[-–]\\s*(?:afbud|deltog|fraværende|syg)\\b.*$", "")
                .replaceFirst("(?iu)^(?:borgmester|overborgmester|rådmand|formand|næstformand|medlem)\\s+", "").strip();
    }

    /** A person's name: two to six capitalised words, perhaps with a party letter ("Søren Elbæk", "Bo Petersen (A)"). */
    private static boolean nameLike(String text) {
        String t = text.strip();
        return t.length() >= 3 && t.length() <= 60 && NAME.matcher(t).matches() && !t.equals(t.toUpperCase(Locale.ROOT))
                && !Bodies.namesBody(t) && !MINUTES_WORD.matcher(t).find();
    }

    private static boolean wraps(String next) {
        return !LABEL.matcher(next).matches() && !Bodies.namesBody(next)
                && !TableOfContents.isHeading(new Line(0, next, 0, false)) && DanishDates.find(next).isEmpty()
                && !next.endsWith(":");
    }

    /** "Mødesystemgruppen" under a lone "Referat": a working group's name, one to four capitalised words. */
    private static boolean shortName(String t) {
        return t.length() <= 60 && t.matches("\\p{Lu}[\\p{L}\\-]+(?:\\s+(?:og|for|\\p{Lu}[\\p{L}\\-]+)){0,3}")
                && !t.equals(t.toUpperCase(Locale.ROOT))
                && !TableOfContents.isHeading(new Line(0, t, 0, false)) && !MINUTES_WORD.matcher(t).find();
    }

    private static boolean placeLike(String t) {
        return t.length() <= 100 && !t.endsWith(":") && !Bodies.isName(t) && DanishDates.find(t).isEmpty()
                && !(LABEL.matcher(t).matches() && t.contains(":")) && !MINUTES_WORD.matcher(t).find()
                && !TableOfContents.isHeading(new Line(0, t, 0, false)) && t.split("\\s+").length <= 10
                && !nameLike(t) && !NUMBERED_TITLE.matcher(t).lookingAt();
    }

    /** "1. Meddelelser": an item's heading, never a place ("1. sal, Rådhuset" goes on in small letters). */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("\\d{1,3}[.)]\\s+\\p{Lu}");

    /**
     * The end of the meeting where the minutes say it outside the header — under the first or last item ("Mødet
     * sluttede kl. 12.50" in the decision on the agenda's approval): the last such sentence, or null.
     */
    static LocalTime endStatedIn(List<Line> lines) {
        LocalTime end = null;
        for (Line line : lines) {
            Matcher m = MEETING_ENDED.matcher(line.text());
            while (m.find()) {
                end = DanishDates.firstTime("kl. " + m.group(1), false).orElse(end);
            }
            Matcher after = ENDED.matcher(line.text());
            if (after.find() && STARTED.matcher(line.text()).find()) {
                end = DanishDates.firstTime("kl. " + after.group(1), false).orElse(end); // "… startede kl. 15.30 og sluttede kl. 16.45"
            }
        }
        return end;
    }

    /**
     * The start of the meeting where the minutes say it outside the header ("Mødet startede kl. 15.30 og sluttede kl.
     * 16.45" in the decision on the agenda's approval): the first such sentence, or null.
     */
    static LocalTime startStatedIn(List<Line> lines) {
        for (Line line : lines) {
            Matcher m = STARTED.matcher(line.text());
            if (m.find()) {
                return DanishDates.firstTime("kl. " + m.group(1), false).orElse(null);
            }
        }
        return null;
    }

    /** The body the first meeting word of the text names ("… af skolebestyrelsesmøde på …" → Skolebestyrelsen). */
    private static Optional<String> meetingBodyIn(String text) {
        for (String word : text.split("\\s+")) {
            Optional<String> body = Bodies.ofMeetingWord(word);
            if (body.isPresent()) {
                return body;
            }
        }
        return Optional.empty();
    }

    /** A clock time right after a date: "18:00" in "31-08-2015 18:00", "kl. 17:00" in "27. august 2007 - kl. 17:00". */
    private static LocalTime timeAfter(String rest) {
        if (rest.matches("(?s)^\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*[AP]M\\b.*")) {
            return DanishDates.firstTime(rest, true).orElse(null);
        }
        Matcher m = TIME_AFTER_DATE.matcher(rest);
        if (m.find()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h <= 23 && min <= 59) {
                return LocalTime.of(h, min);
            }
        }
        return null;
    }

    /**
     * A title or date line: "Referat til mødet i Kommunalbestyrelsen 2018-21 den 5. november 2019 kl. 17:00 i
     * Mødesalen, Ringe", "Byrådet Beslutningsprotokol. 27. august 2007 - kl. 17:00 Byrådssalen, Silkeborg Rådhus",
     * "onsdag den 30. november 2022 kl. 17:00", "Byrådet - 14-11-2019". Says whether it held the date.
     */
    private static boolean title(Read r, String t) {
        Optional<DanishDates.Found> found = DanishDates.find(t);
        if (found.isEmpty()) {
            Matcher dayMonth = DAY_MONTH.matcher(t);
            if (dayMonth.find() && MINUTES_WORD.matcher(t).find()) {
                // "Beslutningsprotokol 15. juni kl. 8:15 Lokale D116": no year, but the time and place are there
                afterDate(r, t.substring(dayMonth.end()));
            }
        }
        // "Skolebestyrelsesmøde" alone over "Referat d. 17. juni 2025": the meeting named by its body
        boolean titled = MINUTES_WORD.matcher(t).find() || MEETING_TITLE.matcher(t).find()
                || t.indexOf(' ') < 0 && Bodies.ofMeetingWord(t).isPresent();
        if (found.isEmpty() && !titled) {
            return false;
        }
        String before = found.map(f -> t.substring(0, f.start())).orElse(t)
                .replaceAll("(?iu)(?:\\s+(?:den|d\\.?|" + DanishDates.WEEKDAYS + "),?)+\\s*$", "");
        Matcher meetingAt = MEETING_AT.matcher(before);
        if (meetingAt.find() && r.place == null && Bodies.ofMeetingWord(meetingAt.group(1)).isPresent()) {
            // "Referat af skolebestyrelsesmøde på Herlev Byskole afd. ENG, torsdag d. 23.11. 2017": where, before the date
            r.place = meetingAt.group(2).strip();
            r.placeTrust = 1;
        }
        for (String part : before.split("\\s+[-–|•]\\s+|\\.\\s+|\\(|\\)|:\\s")) {
            String name = Bodies.withoutMunicipality(FILLER.matcher(part).replaceAll(" ").replaceAll("[.,:;\\-–\\s]+$", "")
                    .replaceAll("^[.,:;\\-–\\s]+", "").replaceAll("\\s+", " ").strip());
            if (!name.isEmpty() && Bodies.isName(name)) {
                r.body(name, 3);
                break;
            }
            // "Ekstraordinært Ældrerådsmøde – Referat 14. december 2018", "Referat af skolebestyrelsesmøde på Herlev
            // Byskole": the meeting named by its body
            Optional<String> meetingOf = meetingBodyIn(name);
            if (meetingOf.isPresent()) {
                r.body(meetingOf.get(), 2);
            }
        }
        if (found.isEmpty()) {
            return false;
        }
        if (!titled && (t.length() > 160 || t.endsWith(".") && t.split("\\s+").length >= 10)) {
            return false; // a sentence of the page that mentions a date
        }
        if (r.date == null) {
            r.date = found.get().date();
            r.dateTrust = titled ? 2 : 1;
        }
        String after = t.substring(found.get().end());
        if (titled && MINUTES_WORD.matcher(after).find()) {
            // "25.08.27 - Referat af skolebestyrelsesmøde": the title after its date
            meetingBodyIn(after).ifPresent(named -> r.body(named, 2));
        }
        afterDate(r, after);
        return true;
    }

    /** The time and place printed after a title's date. */
    private static void afterDate(Read r, String after) {
        LocalTime time = timeAfter(after);
        if (time == null) {
            time = DanishDates.firstTime(after, false).orElse(null);
        }
        if (r.time == null) {
            r.time = time;
        }
        String rest = after.replaceFirst("(?iu)^[\\s,.\\-–]*(?:(?:kl\\.?|klokken)\\s*\\d{1,2}(?:[:.]\\d{2})?|\\d{1,2}[:.]\\d{2})"
                        + "(?:\\s*[-–]\\s*\\d{1,2}(?:[:.]\\d{2})?)?", "")
                .replaceFirst("(?iu)^[\\s,.\\-–]*(?:i\\s+)?", "").split("\\s+[-–]\\s+")[0].replaceAll("[.,]+$", "").strip();
        if (r.place == null && !rest.isEmpty() && placeLike(rest) && Character.isLetter(rest.codePointAt(0))) {
            r.place = rest;
            r.placeTrust = 1;
        }
    }

    private static boolean looksLikeTitle(String text) {
        return TITLE.matcher(text).matches() && !text.matches("(?iu)^referat\\s*:.*") || MEETING_TITLE.matcher(text).matches();
    }

    /** "Afbud fra Jens Bruhn" in a list of people: the person sent apologies. */
    private static final Pattern SENT_APOLOGY = Pattern.compile("(?iu)^afbud\\s+fra\\s+(?=\\p{Lu})");
    /**
     * A word in lower case that no name has ("Godkendelse af dagsorden a)" run on after the last absent member in a
     * flattened transcript); names keep their particles ("Sofie de Bretteville Olsen", "Anna af Rosenborg"). Such an
     * entry is left out rather than cut: a cut name from running text can be a present member's, wrongly absent.
     */
    private static final Pattern RUNNING_TEXT_WORD = Pattern.compile(
            "(?u)(?<=\\s)(?!(?:af|von|van|de|der|den|du|di|la|le|og|á|í|da|dos|del|zu)\\b)\\p{Ll}[\\p{L}]*");

    private static void addPeople(Map<String, Participant> people, String value, boolean absent) {
        if (NONE.matcher(value.strip()).matches()) {
            return;
        }
        for (String raw : splitOutsideBrackets(value)) {
            String entry = raw.strip().replaceFirst("^[-•*▪●◦]\\s*", "");
            Matcher apology = SENT_APOLOGY.matcher(entry);
            boolean markedAbsent = ABSENCE_MARK.matcher(entry).find() || apology.lookingAt();
            entry = apology.lookingAt() ? entry.substring(apology.end()) : entry;
            Matcher after = ABSENCE_AFTER.matcher(entry);
            if (after.find()) {
                markedAbsent = true;
                entry = entry.substring(0, after.start());
            }
            entry = ROLE_AFTER.matcher(entry).replaceFirst("");
            Matcher note = DASH_NOTE.matcher(entry);
            if (note.find()) {
                markedAbsent |= ABSENCE_NOTE.matcher(note.group(1)).matches();
                entry = entry.substring(0, note.start());
            }
            String name = PARENTHETICAL.matcher(ABSENCE_MARK.matcher(entry).replaceAll("")).replaceAll("")
                    .replaceAll("^[-•*\\s]+|[.\\s]+$", "").strip();
            // a name ends before a date, a page header or a word in capitals run into it by a flattened layout
            name = name.replaceAll("\\s*\\b(?:\\d|\\p{Lu}{4,}\\b|\\p{L}+\\s+[Kk]ommune\\b).*$", "").replaceAll("[.,\\s]+$", "").strip();
            if (name.length() < 3 || ROLE.matcher(name).matches() || name.length() > 60 || !Character.isUpperCase(name.charAt(0))
                    || RUNNING_TEXT_WORD.matcher(name).find()) {
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
