package dk.referent.minutes.names;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one home of bodies' names (Direktionen, Økonomiudvalget, Byrådet, …): how minutes print them, how text and
 * questions mention them, and when two names are one body. "Herning Byråd", "Byrådet" and "BY" are one council;
 * "Teknik- og Miljøudvalget" is also "TMU", "Økonomiudvalget" also "ØU" and "ØK". Comparisons go through a key that
 * leaves out the municipality's name and the definite ending, with the councils (byråd, kommunalbestyrelse,
 * borgerrepræsentation, regionsråd) as one.
 */
public final class Bodies {

    private static final Pattern DEFINITE = Pattern.compile("(?:ets|ens|et|en|s)$");
    /** "Udvalget for Miljø og Teknik", "Udvalg for natur, miljø og grøn omstilling": a committee and its areas. */
    private static final Pattern COMMITTEE_FOR = Pattern.compile("(?u)^(udvalg|råd)(?:et)?\\s+for\\s+(\\p{L}.*?)(?:\\s*\\([^)]*\\))?$");
    private static final Pattern FIRST_AREA = Pattern.compile("(?u)^(\\p{L}+)-[, ]");
    private static final Pattern AREA_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+og\\s+");
    /** The linking s of a compound's part: "sundheds-", "erhvervsudvalg". */
    private static final Pattern LINKING_S = Pattern.compile("(?u)(?<=\\p{L}{3})s(?=-|(?:udvalg|råd)$)");
    private static final Set<String> COUNCILS = Set.of("byråd", "kommunalbestyrels", "borgerrepræsentation", "regionsråd");
    private static final Pattern BODY_PART = Pattern.compile(
            "(?iu)(udvalg|råd|bestyrelse|repræsentation|direktion|gruppe|forum|komit[eé]|kommission|magistrat|ledelse)");
    /** The abbreviations that stand for a body in text ("KB-møder", "inden ØU"), in lower case. */
    private static final Map<String, String> ABBREVIATED = Map.of(
            "kb", "Kommunalbestyrelsen", "øu", "Økonomiudvalget", "hu", "Hovedudvalget");

    /** A word that names a body: udvalg, byråd, kommunalbestyrelse, direktion, … in any inflection. */
    private static final Pattern BODY_WORD = Pattern.compile(
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

    /**
     * "Kildemose Kommune Byrådet", "Kalundborg Kommunes Direktion", "Avannaata Kommunia …" (Greenlandic): the
     * municipality is not the body.
     */
    private static final Pattern MUNICIPALITY = Pattern.compile(
            "^\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*)?\\s+Kommun(?:es?|ia)\\s+(?=\\p{L})");
    private static final Pattern MUNICIPALITY_ANY_CASE = Pattern.compile(
            "(?iu)^\\p{L}[\\p{L}\\-]*(?:\\s+\\p{L}[\\p{L}\\-]*)?\\s+kommun(?:es?|ia)\\s+(?=\\p{L})");
    /** "OVERGANGSUDVALGET AVANNAATA KOMMUNIA", "Byrådet, Aarhus Kommune": the municipality printed after the body. */
    private static final Pattern MUNICIPALITY_AFTER = Pattern.compile("(?iu)(?<=\\p{L})[,\\s]+\\p{L}[\\p{L}\\-]*\\s+kommun(?:e|ia)$");
    /** "Ekstraordinært møde i Økonomiudvalget": the kind of meeting is not the body. */
    private static final Pattern MEETING_OF = Pattern.compile(
            "(?iu)^(?:(?:det\\s+)?(?:ekstraordinære?t?|ordinære?t?|konstituerende|fælles)\\s+)?møde(?:t)?\\s+i\\s+");
    private static final Pattern NAME_WORDS = Pattern.compile("(?u)[\\p{L}][\\p{L}\\-/]*(?:\\s+(?:og|for|\\p{L}[\\p{L}\\-/]*))*");
    private static final Pattern PROSE_WORD = Pattern.compile(
            "(?iu)\\b(?:på|om|af|fra|til|med|ved|under|efter|i|den|det|der|som|blev|er|skal|har)\\b");
    private static final Pattern ELECTION_PERIOD = Pattern.compile("\\s*\\(?\\b(?:19|20)\\d{2}\\s*[-–]\\s*(?:\\d{2}|(?:19|20)\\d{2})\\b\\)?");

    private Bodies() {
    }

    // ---- one body, many names ----

    /** The key two names of one body share: "Herning Byråd" and "Byrådet" → "council"; "Økonomiudvalget" → "økonomiudvalg". */
    public static String key(String name) {
        String n = areasFirst(local(name));
        int last = n.lastIndexOf(' ');
        String head = n.substring(0, last + 1);
        String tail = n.substring(last + 1);
        // "byrådet", "kommunalbestyrelsen", "mødesystemgruppen" and their indefinite forms to one stem
        String stem = tail.length() > 5 ? DEFINITE.matcher(tail).replaceFirst("").replaceFirst("e$", "") : tail;
        String key = head + stem;
        // a linking s is the compound's, not the name's: "Erhvervsudvalget" and "Udvalg for … Erhverv" share "erhverv"
        return COUNCILS.contains(key) ? "council" : LINKING_S.matcher(key).replaceAll("");
    }

    /**
     * "udvalget for teknik og miljø" → "teknik- og miljøudvalg": a committee named by its areas after "for", as the
     * compound of its areas names it; any other name as it is.
     */
    private static String areasFirst(String local) {
        Matcher m = COMMITTEE_FOR.matcher(local);
        if (!m.matches()) {
            return local;
        }
        List<String> areas = List.of(AREA_SEPARATOR.split(m.group(2).strip()));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < areas.size(); i++) {
            out.append(areas.get(i));
            if (i < areas.size() - 2) {
                out.append("-, ");
            } else if (i == areas.size() - 2) {
                out.append("- og ");
            }
        }
        return out.append(m.group(1)).toString();
    }

    /**
     * Whether a body named in a question is the stored body: the same key, or the stored name's last part when it
     * joins two areas ("Seniorudvalget" for "Forebyggelses- og Seniorudvalget", "Miljøudvalget" for "Teknik- og
     * Miljøudvalget").
     */
    public static boolean means(String asked, String stored) {
        String a = key(asked);
        String s = key(stored);
        return a.equals(s) || !a.contains(" ") && s.contains(" og ") && (s.endsWith(" " + a) || firstArea(s).equals(a));
    }

    /** "økonomi- og erhvervudvalg" → "økonomiudvalg": the committee of its first area alone; "" when there is none. */
    private static String firstArea(String key) {
        Matcher first = FIRST_AREA.matcher(key);
        Matcher noun = BODY_PART.matcher(key);
        String last = null;
        while (noun.find()) {
            last = noun.group(1);
        }
        return first.find() && last != null && key.endsWith(last) ? first.group(1) + last : "";
    }

    /** Abbreviations minutes and people use for a body: the initials of its parts (TMU, ØU, KB) and its first letters (BY, ØK). */
    public static Set<String> abbreviations(String name) {
        String n = local(name);
        String[] words = n.replaceAll("[,]", " ").split("[\\s]+");
        StringBuilder initials = new StringBuilder();
        String lastWord = "";
        for (String w : words) {
            if (w.isEmpty() || w.equals("og") || w.equals("for") || w.equals("i")) {
                continue;
            }
            String part = w.replaceAll("-$", "");
            initials.append(part.charAt(0));
            Matcher m = BODY_PART.matcher(part);
            if (m.find() && m.start() > 0) {
                initials.append(part.charAt(m.start())); // "miljøudvalget": M and U
            }
            lastWord = part;
        }
        Set<String> out = new LinkedHashSet<>();
        if (initials.length() >= 2) {
            out.add(initials.toString());
        }
        if (words.length == 1 && lastWord.length() >= 2) {
            out.add(lastWord.substring(0, 2)); // "Byrådet" → BY, "Økonomiudvalget" → ØK
        }
        return out;
    }

    /** The name in lower case without an election period or the municipality's name before it ("Herning Byråd"). */
    private static String local(String name) {
        String n = withoutPeriod(name.strip()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String[] words = n.split(" ");
        if (words.length >= 2 && !words[0].endsWith("-") && !words[0].endsWith("-,") && !BODY_PART.matcher(words[0]).find()
                && isName(capitalised(String.join(" ", List.of(words).subList(1, words.length))))) {
            n = String.join(" ", List.of(words).subList(1, words.length));
        }
        return n;
    }

    // ---- a body as text mentions it ----

    /**
     * The body a name in running text refers to, in its definite form: "KB" → Kommunalbestyrelsen, "ØU" →
     * Økonomiudvalget, "HU" → Hovedudvalget; any other name as written, capitalised ("udvalget" → "Udvalget").
     */
    public static String definite(String name) {
        String s = name.strip();
        String abbreviated = ABBREVIATED.get(s.toLowerCase(Locale.ROOT));
        return abbreviated != null ? abbreviated : capitalised(s);
    }

    /**
     * The body in its definite form from the first part of a compound ("økonomiudvalgs" → Økonomiudvalget, "byråds"
     * → Byrådet, "direktions" → Direktionen, "styregruppe" → Styregruppen, "KB-" → Kommunalbestyrelsen).
     */
    public static String fromStem(String stem) {
        String s = stem.replaceAll("[\\s-]+$", "").toLowerCase(Locale.ROOT);
        String abbreviated = ABBREVIATED.get(s);
        if (abbreviated != null) {
            return abbreviated;
        }
        if (s.endsWith("s")) {
            s = s.substring(0, s.length() - 1);
        }
        String definite = s.endsWith("bestyrelse") || s.endsWith("gruppe") ? s + "n"
                : s.endsWith("direktion") || s.endsWith("kommission") || s.endsWith("magistrat") ? s + "en"
                : s + "et";
        return capitalised(definite);
    }

    /** "ældrerådet", "skolebestyrelsens", "magistratsmødet": a council, board or commission by its compound, and its stem. */
    private static final Pattern COUNCIL_IN_QUESTION = Pattern.compile(
            "(?u)^(\\p{L}*?(?:råd|bestyrelse|kommission|magistrat))(?:ets|et|ens|en|n|s|smødet|smøde)?$");

    /**
     * The body a question names by one word or phrase, in its definite form: "direktionsmødet" → Direktionen, "KB" →
     * Kommunalbestyrelsen, "city council" → Byrådet, "teknikudvalgets" → Teknikudvalget, "skole" → Skoleudvalget.
     */
    public static String fromQuestion(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("direktion") || w.equals("executive board")) {
            return "Direktionen";
        }
        if (w.startsWith("byråd") || w.equals("city council")) {
            return "Byrådet";
        }
        if (w.startsWith("kommunalbestyrelse") || w.equals("municipal council")) {
            return "Kommunalbestyrelsen";
        }
        if (w.startsWith("økonomiudvalg") || w.equals("finance committee")) {
            return "Økonomiudvalget";
        }
        if (ABBREVIATED.containsKey(w)) {
            return ABBREVIATED.get(w);
        }
        Matcher council = COUNCIL_IN_QUESTION.matcher(w);
        if (council.matches()) {
            return fromStem(council.group(1));
        }
        String stem = w.replaceAll("(?:smødet|smøde|ets|et|s)$", "");
        return fromStem(stem.endsWith("udvalg") ? stem : stem + "udvalg");
    }

    // ---- a body as minutes print it ----

    /**
     * "Ældrerådsmøde", "kommunalbestyrelsesmødet", "Byrådsmøde", "Skolebestyrelsesreferat": a meeting, or its minutes,
     * named by its body's compound.
     */
    private static final Pattern MEETING_COMPOUND = Pattern.compile("(?iu)^(\\p{L}{3,}?)s?(?:mødet?|referat(?:et)?)$");

    /**
     * The body a meeting word names, in its definite form: "Ekstraordinært Ældrerådsmøde" → "Ældrerådet",
     * "kommunalbestyrelsesmøde" → "Kommunalbestyrelsen"; empty for any other word ("Telefonmøde", "Borgermøde").
     */
    public static Optional<String> ofMeetingWord(String word) {
        Matcher m = MEETING_COMPOUND.matcher(word.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String stem = m.group(1);
        if (!BODY_ENDING.matcher(stem).find()) {
            return Optional.empty();
        }
        String name = Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
        String lower = name.toLowerCase(Locale.ROOT);
        String definite = lower.endsWith("e") ? name + "n" : lower.endsWith("råd") || lower.endsWith("udvalg") || lower.endsWith("skab")
                ? name + "et" : name + "en";
        return Optional.of(definite);
    }

    /**
     * "Det fælles landdistriktsråd", "Det rådgivende Integrationsudvalg", "Det Lokale Beskæftigelsesråd": a body named
     * by the article, one adjective and its own word.
     */
    private static final Pattern ARTICLE_NAME = Pattern.compile(
            "(?u)^(?:Det|Den)\\s+\\p{L}+(?:e|es)\\s+\\p{L}+(?:udvalg|råd|kommission|forum|bestyrelse)(?:et|en)?$");

    /**
     * Whether the text is nothing but the name of a body: "Økonomiudvalget", "Børne- og Skoleudvalgets",
     * "Udvalget for Klima og Miljø" — not a title that mentions one ("Opfølgning på Kommunalbestyrelsesmødet").
     */
    public static boolean isName(String text) {
        String t = withoutPeriod(text.strip());
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) || !NAME_WORDS.matcher(t).matches()) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (ARTICLE_NAME.matcher(t).matches()) {
            return true;
        }
        if (words.length > 5 || PROSE_WORD.matcher(t).find()) {
            return false;
        }
        String last = words[words.length - 1];
        // before the body's own word a name has capitalised words, connectors and first parts ("Børne- og
        // Skoleudvalget", "Herning Byråd"), not running text ("Godkendelse dagens Kommunalbestyrelsen")
        boolean lastNames = BODY_ENDING.matcher(last).find() && java.util.Arrays.stream(words, 0, words.length - 1)
                .allMatch(w -> Character.isUpperCase(w.codePointAt(0)) || w.endsWith("-") || w.equals("og") || w.equals("for"));
        boolean udvalgetFor = words.length > 2 && BODY_WORD.matcher(words[0]).find() && words[1].equalsIgnoreCase("for");
        return lastNames || udvalgetFor;
    }

    /** Whether the text has a word that names a body (udvalg, byråd, direktion, KB, …) anywhere in it. */
    public static boolean namesBody(String text) {
        return BODY_WORD.matcher(text).find();
    }

    /** "Kontaktudvalget for Anholt BESLUTNINGSREFERAT", "Byrådet Referat": the kind of document after the body's name. */
    private static final Pattern DOCUMENT_AFTER = Pattern.compile(
            "(?iu)(?<=\\S)(?:\\s+[-–:])?\\s+(?:åbent\\s+|lukket\\s+)?(?:beslutnings)?(?:referat|protokol|dagsorden)$");

    /**
     * The body in its definite form as a name: "Direktionens" → "Direktionen", "BYRÅDET" → "Byrådet",
     * "Økonomiudvalgets" → "Økonomiudvalget".
     */
    public static String canonical(String raw) {
        String s = withoutPeriod(raw.strip()).replaceAll("^[\\-–:,.\\s]+|[\\-–:,.\\s]+$", "").replaceAll("\\s+", " ");
        s = MEETING_OF.matcher(s).replaceFirst("");
        s = MUNICIPALITY.matcher(s).replaceFirst("");
        s = DOCUMENT_AFTER.matcher(s).replaceFirst("");
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

    /**
     * "REBILD KOMMUNE Økonomiudvalget", "OVERGANGSUDVALGET AVANNAATA KOMMUNIA" → the body: the municipality printed before
     * or after the body is not its name.
     */
    public static String withoutMunicipality(String text) {
        return MUNICIPALITY_AFTER.matcher(MUNICIPALITY_ANY_CASE.matcher(text).replaceFirst("")).replaceFirst("").strip();
    }

    /** "Kommunalbestyrelsen 2018-21", "Forebyggelses- og Seniorudvalget (2018-2021)": the election period is not the name. */
    public static String withoutPeriod(String text) {
        return ELECTION_PERIOD.matcher(text).replaceAll("").strip();
    }

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

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
