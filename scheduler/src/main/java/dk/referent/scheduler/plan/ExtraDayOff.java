package dk.referent.scheduler.plan;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Days that are not public holidays in Denmark but that many organisations give off; each organisation
 * chooses which of them count as non-working days for its reminders.
 */
public enum ExtraDayOff {
    GRUNDLOVSDAG(MonthDay.of(6, 5), "Grundlovsdag"),
    JULEAFTEN(MonthDay.of(12, 24), "Juleaften"),
    NYTAARSAFTENSDAG(MonthDay.of(12, 31), "Nytårsaftensdag");

    private final MonthDay day;
    private final String danishName;

    ExtraDayOff(MonthDay day, String danishName) {
        this.day = day;
        this.danishName = danishName;
    }

    public MonthDay day() {
        return day;
    }

    public String danishName() {
        return danishName;
    }

    boolean fallsOn(LocalDate date) {
        return day.equals(MonthDay.from(date));
    }
}
