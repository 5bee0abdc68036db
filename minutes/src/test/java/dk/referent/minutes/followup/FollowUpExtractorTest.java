package dk.referent.minutes.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.minutes.followup.FollowUpKind.Action;
import dk.referent.minutes.followup.FollowUpKind.AfterMeeting;
import dk.referent.minutes.followup.FollowUpKind.Deadline;
import dk.referent.minutes.followup.FollowUpKind.Event;
import dk.referent.minutes.followup.FollowUpKind.Recurring;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Follow-ups of one item, on items written for the test (a Direktion meeting on 11 March 2024). */
class FollowUpExtractorTest {

    private final FollowUpExtractor extractor = new FollowUpExtractor(new DanishTemporalParser());

    private List<FollowUp> item(String item) throws Exception {
        String text = "REFERAT Direktionen d. 11-03-2024\n\n" + item;
        return extractor.extract(new ReferatParser().parse("t", text)).items().get(0).followUps();
    }

    private static <K extends FollowUpKind> List<K> kinds(List<FollowUp> found, Class<K> kind) {
        return found.stream().map(FollowUp::kind).filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void aHearingDeadlineInTheDecisionKeepsItsParties() throws Exception {
        List<FollowUp> found = item("""
                Punkt 1: Høring om ny skolestruktur
                Beslutning
                Direktionen besluttede, at forslaget sendes i høring hos:

                Skolebestyrelserne
                MED-udvalgene
                Handicaprådet

                Fristen for høringssvar er fredag den 26. april 2024 kl. 12.
                """);
        Deadline d = kinds(found, Deadline.class).get(0);
        assertEquals(LocalDate.of(2024, 4, 26), d.date());
        assertEquals(List.of("Skolebestyrelserne", "MED-udvalgene", "Handicaprådet"), d.parties());
        assertTrue(found.get(0).confidence() >= 0.9, "an explicit deadline in the decision is sure");
    }

    @Test
    void partiesNamedInlineInTheSentence() throws Exception {
        Deadline d = kinds(item("Punkt 1: Sundhedspolitik\nBeslutning\nPolitikken sendes i høring hos Ældrerådet, Handicaprådet og MED-udvalget."
                + " Høringsfristen er den 15. maj 2024.\n"), Deadline.class).get(0);
        assertEquals(List.of("Ældrerådet", "Handicaprådet", "MED-udvalget"), d.parties());
    }

    @Test
    void aRecurringObligationStartsFromTheDecision() throws Exception {
        List<Recurring> r = kinds(item("Punkt 1: Sygefravær\nBeslutning\nGodkendt. Direktionen ønsker status to gange årligt.\n"), Recurring.class);
        assertEquals(List.of(new Recurring("FREQ=MONTHLY;INTERVAL=6", "2/YEARLY", LocalDate.of(2024, 3, 11))), r);
    }

    @Test
    void whatTheDecisionSaysWinsOverTheCaseText() throws Exception {
        List<Recurring> r = kinds(item("""
                Punkt 1: Klimaplan
                Beslutning
                Godkendt med bemærkning om, at der gives status hvert kvartal.
                Sagsfremstilling
                Administrationen foreslår, at der gives status årligt.
                """), Recurring.class);
        assertEquals(List.of("FREQ=MONTHLY;INTERVAL=3"), r.stream().map(Recurring::rrule).toList());
    }

    @Test
    void aRejectedItemProposesNothingFromItsCaseText() throws Exception {
        List<FollowUp> found = item("""
                Punkt 1: Ny mødestruktur
                Beslutning
                Ikke godkendt.
                Sagsfremstilling
                Det foreslås, at status gives månedligt, og at der afholdes temadag den 3. juni 2024.
                """);
        assertEquals(List.of(), found);
    }

    @Test
    void aClosedItemHasNoFollowUps() throws Exception {
        assertEquals(List.of(), item("Punkt 1: Lukket: Personalesag\nBeslutning\nFristen er den 1. april 2024.\n"));
    }

    @Test
    void afterEveryMeetingOfAnotherBody() throws Exception {
        assertEquals(List.of(new AfterMeeting("Byrådet")),
                kinds(item("Punkt 1: Opfølgning på Byrådsmødet 6. marts 2024\nBeslutning\nDrøftet.\n"), AfterMeeting.class));
        assertEquals(List.of(new AfterMeeting("Økonomiudvalget")), kinds(item("Punkt 1: Koordinering\nBeslutning\nTaget til efterretning.\n"
                + "Sagsfremstilling\nFast punkt på Direktionens dagsorden efter Økonomiudvalgsmøder.\n"), AfterMeeting.class));
    }

    @Test
    void actionsHaveAnOwner() throws Exception {
        List<FollowUp> found = item("""
                Punkt 1: Lokaler
                Beslutning
                Godkendt med bemærkning om, at Jette skal deltage på det kommende direktionsmøde.
                Indstillinger
                1. at planen godkendes
                2. at Team Ejendomme bedes indhente tilbud på nye skabe
                """);
        List<String> owners = found.stream().filter(f -> f.kind() instanceof Action).map(FollowUp::owner).toList();
        assertEquals(List.of("Jette", "Team Ejendomme"), owners);
        assertEquals(new Action(null, "Direktionen"), found.get(0).kind());
    }

    @Test
    void aComingEventIsFoundAndAPastOneIsNot() throws Exception {
        List<Event> events = kinds(item("""
                Punkt 1: Temadag
                Beslutning
                Drøftet.
                Sagsfremstilling
                Sidste temadag blev afholdt den 2. februar 2024. Næste temadag afholdes den 12. og 13. juni 2024 på Rådhuset.
                """), Event.class);
        assertEquals(List.of(new Event(LocalDate.of(2024, 6, 12), LocalDate.of(2024, 6, 13), null)), events);
    }

    @Test
    void paymentsAndCaseNumbersAreNotFollowUps() throws Exception {
        List<FollowUp> found = item("""
                Punkt 1: Medfinansiering af klynge
                Sagsnr.: 326-2021-16031 J.nr.: 24.10.00
                Beslutning
                Godkendt.
                Indstillinger
                Kommunaldirektøren indstiller, at klyngen medfinansieres med 32.083 kr. årligt i 2021 – 2024.
                Sagsfremstilling
                Kommunen skal årligt bidrage med 32.083 kr.
                """);
        assertEquals(List.of(), found);
    }

    @Test
    void theOwnerMayStandAfterTheVerb() throws Exception {
        FollowUp f = item("Punkt 1: Beskæftigelsesplan 2025\nBeslutning\nAnbefales.\nSagsfremstilling\n"
                + "Ifølge loven skal Kommunalbestyrelsen hvert år senest 31. december vedtage en beskæftigelsesplan.\n").get(0);
        assertEquals(new Recurring("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31", null, LocalDate.of(2024, 3, 11)), f.kind());
        assertEquals("Kommunalbestyrelsen", f.owner());
        assertTrue(f.confidence() < 0.9, "from the case text, so less sure");
    }

    @Test
    void abbreviationsAndWrappedLinesDoNotCutASentence() throws Exception {
        FollowUp f = item("Punkt 1: Regnskab\nBeslutning\nGodkendt. Team Økonomi skal senest pr. 1. december 2024 indsende regnskabet,\n"
                + "som forelægges på mødet den 11.\ndecember 2024.\n").get(0);
        assertEquals(new Deadline(LocalDate.of(2024, 12, 1), null, List.of()), f.kind());
        assertEquals("Team Økonomi", f.owner());
        assertTrue(f.evidence().endsWith("11. december 2024."), f.evidence());
    }

    @Test
    void aCancelledMeetingIsNoEventAndAMovedOneOnlyOnItsNewDay() throws Exception {
        assertEquals(List.of(), kinds(item("Punkt 1: Mødeplan\nBeslutning\nGodkendt. Mødet den 30. juli 2024 aflyses.\n"), Event.class));
        assertEquals(List.of(new Event(LocalDate.of(2024, 11, 11), null, null)), kinds(item(
                "Punkt 1: Mødeplan\nBeslutning\nGodkendt. Mødet den 4. november 2024 er flyttet til den 11. november 2024.\n"), Event.class));
    }

    @Test
    void whatTheBoardAsksToComeBackIsAnAction() throws Exception {
        assertEquals(List.of(new Action(LocalDate.of(2025, 8, 31), null)), kinds(item(
                "Punkt 1: Fravær\nBeslutning\nTaget til efterretning. Direktionen ønsker en status på fraværsindsatsen i august 2025.\n"), Action.class));
        assertEquals(List.of(new Action(null, "Direktionen")), kinds(item(
                "Punkt 1: Budget\nBeslutning\nUdsat. Sagen genoptages på næste møde.\n"), Action.class));
    }

    @Test
    void aReferenceToAnAttachmentIsNoHearingParty() throws Exception {
        Deadline d = kinds(item("Punkt 1: Høring\nBeslutning\nGodkendt. Høringsparterne fremgår af bilag 2. Fristen for høringssvar er den 1. december 2024.\n"),
                Deadline.class).get(0);
        assertEquals(List.of(), d.parties());
    }

    @Test
    void aMentionOfFollowingUpOnAMeetingIsNotAStandingFollowUp() throws Exception {
        assertEquals(List.of(), kinds(item("Punkt 1: Eventuelt\nBeslutning\nDirektionen drøftede opfølgning på byrådsmødet den 11. september.\n"),
                AfterMeeting.class));
    }

    @Test
    void differentObligationsOfDifferentFrequenciesAreBothKept() throws Exception {
        List<Recurring> r = kinds(item("Punkt 1: Økonomi\nBeslutning\nGodkendt. Der udarbejdes en månedlig økonomirapport, og der gives status hvert kvartal.\n"),
                Recurring.class);
        assertEquals(List.of("FREQ=MONTHLY", "FREQ=MONTHLY;INTERVAL=3"), r.stream().map(Recurring::rrule).toList());
    }
}
