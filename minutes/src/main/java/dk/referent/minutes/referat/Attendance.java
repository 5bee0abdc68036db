package dk.referent.minutes.referat;

import dk.referent.minutes.names.Bodies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who was absent from the whole meeting, where the minutes write it outside the header: in an attendance item
 * ("1. Fraværende" → names), or in the first item's decision ("Afbud: Elin Winther (A) og Ankers Ulsdal (F)",
 * "Afbud fra Anne-Merete Mikkelsen (A). John Larsen deltager i stedet.", "Jacob Ejs (A) var fraværende.",
 * "Fraværende: Lars Folmann (O) deltog ikke i mødet.", "Fraværende" over a bulleted list). Absence from part of the
 * meeting ("deltog ikke under punkt 13", "forlod mødet kl. 17.40") is not absence from the meeting.
 */
public final class Attendance {

    /** An absence label: "Afbud", "Fraværende med afbud", "Afbud fra", or a sentence that introduces the names ("Følgende havde meldt afbud"). */
    private static final String ABSENCE_LABEL = "(?:(?:afbud|fraværende|fravær|ikke\\s+til\\s*stede)(?:\\s*/\\s*(?:afbud|fraværende))?(?:\\s+med\\s+afbud)?"
            + "(?:\\s+fra)?(?:\\s+under\\s+hele\\s+mødet)?"
            + "|(?:følgende|nedenstående)\\s+(?:havde\\s+|har\\s+)?(?:meldt\\s+(?:afbud|forfald)|var\\s+fraværende))";
    /** "Afbud: A, B og C", "Fraværende med afbud: A", "Afbud fra: A" — the label and its names on one line. */
    private static final Pattern LABELLED = Pattern.compile("(?iu)^" + ABSENCE_LABEL + "\\s*[:\\-–]\\s*(\\S.*)$");
    /** The label alone, the names on the lines under it. */
    private static final Pattern LABEL_ALONE = Pattern.compile("(?iu)^" + ABSENCE_LABEL + "\\s*[:\\-–]?$");
    /** "Afbud fra Benthe Viola Holm stedfortræder Anders Liltorp", "Afbud fra Anne-Merete Mikkelsen (A)." */
    private static final Pattern SENT_APOLOGY = Pattern.compile(
            "(?u)\\b[Aa]fbud\\s+fra\\s+((?:\\p{Lu}\\.\\s*|\\p{Lu}[\\p{L}\\-]*\\s+){0,3}\\p{Lu}[\\p{L}\\-]+)");
    /** "Mette Hoff (A) var fraværende", "Lars Folmann (O) deltog ikke i mødet", "Rådmand A og B var forhindret i at deltage". */
    private static final String PERSON = "(?:\\p{Lu}\\.\\s*|\\p{Lu}[\\p{L}\\-]*\\s+){0,3}\\p{Lu}[\\p{L}\\-]+(?:\\s*\\([^)]{0,12}\\))?";
    private static final Pattern WAS_ABSENT = Pattern.compile(
            "(?u)(" + PERSON + "(?:\\s*(?:,|\\bog\\b)\\s*" + PERSON + ")*)\\s+"
                    + "(?:var\\s+fraværende|var\\s+forhindret\\s+i\\s+at\\s+deltage|deltog\\s+ikke\\s+i\\s+mødet|havde\\s+meldt\\s+(?:forfald|afbud))(?!\\s+under)");
    private static final Pattern SENTENCE = Pattern.compile("(?iu)\\b(?:deltog|deltager|var|er|blev|mødte|indtrådte|indkaldt)\\b");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[,;]|\\s+og\\s+|\\s+samt\\s+)\\s*");
    /** What follows a name in a list: a reason, a substitute, a party, a role. */
    private static final Pattern AFTER_NAME = Pattern.compile(
            "(?iu)\\s*(?:\\(.*|\\bpga\\..*|\\bp\\.g\\.a\\..*|\\bgrundet\\b.*|\\bved afbud\\b.*|\\bstedfortræder\\b.*|\\bdeltog\\b.*"
                    + "|\\bi stedet\\b.*|\\s[-–]\\s.*|\\d.*)$");
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?iu)^(?:overborgmester|borgmester|rådmand|rådkvinde|formand|næstformand|koncerndirektør|direktør|medlem)(?:\\s+fra\\s+[^A-ZÆØÅ]*?)?\\s+");
    private static final Pattern PARTICLE = Pattern.compile("(?u)^(?:van|der|de|den|la|von|af|du|di)$");
    private static final Pattern ATTENDANCE_TITLE = Pattern.compile("(?iu)^(?:fraværende|afbud|fravær|deltagere|mødedeltagere|fremmøde)\\b");

    /** Whether an agenda item's title says it records the attendance ("Fraværende", "Afbud", "Deltagere"). */
    public static boolean isAttendanceItem(String title) {
        return ATTENDANCE_TITLE.matcher(title).find();
    }

    private Attendance() {
    }

    /** The absent named in the items, added to what the header said. */
    static List<Participant> withAbsences(List<Participant> header, List<AgendaItem> items) {
        Map<String, Participant> people = new LinkedHashMap<>();
        header.forEach(p -> people.put(key(p.name()), p));
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            boolean attendanceItem = isAttendanceItem(item.title());
            if (i == 0 || attendanceItem) {
                String text = attendanceItem && item.decision() == null ? item.fullText() : item.decision();
                if (text != null) {
                    absences(text).forEach(name -> people.merge(key(name), new Participant(name, true),
                            (known, absent) -> new Participant(known.name(), true)));
                }
            }
        }
        return List.copyOf(people.values());
    }

    /** The names a text says were absent. */
    static List<String> absences(String text) {
        List<String> names = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip().replaceFirst("^[-•*▪●◦]\\s*", "");
            Matcher labelled = LABELLED.matcher(line);
            if (labelled.matches()) {
                list(labelled.group(1), names);
                continue;
            }
            if (LABEL_ALONE.matcher(line).matches()) {
                for (int j = i + 1; j < lines.length; j++) {
                    String next = lines[j].strip().replaceFirst("^[-•*▪●◦]\\s*", "");
                    if (SectionLabel.of(new Line(0, next, 0, false)).isPresent()) {
                        break;
                    }
                    if (next.isEmpty()) {
                        if (j > i + 1) {
                            break;
                        }
                        continue;
                    }
                    if (SENTENCE.matcher(next).find()) {
                        break; // "Britta Andersen deltog som stedfortræder for …": a sentence, not the list
                    }
                    int before = names.size();
                    list(next, names);
                    if (names.size() == before) {
                        break;
                    }
                    i = j;
                }
                continue;
            }
            Matcher apology = SENT_APOLOGY.matcher(line);
            while (apology.find()) {
                add(apology.group(1), names);
            }
            Matcher absent = WAS_ABSENT.matcher(line);
            while (absent.find()) {
                list(absent.group(1), names);
            }
        }
        return names;
    }

    private static void list(String value, List<String> names) {
        for (String entry : SEPARATOR.split(value)) {
            add(entry, names);
        }
    }

    private static void add(String raw, List<String> names) {
        String stripped = TITLE_BEFORE.matcher(raw.strip()).replaceFirst("");
        String name = AFTER_NAME.matcher(stripped).replaceFirst("").replaceAll("[.,:;\\s]+$", "").strip();
        if (isName(name) && names.stream().noneMatch(n -> key(n).equals(key(name)))) {
            names.add(name);
        }
    }

    /** One to six words, each capitalised but for particles ("van der"), no digits, not a sentence. */
    private static boolean isName(String name) {
        if (name.isEmpty() || name.length() > 60) {
            return false;
        }
        String[] words = name.split("\\s+");
        if (words.length > 6 || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            boolean capital = Character.isUpperCase(w.codePointAt(0)) && !(w.length() > 3 && w.equals(w.toUpperCase(Locale.ROOT)));
            if (!capital && !PARTICLE.matcher(w).matches() || w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return !Bodies.namesBody(name) && !name.matches("(?iu)^(?:ingen|intet|alle)\\b.*");
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
