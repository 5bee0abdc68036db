package dk.referent.scheduler.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Danish working days: Monday to Friday except the public holidays, and except the extra days off the
 * organisation has chosen. Store bededag counts only up to and including 2023; it was abolished from 2024.
 */
public final class WorkingDays {

    private static final Map<MonthDay, String> FIXED_HOLIDAYS = Map.of(
            MonthDay.of(1, 1), "Nytårsdag",
            MonthDay.of(12, 25), "Juledag",
            MonthDay.of(12, 26), "2. juledag");

    /** Movable holidays by their distance in days from Easter Sunday. */
    private static final Map<Integer, String> EASTER_HOLIDAYS = Map.of(
            -3, "Skærtorsdag",
            -2, "Langfredag",
            0, "Påskedag",
            1, "2. påskedag",
            39, "Kristi himmelfartsdag",
            49, "Pinsedag",
            50, "2. pinsedag");

    /** The fourth Friday after Easter Sunday. */
    private static final int STORE_BEDEDAG = 26;
    private static final int LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

    private final Set<ExtraDayOff> extraDaysOff;

    public WorkingDays(Set<ExtraDayOff> extraDaysOff) {
        this.extraDaysOff = Set.copyOf(Objects.requireNonNull(extraDaysOff, "extraDaysOff"));
    }

    /** The public holidays only, no extra days off. */
    public static WorkingDays danish() {
        return new WorkingDays(Set.of());
    }

    public boolean isWorkingDay(LocalDate d) {
        DayOfWeek day = d.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && holiday(d).isEmpty();
    }

    /** The Danish name of the holiday or configured day off on that date; empty for ordinary days and weekends. */
    public Optional<String> holiday(LocalDate d) {
        String fixed = FIXED_HOLIDAYS.get(MonthDay.from(d));
        if (fixed != null) {
            return Optional.of(fixed);
        }
        int fromEaster = (int) ChronoUnit.DAYS.between(easterSunday(d.getYear()), d);
        String movable = EASTER_HOLIDAYS.get(fromEaster);
        if (movable != null) {
            return Optional.of(movable);
        }
        if (fromEaster == STORE_BEDEDAG && d.getYear() <= LAST_YEAR_WITH_STORE_BEDEDAG) {
            return Optional.of("Store bededag");
        }
        return extraDaysOff.stream().filter(e -> e.fallsOn(d)).map(ExtraDayOff::danishName).findFirst();
    }

    /** d itself if it is a working day, else the nearest working day before it. */
    public LocalDate onOrBefore(LocalDate d) {
        LocalDate day = d;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** d itself if it is a working day, else the nearest working day after it. */
    public LocalDate onOrAfter(LocalDate d) {
        LocalDate day = d;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The n-th working day before d. d itself is not counted and need not be a working day;
     * {@code minus(d, 0)} is {@link #onOrBefore(LocalDate) onOrBefore(d)}.
     */
    public LocalDate minus(LocalDate d, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = n == 0 ? onOrBefore(d) : d;
        for (int i = 0; i < n; i++) {
            day = onOrBefore(day.minusDays(1));
        }
        return day;
    }

    /** The first working day strictly after d. */
    public LocalDate nextAfter(LocalDate d) {
        return onOrAfter(d.plusDays(1));
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
