package dk.referent.minutes.referat;

import java.util.Locale;
import java.util.regex.Pattern;

/** Names of the bodies that meet (Direktionen, Økonomiudvalget, Byrådet, …) as minutes write them. */
final class BodyNames {

    /** A word that names a body: udvalg, byråd, kommunalbestyrelse, direktion, … in any inflection. */
    static final Pattern BODY_WORD = Pattern.compile(
            "(?iu)(?:udvalg|byråd|kommunalbestyrelse|direktion|regionsråd|bestyrelse|forum|råd(?:et)?\\b|repræsentantskab"
                    + "|styregruppe|komit[eé]|kommission|borgermøde|direktørmøde|ledermøde|chefgruppe|ledelse|\\bKB\\b|\\bØU\\b|\\bHU\\b)");

    /**
     * How the last word of a body's name ends: "Økonomiudvalget", "Byrådet", "Kommunalbestyrelsens", "Mødesystemgruppen",
     * "Magistraten" — not "Byrådssalen" or "Kommunalbestyrelsesmødet", which only start like one.
     */
    private static final Pattern BODY_ENDING = Pattern.compile(
            "(?iu)(?:udvalg|byråd|kommunalbestyrelse|direktion|regionsråd|bestyrelse|forum|råd|repræsentantskab|styregruppe"
                    + "|gruppe|komit[eé]|kommission|chefgruppe|ledelse|magistrat|borgerrepræsentation|forsamling)"
                    + "(?:en|et|n|ne|s|ens|ets|ns|nes)?$|^(?:KB|ØU|HU)$");

    private BodyNames() {
    }

    /** "Kildemose Kommune Byrådet", "Kalundborg Kommunes Direktion": the municipality is not the body. */
    private static final Pattern MUNICIPALITY = Pattern.compile("^\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*)?\\s+Kommunes?\\s+(?=\\p{L})");
    /** "Ekstraordinært møde i Økonomiudvalget": the kind of meeting is not the body. */
    private static final Pattern MEETING_OF = Pattern.compile(
            "(?iu)^(?:(?:det\\s+)?(?:ekstraordinære?t?|ordinære?t?|konstituerende|fælles)\\s+)?møde(?:t)?\\s+i\\s+");
    private static final Pattern NAME_WORDS = Pattern.compile("(?u)[\\p{L}][\\p{L}\\-/]*(?:\\s+(?:og|for|\\p{L}[\\p{L}\\-/]*))*");
    private static final Pattern PROSE_WORD = Pattern.compile(
            "(?iu)\\b(?:på|om|af|fra|til|med|ved|under|efter|i|den|det|der|som|blev|er|skal|har)\\b");

    /**
     * Whether the text is nothing but the name of a body: "Økonomiudvalget", "Børne- og Skoleudvalgets",
     * "Udvalget for Klima og Miljø" — not a title that mentions one ("Opfølgning på Kommunalbestyrelsesmødet").
     */
    static boolean isName(String text) {
        String t = withoutPeriod(text.strip());
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) || !NAME_WORDS.matcher(t).matches()) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length > 5 || PROSE_WORD.matcher(t).find()) {
            return false;
        }
        String last = words[words.length - 1];
        boolean lastNames = BODY_ENDING.matcher(last).find();
        boolean udvalgetFor = words.length > 2 && BODY_WORD.matcher(words[0]).find() && words[1].equalsIgnoreCase("for");
        return lastNames || udvalgetFor;
    }

    static boolean namesBody(String text) {
        return BODY_WORD.matcher(text).find();
    }

    /**
     * The body in its definite form as a name: "Direktionens" → "Direktionen", "BYRÅDET" → "Byrådet",
     * "Økonomiudvalgets" → "Økonomiudvalget".
     */
    static String canonical(String raw) {
        String s = withoutPeriod(raw.strip()).replaceAll("^[\\-–:,.\\s]+|[\\-–:,.\\s]+$", "").replaceAll("\\s+", " ");
        s = MEETING_OF.matcher(s).replaceFirst("");
        s = MUNICIPALITY.matcher(s).replaceFirst("");
        if (s.isEmpty()) {
            return s;
        }
        if (s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter) && s.length() > 3) {
            s = titleCase(s.toLowerCase(Locale.ROOT));
        }
        int lastSpace = s.lastIndexOf(' ');
        String last = s.substring(lastSpace + 1);
        if (last.length() > 4 && (last.endsWith("ens") || last.endsWith("ets"))) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** "REBILD KOMMUNE Økonomiudvalget" → "Økonomiudvalget": the municipality printed before the body is not its name. */
    static String withoutMunicipality(String text) {
        return MUNICIPALITY_ANY_CASE.matcher(text).replaceFirst("").strip();
    }

    private static final Pattern MUNICIPALITY_ANY_CASE = Pattern.compile(
            "(?iu)^\\p{L}[\\p{L}\\-]*(?:\\s+\\p{L}[\\p{L}\\-]*)?\\s+kommunes?\\s+(?=\\p{L})");

    /** "Kommunalbestyrelsen 2018-21", "Forebyggelses- og Seniorudvalget (2018-2021)": the election period is not the name. */
    static String withoutPeriod(String text) {
        return ELECTION_PERIOD.matcher(text).replaceAll("").strip();
    }

    private static final Pattern ELECTION_PERIOD = Pattern.compile("\\s*\\(?\\b(?:19|20)\\d{2}\\s*[-–]\\s*(?:\\d{2}|(?:19|20)\\d{2})\\b\\)?");

    private static String titleCase(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (String word : lower.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean minor = word.equals("og") || word.equals("for") || word.equals("i") || word.equals("af");
            out.append(minor || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
