package dk.referent.minutes.followup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.referent.minutes.followup.FollowUpKind.Action;
import dk.referent.minutes.followup.FollowUpKind.AfterMeeting;
import dk.referent.minutes.followup.FollowUpKind.Deadline;
import dk.referent.minutes.followup.FollowUpKind.Event;
import dk.referent.minutes.followup.FollowUpKind.Recurring;
import dk.referent.minutes.referat.AgendaItem;
import dk.referent.minutes.referat.Referat;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.referat.TestFiles;
import dk.referent.minutes.time.DanishTemporalParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The follow-ups a careful secretary would list from the five seed referater, and nothing spurious. */
class SeedFollowUpsTest {

    private static List<Referat> seeds;

    @BeforeAll
    static void readSeeds() throws Exception {
        Path dir = TestFiles.seeds();
        assumeTrue(Files.isDirectory(dir), "../shared/seeds not found beside the project; seed follow-up tests skipped");
        FollowUpExtractor extractor = new FollowUpExtractor(new DanishTemporalParser());
        ReferatParser parser = new ReferatParser();
        try (var files = Files.list(dir)) {
            seeds = files.sorted().map(f -> {
                try {
                    return extractor.extract(parser.parse(f.getFileName().toString(), Files.readString(f)));
                } catch (Exception e) {
                    throw new IllegalStateException(f + ": " + e.getMessage(), e);
                }
            }).toList();
        }
    }

    private static List<FollowUp> of(String date, int item) {
        Referat r = seeds.stream().filter(s -> s.meeting().date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
        return r.items().stream().filter(i -> i.number() == item).findFirst().orElseThrow().followUps();
    }

    private static void has(String date, int item, Predicate<FollowUp> what, String description) {
        List<FollowUp> found = of(date, item);
        assertTrue(found.stream().anyMatch(what), date + " punkt " + item + ": " + description + " in " + found);
    }

    @Test
    void theHearingDeadlineOf7JuneWithItsParties() {
        has("2021-05-03", 3, f -> f.kind() instanceof Deadline d && d.date().equals(LocalDate.of(2021, 6, 7))
                && d.parties().contains("Uddannelsesrådet") && d.parties().contains("Kalundborg Gymnasium"), "høringsfrist 7 June 2021");
    }

    @Test
    void statusTwiceAYearOnTvaergaaendeStrategiskForum() {
        has("2024-04-29", 4, f -> f.kind() instanceof Recurring r && "FREQ=MONTHLY;INTERVAL=6".equals(r.rrule())
                && r.start().equals(LocalDate.of(2024, 4, 29)), "status twice a year");
    }

    @Test
    void theYearlyDeadlineForTheBeskaeftigelsesplan() {
        has("2021-11-22", 2, f -> f.kind() instanceof Recurring r && "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31".equals(r.rrule()),
                "hvert år senest 31. december");
    }

    @Test
    void theMonthlyLabourMarketReport() {
        has("2021-11-01", 7, f -> f.kind() instanceof Recurring r && "FREQ=MONTHLY".equals(r.rrule()) && "Jobcentret".equals(f.owner()),
                "monthly report by Jobcentret");
    }

    @Test
    void followUpAfterEachKommunalbestyrelseMeetingAndEachOkonomiudvalgMeeting() {
        has("2024-04-29", 6, f -> f.kind().equals(new AfterMeeting("Kommunalbestyrelsen")), "after every KB meeting");
        has("2021-11-22", 3, f -> f.kind().equals(new AfterMeeting("Økonomiudvalget")), "after every ØU meeting");
    }

    @Test
    void jettesActionAndTeamEjendommesAction() {
        has("2021-11-01", 3, f -> f.kind() instanceof Action a && "Jette".equals(f.owner()) && "Direktionen".equals(a.atNextMeetingOf()),
                "Jette at the coming direktionsmøde");
        has("2023-03-20", 4, f -> f.kind() instanceof Action && "Team Ejendomme".equals(f.owner()), "Team Ejendomme obtains quotes");
    }

    @Test
    void thePlanseminarTheLedermoedeAndTheAarsmoede() {
        has("2023-03-20", 10, f -> f.kind().equals(new Event(LocalDate.of(2023, 3, 23), LocalDate.of(2023, 3, 24), null)), "planseminar");
        has("2021-11-01", 3, f -> f.kind() instanceof Event e && e.date().equals(LocalDate.of(2021, 12, 9)), "niveau 2 ledermøde");
        has("2021-11-01", 4, f -> f.kind() instanceof Event e && e.date().equals(LocalDate.of(2021, 12, 2)), "årsmøde");
    }

    @Test
    void nothingFromAmountsCaseNumbersOrClosedItems() {
        for (Referat r : seeds) {
            for (AgendaItem item : r.items()) {
                for (FollowUp f : item.followUps()) {
                    assertFalse(f.evidence().contains("32.083") || f.evidence().contains("326-2021-16031"), f.toString());
                }
                if (item.closed()) {
                    assertTrue(item.followUps().isEmpty(), item.title());
                }
            }
        }
    }
}
