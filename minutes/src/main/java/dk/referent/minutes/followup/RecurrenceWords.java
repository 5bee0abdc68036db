package dk.referent.minutes.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a recurring follow-up comes, in words a person reads — »hvert halve år«, »den sidste torsdag i måneden«,
 * "every other week" — never the RFC 5545 notation it is stored as. The one place a rule becomes words.
 *
 * <p>Reads the rules {@link dk.referent.minutes.time.DanishTemporalParser} writes (FREQ with INTERVAL, BYDAY, BYMONTHDAY,
 * BYMONTH, UNTIL, COUNT) and the count per period stored when no rule says it ("2/YEARLY", "3-4/YEARLY"). A rule with
 * parts it does not know is said as the count per period when there is one, else only that it recurs — a wrong
 * paraphrase is worse than a vague one.
 */
public final class RecurrenceWords {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final Set<String> KNOWN_PARTS = Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "UNTIL", "COUNT", "WKST");
    private static final Pattern PER = Pattern.compile("(\\d+)(?:-(\\d+))?/(YEARLY|MONTHLY|WEEKLY|DAILY)");
    private static final Pattern WEEKDAY = Pattern.compile("([+-]?\\d)?(MO|TU|WE|TH|FR|SA|SU)");
    private static final Pattern UNTIL = Pattern.compile("(\\d{8})(?:T\\d{6}Z?)?");
    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);
    private static final String[] DANISH_COUNTS = {"", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti",
        "elleve", "tolv"};
    private static final String[] DANISH_ORDINALS = {"", "første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende",
        "ottende", "niende", "tiende", "ellevte", "tolvte"};
    private static final String[] ENGLISH_ORDINALS = {"", "first", "second", "third", "fourth", "fifth"};

    private RecurrenceWords() {
    }

    /** In Danish: »hvert halve år«, »hver anden uge«, »den 25. i hver måned«. */
    public static String danish(String rrule, String per) {
        return of(rrule, per, false);
    }

    /** In English: "every six months", "every other week", "on the 25th of every month". */
    public static String english(String rrule, String per) {
        return of(rrule, per, true);
    }

    /**
     * How often, in the reader's language.
     *
     * @param rrule   an RFC 5545 recurrence rule ("FREQ=MONTHLY;INTERVAL=6"), or null
     * @param per     a count per period as the follow-up stores it ("2/YEARLY", "3-4/YEARLY"), or null
     * @param english English rather than Danish
     */
    public static String of(String rrule, String per, boolean english) {
        Words words = english ? new English() : new Danish();
        return rule(rrule).flatMap(parts -> said(parts, words))
                .or(() -> perPeriod(per, words))
                .orElse(words.regularly());
    }

    // ---- the rule ----

    /** The rule's parts by name, upper case; empty when it is no rule ("RRULE:" before it is allowed). */
    private static Optional<Map<String, String>> rule(String rrule) {
        if (rrule == null || rrule.isBlank()) {
            return Optional.empty();
        }
        String text = rrule.strip().toUpperCase(Locale.ROOT);
        if (text.startsWith("RRULE:")) {
            text = text.substring("RRULE:".length());
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1 || parts.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip()) != null) {
                return Optional.empty();
            }
        }
        return parts.containsKey("FREQ") && KNOWN_PARTS.containsAll(parts.keySet()) ? Optional.of(parts) : Optional.empty();
    }

    private static Optional<String> said(Map<String, String> parts, Words words) {
        Optional<Integer> interval = number(parts.getOrDefault("INTERVAL", "1")).filter(n -> n >= 1);
        if (interval.isEmpty()) {
            return Optional.empty();
        }
        int n = interval.get();
        Optional<String> base = switch (parts.get("FREQ")) {
            case "DAILY" -> only(parts) ? Optional.of(words.every(n, Unit.DAY)) : Optional.empty();
            case "WEEKLY" -> weekly(parts, n, words);
            case "MONTHLY" -> monthly(parts, n, words);
            case "YEARLY" -> yearly(parts, n, words);
            default -> Optional.empty();
        };
        return base.flatMap(b -> ending(parts, words).map(end -> b + end));
    }

    /** Whether the rule has no BY parts. */
    private static boolean only(Map<String, String> parts) {
        return !parts.containsKey("BYDAY") && !parts.containsKey("BYMONTHDAY") && !parts.containsKey("BYMONTH");
    }

    private static Optional<String> weekly(Map<String, String> parts, int n, Words words) {
        if (parts.containsKey("BYMONTHDAY") || parts.containsKey("BYMONTH")) {
            return Optional.empty();
        }
        if (!parts.containsKey("BYDAY")) {
            return Optional.of(words.every(n, Unit.WEEK));
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (String d : parts.get("BYDAY").split(",")) {
            Matcher m = WEEKDAY.matcher(d.strip());
            if (!m.matches() || m.group(1) != null) {
                return Optional.empty();
            }
            days.add(DAYS.get(m.group(2)));
        }
        return Optional.of(words.everyWeekday(n, days));
    }

    private static Optional<String> monthly(Map<String, String> parts, int n, Words words) {
        if (parts.containsKey("BYMONTH") || parts.containsKey("BYDAY") && parts.containsKey("BYMONTHDAY")) {
            return Optional.empty();
        }
        if (parts.containsKey("BYMONTHDAY")) {
            return number(parts.get("BYMONTHDAY")).filter(d -> d == -1 || d >= 1 && d <= 31)
                    .map(d -> words.dayOfMonth(d, n));
        }
        if (parts.containsKey("BYDAY")) {
            Matcher m = WEEKDAY.matcher(parts.get("BYDAY"));
            if (!m.matches() || m.group(1) == null) {
                return Optional.empty();
            }
            int nth = Integer.parseInt(m.group(1));
            return nth >= -2 && nth <= 5 && nth != 0 ? Optional.of(words.weekdayOfMonth(nth, DAYS.get(m.group(2)), n)) : Optional.empty();
        }
        return Optional.of(n % 12 == 0 ? words.every(n / 12, Unit.YEAR) : words.everyMonths(n));
    }

    private static Optional<String> yearly(Map<String, String> parts, int n, Words words) {
        if (parts.containsKey("BYDAY")) {
            return Optional.empty();
        }
        if (!parts.containsKey("BYMONTH")) {
            return parts.containsKey("BYMONTHDAY") ? Optional.empty() : Optional.of(words.every(n, Unit.YEAR));
        }
        Optional<Month> month = number(parts.get("BYMONTH")).filter(m -> m >= 1 && m <= 12).map(Month::of);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        if (!parts.containsKey("BYMONTHDAY")) {
            return Optional.of(words.everyYearIn(n, month.get()));
        }
        return number(parts.get("BYMONTHDAY")).filter(d -> d >= 1 && d <= month.get().maxLength())
                .map(d -> words.everyYearOn(n, month.get(), d));
    }

    /** What ends the series: "til og med 2026", "i alt 4 gange"; "" when nothing does; empty when unreadable. */
    private static Optional<String> ending(Map<String, String> parts, Words words) {
        if (parts.containsKey("UNTIL") && parts.containsKey("COUNT")) {
            return Optional.empty();
        }
        if (parts.containsKey("COUNT")) {
            return number(parts.get("COUNT")).filter(c -> c >= 1).map(words::times);
        }
        if (!parts.containsKey("UNTIL")) {
            return Optional.of("");
        }
        Matcher m = UNTIL.matcher(parts.get("UNTIL"));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(words.until(LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    // ---- a count per period ----

    private static Optional<String> perPeriod(String per, Words words) {
        Matcher m = PER.matcher(per == null ? "" : per.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int min = Integer.parseInt(m.group(1));
        Integer max = m.group(2) == null ? null : Integer.parseInt(m.group(2));
        if (min < 1 || max != null && max <= min) {
            return Optional.empty();
        }
        Unit unit = switch (m.group(3)) {
            case "YEARLY" -> Unit.YEAR;
            case "MONTHLY" -> Unit.MONTH;
            case "WEEKLY" -> Unit.WEEK;
            default -> Unit.DAY;
        };
        return Optional.of(words.timesPer(min, max, unit));
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private enum Unit {
        DAY, WEEK, MONTH, YEAR
    }

    /** The phrases of one language. */
    private interface Words {
        String every(int n, Unit unit);

        String everyMonths(int n);

        String everyWeekday(int n, List<DayOfWeek> days);

        String dayOfMonth(int day, int everyMonths);

        String weekdayOfMonth(int nth, DayOfWeek day, int everyMonths);

        String everyYearIn(int n, Month month);

        String everyYearOn(int n, Month month, int day);

        String until(LocalDate last);

        String times(int count);

        String timesPer(int min, Integer max, Unit unit);

        String regularly();
    }

    private static final class Danish implements Words {

        @Override
        public String every(int n, Unit unit) {
            return switch (unit) {
                case DAY -> common(n, "dag");
                case WEEK -> common(n, "uge");
                case MONTH -> everyMonths(n);
                case YEAR -> n == 1 ? "hvert år" : n == 2 ? "hvert andet år" : "hvert " + ordinal(n) + " år";
            };
        }

        /** "hver uge", "hver anden uge", "hver 14. uge" (uge, dag and måned are common gender). */
        private static String common(int n, String unit) {
            return n == 1 ? "hver " + unit : "hver " + ordinal(n) + " " + unit;
        }

        @Override
        public String everyMonths(int n) {
            return switch (n) {
                case 3 -> "hvert kvartal";
                case 6 -> "hvert halve år";
                default -> common(n, "måned");
            };
        }

        @Override
        public String everyWeekday(int n, List<DayOfWeek> days) {
            return (n == 1 ? "hver " : "hver " + ordinal(n) + " ") + list(days.stream().map(Danish::weekday).toList());
        }

        @Override
        public String dayOfMonth(int day, int everyMonths) {
            String which = day == -1 ? "den sidste dag" : "den " + day + ".";
            return everyMonths == 1 ? which + " i hver måned" : which + " " + everyMonths(everyMonths);
        }

        @Override
        public String weekdayOfMonth(int nth, DayOfWeek day, int everyMonths) {
            String which = "den " + (nth == -1 ? "sidste" : nth == -2 ? "næstsidste" : DANISH_ORDINALS[nth]) + " " + weekday(day);
            return everyMonths == 1 ? which + " i måneden" : which + " " + everyMonths(everyMonths);
        }

        @Override
        public String everyYearIn(int n, Month month) {
            return every(n, Unit.YEAR) + " i " + month.getDisplayName(TextStyle.FULL, DANISH);
        }

        @Override
        public String everyYearOn(int n, Month month, int day) {
            return every(n, Unit.YEAR) + " den " + day + ". " + month.getDisplayName(TextStyle.FULL, DANISH);
        }

        @Override
        public String until(LocalDate last) {
            return last.getMonth() == Month.DECEMBER && last.getDayOfMonth() == 31 ? " til og med " + last.getYear()
                    : " til og med " + last.getDayOfMonth() + ". " + last.getMonth().getDisplayName(TextStyle.FULL, DANISH) + " " + last.getYear();
        }

        @Override
        public String times(int count) {
            return ", i alt " + count + (count == 1 ? " gang" : " gange");
        }

        @Override
        public String timesPer(int min, Integer max, Unit unit) {
            String per = switch (unit) {
                case DAY -> " om dagen";
                case WEEK -> " om ugen";
                case MONTH -> " om måneden";
                case YEAR -> " om året";
            };
            if (max != null) {
                return min + "–" + max + " gange" + per;
            }
            return (min < DANISH_COUNTS.length ? DANISH_COUNTS[min] : String.valueOf(min)) + (min == 1 ? " gang" : " gange") + per;
        }

        @Override
        public String regularly() {
            return "med faste mellemrum";
        }

        private static String ordinal(int n) {
            return n < DANISH_ORDINALS.length ? DANISH_ORDINALS[n] : n + ".";
        }

        private static String weekday(DayOfWeek d) {
            return d.getDisplayName(TextStyle.FULL, DANISH);
        }

        private static String list(List<String> words) {
            return words.size() == 1 ? words.get(0)
                    : String.join(", ", words.subList(0, words.size() - 1)) + " og " + words.get(words.size() - 1);
        }
    }

    private static final class English implements Words {

        @Override
        public String every(int n, Unit unit) {
            String name = switch (unit) {
                case DAY -> "day";
                case WEEK -> "week";
                case MONTH -> "month";
                case YEAR -> "year";
            };
            return n == 1 ? "every " + name : n == 2 ? "every other " + name : "every " + n + " " + name + "s";
        }

        @Override
        public String everyMonths(int n) {
            return switch (n) {
                case 3 -> "every quarter";
                case 6 -> "every six months";
                default -> every(n, Unit.MONTH);
            };
        }

        @Override
        public String everyWeekday(int n, List<DayOfWeek> days) {
            List<String> names = days.stream().map(English::weekday).toList();
            String list = names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
            return n == 1 ? "every " + list : n == 2 ? "every other " + list : "every " + ordinal(n) + " " + list;
        }

        @Override
        public String dayOfMonth(int day, int everyMonths) {
            String which = day == -1 ? "on the last day" : "on the " + day + suffix(day);
            return everyMonths == 1 ? which + " of every month" : which + ", " + everyMonths(everyMonths);
        }

        @Override
        public String weekdayOfMonth(int nth, DayOfWeek day, int everyMonths) {
            String which = "on the " + (nth == -1 ? "last" : nth == -2 ? "second to last" : ENGLISH_ORDINALS[nth]) + " " + weekday(day);
            return everyMonths == 1 ? which + " of the month" : which + " of the month, " + everyMonths(everyMonths);
        }

        @Override
        public String everyYearIn(int n, Month month) {
            return every(n, Unit.YEAR) + " in " + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        @Override
        public String everyYearOn(int n, Month month, int day) {
            return every(n, Unit.YEAR) + " on " + day + " " + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        @Override
        public String until(LocalDate last) {
            return last.getMonth() == Month.DECEMBER && last.getDayOfMonth() == 31 ? " until the end of " + last.getYear()
                    : " until " + last.getDayOfMonth() + " " + last.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + last.getYear();
        }

        @Override
        public String times(int count) {
            return ", " + (count == 1 ? "once" : count + " times") + " in all";
        }

        @Override
        public String timesPer(int min, Integer max, Unit unit) {
            String per = switch (unit) {
                case DAY -> " a day";
                case WEEK -> " a week";
                case MONTH -> " a month";
                case YEAR -> " a year";
            };
            if (max != null) {
                return min + "–" + max + " times" + per;
            }
            return (min == 1 ? "once" : min == 2 ? "twice" : min + " times") + per;
        }

        @Override
        public String regularly() {
            return "at regular intervals";
        }

        private static String ordinal(int n) {
            return n < ENGLISH_ORDINALS.length ? ENGLISH_ORDINALS[n] : n + suffix(n);
        }

        private static String suffix(int n) {
            int lastTwo = n % 100;
            if (lastTwo >= 11 && lastTwo <= 13) {
                return "th";
            }
            return switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }

        private static String weekday(DayOfWeek d) {
            return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }
}
