package dk.referent.minutes.time;

import dk.referent.minutes.names.Bodies;
import dk.referent.minutes.names.CaseNumbers;
import dk.referent.minutes.time.TemporalExpression.DateExpression;
import dk.referent.minutes.time.TemporalExpression.NextMeetingExpression;
import dk.referent.minutes.time.TemporalExpression.Per;
import dk.referent.minutes.time.TemporalExpression.PeriodExpression;
import dk.referent.minutes.time.TemporalExpression.RecurrenceExpression;
import dk.referent.minutes.time.TemporalExpression.Span;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Danish temporal expressions in a sentence of minutes, resolved against a reference (meeting) date. A grammar of
 * small parts — numbers, ordinals, months, weekdays, units, modifiers — combined into rules for dates, periods,
 * recurrences and next-meeting references; where rules overlap the longest match wins. Case and journal numbers,
 * § references, amounts, phone numbers and item ranges are masked first, so they are never dates.
 * A pure function of the text and the reference date.
 */
public final class DanishTemporalParser {

    // ---- the grammar's parts ----
    private static final String B = "(?<![\\p{L}\\d])";
    private static final String E = "(?![\\p{L}\\d])";
    private static final String MONTH_FULL = "(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)";
    private static final String MONTH = "(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
            + "|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept\\.?|sep\\.?|okt\\.?|nov\\.?|dec\\.?)(?![\\p{L}])";
    private static final String WEEKDAY = "(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:en)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String DAY = "(\\d{1,2})";
    private static final String ON = "(?:(?:" + WEEKDAY + "),?\\s+)?(?:(?:den|d\\.)\\s*)?";
    private static final String TIME = "(?:,?\\s*(?:fra\\s+)?(?:kl\\.?|klokken)\\s*(\\d{1,2})(?:[.:](\\d{2}))?(?![\\d]))?";
    /** After a number: no further digits or "-12"/".5" (a full stop ending the sentence is fine). */
    private static final String NOT_NUMBER_AFTER = "(?![\\d]|[./-]\\d)";
    private static final String ORDINAL_WORD = "(første|anden|andet|tredje|fjerde|femte|sjette|syvende|ottende|niende|tiende|fjortende|sidste)";
    private static final String COUNT_WORD = "(en|én|et|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|\\d{1,2})";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("en", 1), Map.entry("én", 1), Map.entry("et", 1), Map.entry("ét", 1), Map.entry("to", 2),
            Map.entry("tre", 3), Map.entry("fire", 4), Map.entry("fem", 5), Map.entry("seks", 6), Map.entry("syv", 7),
            Map.entry("otte", 8), Map.entry("ni", 9), Map.entry("ti", 10), Map.entry("elleve", 11), Map.entry("tolv", 12),
            Map.entry("første", 1), Map.entry("anden", 2), Map.entry("andet", 2), Map.entry("tredje", 3),
            Map.entry("fjerde", 4), Map.entry("femte", 5), Map.entry("sjette", 6), Map.entry("syvende", 7),
            Map.entry("ottende", 8), Map.entry("niende", 9), Map.entry("tiende", 10), Map.entry("fjortende", 14),
            Map.entry("sidste", -1));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("mandag", DayOfWeek.MONDAY, "tirsdag", DayOfWeek.TUESDAY,
            "onsdag", DayOfWeek.WEDNESDAY, "torsdag", DayOfWeek.THURSDAY, "fredag", DayOfWeek.FRIDAY,
            "lørdag", DayOfWeek.SATURDAY, "søndag", DayOfWeek.SUNDAY);

    /**
     * What is never a date: case and journal numbers, § references, amounts, phone numbers, item ranges. Each part
     * has a word the text must hold before its regex runs (masking runs on every sentence).
     */
    private static final List<Map.Entry<String, Pattern>> NOT_TEMPORAL = List.of(
            mask("nr|id", "(?:sagsnr|sags\\.?\\s?nr|sagsnummer|sagsid|sags-id|j\\.\\s?nr|jnr|journalnr|dok(?:ument)?\\.?\\s?nr|dokumentnummer|sag\\s+nr)\\.?\\s*:?\\s*[\\w./-]+"),
            mask("-", CaseNumbers.HYPHENATED_NOT_DATE),
            mask("/", CaseNumbers.SLASHED_NOT_DATE),
            mask("§", "§§?\\s*\\d+[a-z]?(?:\\s*[-–,]\\s*\\d+[a-z]?)*(?:,?\\s*stk\\.\\s*\\d+(?:\\s*[-–]\\s*\\d+)?)?(?:,?\\s*nr\\.\\s*\\d+)?"),
            mask(" ", "(?:\\+45\\s?)?" + B + "\\d{2}\\s\\d{2}\\s\\d{2}\\s\\d{2}" + E),
            mask("kr", B + "\\d[\\d.,]*\\s*(?:mio\\.?|mia\\.?|mill\\.?|millioner|milliarder|tusinde?|t\\.)?\\s*kr\\.?|kr\\.?\\s*\\d[\\d.,]*"),
            mask("%|procent|pct", B + "\\d[\\d,.]*\\s*(?:%|procent|pct\\.?)"),
            mask("punkt|pkt|sag|bilag", "(?:punkt(?:erne)?|pkt\\.?|sag(?:erne)?|bilag)\\s+\\d+\\s*(?:[-–]|og|til)\\s*\\d+"),
            mask("plan|tillæg|version|nr.|afsnit|kapitel|tabel|figur|bilag|paragraf", "(?:lokalplan|kommuneplantillæg|tillæg|version|nr\\.|afsnit|kapitel|tabel|figur|bilag|paragraf)\\s*(?:nr\\.\\s*)?\\d+(?:[./-]\\d+)*"));

    private static Map.Entry<String, Pattern> mask(String needs, String regex) {
        return Map.entry(needs, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static final Pattern PAST = Pattern.compile(
            "(?iu)\\b(?:blev|var|havde|vedtog|holdt|afholdt|fandt\\s+sted|modtog|gav|bad|sendte|\\p{L}{3,}ede)\\b");
    private static final Pattern FUTURE = Pattern.compile(
            "(?iu)\\b(?:\\p{L}*frist\\p{L}*|senest|inden|skal|vil|forventes|forventet|planlægges|planlagte?|kommende|næste"
                    + "|afholdes|gennemføres|træder|indkaldes|sendes|fremsendes|deadline|\\p{L}{4,}es)\\b");
    /** Where a sentence ends: a full stop not after an abbreviation ("pr.", "kl.", "d."), or ; or a line break. */
    public static final Pattern SENTENCE_BOUNDARY = Pattern.compile(
            "[.!?](?<!\\b(?:pr|kl|d|jf|ca|nr|stk|mio|mia|kr|evt|inkl|ekskl|vedr|tlf|mv|osv|mm|bl\\.a|f\\.eks|m\\.v|m\\.m|dvs|iflg|ift|hhv|Pkt|pkt)\\.)\\s+(?=[\\p{Lu}\"»])|[;\\n]");
    private static final Pattern STRONG_FUTURE = Pattern.compile(
            "(?iu)\\b(?:skal|vil|forventes|forventet|planlægges|planlagte?|kommende|næste|afholdes|gennemføres|indkaldes|træder\\s+i\\s+kraft)\\b");
    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "(?iu)(?:\\p{L}*frist(?:en|er)?\\p{L}*|senest|inden|deadline|sidste\\s+dag|skal\\s+(?:være\\s+)?(?:modtaget|indsendt|fremsendt|afleveret|indleveret|færdig|afsluttet|besvaret)"
                    + "|skal\\s+(?:indsendes|fremsendes|afleveres|afgives|indgives|indleveres|sendes|modtages|besvares|godkendes|vedtages|afsluttes)|forfalder)"
                    + "(?:[\\s,]+(?:pr\\.|[^\\s.;:!?]+)){0,5}[\\s,]*:?[\\s]*$");
    /** "Fristen for at søge om tilskud fra puljen er den 15. februar": the subject may be long. */
    private static final Pattern FRIST_SUBJECT = Pattern.compile(
            "(?iu)\\b\\p{L}*frist(?:en|erne)?\\b(?:[\\s,]+[^\\s.;:!?]+){0,10}?\\s+(?:er|var|bliver|udløber|sættes\\s+til|fastsættes\\s+til)(?:\\s+(?:på|til))?[\\s,]*$");
    private static final Pattern DEADLINE_AFTER = Pattern.compile(
            "(?iu)^[\\s,]*(?:(?:er|som)\\s+(?:sidste\\s+)?(?:\\p{L}*frist|deadline)|:\\s*(?:sidste\\s+)?(?:\\p{L}*frist|deadline))");
    private static final Pattern VAGUE_QUANTITY = Pattern.compile("(?iu)\\b(?:få|nogle|flere|enkelte|mange|et\\s+par)\\s+$");
    /** Every rule needs a digit or one of these words; a sentence with none of them is skipped at once. */
    private static final Pattern TRIGGER = Pattern.compile("(?iu)\\d|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|hver|dagli|ugentli"
            + "|månedli|kvartal|halvår|årli|uge|gang|møde|primo|medio|ultimo|forår|sommer|efterår|vinter|behandling"
            + "|første|anden|andet|tredje|fjerde|sidste|klokken");
    private static final Pattern MONTH_NAME = Pattern.compile(B + MONTH);
    private static final Pattern YEAR_LIKE = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern NUMERIC_LIKE = Pattern.compile("\\d[./-]\\d");
    private static final Pattern YEAR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]\\s+\\p{Lu}");
    /** "senest drøftet", "senest orienteret": senest as "most recently" says nothing of the future. */
    private static final Pattern SENEST_PAST = Pattern.compile("(?iu)\\bsenest\\s+(?:\\p{L}+\\s+)?\\p{L}+(?:et|t|ede)\\b");
    private static final Pattern PARTICIPLE = Pattern.compile("(?iu)^(?:\\p{L}+(?:et|t|ede))$");

    private interface Rule extends BiFunction<Matcher, Context, Optional<TemporalExpression>> {
    }

    private record Compiled(String needs, Pattern pattern, Rule rule) {
    }

    private final List<Compiled> rules = new ArrayList<>();

    public DanishTemporalParser() {
        // dates
        add("@#", B + ON + DAY + "\\.?(?:\\s*-\\s*|\\s+)" + MONTH + "(?:[\\s,-]+" + YEAR + ")?" + E + TIME, this::writtenDate);
        add("N", "(?<![\\p{L}\\d./-])(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})(?![\\d]|[./-]\\d)" + TIME, this::numericDate);
        add("N", "(?<![\\d./-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])" + TIME, this::isoDate);
        add("N", B + "(?:den|d\\.)\\s*(\\d{1,2})[./](\\d{1,2})\\.?(?![\\d./-])" + TIME, this::shortNumericDate);
        add("kl.|klokken", B + "(?:kl\\.?|klokken)\\s*(\\d{1,2})(?:[.:](\\d{2}))?(?![\\d])", this::clockTime);
        // periods
        add("@#", B + "(?:(?:i\\s+)?(?:perioden\\s+)?(?:fra\\s+)?(?:(?:den|d\\.)\\s*)?)" + DAY + "\\.?(?:\\s*" + MONTH + "(?:\\s+" + YEAR + ")?)?"
                + "\\s*(?:-|–|—|til(?:\\s+og\\s+med)?|t\\.o\\.m\\.)\\s*(?:(?:den|d\\.)\\s*)?" + DAY + "\\.?\\s*" + MONTH
                + "(?:[\\s,]+" + YEAR + ")?" + E, this::dayRange);
        add("@#", B + "(?:(?:den|d\\.)\\s*)?" + DAY + "\\.?((?:\\s*,\\s*\\d{1,2}\\.?)*)\\s+og\\s+(?:den\\s+)?" + DAY + "\\.?\\s*" + MONTH
                + "(?:[\\s,]+" + YEAR + ")?" + E, this::coordinatedDays);
        add("@", B + "(?:(primo|medio|ultimo|i\\s+starten\\s+af|starten\\s+af|i\\s+begyndelsen\\s+af|begyndelsen\\s+af|midten\\s+af|i\\s+midten\\s+af"
                + "|slutningen\\s+af|i\\s+slutningen\\s+af|udgangen\\s+af|ved\\s+udgangen\\s+af)\\s+)?(?:måneden\\s+)?" + MONTH_FULL
                + "(?:\\s+(?:måned\\s+)?" + YEAR + ")?" + E + "(?!\\s+(?:allé|alle|vej|gade|plads|stræde|park)\\b)", this::month);
        // "okt 2016", "jan. 2026": an abbreviated month is a month only with its year (alone, "mar" or "dec" is often a word)
        add("@", B + "()" + MONTH + "\\s+" + YEAR + E, this::month);
        add("kvartal", B + "(?:(\\d)\\.|" + ORDINAL_WORD + ")\\s*kvartal(?:et)?(?:\\s+(?:af\\s+|i\\s+)?" + YEAR + ")?" + E, this::quarter);
        add("halv", B + "(?:(\\d)\\.|" + ORDINAL_WORD + ")\\s*(?:halvår(?:et)?|halvdel\\s+af)(?:\\s+(?:af\\s+|i\\s+)?" + YEAR + ")?" + E, this::halfYear);
        add("forår|sommer|efterår|vinter", B + "(?:i\\s+|til\\s+|fra\\s+|hen\\s+over\\s+|i\\s+løbet\\s+af\\s+)?(forår(?:et)?|sommer(?:en)?|efterår(?:et)?|vinter(?:en)?)(?:\\s+" + YEAR + ")?" + E, this::season);
        add("uge", B + "uge(?:rne)?\\s*(\\d{1,2})(?:\\s*(?:[-–]|og|til)\\s*(\\d{1,2}))?(?:\\s*,?\\s*(?:i\\s+)?" + YEAR + ")?" + E, this::isoWeek);
        add("Y", "(?<![\\d./-])" + YEAR + "\\s*(?:[-–]|til(?:\\s+og\\s+med)?)\\s*((?:19|20)\\d{2}|\\d{2})" + NOT_NUMBER_AFTER, this::yearRange);
        add("N", "(?<![\\d./-])(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})\\s*(?:[-–]|til(?:\\s+og\\s+med)?)\\s*(?:(?:den|d\\.)\\s*)?(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})" + NOT_NUMBER_AFTER, this::numericRange);
        add("Y", B + "(i\\s+løbet\\s+af|i|fra|for|til|in|inden|siden|år(?:et)?|budgetåret|budgettet|regnskabsåret|kalenderåret|primo|medio|ultimo"
                + "|starten\\s+af|begyndelsen\\s+af|midten\\s+af|slutningen\\s+af|udgangen\\s+af|ved\\s+udgangen\\s+af)\\s+" + YEAR + NOT_NUMBER_AFTER, this::year);
        // recurrences
        add("hver", B + "(?:hver|hvert)(?:\\s+eneste)?\\s+(?:(\\d{1,2})\\.\\s*|" + ORDINAL_WORD + "\\s+)?(dag|uge|måned|kvartal|halvår|halve\\s+år|år)" + E, this::every);
        add("hver", B + "hver(?:\\s+(anden|andet|2\\.|tredje|3\\.))?\\s+(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:en)?" + E, this::everyWeekday);
        add("måned", B + "(?:den\\s+)?(\\d{1,2})\\.\\s+(?:i\\s+)?(?:hver(?:\\s+eneste)?\\s+måned|måneden)" + E, this::monthDay);
        add("dagli|ugentli|månedli|kvartals|halvårli|årli", B + "(dagligt?|daglige|ugentlig(?:t|e)?|månedlig(?:t|e)?|kvartalsvis(?:t|e)?|kvartalsmæssig(?:t|e)?|halvårlig(?:t|e)?|årlig(?:t|e)?)" + E, this::adverb);
        add("gang", B + COUNT_WORD + "(?:\\s*[-–]\\s*" + COUNT_WORD + "|\\s+til\\s+" + COUNT_WORD + ")?\\s+gang(?:e)?\\s+(?:(?:om|per|pr\\.?|i|hvert|hver|årligt|om\\s+året)\\s*)?"
                + "(året|år|årligt|måneden|måned|månedligt|ugen|uge|ugentligt|kvartalet|kvartal|halvåret)?" + E, this::timesPer);
        add("årlige|månedlige|ugentlige", B + COUNT_WORD + "(?:\\s*[-–]\\s*" + COUNT_WORD + ")?\\s+(årlige|månedlige|ugentlige)\\s+\\p{L}+" + E, this::countAdjective);
        add("måned", B + "(?:den\\s+)?(?:(\\d)\\.|" + ORDINAL_WORD + ")\\s+(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\\s+(?:i\\s+)?(?:hver(?:\\s+eneste)?\\s+måned|måneden|hver\\s+måned)" + E, this::weekdayOfMonth);
        add("@", B + "(?:hvert\\s+år|årligt|hvert\\s+kalenderår)\\s+(?:(senest|inden|før|pr\\.|den|d\\.)\\s+)?(?:den\\s+|d\\.\\s*)?" + DAY + "\\.?\\s*" + MONTH + E, this::yearlyOnDay);
        add("@", B + "(?:(senest|inden|før|pr\\.)\\s+)?(?:den\\s+|d\\.\\s*)?" + DAY + "\\.?\\s*" + MONTH + "\\s+(?:hvert\\s+år|årligt)" + E, this::yearlyOnDayAfter);
        add("Y", B + "(?:årligt|om\\s+året|pr\\.?\\s+år|hvert\\s+år)\\s+i\\s+(?:perioden\\s+|årene\\s+)?" + YEAR + "\\s*[-–]\\s*((?:19|20)\\d{2}|\\d{2})" + E, this::yearlyUntil);
        // next meeting
        add("næste|kommende|efterfølgende", B + "(?:(?:på|til|ved|i|inden|før|forud\\s+for)\\s+)?(?:(?:det|den|et|en)\\s+)?(næste|kommende|næstkommende|førstkommende|efterfølgende)\\s+"
                + "((?:[\\p{L}]+-\\s*og\\s+)?[\\p{L}]*?(?:direktions|udvalgs|råds|bestyrelses|forums|gruppe|KB-|ØU-|HU-))?møde(?:t|r|rne)?"
                + "(?:\\s+i\\s+(" + BODY + "))?" + E, this::nextMeeting);
        add("næste|kommende", B + "(?:forelægges|genoptages|behandles|fremlægges|drøftes|orienteres|forelagt|sendes\\s+til|videre\\s+til)\\s+(?:for\\s+|i\\s+)?(" + BODY + ")\\s+(?:igen\\s+)?på\\s+(?:(?:det|dets|dens|sit|deres|et)\\s+)?" + NEXT + "\\s+møde" + E, this::bodyNextMeeting);
        add("næste|kommende", B + "(" + BODY + ")s\\s+" + NEXT + "\\s+møde" + E, this::bodyNextMeeting);
        add("næste|kommende", B + "(" + BODY + ")(?:\\s+[\\p{L}]+){0,2}\\s+på\\s+(?:sit|dets|dens|deres)\\s+" + NEXT + "\\s+møde" + E, this::bodyNextMeeting);
        add("behandling", B + "(?:inden|før|forud\\s+for)\\s+(?:den\\s+(?:endelige|politiske)\\s+)?behandling(?:en)?\\s+i\\s+(" + BODY + ")" + E, this::beforeTreatment);
        add("behandling", B + "(?:inden|før|forud\\s+for)\\s+(" + BODY + ")s\\s+behandling" + E, this::beforeTreatment);
    }

    private static final String NEXT = "(?:næste|kommende|næstkommende|førstkommende)";
    private static final String BODY = "Direktionen|Byrådet|Kommunalbestyrelsen|Økonomiudvalget|Hovedudvalget|Regionsrådet|udvalget|direktionen"
            + "|[\\p{Lu}][\\p{L}]*-\\s+og\\s+[\\p{Lu}]?[\\p{L}]*udvalget|[\\p{Lu}][\\p{L}]*udvalget|KB|ØU|HU";

    /**
     * A rule, and what a text must contain for the rule to have a chance: literal words separated by "|", "#" for
     * a digit, "@" for a month name. Checking that first keeps the regex engine off most sentences.
     */
    private void add(String needs, String regex, Rule rule) {
        rules.add(new Compiled(needs, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), rule));
    }

    /** What a sentence holds, found once: the guards of all rules are checked against it. */
    private record Features(String lower, boolean digit, boolean month, boolean year, boolean numeric) {
        static Features of(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            boolean digit = lower.chars().anyMatch(Character::isDigit);
            return new Features(lower, digit, MONTH_NAME.matcher(lower).find(),
                    digit && YEAR_LIKE.matcher(lower).find(), digit && NUMERIC_LIKE.matcher(lower).find());
        }
    }

    private static boolean has(String needs, Features f) {
        switch (needs) {
            case "@#" -> {
                return f.digit() && f.month();
            }
            case "#" -> {
                return f.digit();
            }
            case "@" -> {
                return f.month();
            }
            case "Y" -> {
                return f.year();
            }
            case "N" -> {
                return f.numeric();
            }
            default -> {
            }
        }
        String lower = f.lower();
        for (String word : needs.split("\\|")) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** What a rule knows besides its match. */
    private record Context(String text, LocalDate reference, Tense tense) {
    }

    private enum Tense { PAST, FUTURE, NEUTRAL }

    /** Every temporal expression in the text, in order of appearance, resolved against {@code reference}. */
    public List<TemporalExpression> find(String text, LocalDate reference) {
        if (!TRIGGER.matcher(text).find()) {
            return List.of(); // most sentences of minutes hold nothing temporal: one pass instead of every rule
        }
        String masked = mask(text);
        Context context = new Context(masked, reference, tense(masked));
        Features features = Features.of(masked);
        List<TemporalExpression> candidates = new ArrayList<>();
        for (Compiled c : rules) {
            if (!has(c.needs(), features)) {
                continue;
            }
            Matcher m = c.pattern().matcher(masked);
            while (m.find()) {
                if (m.end() > m.start()) {
                    c.rule().apply(m, context).ifPresent(candidates::add);
                }
            }
        }
        candidates.sort(Comparator.comparingInt((TemporalExpression t) -> -t.span().length()).thenComparingInt(t -> t.span().start()));
        List<TemporalExpression> chosen = new ArrayList<>();
        for (TemporalExpression t : candidates) {
            if (chosen.stream().noneMatch(c -> c.span().overlaps(t.span()))) {
                chosen.add(withDeadlineCue(t, masked));
            }
        }
        chosen.sort(Comparator.comparingInt(t -> t.span().start()));
        return yearlyWithItsDay(chosen, masked);
    }

    /**
     * "skal årligt indsendes … senest den 1. juni": a yearly obligation and a year-less day in one sentence are
     * one recurrence on that day.
     */
    private static List<TemporalExpression> yearlyWithItsDay(List<TemporalExpression> found, String text) {
        RecurrenceExpression yearly = null;
        DateExpression day = null;
        for (TemporalExpression t : found) {
            if (t instanceof RecurrenceExpression r && "FREQ=YEARLY".equals(r.rrule()) && r.per() == null) {
                yearly = r;
            } else if (t instanceof DateExpression d && d.time() == null && !YEAR_DIGITS.matcher(text.substring(d.span().start(), d.span().end())).find()) {
                day = d;
            }
        }
        if (yearly == null || day == null) {
            return found;
        }
        Span span = new Span(Math.min(yearly.span().start(), day.span().start()), Math.max(yearly.span().end(), day.span().end()));
        if (SENTENCE_END.matcher(text.substring(span.start(), span.end())).find()) {
            return found;
        }
        List<TemporalExpression> merged = new ArrayList<>(found);
        merged.remove(yearly);
        merged.remove(day);
        merged.add(new RecurrenceExpression("FREQ=YEARLY;BYMONTH=" + day.date().getMonthValue() + ";BYMONTHDAY=" + day.date().getDayOfMonth(),
                null, null, day.deadline() || yearly.deadline(), span));
        merged.sort(Comparator.comparingInt(t -> t.span().start()));
        return merged;
    }

    /** Replaces what can never be a date by spaces (offsets stay as in the text). */
    private static String mask(String text) {
        if (text.chars().noneMatch(Character::isDigit)) {
            return text; // every masked thing holds a number
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text);
        for (Map.Entry<String, Pattern> part : NOT_TEMPORAL) {
            boolean possible = false;
            for (String word : part.getKey().split("\\|")) {
                possible |= lower.contains(word);
            }
            if (!possible) {
                continue;
            }
            Matcher m = part.getValue().matcher(text);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    /** A plan or an obligation beats past tense; past tense beats a mere deadline word ("fristen var den 1. marts"). */
    private static Tense tense(String text) {
        String t = SENEST_PAST.matcher(text).replaceAll(" ");
        if (STRONG_FUTURE.matcher(t).find()) {
            return Tense.FUTURE;
        }
        if (PAST.matcher(text).find()) {
            return Tense.PAST;
        }
        return FUTURE.matcher(t).find() ? Tense.FUTURE : Tense.NEUTRAL;
    }

    private static TemporalExpression withDeadlineCue(TemporalExpression t, String text) {
        if (t.deadline()) {
            return t;
        }
        String before = text.substring(Math.max(0, t.span().start() - 80), t.span().start());
        Matcher end = SENTENCE_BOUNDARY.matcher(before);
        int sentence = -1;
        while (end.find()) {
            sentence = end.end();
        }
        if (sentence >= 0) {
            before = before.substring(sentence);
        }
        Matcher cue = DEADLINE_BEFORE.matcher(before);
        if (cue.find() && !mostRecently(cue.group()) && !cue.group().toLowerCase(Locale.ROOT).matches("(?s)inden\\s+for\\b.*")
                || FRIST_SUBJECT.matcher(before).find()) {
            return t.withDeadline(true);
        }
        String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 30));
        return DEADLINE_AFTER.matcher(after).find() ? t.withDeadline(true) : t;
    }

    /** "senest drøftet den 3. maj": senest as "most recently", not a due date. */
    private static boolean mostRecently(String cue) {
        String[] words = cue.strip().split("[\\s,]+");
        if (!words[0].equalsIgnoreCase("senest")) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (!w.equals("det") && !w.equals("den") && PARTICIPLE.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    // ---- dates ----

    private Optional<TemporalExpression> writtenDate(Matcher m, Context c) {
        int month = month(m.group(2));
        Integer year = m.group(3) == null ? null : Integer.parseInt(m.group(3));
        return resolveDay(Integer.parseInt(m.group(1)), month, year, c)
                .map(d -> new DateExpression(d, time(m.group(4), m.group(5)), false, span(m)));
    }

    private Optional<TemporalExpression> numericDate(Matcher m, Context c) {
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += 2000;
        }
        return date(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                .map(d -> new DateExpression(d, time(m.group(4), m.group(5)), false, span(m)));
    }

    private Optional<TemporalExpression> isoDate(Matcher m, Context c) {
        return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                .map(d -> new DateExpression(d, time(m.group(4), m.group(5)), false, span(m)));
    }

    private Optional<TemporalExpression> shortNumericDate(Matcher m, Context c) {
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return resolveDay(Integer.parseInt(m.group(1)), month, null, c)
                .map(d -> new DateExpression(d, time(m.group(3), m.group(4)), false, span(m)));
    }

    private Optional<TemporalExpression> clockTime(Matcher m, Context c) {
        LocalTime t = time(m.group(1), m.group(2));
        return t == null ? Optional.empty() : Optional.of(new DateExpression(c.reference(), t, false, span(m)));
    }

    // ---- periods ----

    private Optional<TemporalExpression> dayRange(Matcher m, Context c) {
        int toMonth = month(m.group(5));
        int fromMonth = m.group(2) == null ? toMonth : month(m.group(2));
        Integer toYear = m.group(6) == null ? null : Integer.parseInt(m.group(6));
        Integer fromYear = m.group(3) == null ? toYear : Integer.valueOf(Integer.parseInt(m.group(3)));
        Optional<LocalDate> to = resolveDay(Integer.parseInt(m.group(4)), toMonth, toYear, c);
        if (to.isEmpty()) {
            return Optional.empty();
        }
        int fy = fromYear != null ? fromYear : (fromMonth > toMonth ? to.get().getYear() - 1 : to.get().getYear());
        return date(fy, fromMonth, Integer.parseInt(m.group(1)))
                .filter(from -> !from.isAfter(to.get()))
                .map(from -> new PeriodExpression(from, to.get(), null, false, span(m)));
    }

    private Optional<TemporalExpression> coordinatedDays(Matcher m, Context c) {
        int month = month(m.group(4));
        Integer year = m.group(5) == null ? null : Integer.parseInt(m.group(5));
        Optional<LocalDate> last = resolveDay(Integer.parseInt(m.group(3)), month, year, c);
        return last.flatMap(l -> date(l.getYear(), month, Integer.parseInt(m.group(1)))
                .filter(first -> first.isBefore(l))
                .map(first -> new PeriodExpression(first, l, null, false, span(m))));
    }

    private Optional<TemporalExpression> month(Matcher m, Context c) {
        int month = month(m.group(2));
        int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : resolveMonthYear(month, c);
        YearMonth ym = YearMonth.of(year, month);
        String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (modifier.contains("udgangen")) {
            return Optional.of(new DateExpression(ym.atEndOfMonth(), null, false, span(m)));
        }
        String vague = vague(modifier);
        if (vague == null) {
            return Optional.of(new PeriodExpression(ym.atDay(1), ym.atEndOfMonth(), null, false, span(m)));
        }
        return Optional.of(switch (vague) {
            case "primo" -> new PeriodExpression(ym.atDay(1), ym.atDay(10), vague, false, span(m));
            case "medio" -> new PeriodExpression(ym.atDay(11), ym.atDay(20), vague, false, span(m));
            default -> new PeriodExpression(ym.atDay(21), ym.atEndOfMonth(), vague, false, span(m));
        });
    }

    private Optional<TemporalExpression> quarter(Matcher m, Context c) {
        int q = m.group(1) != null ? Integer.parseInt(m.group(1)) : number(m.group(2));
        if (q == -1) {
            q = 4;
        }
        if (q < 1 || q > 4) {
            return Optional.empty();
        }
        int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : resolvePeriodYear(YearMonth.of(c.reference().getYear(), q * 3), c);
        LocalDate from = LocalDate.of(year, (q - 1) * 3 + 1, 1);
        return Optional.of(new PeriodExpression(from, from.plusMonths(3).minusDays(1), null, false, span(m)));
    }

    private Optional<TemporalExpression> halfYear(Matcher m, Context c) {
        int h = m.group(1) != null ? Integer.parseInt(m.group(1)) : number(m.group(2));
        if (h == -1) {
            h = 2;
        }
        if (h < 1 || h > 2) {
            return Optional.empty();
        }
        int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : resolvePeriodYear(YearMonth.of(c.reference().getYear(), h * 6), c);
        LocalDate from = LocalDate.of(year, h == 1 ? 1 : 7, 1);
        return Optional.of(new PeriodExpression(from, from.plusMonths(6).minusDays(1), null, false, span(m)));
    }

    private Optional<TemporalExpression> season(Matcher m, Context c) {
        String s = m.group(1).toLowerCase(Locale.ROOT);
        int startMonth = s.startsWith("forår") ? 3 : s.startsWith("sommer") ? 6 : s.startsWith("efterår") ? 9 : 12;
        boolean prefixed = !m.group().toLowerCase(Locale.ROOT).startsWith(s);
        if (m.group(2) == null && !prefixed) {
            return Optional.empty();
        }
        int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : resolvePeriodYear(YearMonth.of(c.reference().getYear(), startMonth + 2 > 12 ? 12 : startMonth + 2), c);
        LocalDate from = LocalDate.of(year, startMonth, 1);
        return Optional.of(new PeriodExpression(from, from.plusMonths(3).minusDays(1), null, false, span(m)));
    }

    private Optional<TemporalExpression> isoWeek(Matcher m, Context c) {
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) != null ? Integer.parseInt(m.group(2)) : first;
        if (first < 1 || last > 53 || last < first) {
            return Optional.empty();
        }
        int year;
        if (m.group(3) != null) {
            year = Integer.parseInt(m.group(3));
        } else {
            year = c.reference().getYear();
            LocalDate monday = weekMonday(year, first);
            if (c.tense() != Tense.PAST && monday.plusDays(6 + 7L * (last - first)).isBefore(c.reference().minusDays(60))) {
                year++;
            }
        }
        if (last > LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) {
            return Optional.empty(); // "uge 53" in a year of 52 weeks
        }
        LocalDate from = weekMonday(year, first);
        LocalDate to = weekMonday(year, last).plusDays(6);
        return Optional.of(new PeriodExpression(from, to, null, false, span(m)));
    }

    private Optional<TemporalExpression> numericRange(Matcher m, Context c) {
        Optional<LocalDate> from = date(fullYear(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        Optional<LocalDate> to = date(fullYear(m.group(6)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)));
        if (from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
            return Optional.empty();
        }
        return Optional.of(new PeriodExpression(from.get(), to.get(), null, false, span(m)));
    }

    private static int fullYear(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    private Optional<TemporalExpression> yearRange(Matcher m, Context c) {
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2).length() == 2 ? from / 100 * 100 + Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(2));
        if (to <= from || to - from > 30) {
            return Optional.empty();
        }
        return Optional.of(new PeriodExpression(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), null, false, span(m)));
    }

    private Optional<TemporalExpression> year(Matcher m, Context c) {
        int year = Integer.parseInt(m.group(2));
        String modifier = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (modifier.contains("udgangen")) {
            return Optional.of(new DateExpression(LocalDate.of(year, 12, 31), null, false, span(m)));
        }
        String vague = vague(modifier);
        if ("primo".equals(vague)) {
            return Optional.of(new PeriodExpression(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 31), vague, false, span(m)));
        }
        if ("ultimo".equals(vague)) {
            return Optional.of(new PeriodExpression(LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 31), vague, false, span(m)));
        }
        if ("medio".equals(vague)) {
            return Optional.of(new PeriodExpression(LocalDate.of(year, 6, 1), LocalDate.of(year, 7, 31), vague, false, span(m)));
        }
        // "i 2024": the year; the preposition is not part of the period
        return Optional.of(new PeriodExpression(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, false,
                new Span(m.start(2), m.end(2))));
    }

    // ---- recurrences ----

    private Optional<TemporalExpression> every(Matcher m, Context c) {
        int interval = m.group(1) != null ? Integer.parseInt(m.group(1)) : m.group(2) != null ? number(m.group(2)) : 1;
        if (interval < 1) {
            return Optional.empty();
        }
        String unit = m.group(3).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return Optional.of(switch (unit) {
            case "dag" -> interval % 7 == 0 ? rule("FREQ=WEEKLY", interval / 7, null, m) : rule("FREQ=DAILY", interval, null, m);
            case "uge" -> rule("FREQ=WEEKLY", interval, null, m);
            case "måned" -> rule("FREQ=MONTHLY", interval, null, m);
            case "kvartal" -> rule("FREQ=MONTHLY", 3 * interval, null, m);
            case "halvår", "halve år" -> rule("FREQ=MONTHLY", 6 * interval, new Per("YEARLY", 2, null, null), m);
            default -> rule("FREQ=YEARLY", interval, null, m);
        });
    }

    private Optional<TemporalExpression> everyWeekday(Matcher m, Context c) {
        int interval = m.group(1) == null ? 1 : m.group(1).startsWith("3") || m.group(1).startsWith("tre") ? 3 : 2;
        DayOfWeek day = WEEKDAYS.get(m.group(2).toLowerCase(Locale.ROOT));
        return Optional.of(new RecurrenceExpression(interval("FREQ=WEEKLY", interval) + ";BYDAY=" + day.name().substring(0, 2),
                null, null, false, span(m)));
    }

    private Optional<TemporalExpression> monthDay(Matcher m, Context c) {
        int day = Integer.parseInt(m.group(1));
        return day < 1 || day > 31 ? Optional.empty()
                : Optional.of(new RecurrenceExpression("FREQ=MONTHLY;BYMONTHDAY=" + day, null, null, false, span(m)));
    }

    private Optional<TemporalExpression> adverb(Matcher m, Context c) {
        if (VAGUE_QUANTITY.matcher(c.text().substring(0, m.start())).find()) {
            return Optional.empty(); // "få årlige møder": how often is not said
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        if (w.startsWith("dagli")) {
            return Optional.of(rule("FREQ=DAILY", 1, null, m));
        }
        if (w.startsWith("ugentlig")) {
            return Optional.of(rule("FREQ=WEEKLY", 1, null, m));
        }
        if (w.startsWith("månedlig")) {
            return Optional.of(rule("FREQ=MONTHLY", 1, null, m));
        }
        if (w.startsWith("kvartal")) {
            return Optional.of(rule("FREQ=MONTHLY", 3, null, m));
        }
        if (w.startsWith("halvårlig")) {
            return Optional.of(rule("FREQ=MONTHLY", 6, new Per("YEARLY", 2, null, null), m));
        }
        return Optional.of(rule("FREQ=YEARLY", 1, null, m));
    }

    private Optional<TemporalExpression> timesPer(Matcher m, Context c) {
        String unit = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
        String whole = m.group().toLowerCase(Locale.ROOT);
        String freq;
        if (unit.startsWith("år") || whole.contains("årligt") || whole.contains("om året")) {
            freq = "YEARLY";
        } else if (unit.startsWith("måned")) {
            freq = "MONTHLY";
        } else if (unit.startsWith("uge")) {
            freq = "WEEKLY";
        } else if (unit.startsWith("kvartal")) {
            freq = "QUARTERLY";
        } else if (unit.startsWith("halvår")) {
            freq = "HALFYEARLY";
        } else {
            return Optional.empty();
        }
        Integer min = count(m.group(1));
        Integer max = m.group(2) != null ? count(m.group(2)) : m.group(3) != null ? count(m.group(3)) : null;
        if (min == null || min < 1 || max != null && max <= min) {
            return Optional.empty();
        }
        if (max != null) {
            return Optional.of(new RecurrenceExpression(null, new Per(perFreq(freq), null, min, max), null, false, span(m)));
        }
        Per per = new Per(perFreq(freq), min, null, null);
        String rrule = switch (freq) {
            case "YEARLY" -> min == 1 ? "FREQ=YEARLY" : 12 % min == 0 ? interval("FREQ=MONTHLY", 12 / min) : null;
            case "MONTHLY" -> min == 1 ? "FREQ=MONTHLY" : min == 2 ? "FREQ=WEEKLY;INTERVAL=2" : min == 4 ? "FREQ=WEEKLY" : null;
            case "WEEKLY" -> min == 1 ? "FREQ=WEEKLY" : null;
            case "QUARTERLY" -> min == 1 ? "FREQ=MONTHLY;INTERVAL=3" : min == 3 ? "FREQ=MONTHLY" : null;
            default -> min == 1 ? "FREQ=MONTHLY;INTERVAL=6" : null;
        };
        return Optional.of(new RecurrenceExpression(rrule, min == 1 && rrule != null ? null : per, null, false, span(m)));
    }

    /** "3-4 årlige møder", "fire årlige temadage": a count per period said as an adjective. */
    private Optional<TemporalExpression> countAdjective(Matcher m, Context c) {
        Integer min = count(m.group(1));
        Integer max = count(m.group(2));
        if (min == null || min < 2 || max != null && max <= min) {
            return Optional.empty();
        }
        String a = m.group(3).toLowerCase(Locale.ROOT);
        String freq = a.startsWith("år") ? "YEARLY" : a.startsWith("måned") ? "MONTHLY" : "WEEKLY";
        if (max != null) {
            return Optional.of(new RecurrenceExpression(null, new Per(freq, null, min, max), null, false, span(m)));
        }
        String rrule = freq.equals("YEARLY") && 12 % min == 0 ? interval("FREQ=MONTHLY", 12 / min) : null;
        return Optional.of(new RecurrenceExpression(rrule, new Per(freq, min, null, null), null, false, span(m)));
    }

    private static String perFreq(String freq) {
        return freq.equals("QUARTERLY") || freq.equals("HALFYEARLY") ? "MONTHLY" : freq;
    }

    private Optional<TemporalExpression> weekdayOfMonth(Matcher m, Context c) {
        int n = m.group(1) != null ? Integer.parseInt(m.group(1)) : number(m.group(2));
        if (n == 0 || n > 5) {
            return Optional.empty();
        }
        DayOfWeek day = WEEKDAYS.get(m.group(3).toLowerCase(Locale.ROOT));
        String byday = n + day.name().substring(0, 2);
        return Optional.of(new RecurrenceExpression("FREQ=MONTHLY;BYDAY=" + byday, null, null, false, span(m)));
    }

    private Optional<TemporalExpression> yearlyOnDay(Matcher m, Context c) {
        return yearly(m, m.group(1), m.group(2), m.group(3));
    }

    private Optional<TemporalExpression> yearlyOnDayAfter(Matcher m, Context c) {
        return yearly(m, m.group(1), m.group(2), m.group(3));
    }

    private Optional<TemporalExpression> yearly(Matcher m, String cue, String day, String monthName) {
        int month = month(monthName);
        int d = Integer.parseInt(day);
        if (date(2024, month, d).isEmpty()) {
            return Optional.empty();
        }
        boolean deadline = cue != null && !cue.equalsIgnoreCase("den") && !cue.equalsIgnoreCase("d.");
        return Optional.of(new RecurrenceExpression("FREQ=YEARLY;BYMONTH=" + month + ";BYMONTHDAY=" + d, null, null, deadline, span(m)));
    }

    private Optional<TemporalExpression> yearlyUntil(Matcher m, Context c) {
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2).length() == 2 ? from / 100 * 100 + Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(2));
        if (to < from) {
            return Optional.empty();
        }
        return Optional.of(new RecurrenceExpression("FREQ=YEARLY;UNTIL=" + to + "1231", null, LocalDate.of(from, 1, 1), false, span(m)));
    }

    // ---- next meeting ----

    private Optional<TemporalExpression> nextMeeting(Matcher m, Context c) {
        String body = m.group(3) != null ? Bodies.definite(m.group(3)) : m.group(2) != null ? Bodies.fromStem(m.group(2)) : null;
        boolean before = m.group().toLowerCase(Locale.ROOT).matches("(?s)^(?:inden|før|forud).*");
        return Optional.of(new NextMeetingExpression(body, before, span(m)));
    }

    private Optional<TemporalExpression> bodyNextMeeting(Matcher m, Context c) {
        return Optional.of(new NextMeetingExpression(Bodies.definite(m.group(1)), false, span(m)));
    }

    private Optional<TemporalExpression> beforeTreatment(Matcher m, Context c) {
        return Optional.of(new NextMeetingExpression(Bodies.definite(m.group(1)), true, span(m)));
    }

    // ---- resolution ----

    /** A day and month without a year: by tense, the next one (plans, deadlines), the last one (what was done), or the nearest. */
    private static Optional<LocalDate> resolveDay(int day, int month, Integer year, Context c) {
        if (year != null) {
            return date(year, month, day);
        }
        LocalDate ref = c.reference();
        Optional<LocalDate> thisYear = date(ref.getYear(), month, day);
        if (thisYear.isEmpty()) {
            return date(ref.getYear() + 1, month, day).or(() -> date(ref.getYear() - 1, month, day));
        }
        LocalDate d = thisYear.get();
        return Optional.of(switch (c.tense()) {
            case FUTURE -> d.isBefore(ref) ? d.plusYears(1) : d;
            case PAST -> d.isAfter(ref) ? d.minusYears(1) : d;
            case NEUTRAL -> nearest(ref, d);
        });
    }

    private static LocalDate nearest(LocalDate ref, LocalDate d) {
        LocalDate best = d;
        for (LocalDate candidate : List.of(d.minusYears(1), d.plusYears(1))) {
            if (Math.abs(candidate.toEpochDay() - ref.toEpochDay()) < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                best = candidate;
            }
        }
        return best;
    }

    private static int resolveMonthYear(int month, Context c) {
        return resolvePeriodYear(YearMonth.of(c.reference().getYear(), month), c);
    }

    /** The year of a year-less month, quarter or half-year ending in {@code end}'s month. */
    private static int resolvePeriodYear(YearMonth end, Context c) {
        YearMonth ref = YearMonth.from(c.reference());
        int year = ref.getYear();
        // with no past tense, a period named without a year is the coming one ("rulles ud i første kvartal")
        return switch (c.tense()) {
            case FUTURE, NEUTRAL -> end.isBefore(ref) ? year + 1 : year;
            case PAST -> end.withYear(year).minusMonths(end.getMonthValue() <= 2 ? 0 : 2).isAfter(ref) ? year - 1 : year;
        };
    }

    private static LocalDate weekMonday(int year, int week) {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalTime time(String hours, String minutes) {
        if (hours == null) {
            return null;
        }
        int h = Integer.parseInt(hours);
        int min = minutes == null ? 0 : Integer.parseInt(minutes);
        return h > 23 || min > 59 ? null : LocalTime.of(h, min);
    }

    private static int month(String name) {
        return DanishDates.month(name);
    }

    private static int number(String word) {
        return NUMBERS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    private static Integer count(String word) {
        if (word == null) {
            return null;
        }
        return word.chars().allMatch(Character::isDigit) ? Integer.valueOf(Integer.parseInt(word)) : NUMBERS.get(word.toLowerCase(Locale.ROOT));
    }

    private static String vague(String modifier) {
        if (modifier.startsWith("primo") || modifier.contains("starten") || modifier.contains("begyndelsen")) {
            return "primo";
        }
        if (modifier.startsWith("medio") || modifier.contains("midten")) {
            return "medio";
        }
        if (modifier.startsWith("ultimo") || modifier.contains("slutningen")) {
            return "ultimo";
        }
        return null;
    }

    private static RecurrenceExpression rule(String freq, int interval, Per per, Matcher m) {
        return new RecurrenceExpression(interval(freq, interval), per, null, false, span(m));
    }

    private static String interval(String freq, int interval) {
        return interval == 1 ? freq : freq + ";INTERVAL=" + interval;
    }

    private static Span span(Matcher m) {
        return new Span(m.start(), m.end());
    }
}
