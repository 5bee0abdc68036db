package dk.referent.minutes.referat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser's cue families, each on a small text written for the test. */
class ReferatParserTest {

    private final ReferatParser parser = new ReferatParser();

    private Referat parse(String text) throws ReferatFormatException {
        return parser.parse("test", text);
    }

    /** A header every test can put in front of its items. */
    private static String header() {
        return """
                Referat Økonomiudvalget den 18. november 2024
                Mødedato: 18-11-2024 kl. 16:00
                Mødested: Rådhuset, mødelokale 1

                """;
    }

    private static List<Integer> numbers(Referat r) {
        return r.items().stream().map(AgendaItem::number).toList();
    }

    @Nested
    class ItemHeadingsFamily {

        @ParameterizedTest
        @ValueSource(strings = {"Punkt 4: Takster 2025", "Punkt 4 - Takster 2025", "Punkt 4. Takster 2025",
                "Pkt. 4 Takster 2025", "Pkt 4: Takster 2025", "Sag nr. 4 Takster 2025", "Sag 4: Takster 2025",
                "4. Takster 2025", "4 Takster 2025", "## Punkt 4: Takster 2025", "# **Punkt 4: Takster 2025**",
                "Dagsordenspunkt 4: Takster 2025"})
        void everyHeadingStyleOpensAnItem(String heading) throws Exception {
            Referat r = parse(header() + heading + "\n\nSagsnr.: 24/123\n\nBeslutning\n\nGodkendt.\n");
            assertEquals(List.of(4), numbers(r));
            assertEquals("Takster 2025", r.items().get(0).title());
        }

        @Test
        void numberedListInsideACaseTextIsNotAnItem() throws Exception {
            Referat r = parse(header() + """
                    1. Budgetopfølgning

                    Sagsnr.: 24/1

                    Indstilling

                    Direktøren indstiller,
                    1. At budgettet godkendes
                    2. At Økonomistaben følger op

                    Beslutning

                    Godkendt.

                    2. Takster

                    Sagsnr.: 24/2

                    Beslutning

                    Anbefales.
                    """);
            assertEquals(List.of(1, 2), numbers(r));
            assertEquals(List.of("At budgettet godkendes", "At Økonomistaben følger op"), r.items().get(0).recommendations());
        }

        @Test
        void headingWithTitleOnTheNextLine() throws Exception {
            Referat r = parse(header() + "Punkt 3\nLokalplan for Havnen\n\nBeslutning\nGodkendt.\n");
            assertEquals("Lokalplan for Havnen", r.items().get(0).title());
        }

        @Test
        void headingWrappedOntoALowerCaseLineIsJoined() throws Exception {
            Referat r = parse(header() + "Pkt. 45 Forslag til kommuneplan 2025 for Eksempel Kommune og\n"
                    + "tilhørende miljørapport\nSagsnr.: 24/5\nBeslutning\nGodkendt.\n");
            assertEquals("Forslag til kommuneplan 2025 for Eksempel Kommune og tilhørende miljørapport",
                    r.items().get(0).title());
        }

        @Test
        void aTableOfContentsWrittenAsHeadingsIsNotTheItems() throws Exception {
            Referat r = parse(header() + """
                    Dagsorden
                    Punkt 1: Godkendelse af dagsorden
                    Punkt 2: Budget 2025

                    Punkt 1: Godkendelse af dagsorden
                    Sagsnr.: 24/1
                    Sagsfremstilling
                    En længere tekst om dagsordenen.
                    Beslutning
                    Godkendt.

                    Punkt 2: Budget 2025
                    Sagsnr.: 24/2
                    Sagsfremstilling
                    Budgettet for 2025 fremlægges med en række ændringer.
                    Beslutning
                    Anbefales.
                    """);
            assertEquals(List.of(1, 2), numbers(r));
            assertEquals("Godkendt.", r.items().get(0).decision());
            assertEquals("Anbefales.", r.items().get(1).decision());
        }

        @Test
        void bracketedMarkerWrappedUnderTheHeadingBelongsToTheTitle() throws Exception {
            Referat r = parse(header() + "Dagsordenspunkt 4: Underskudsgaranti til jazzfestival\n(B)\n\nSagsnr. 24/19042\n"
                    + "Beslutning\nGodkendt som indstillet.\n");
            assertEquals("Underskudsgaranti til jazzfestival (B)", r.items().get(0).title());
        }

        @Test
        void runningPageHeadersAndFootersInTextAreNotContent() throws Exception {
            String page = "\n                         Side %d\nKildemose Kommune          Byrådet  28-11-2024\n\n";
            Referat r = parse("Kildemose Kommune          Byrådet  28-11-2024\n\nReferat\n\n"
                    + "Pkt. 1 Takster\nSagsfremstilling\nTaksterne stiger.\n" + page.formatted(1)
                    + "Taksterne følger pris- og lønudviklingen.\nByrådets beslutning den 28-11-2024\nGodkendt.\n" + page.formatted(2)
                    + "Pkt. 2 Vejplan\nByrådets beslutning den 28-11-2024\nUdsat.\n" + page.formatted(3)
                    + "Pkt. 3 Eventuelt\nByrådets beslutning den 28-11-2024\nIntet.\n" + page.formatted(4));
            AgendaItem first = r.items().get(0);
            assertEquals("Godkendt.", first.decision());
            assertEquals("Taksterne stiger.\n\nTaksterne følger pris- og lønudviklingen.", first.caseText());
            assertEquals(List.of("Godkendt.", "Udsat.", "Intet."), r.items().stream().map(AgendaItem::decision).toList());
        }

        @Test
        void itemNumbersMayStartAnywhere() throws Exception {
            Referat r = parse(header() + "Pkt. 129 Salg af grund\nBeslutning\nGodkendt.\n\nPkt. 130 Eventuelt\nBeslutning\nIntet.\n");
            assertEquals(List.of(129, 130), numbers(r));
        }
    }

    @Nested
    class DecisionFamily {

        @Test
        void plainBeslutningSection() throws Exception {
            AgendaItem item = parse(header() + "Punkt 1: Takster\n\nBeslutning\n\nGodkendt.\n\nSagsfremstilling\n\nTekst.\n").items().get(0);
            assertEquals("Godkendt.", item.decision());
            assertEquals(Outcome.GODKENDT, item.outcome());
        }

        @Test
        void inlineLabelKeepsTheTextOnTheSameLine() throws Exception {
            AgendaItem item = parse(header() + "## Punkt 1 - Takster\n\n**Beslutning:** Godkendt med bemærkning om høring.\n").items().get(0);
            assertEquals("Godkendt med bemærkning om høring.", item.decision());
            assertEquals(Outcome.GODKENDT_MED_BEMAERKNING, item.outcome());
        }

        @Test
        void treatmentOnTheMeetingDateIsThisMeetingsDecision() throws Exception {
            AgendaItem item = parse(header() + "Punkt 1: Takster\n\nSagsfremstilling\nTekst.\n\n"
                    + "Beslutning i Økonomiudvalget den 18-11-2024:\nAnbefales over for Byrådet.\n").items().get(0);
            assertEquals("Anbefales over for Byrådet.", item.decision());
            assertTrue(item.prior().isEmpty());
        }

        @Test
        void uppercaseTreatmentHeading() throws Exception {
            Referat r = parser.parse("t", """
                    Byrådet
                    Referat
                    Torsdag den 12. december 2024 kl. 17:00

                    Pkt. 7 Takster
                    BESLUTNING I BYRÅDET den 12. december 2024
                    Godkendt.
                    """);
            assertEquals("Godkendt.", r.items().get(0).decision());
            assertEquals("Byrådet", r.meeting().body());
        }

        @Test
        void earlierBodysTreatmentIsPriorNotTheDecision() throws Exception {
            AgendaItem item = parse(header().replace("Økonomiudvalget den 18. november 2024", "Byrådet den 28. november 2024")
                    .replace("18-11-2024", "28-11-2024") + """
                    Punkt 1: Takster

                    Økonomiudvalget, 18. november 2024, pkt. 153: Anbefales.

                    Beslutning i Byrådet den 28. november 2024:
                    Godkendt.
                    """).items().get(0);
            assertEquals("Godkendt.", item.decision());
            assertEquals(List.of(new PriorTreatment("Økonomiudvalget", LocalDate.of(2024, 11, 18), "Anbefales.")), item.prior());
        }

        @Test
        void genitiveMeetingHeadingOfAnEarlierDateIsPrior() throws Exception {
            AgendaItem item = parse(header() + """
                    Punkt 1: Takster
                    Beslutning
                    Godkendt.

                    Økonomiudvalgets møde den 21. oktober 2024:
                    Udsat.
                    """).items().get(0);
            assertEquals("Godkendt.", item.decision());
            assertEquals(List.of(new PriorTreatment("Økonomiudvalget", LocalDate.of(2024, 10, 21), "Udsat.")), item.prior());
        }

        @Test
        void sagstypeBeslutningIsAValueNotASection() throws Exception {
            AgendaItem item = parse(header() + """
                    Punkt 1: Takster
                    Sagstype
                    Beslutning
                    Resume
                    Taksterne skal fastsættes.
                    Økonomiudvalgets møde den 18. november 2024:
                    Godkendt.
                    """).items().get(0);
            assertEquals("Godkendt.", item.decision());
            assertEquals("Taksterne skal fastsættes.", item.resume());
        }

        @Test
        void aTitleThatMentionsABodyAndADateIsNotATreatment() throws Exception {
            AgendaItem item = parse(header() + """
                    Punkt 5: Opfølgning på Kommunalbestyrelsesmødet 26. april 2023
                    Sagsfremstilling
                    5. Opfølgning på Kommunalbestyrelsesmødet 26. april 2023
                    Åbent
                    Sagsnr.: 23-000312 J.nr.: 00.01.10
                    Beslutning
                    Drøftet.
                    """).items().get(0);
            assertTrue(item.prior().isEmpty(), item.prior().toString());
            assertEquals("23-000312", item.caseNumber());
            assertEquals("Drøftet.", item.decision());
        }

        @Test
        void absenceWrittenUnderTheDecisionBelongsToIt() throws Exception {
            AgendaItem item = parse(header() + "Sag nr. 3: Takster\nBeslutning\nGodkendt.\nFraværende: Peter Hansen\n"
                    + "Sagsfremstilling\nTaksterne stiger.\n").items().get(0);
            assertEquals("Godkendt.\nFraværende: Peter Hansen", item.decision());
        }
    }

    @Nested
    class CaseNumberFamily {

        @ParameterizedTest
        @ValueSource(strings = {"24-005394|24-005394", "21-046857K|21-046857K",
                "Sagsnr.: 326-2021-16031 J.nr.: 24.10.00 Dokumentnr.: 326-2021-103969|326-2021-16031",
                "Sagsnr.: 24/12345  Dok.nr.: 24/98765  Åbent|24/12345", "Sagsid.: 18/5090|18/5090",
                "Sagsnummer: 2024-001234|2024-001234", "Sagsnr. 00.01.00-A00-3-24|00.01.00-A00-3-24"})
        void caseLineGivesTheCaseNumber(String spec) throws Exception {
            String[] parts = spec.split("\\|");
            AgendaItem item = parse(header() + "Punkt 1: Takster\n\n" + parts[0] + "\n\nBeslutning\n\nGodkendt.\n").items().get(0);
            assertEquals(parts[1], item.caseNumber());
        }

        @Test
        void numbersInTheCaseTextAreNotTheCaseNumber() throws Exception {
            AgendaItem item = parse(header() + "Punkt 1: Takster\n\nBeslutning\nGodkendt.\n\nSagsfremstilling\n"
                    + "Se sag 24-001122 fra sidste år.\n").items().get(0);
            assertNull(item.caseNumber());
        }
    }

    @Nested
    class ClosedFamily {

        @ParameterizedTest
        @ValueSource(strings = {"Punkt 5: Lukket: Køb af ejendom", "Punkt 5: Lukket punkt: Køb af ejendom",
                "Punkt 5: Lukket sag: Køb af ejendom", "Punkt 5: Køb af ejendom (Lukket)", "Punkt 5: Lukket punkt - Køb af ejendom",
                "Punkt 5: Køb af ejendom\nLukket punkt", "Punkt 5: Køb af ejendom\nSagen blev behandlet for lukkede døre."})
        void closedMarkersCloseTheItemAndLeaveTheTitle(String heading) throws Exception {
            AgendaItem item = parse(header() + heading + "\n\nPunkt 6: Eventuelt\nBeslutning\nIntet.\n").items().get(0);
            assertTrue(item.closed());
            assertEquals("Køb af ejendom", item.title());
        }

        @Test
        void openItemIsNotClosed() throws Exception {
            AgendaItem item = parse(header() + "Punkt 5: Lukning af skole\nÅbent\nBeslutning\nAnbefales.\n").items().get(0);
            assertFalse(item.closed());
            assertEquals("Lukning af skole", item.title());
        }
    }

    @Nested
    class HeaderFamily {

        @Test
        void seedStyleHeader() throws Exception {
            Referat r = parser.parse("t", """
                    REFERAT Direktionen d. 29-04-2024

                    Mødedato Mandag d. 29. april 2024 kl. 12:30

                    Mødested Direktionens kontor

                    Mødedeltagere Anne Holm, Bo Lund (Fravær), Carl
                    Madsen

                    Punkt 1: Eventuelt
                    Beslutning
                    Intet.
                    """);
            Meeting m = r.meeting();
            assertEquals("Direktionen", m.body());
            assertEquals(LocalDate.of(2024, 4, 29), m.date());
            assertEquals(LocalTime.of(12, 30), m.time());
            assertEquals("Direktionens kontor", m.place());
            assertEquals(List.of(new Participant("Anne Holm", false), new Participant("Bo Lund", true),
                    new Participant("Carl Madsen", false)), m.participants());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Afbud: Bo Lund", "Fraværende: Bo Lund", "Ikke til stede: Bo Lund", "Fravær: Bo Lund"})
        void absenceLabelsMarkParticipantsAbsent(String absence) throws Exception {
            Referat r = parse("Referat af møde i Økonomiudvalget\nDato: 18.11.2024\nMedlemmer: Anne Holm (A), Bo Lund (V)\n"
                    + absence + "\n\nPunkt 1: Eventuelt\nBeslutning\nIntet.\n");
            assertEquals(List.of(new Participant("Anne Holm", false), new Participant("Bo Lund", true)), r.meeting().participants());
            assertEquals("Økonomiudvalget", r.meeting().body());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Økonomiudvalget - Referat\nDato: 2024-11-18", "Referat\nØkonomiudvalget\n18.11.2024",
                "Beslutningsprotokol for Økonomiudvalget 18.11.24", "Udvalg: Økonomiudvalget\nMødedato: 18. nov. 2024"})
        void bodyAndDateFromTheTitleOrLabels(String top) throws Exception {
            Referat r = parse(top + "\n\nPunkt 1: Eventuelt\nBeslutning\nIntet.\n");
            assertEquals("Økonomiudvalget", r.meeting().body());
            assertEquals(LocalDate.of(2024, 11, 18), r.meeting().date());
        }

        @Test
        void rolesAndPartiesInBracketsAndAfterDashesAreNotNames() throws Exception {
            Referat r = parse("Referat af møde i Chefgruppen 14.10.2024 kl. 9-11\n"
                    + "Til stede: Anne Holm (direktør, Børn og Familie), Bo Lund (A) – formand, Carl Dam – afbud\n\n"
                    + "Punkt 1. Eventuelt\nBeslutning:\nIntet.\n");
            assertEquals(List.of(new Participant("Anne Holm", false), new Participant("Bo Lund", false),
                    new Participant("Carl Dam", true)), r.meeting().participants());
            assertEquals("Chefgruppen", r.meeting().body());
            assertEquals(LocalTime.of(9, 0), r.meeting().time());
        }

        @Test
        void bulletListUnderAnEmptyLabel() throws Exception {
            Referat r = parse("# Referat Børne- og Ungeudvalget 11.11.2024\n\n**Deltagere**\n\n- Anne Holm (A, formand)\n"
                    + "- Bo Lund (F) (afbud)\n\n## 1. Eventuelt\n\n#### Beslutning\n\nIntet.\n");
            assertEquals(List.of(new Participant("Anne Holm", false), new Participant("Bo Lund", true)), r.meeting().participants());
        }

        @Test
        void extraordinaryMeetingTitleNamesTheBody() throws Exception {
            Referat r = parse("Eksempel Kommune\n\nReferat\n\nEkstraordinært møde i Økonomiudvalget\n"
                    + "Mødedato: 02.12.24\nMødetid: kl. 8.15\n\n1. Anlægsbevilling\nSagsnr.: 24/1\nBeslutning\nAnbefales.\n");
            assertEquals("Økonomiudvalget", r.meeting().body());
            assertEquals(LocalDate.of(2024, 12, 2), r.meeting().date());
            assertEquals(LocalTime.of(8, 15), r.meeting().time());
        }

        @Test
        void municipalityBeforeTheBodyIsNotPartOfIt() throws Exception {
            Referat r = parse("Kildemose Kommune Byrådet 28-11-2024\n\nPkt. 1 Eventuelt\nBeslutning\nIntet.\n");
            assertEquals("Byrådet", r.meeting().body());
        }

        @Test
        void dateFromTheDecisionsWhenTheHeaderHasNone() throws Exception {
            Referat r = parse("Eksempel Kommune\n\nPunkt 1: Takster\nBeslutning i Social- og Sundhedsudvalget den 21-11-2024:\nGodkendt.\n");
            assertEquals(LocalDate.of(2024, 11, 21), r.meeting().date());
            assertEquals("Social- og Sundhedsudvalget", r.meeting().body());
        }
    }

    @Nested
    class TableOfContentsFamily {

        @Test
        void contentsLinesAreNotItemsAndTheirSpellingIsKept() throws Exception {
            Referat r = parse(header() + """
                    Indholdsfortegnelse
                    Orientering om sprogskole.....\t3
                    Lukket: Personalesag.....\t4

                    Punkt 1: Orientering om sprogscole
                    Beslutning
                    Taget til efterretning.

                    Punkt 2: Personalesag
                    """);
            assertEquals(List.of(1, 2), numbers(r));
            assertEquals(List.of("Orientering om sprogskole"), r.items().get(0).alternativeTitles());
            assertTrue(r.items().get(1).closed(), "closed in the contents, so closed");
        }

        @Test
        void aTruncatedContentsLineIsNotAnotherSpelling() throws Exception {
            Referat r = parse(header() + "Indhold\nGodkendelse af plan for anvendelse af Rådhusets fællesarealer samt prio\t7\n\n"
                    + "Punkt 1: Godkendelse af plan for anvendelse af Rådhusets fællesarealer samt prioritering\nBeslutning\nGodkendt.\n");
            assertTrue(r.items().get(0).alternativeTitles().isEmpty());
        }
    }

    @Nested
    class SectionsFamily {

        @Test
        void recommendationsRouteEconomyAndAttachments() throws Exception {
            AgendaItem item = parse(header() + """
                    Punkt 1: Budget
                    Resume og sagens baggrund
                    Kort om budgettet.
                    Indstillinger
                    Direktøren indstiller, at:
                    1. budgettet godkendes
                    2. Team Økonomi følger op
                    Behandling
                    Direktionen, Børne- og Skoleudvalget, Økonomiudvalget og Byrådet.
                    Økonomiske konsekvenser
                    Ingen.
                    Bilag
                    Bilag 1 - Budgetnotat\t24/998877
                    Bilag 2 - Tidsplan
                    Beslutning
                    Anbefales.
                    """).items().get(0);
            assertEquals(List.of("budgettet godkendes", "Team Økonomi følger op"), item.recommendations());
            assertEquals(List.of("Direktionen", "Børne- og Skoleudvalget", "Økonomiudvalget", "Byrådet"), item.route());
            assertEquals("Ingen.", item.economy());
            assertEquals("Kort om budgettet.", item.resume());
            assertEquals(List.of("Budgetnotat", "Tidsplan"), item.attachments());
            assertEquals(Outcome.ANBEFALES, item.outcome());
            assertTrue(item.fullText().contains("Kort om budgettet."));
        }

        @Test
        void markdownIsTakenOff() throws Exception {
            AgendaItem item = parse(header() + "# **Punkt 1: Klima\\_plan**\n\n## **Beslutning**\n\n*Godkendt.*\n\n"
                    + "Se [planen](https://example.dk/plan).\n").items().get(0);
            assertEquals("Klima_plan", item.title());
            assertEquals("Godkendt.\n\nSe planen.", item.decision());
        }
    }

    @Nested
    class NotAReferat {

        @Test
        void emptyText() {
            ReferatFormatException e = assertThrows(ReferatFormatException.class, () -> parse("  \n\n "));
            assertTrue(e.getMessage().contains("empty"), e.getMessage());
        }

        @Test
        void proseWithoutItems() {
            ReferatFormatException e = assertThrows(ReferatFormatException.class,
                    () -> parse("Kære alle,\n\nHer er nyhedsbrevet for november 2024.\nMed venlig hilsen\n"));
            assertTrue(e.getMessage().contains("no agenda items"), e.getMessage());
        }

        @Test
        void itemsWithoutAMeetingDateAreReadWithADoubt() throws Exception {
            Referat r = parse("Huskeliste\n\nPunkt 1: Indkøb\nBeslutning\nGodkendt.\n");
            assertNull(r.meeting().date());
            assertEquals("Godkendt.", r.items().get(0).decision());
            assertTrue(r.doubts().stream().anyMatch(d -> d.startsWith("Mødedato:")), r.doubts().toString());
        }

        @Test
        void truncatedAgainstItsTableOfContentsIsADoubt() throws Exception {
            Referat r = parse(header() + """
                    Indholdsfortegnelse
                    Budget.....\t2
                    Takster.....\t3
                    Eventuelt.....\t4

                    Punkt 1: Budget
                    Beslutning
                    Godkendt.

                    Punkt 2: Takster
                    Sagsfremstilling
                    Taksterne for 2025 er beregnet ud fra
                    """);
            assertEquals(List.of("Budget", "Takster", "Eventuelt"), r.items().stream().map(AgendaItem::title).toList());
            assertNull(r.items().get(2).decision(), "listed in the contents only");
            assertTrue(r.doubts().stream().anyMatch(d -> d.contains("afkortet") && d.contains("indholdsfortegnelsen")), r.doubts().toString());
        }
    }
}
