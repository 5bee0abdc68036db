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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Layout families of real minutes, each on text copied from published minutes (source named above each test; the
 * pages are listed in ../shared/real-minutes/sources.tsv and src/test/resources/real-heldout/sources.tsv). Whitespace
 * is as the stored copies give it; only the parts a family needs are kept.
 */
class RealLayoutFamiliesTest {

    private final ReferatParser parser = new ReferatParser();

    private Referat parse(String text) throws ReferatFormatException {
        return parser.parse("test.txt", text);
    }

    /** A whole fixture of the held-out sets, where a document's length or its whole contents are part of the layout. */
    private static String fixture(String path) throws java.io.IOException {
        try (java.io.InputStream in = RealLayoutFamiliesTest.class.getResourceAsStream("/" + path)) {
            return new String(java.util.Objects.requireNonNull(in, path).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static List<String> labels(Referat r) {
        return r.items().stream().map(AgendaItem::label).toList();
    }

    private static List<String> absent(Referat r) {
        return r.meeting().participants().stream().filter(Participant::absent).map(Participant::name).toList();
    }

    @Nested
    class Headings {

        /** Vejen Kommune, Økonomiudvalget 3 April 2018 (vejen.dk): the number glued to the title. */
        @Test
        void numberGluedToTheTitle() throws Exception {
            Referat r = parse("""
                    Udvalg: Økonomiudvalget

                    Mødedato: 03-04-2018

                    1.Økonomiudvalgets opgaver (B)

                    Sagsnummer: 17/26296

                    Beslutning Økonomiudvalget den 03-04-2018
                    Der blev givet en orientering om kommunens planlægningsopgaver.

                    2.Vejen kommunes årsregnskab 2017 (C)

                    Sagsnummer: 18/6566
                    """);
            assertEquals(List.of("1", "2"), labels(r));
            assertEquals("Økonomiudvalgets opgaver (B)", r.items().get(0).title());
            assertEquals("17/26296", r.items().get(0).caseNumber());
            assertEquals("Der blev givet en orientering om kommunens planlægningsopgaver.", r.items().get(0).decision());
        }

        /** Ringkøbing-Skjern Kommune, Byrådet 20 January 2026 (rksk.dk): "N : Title" between copy-link buttons. */
        @Test
        void numberColonTitleBetweenPageButtons() throws Exception {
            Referat r = parse("""
                    Referat: 20. januar 2026 kl. 16:00

                    Byrådssalen, Rådhuset, Ved Fjorden 6, Ringkøbing
                    Byrådet

                    Kopier link til punktet  -   Print

                    1 : Spørgetid i Byrådet

                    Sagsnr:

                    Beslutning

                    Der var ingen borgere indskrevet til spørgetid.

                    Fraværende
                      • Niels Kristian Larsen ()

                    Kopier link til punktet  -   Print

                    2 : Godkendelse af dagsorden

                    Sagsnr:

                    Beslutning

                    Godkendt.
                    """);
            assertEquals(List.of("1", "2"), labels(r));
            assertEquals("Der var ingen borgere indskrevet til spørgetid.\n\nFraværende\n• Niels Kristian Larsen ()",
                    r.items().get(0).decision());
            assertNull(r.items().get(0).caseNumber());
            assertEquals("Byrådet", r.meeting().body());
            assertEquals("Byrådssalen, Rådhuset, Ved Fjorden 6, Ringkøbing", r.meeting().place());
            assertEquals(List.of("Niels Kristian Larsen"), absent(r));
        }

        /** Faxe Kommune, Byrådet 14 November 2019: a numbered list inside an item is neither items nor a contents. */
        @Test
        void numberedListInsideAnItem() throws Exception {
            Referat r = parse("""
                    Byrådet - 14-11-2019

                    172. Godkendelse af dagsorden

                    Beslutning

                    Godkendt.

                    173. Spørgetid

                    Sagsfremstilling

                    Forretningsordenen for spørgetid:

                     1. Spørgetiden begynder ved ordinært mødetidspunkt for Byrådet.
                     2. Spørgsmål kan stilles af enhver med bopæl i Faxe Kommune.
                     3. Spørgsmål skal angå forhold af almen kommunal interesse for kommunens borgere.
                     4. Spørgsmål rettes til formanden.

                    Beslutning

                    Ingen spørgsmål.
                    """);
            assertEquals(List.of("172", "173"), labels(r));
            assertEquals("Ingen spørgsmål.", r.items().get(1).decision());
        }

        /**
         * Lolland Kommune, Byrådet 30 March 2017 (disputs.dk quoting the agenda, real-heldout-8/01-lolland-2017-03-30.txt):
         * an ordered list of a web page whose entries repeat their numbers ("1. 1. …") is neither items nor a contents.
         */
        @Test
        void listNumberedTwiceInsideAnItem() throws Exception {
            Referat r = parse("""
                    Byrådsmøde 30/3-2017

                    Torsdag d. 30. marts kl. 18.00 afholdes årets tredje byrådsmøde i Lolland Kommune.

                    2. Rammeudmelding for budget 2018-2020

                    Direktionen har udarbejdet 3 forslag til besparelser på budgettet fremadrettet. Forslagene er udarbejdet med udgangspunkt i:

                     1. 1. Det faldende demografisk betingede udgiftsbehov
                      Besparelse på 11,7 mio. kr. i 2018
                     2. 2. Den forventede indtægtsnedgang
                      Besparelse på 52 mio. kr. i 2018
                     3. 3. Regulering med råderum til ekstra anlægs- og driftudgifter
                      Besparelse på 82 mio. kr. i 2018

                    Direktionen indstiller, at der arbejdes videre med forslag 1.

                    Beslutning i Byrådet, 30-03-2017
                    Godkendt.
                    Enhedslisten kan ikke tilslutte sig rammeudmeldingen.
                    """);
            assertEquals(List.of("2"), labels(r));
            assertEquals("Rammeudmelding for budget 2018-2020", r.items().get(0).title());
            assertEquals("Godkendt.\nEnhedslisten kan ikke tilslutte sig rammeudmeldingen.", r.items().get(0).decision());
        }

        /**
         * Morsø Kommune, Kommunalbestyrelsen 2 June 2020 (mors.dk news page, real-heldout-8/04-morsoe-nodate.txt): the
         * agenda as bulleted "57 - Title" entries under "(åbne punkter)" and "(lukkede punkter)" headings.
         */
        @Test
        void bulletedNumberedTitlesUnderOpenAndClosedParts() throws Exception {
            Referat r = parse("""
                    Dagsorden kommunalbestyrelsesmøde 2. juni - mødet er åbent for borgere

                    Mødet starter kl. 17 og afvikles i Sparekassen Thy Arena | Mors i VIP lokalet.

                    Til behandling (åbne punkter)

                     • 57 - Første budgetopfølgning 2020
                     • 58 - Likviditetslån
                     • 59 - I/S Mors-Thy Færgefart - 2019 regnskab

                    Til orientering (åbne punkter)

                     • 66 - Europarådets anbefaling om borgernes deltagelse i det lokale offentlige liv
                     • 67 - Regnskab - S/I Kulturmødet Mors 2019
                     • 68 - Boligselskabet Nykøbing Mors Regnskab 2018-2019 193

                    Til behandling (lukkede punkter)

                     • 69 - Ny almen boligafdeling
                     • 70 - Byggemodning
                    """);
            assertEquals(List.of("57", "58", "59", "66", "67", "68", "69", "70"), labels(r));
            assertEquals("I/S Mors-Thy Færgefart - 2019 regnskab", r.items().get(2).title());
            assertEquals(List.of(false, false, false, false, false, false, true, true), r.items().stream().map(AgendaItem::closed).toList());
        }

        /** Aarhus Byråd 8 October 2025, First Agenda publication page: the number alone, the title under it. */
        @Test
        void numberAloneWithTheTitleAndCaseUnderIt() throws Exception {
            Referat r = parse("""
                    Dagsorden 8. oktober 2025 kl. 16.00
                    Aarhus Byråd - Byrådssalen
                    Udvalg: \tAarhus Byråd
                    Mødedato: \tonsdag den 8. oktober 2025 kl. 16.00
                    Mødested: \tByrådssalen
                    Punkt \tTitel \t
                    1\t
                    Godkendelse af dagsorden
                    EMN-2023-009832
                    \t
                    2\t
                    Forslag til budget 2026-2029
                    EMN-2025-008308
                    .
                    Resume
                    Vores hverdag leves der, hvor vi bor.
                    Bilag
                    PDFIndstilling
                    \t
                    22
                    3\t
                    Materiale til Magistratens 1. tekniske behandling af budget 2026
                    EMN-2025-008308
                    """);
            assertEquals(List.of("1", "2", "3"), labels(r));
            assertEquals("EMN-2023-009832", r.items().get(0).caseNumber());
            assertEquals("EMN-2025-008308", r.items().get(1).caseNumber());
            assertEquals("Byrådssalen", r.meeting().place());
            assertEquals(LocalTime.of(16, 0), r.meeting().time());
        }

        /** Aarhus, Mødesystemgruppen 6 October 2016 (First Agenda PDF text): two levels of numbers. */
        @Test
        void twoLevelNumbersAreItemsEach() throws Exception {
            Referat r = parse("""
                    Referat
                    Mødesystemgruppen
                    Dato:
                    Tid:
                    Sted:
                    6. oktober 2016
                    13:00 - 15:00
                    Rådhuset lokale 233
                    Afbud: Tilde,
                    1   First Agenda
                    1.1   Status siden sidst
                    Oplæg:
                    Der er blevet foretaget et servicevindue.
                    Referat: Alle skal have indhold.
                    1.2   Status på udviklingsønsker
                    Oplæg:
                    AD-integration er endelig ved at komme i gang.
                    Referat:
                    2   GetOrganized
                    2.1   Status siden sidst
                    Oplæg:
                    Version 5.5 er kommet i produktion.
                    Referat:
                    """);
            assertEquals(List.of("1", "1.1", "1.2", "2", "2.1"), labels(r));
            assertEquals("Alle skal have indhold.", r.items().get(1).decision());
            assertNull(r.items().get(2).decision());
            assertEquals("Mødesystemgruppen", r.meeting().body());
            assertEquals("Rådhuset lokale 233", r.meeting().place());
            assertEquals(LocalTime.of(13, 0), r.meeting().time());
            assertEquals(List.of("Tilde"), absent(r));
        }

        /** Rødovre Kommune, Økonomiudvalget 18 September 2024: the title, then "Sag nr. N". */
        @Test
        void titleAboveItsNumber() throws Exception {
            Referat r = parse("""
                    Økonomiudvalget
                    18-09-2024
                    Meddelelser
                    Sag nr. 162
                    Beslutningskompetence: ØU
                    Beslutning
                    Taget til efterretning.
                    Lokalplan 154 Nord for Else Sørensens Vej - Endelig vedtagelse
                    Sag nr. 163
                    Beslutningskompetence: KB
                    Sagens kerne
                    Kommunalbestyrelsen vedtog på møde den 19. marts 2024.
                    """);
            assertEquals(List.of("162", "163"), labels(r));
            assertEquals("Meddelelser", r.items().get(0).title());
            assertEquals("Lokalplan 154 Nord for Else Sørensens Vej - Endelig vedtagelse", r.items().get(1).title());
            assertNull(r.items().get(0).caseNumber(), "Sag nr. is the item's number here");
        }

        /** Slagelse Kommune, Forebyggelses- og Seniorudvalget 12 January 2021: each heading printed twice. */
        @Test
        void headingPrintedTwiceIsOneItem() throws Exception {
            Referat r = parse("""
                    Forebyggelses- og Seniorudvalget (2018-2021) – Referat – 12. januar 2021

                    1. Godkendelse af dagsorden (B)

                    1.     Godkendelse af dagsorden (B)

                    Sagsnr.: 330-2020-164                     Dok.nr.: 330-2020-488200          Åbent
                    Beslutning i Forebyggelses- og Seniorudvalget den 12. januar 2021:
                    Fraværende:\s
                    Godkendt.

                    2. Budget 2021 - Forebyggelses- og Seniorudvalget (B)

                    2.     Budget 2021 - Forebyggelses- og Seniorudvalget (B)

                    Sagsnr.: 330-2020-29711                 Dok.nr.: 330-2020-494436          Åbent
                    """);
            assertEquals(List.of("1", "2"), labels(r));
            assertEquals("Fraværende:\nGodkendt.", r.items().get(0).decision());
            assertEquals("330-2020-164", r.items().get(0).caseNumber());
            assertEquals("Forebyggelses- og Seniorudvalget", r.meeting().body());
        }

        /** Faaborg-Midtfyn Kommune, Kommunalbestyrelsen 5 November 2019 (SBSYS HTML): the case number above the heading. */
        @Test
        void caseNumberAboveItsHeading() throws Exception {
            Referat r = parse("""
                    Referat
                    til
                    mødet i Kommunalbestyrelsen 2018-21
                    den 5. november 2019 kl. 17:00
                    i Mødesalen, Ringe - Ekstraordinært

                    Pkt. Tekst
                    342 Godkendelse af dagsorden
                    343 Kirkelige ligning budget 2020
                    00.01.00-G01-24-17

                    342. Godkendelse af dagsorden

                    Beslutning

                    Afbud fra Anne-Merete Mikkelsen (A). John Larsen deltager i stedet.

                    Godkendt.

                    25.05.00-P19-1-19

                    343. Kirkelige ligning budget 2020

                    Resumé

                    Økonomiudvalget skal på mødet behandle budget for kirkerne.

                    Økonomiudvalget 2018-21, 28. oktober 2019, pkt. 452:

                    Indstillingspunkterne 1 – 3 anbefales overfor Kommunalbestyrelsen.
                    """);
            assertEquals(List.of("342", "343"), labels(r));
            assertEquals("00.01.00-G01-24-17", r.items().get(0).caseNumber());
            assertEquals("25.05.00-P19-1-19", r.items().get(1).caseNumber());
            assertEquals("Afbud fra Anne-Merete Mikkelsen (A). John Larsen deltager i stedet.\nGodkendt.",
                    r.items().get(0).decision().replace("\n\n", "\n"));
            assertNull(r.items().get(1).decision(), "an earlier committee's recommendation is not this meeting's decision");
            assertEquals(1, r.items().get(1).prior().size());
            assertEquals("Kommunalbestyrelsen", r.meeting().body());
            assertEquals(LocalDate.of(2019, 11, 5), r.meeting().date());
            assertEquals("Mødesalen, Ringe", r.meeting().place());
            assertEquals(List.of("Anne-Merete Mikkelsen"), absent(r));
        }

        /**
         * Dragør Ældreråd, 14 December 2018 (real-heldout-10, the council's own site): numbered short titles over running
         * text, no section labels, no case numbers — how councils and boards write their minutes.
         */
        @Test
        void shortNumberedTitlesOverRunningText() throws Exception {
            Referat r = parse("""
                    Ekstraordinært Ældrerådsmøde – Referat

                    Dato:         14. december 2018

                    1.    Meddelelse om udtræden

                    Ved mail af 13. december 2018 har Knud Berggreen meddelt, at han af personlige grunde udtræder af Ældrerådet.

                    2.  Konstituering

                    Når det er afgjort, om rådet lovligt kan videreføre sin virksomhed, vil rådet re-konstituere sig.

                    3.    Næste møde og underskrift af liste for mødediæter

                    Næste Ældrerådsmøde er tidligere berammet til 11. januar 2019, kl. 10 på rådhuset.

                    4.    Eventuelt

                    Der er enighed om, at det berammede ”Træf dit Ældreråd” på Wiedergården gennemføres.
                    """);
            assertEquals(List.of("1", "2", "3", "4"), labels(r));
            assertEquals("Næste møde og underskrift af liste for mødediæter", r.items().get(2).title());
        }

        /**
         * Middelfart Ældreråd, 18 December 2014 (real-heldout-10, middelfart.dk): the number on a line of its own, the
         * title under it, one sentence of outcome under that.
         */
        @Test
        void numberOverTitleOverOneSentence() throws Exception {
            Referat r = parse("""
                    Referat fra møde i Middelfart Ældreråd torsdag den 18. december 2014

                    1.\s
                    Underskrift af referat fra mødet den 20. november 2014

                    Underskrevet.


                    2.\s
                    Godkendelse af dagsordenen

                    Godkendt.

                    3.\s
                    Foreløbigt regnskab – drøftelse

                    Det foreløbige regnskab og budget for 2015 blev drøftet.
                    """);
            assertEquals(List.of("1", "2", "3"), labels(r));
            assertEquals("Godkendelse af dagsordenen", r.items().get(1).title());
        }

        /**
         * Region Syddanmark, Sundhedsudvalget 25 October 2016 (real-heldout-5): a contents lists "Eventuelt" twice, open
         * and closed, under two numbers; both are items.
         */
        @Test
        void oneTitleUnderTwoNumbersIsTwoItems() throws Exception {
            Referat r = parse("""
                    Sundhedsudvalget - Referat - 25. oktober 2016

                      1. Orientering om høring af national demenshandlingsplan 2025
                      2. Mødeplan
                      3. Eventuelt
                      4. LUKKET PUNKT - Salg af arealer
                      5. LUKKET PUNKT - Eventuelt


                      Sagsnr. 16/34038
                      1. Orientering om høring af national demenshandlingsplan 2025
                      fold dette punkt ind Resume

                      Orientering om, at Sundheds- og Ældreministeren har sendt oplæg til den nationale demenshandlingsplan i høring.
                    """);
            assertEquals(List.of("3", "5"),
                    r.items().stream().filter(i -> i.title().endsWith("Eventuelt")).map(AgendaItem::label).toList());
            assertTrue(r.items().get(r.items().size() - 1).closed());
        }

        /**
         * A numbered list of sentences inside running text (Aarhus Kommune, Byrådet 8 October 2025, real-minutes 41, the
         * Børne- og ungebyrådet's proposals, each with a sentence of the case text after it): entries that are
         * sentences themselves are no items, however much running text stands under them.
         */
        @Test
        void numberedSentencesInRunningTextAreNoItems() throws Exception {
            Referat r = parse("""
                    Referat Byrådet 8. oktober 2025

                    Børne- og ungebyrådet oplever, at skoler aflyser eller undlader at planlægge lejrskoler og udflugter.
                    Børne- og ungebyrådet foreslår, at
                    1. Der afsættes flere midler til lejrskoler og skoleudflugter i folkeskolen.
                    Med henvisning til det decentrale råderum er det op til skolerne at prioritere lejrskoler og udflugter.
                    2. Grundskolerne får bedre mulighed for at omlægge undervisningstimer til lejrskoler eller udflugter.
                    I folkeskoleloven og Aarhus-aftalen er der mulighed for at organisere undervisningen på lejrskoleophold.
                    3. Skolerne får en pulje til transport.
                    Lejrskoler og udflugter kan være et godt greb til at styrke elevers faglighed og trivsel.
                    """);
            assertEquals(List.of(), labels(r).stream().filter(label -> label != null).toList());
        }
    }

    @Nested
    class ItemsWithoutHeadings {

        /** Hedensted Kommune, Kommunalbestyrelsen 25 June 2025: each item starts at its case number. */
        @Test
        void itemsStartAtTheirCaseNumber() throws Exception {
            Referat r = parse("""
                    Udvalg: Kommunalbestyrelsen 2022-2025
                    Mødedato: 25. juni 2025
                    Mødested: Rådhussalen, Juelsminde Rådhus
                    Sagsnr.: 00.00.00-P35-34-24
                    Beslutningstema
                    Mødets deltagere og fraværende noteres her.
                    Beslutning
                    Jacob Ejs (A) var fraværende. Som stedfortræder deltog Helle Obenhausen Mortensen (A)
                    Hanne Grangaard (A) var fraværende.
                    Fraværende:
                    Sagsnr.: 00.00.00-A00-11-24
                    Beslutningstema
                    Der er ikke indenfor den angivne tidsfrist indkommet spørgsmål.
                    Beslutning
                    Der er ikke indenfor den angivne tidsfrist indkommet spørgsmål.
                    Fraværende:
                    """);
            assertEquals(2, r.items().size());
            assertEquals("00.00.00-A00-11-24", r.items().get(1).caseNumber());
            assertTrue(r.items().get(0).decision().endsWith("Hanne Grangaard (A) var fraværende.\nFraværende:"));
            assertEquals("Kommunalbestyrelsen", r.meeting().body());
            assertEquals(List.of("Jacob Ejs", "Hanne Grangaard"), absent(r));
        }

        /** København, Borgerrepræsentationen 22 April 2021 (kk.dk): a page of one item. */
        @Test
        void pageOfOneItem() throws Exception {
            Referat r = parse("""
                    Søg

                    Gå ikke glip af vigtig Digital Post fra Københavns Kommune

                    Mødedato: 22.04.2021, kl. 17:30
                    Mødested: Telefonmøde via Teams

                    Forslag til tilpasninger af lokaludvalg

                    Se alle bilag

                    Der skal på baggrund af en anbefaling fra gruppeformandskredsen tages stilling til forslag.

                    Indstilling

                    Indstilling om,

                     1. at Borgerrepræsentationen godkender forslag til tilpasninger af lokaludvalg.\s

                    Problemstilling

                    Arbejdet med tilpasning af lokaludvalg blev besluttet.
                    """);
            assertEquals(1, r.items().size());
            assertEquals("Forslag til tilpasninger af lokaludvalg", r.items().get(0).title());
            assertEquals(LocalDate.of(2021, 4, 22), r.meeting().date());
            assertEquals(LocalTime.of(17, 30), r.meeting().time());
            assertEquals("Telefonmøde via Teams", r.meeting().place());
        }

        /** Aalborg Kommune, Byrådet 11 March 2024: neither heading nor case number, each item opens with its status. */
        @Test
        void itemsStartAtTheirStatus() throws Exception {
            Referat r = parse("""
                    Skip til hoved indholdet
                    11. marts 2024 - referat fra byrådet

                    Byrådet 11. marts 2024

                    Åben

                    Beslutning

                    Godkendt.

                    Mette Ekstrøm og Maja Torp Nielsen var fraværende.

                    Åben

                    Indstilling

                    By- og Landskabsudvalget indstiller, at byrådet godkender.
                    """);
            assertEquals(2, r.items().size());
            assertEquals("Godkendt.\n\nMette Ekstrøm og Maja Torp Nielsen var fraværende.", r.items().get(0).decision());
            assertEquals("Byrådet", r.meeting().body());
            assertEquals(LocalDate.of(2024, 3, 11), r.meeting().date());
            assertEquals(List.of("Mette Ekstrøm", "Maja Torp Nielsen"), absent(r));
        }

        /**
         * Kommuneqarfik Sermersooq, Udvalg for Økonomi og Erhverv 12 November 2020 (sermersooq.gl, real-heldout-9/03):
         * unnumbered points, each a title standing alone over the recurring "Sagsfremstilling"; the first recurrence,
         * under the page's "Titel" / "Forside" field, is the front page with the members and belongs to the header.
         * "1. Meddeleser fra formanden." and "05O behandles først." inside the points are no headings.
         */
        @Test
        void titlesStandingOverARecurringSection() throws Exception {
            Referat r = parse("""
                    201112 – Ordinært møde

                    Udvalg
                    Udvalg for Økonomi og Erhverv
                    Dato
                    12. November 2020 -
                    Titel
                    Forside

                    Sagsfremstilling

                    Medlemmer
                    Charlotte Ludvigsen (IA), formand
                    Harald Bianco (IA)

                    Tilstede: Charlotte Ludvigsen (IA), Justus Hansen (D), Peter Davidsen (S) og Jens Kristian Berthelsen (S)

                    Telefonisk: Charlotte Pike (IA), Harald Bianco (IA) og Henrik Rachlev (IA)

                    Godkendelse af dagsorden

                    Sagsfremstilling

                    Dagsorden godkendes.

                    05O behandles først.

                    Charlotte Pike (IA) erklærer sig inhabil ved behandling af 07C.

                    Meddelelser

                    Sagsfremstilling

                    1. Meddeleser fra formanden.

                    1.

                     1. D. 26. oktober var borgmesteren på besøg hos Utoqqaat Peqatigiit i foreningernes lokaler i Blok 10.
                     3. D. 29. oktober havde borgmesteren et telefonisk møde med Lokaludvalget i Tasiilaq.
                    """);
            assertEquals(List.of("Godkendelse af dagsorden", "Meddelelser"), r.items().stream().map(AgendaItem::title).toList());
            assertTrue(r.items().stream().allMatch(i -> i.label() == null), labels(r).toString());
            assertEquals("Udvalg for Økonomi og Erhverv", r.meeting().body());
            assertEquals(LocalDate.of(2020, 11, 12), r.meeting().date());
            assertTrue(r.meeting().participants().stream().anyMatch(p -> p.name().equals("Henrik Rachlev") && !p.absent()),
                    r.meeting().participants().toString());
        }
    }

    @Nested
    class Header {

        /** Helsingør Kommune, Økonomiudvalget 16 March 2015 (PDF text): the labels in one column, the values in the next. */
        @Test
        void labelsInOneColumnValuesInTheNext() throws Exception {
            Referat r = parse("""
                    Referat
                    Økonomiudvalget
                    Mødedato:
                    Mødetidspunkt:
                    Sluttidspunkt:
                    Mødested:
                    Bemærkninger:
                    Mandag den 16. marts 2015
                    Kl. 17:00
                    Kl. 20:45
                    Det Hvide Værelse, Rådhuset
                    Medlemmer:
                    Benedikte Kiær (C)
                    Marlene Harpsøe (O)
                    Fraværende:
                    Marlene Harpsøe
                    Sagsoversigt
                    """);
            assertEquals("Økonomiudvalget", r.meeting().body());
            assertEquals(LocalDate.of(2015, 3, 16), r.meeting().date());
            assertEquals(LocalTime.of(17, 0), r.meeting().time());
            assertEquals("Det Hvide Værelse, Rådhuset", r.meeting().place());
            assertEquals(LocalTime.of(20, 45), r.meeting().end());
            assertEquals(List.of("Marlene Harpsøe"), absent(r));
        }

        /** Faxe Kommune, Byrådet 14 November 2019 (OS2web): body in the page title, date with a comma, time after a dash. */
        @Test
        void pageTitleAndDateWithCommas() throws Exception {
            Referat r = parse("""
                    Byrådet - 14-11-2019

                    Referat
                    Udvalg:
                    Dato:
                    Torsdag, 14 november, 2019 - 18:30
                    Hent som fil:
                    172. Godkendelse af dagsorden

                    Beslutning

                    Godkendt.


                    Fraværende: Lars Folmann (O) deltog ikke i mødet.

                    173. Spørgetid

                    Sagsfremstilling

                    Forretningsordenen for spørgetid:
                    """);
            assertEquals("Byrådet", r.meeting().body());
            assertEquals(LocalDate.of(2019, 11, 14), r.meeting().date());
            assertEquals(LocalTime.of(18, 30), r.meeting().time());
            assertEquals("Godkendt.\n\nFraværende: Lars Folmann (O) deltog ikke i mødet.", r.items().get(0).decision());
            assertEquals(List.of("Lars Folmann"), absent(r));
        }

        /** An English locale's rendering of the meeting date, as Roskilde's pages give it ("Dato: Onsdag, April 3, 2019 - 18:00"). */
        @Test
        void englishMonthNames() throws Exception {
            Referat r = parse("""
                    Økonomiudvalget
                    Dato: Onsdag, April 3, 2019 - 18:00
                    • Pkt. 42 Godkendelse af dagsorden
                    Beslutning
                    Godkendt.
                    """);
            assertEquals(LocalDate.of(2019, 4, 3), r.meeting().date());
            assertEquals(LocalTime.of(18, 0), r.meeting().time());
            assertEquals(List.of("42"), labels(r));
        }

        /** Lejre Kommune (a transcript of its PDF minutes): start, place and end written as a sentence. */
        @Test
        void meetingStartedAndEndedInASentence() throws Exception {
            Referat r = parse("""
                    Referat fra møde i Kommunalbestyrelsen mandag den 25. januar 2010 Mødet startede kl. 18:00 i Rådssalen, Lejre

                    Mødet startede kl. 18.00 og sluttede kl. 21.45.

                    1. Spørgetid
                    Beslutning
                    Ingen spørgsmål.
                    """);
            assertEquals(LocalTime.of(18, 0), r.meeting().time());
            assertEquals(LocalTime.of(21, 45), r.meeting().end());
            assertEquals("Rådssalen, Lejre", r.meeting().place());
        }

        /**
         * Thisted Kommune, Kommunalbestyrelsen 30 August 2022 (real-heldout): the page names its body only where the items
         * say who treats them on the meeting's date ("Høring og sagsgang" / "Kommunalbestyrelsen den 30. august 2022") —
         * never from a sentence of the case ("Godkendelse af dagsorden til dagens møde i Kommunalbestyrelsen.").
         */
        @Test
        void bodyFromTheTreatmentOnTheMeetingsDate() throws Exception {
            Referat r = parse("""
                    30. aug 2022

                    Deltagere:

                     • Brian Nielsen (D)
                     • Claus Nybo (A)

                    136. Godkendelse af dagsorden

                    Udskriv

                    Sagstema

                    Godkendelse af dagsorden til dagens møde i Kommunalbestyrelsen.

                    Retsgrundlag

                    Forretningsordenen for Kommunalbestyrelsen § 5

                    Høring og sagsgang

                    Kommunalbestyrelsen den 30. august 2022

                    Indstilling

                    Til godkendelse.

                    Beslutning

                    Godkendt.
                    """);
            assertEquals("Kommunalbestyrelsen", r.meeting().body());
            assertEquals(LocalDate.of(2022, 8, 30), r.meeting().date());
        }

        /**
         * Region Hovedstaden, Forretningsudvalget 8 November 2022 (held-out set 4): the end said under the first item, beside
         * a member who left the meeting and came back — only the meeting's own end counts.
         */
        @Test
        void endOfTheMeetingSaidUnderAnItem() throws Exception {
            Referat r = parse("""
                    Forretningsudvalg - mødesager

                    1. Godkendelse af dagsorden

                    Forretningsudvalgets beslutning den 8. november 2022:

                    Dagsordenen blev godkendt.

                    Martin Geertsen (V) forlod mødet kl. 12:03 og kom tilbage kl. 12:45.

                    Mødet sluttede kl. 12.50

                    2. Forslag til PFAS-aktiviteter i 2023

                    Forretningsudvalgets beslutning den 8. november 2022:

                    Anbefalet.
                    """);
            assertEquals(LocalTime.of(12, 50), r.meeting().end());
            assertEquals('.', r.meeting().endSeparator());
        }

        /**
         * Odense Kommune, Byrådet 25 March 2020 and Mariagerfjord Kommune, Byrådet 29 August 2013 (held-out sets): the start
         * written "kl. 17:00" in the heading, the end "kl. 18.10" in a sentence — each is kept as the minutes write it.
         */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "mødet i Odense Byråd|den 25. marts 2020 kl. 17:00|Mødet hævet kl. 18.10.|17:00|18.10",
                "fra mødet i Byrådet|den 29. august 2013 kl. 18:00|Mødet sluttede kl. 20.55|18:00|20.55",
                "Økonomiudvalget|den 8. november 2022 kl. 9.30|Mødet sluttede kl. 12:50|9.30|12:50"})
        void startAndEndAreWrittenAsTheMinutesWriteThem(String body, String when, String ended, String start, String end) throws Exception {
            Referat r = parse("Referat\n" + body + "\n" + when + "\ni Byrådssalen\n\n" + ended + "\n\n1. Spørgetid\nBeslutning\nIngen spørgsmål.\n");
            assertEquals(start, Meeting.written(r.meeting().time(), r.meeting().timeSeparator()));
            assertEquals(end, Meeting.written(r.meeting().end(), r.meeting().endSeparator()));
        }

        /** Roskilde's single-item pages ("• Pkt. 42 …"): the meeting's date printed under the item's heading. */
        @Test
        void meetingFieldsUnderTheHeadingOfAnItemPage() throws Exception {
            Referat r = parse("""
                    • Pkt. 42 Godkendelse af dagsorden
                    Dato: Onsdag, April 3, 2019 - 18:00
                    Beslutning
                    Godkendt.
                    """);
            assertEquals(LocalDate.of(2019, 4, 3), r.meeting().date());
            assertEquals(LocalTime.of(18, 0), r.meeting().time());
            assertEquals("Godkendt.", r.items().get(0).decision());
        }

        /** København (eDoc): "Dagsordenspunkt N: T" and the committee's decision "i mødet den …". */
        @Test
        void eDocDecisionInTheMeetingOf() throws Exception {
            Referat r = parse("""
                    Dagsordenspunkt 1: Godkendelse af dagsorden

                    Økonomiudvalgets beslutning i mødet den 31. marts 2020

                    Dagsordenen blev godkendt.

                    Dagsordenspunkt 2: Budget

                    Indstilling

                    Økonomiforvaltningen indstiller, at budgettet godkendes.

                    Økonomiudvalgets beslutning i mødet den 31. marts 2020

                    Anbefalet.
                    """);
            assertEquals("Økonomiudvalget", r.meeting().body());
            assertEquals(LocalDate.of(2020, 3, 31), r.meeting().date());
            assertEquals(List.of("Dagsordenen blev godkendt.", "Anbefalet."), r.items().stream().map(AgendaItem::decision).toList());
        }

        /** Hvidovre Kommune, Kommunalbestyrelsen 28 October 2014: a cookie banner, then the absent under their own label. */
        @Test
        void cookieBannerAndAbsentWithApologies() throws Exception {
            Referat r = parse("""
                    Vi bruger cookies til statistik som en del af vores arbejde for at lave en god hjemmeside.

                    Accepter cookies

                    Referat - Kommunalbestyrelsen den 28. oktober 2014

                    Mødefakta

                    Dato: Tirsdag den 28. oktober 2014
                    Mødetidspunkt: Kl. 18:00
                    Mødested: KB-Salen

                    Medlemmer

                      • Annette Møller Sjøbeck (V)
                      • Arne Bech (H)

                    Fraværende med afbud

                      • Benthe Viola Holm (A)
                      • Mikkel Dencker (O)

                    1. Godkendelse af dagsorden

                    Beslutning i Kommunalbestyrelsen den 28-10-2014

                    Godkendt.
                    """);
            assertEquals("Kommunalbestyrelsen", r.meeting().body());
            assertEquals(LocalTime.of(18, 0), r.meeting().time());
            assertEquals("KB-Salen", r.meeting().place());
            assertEquals(List.of("Benthe Viola Holm", "Mikkel Dencker"), absent(r));
            assertEquals(List.of("1"), labels(r));
        }

        /**
         * Kommuneqarfik Sermersooq, Kommunalbestyrelsen 26 January 2021 (sermersooq.gl, real-heldout-9/02): each label on
         * its own line above its value, the date day-first with an English month name ("26. January 2021 -"); "Titel" /
         * "Forside" is a field, not the place. Attendance: "Tilstede:" names run together after their party letters,
         * "Telefonisk:" present by phone, "Afbud:" absent.
         */
        @Test
        void labelAboveValueAndAnEnglishMonthName() throws Exception {
            Referat r = parse("""
                    210126 – Femogtyvende ordinære kommunalbestyrelsesmøde

                    Udvalg
                    Kommunalbestyrelsen
                    Dato
                    26. January 2021 -
                    Titel
                    Forside

                    Sagsfremstilling

                    Beslutning

                    Tilstede: Charlotte Ludvigsen (IA), Uju Petersen (IA), Inge Olsvig Brandt (IA) Knud Mathiassen (IA) Pipaluk Lynge-Rasmussen (IA) (suppleant for Storm Ludvigsen), Lone Rosengreen Pedersen (IA)

                    Telefonisk: Henrik Rachlev (IA), Harald Bianco (IA), Charlotte Pike (IA), Lund Kúko (S)

                    Afbud: Storm Ludvigsen (IA)

                    Godkendelse af dagsorden

                    Sagsfremstilling

                    Beslutning

                    Dagsorden godkendt.

                    Harald Bianco (IA) erklærer sig inhabil ved behandling af 04A.

                    Meddelelser

                    Sagsfremstilling

                    Beslutning

                    2a. Meddelelser fra formanden
                    """);
            assertEquals(LocalDate.of(2021, 1, 26), r.meeting().date());
            assertEquals("Kommunalbestyrelsen", r.meeting().body());
            assertNull(r.meeting().place());
            assertEquals(List.of("Storm Ludvigsen"), absent(r));
            List<String> present = r.meeting().participants().stream().filter(p -> !p.absent()).map(Participant::name).toList();
            assertTrue(present.containsAll(List.of("Inge Olsvig Brandt", "Knud Mathiassen", "Pipaluk Lynge-Rasmussen", "Henrik Rachlev")),
                    present.toString());
        }

        /** Kommuneqarfik Sermersooq, 9 January 2018 (sermersooq.gl, real-heldout-9/01): "9. January 2018 -" is the date, not item 9. */
        @Test
        void dayFirstEnglishMonthIsNoItemHeading() throws Exception {
            Referat r = parse("""
                    5. ordinære møde

                    Udvalg
                    Kommunalbestyrelsen
                    Dato
                    9. January 2018 -
                    Titel
                    Forside

                    Sagsfremstilling

                    Alle indkaldte stedfortrædere godkendes.

                    Godkendelse af dagsorden

                    Sagsfremstilling

                    Dagsordenen godkendes.

                    Meddelelser

                    Sagsfremstilling
                    """);
            assertEquals(LocalDate.of(2018, 1, 9), r.meeting().date());
            assertTrue(r.items().stream().noneMatch(i -> "9".equals(i.label())), r.items().toString());
        }

        /**
         * The body in the title's genitive with the meeting's number (Qeqqata Kommunia 28 May 2020, docslib copy,
         * real-heldout-9/09), and a body named before the date with its time (Kommune Qeqertalik 28 February 2019,
         * real-heldout-9/08, where "Emne Godkendelse af dagsorden" heads the item).
         */
        @Test
        void bodyInTheGenitiveWithTheMeetingsNumber() throws Exception {
            Referat r = parse("""
                    <<

                    Referat af Kommunalbestyrelsens ordinære møde 03/2020, den 28. maj 2020

                    Oversigt – åbent møde:

                    Punkt 01 Godkendelse af dagsorden

                    Økonomisager Punkt 02 Udvidelse af kirkegården i og midler
                    """);
            assertEquals("Kommunalbestyrelsen", r.meeting().body());
            assertEquals(LocalDate.of(2020, 5, 28), r.meeting().date());

            Referat q = parse("""
                    <<

                    Kommunalbestyrelse 28. Februar 2019 kl. 10.00

                    Kommune Kommunalbestyrelse

                    Ordstyrer: Ane Hansen, IA Sekretær: Alida C. Rafaelsen Mødet blev afholdt som: Telefonmøde

                    KOMMUNE QEQERTALIK NIELS EGEDES PLADS 1, POSTBOKS 220, 3950 AASIAAT Møde nr. 1/19 -28/02/2019 Kommunalbestyrelse AH side 2 / 31

                    ORIENTERINGSSAGER ...... 23 MØDET SLUTTEDE ...... 31 UNDERSKRIFTSBILAG ...... 31

                    Emne Godkendelse af dagsorden

                    Administrations bemærkninger til dagsorden: Ingen

                    Beslutning:

                    Inuit Ataqatigiit ønsker at mødet bliver sat til senere tidspunkt til klokken et.
                    """);
            assertEquals("Kommunalbestyrelse", q.meeting().body());
            assertEquals(LocalDate.of(2019, 2, 28), q.meeting().date());
            assertEquals(LocalTime.of(10, 0), q.meeting().time());
            assertNull(q.meeting().place());
            assertEquals(List.of("Godkendelse af dagsorden"), q.items().stream().map(AgendaItem::title).toList());
            assertEquals("Inuit Ataqatigiit ønsker at mødet bliver sat til senere tidspunkt til klokken et.", q.items().get(0).decision());
        }

        /**
         * Flattened columns "Medlemmer: Fraværende:" then one list of names (Norddjurs Kommune 13 December 2016,
         * docplayer, real-minutes/39): the members come first, so nobody is read as absent; a hyphenated first name
         * is a name ("Poul-Erik Svendsen", Region Syddanmark 25 October 2016, real-heldout-5/09).
         */
        @Test
        void flattenedMemberAndAbsenceColumnsMarkNobodyAbsent() throws Exception {
            Referat r = parse("""
                    Transkript

                    1 Kommunalbestyrelsen BESLUTNINGSPROTOKOL Sted: Mødelokale 4, rådhuset Dato: Tirsdag den 13. december 2016 Start kl.: 17:00 Slut kl.: 19:55 Medlemmer: Fraværende: Jan Petersen (A) Allan Gjersbøl Jørgensen (A) Hans Fisker Jensen (A) John Saaby Jensen (A) Else Søjmark (A) Bente Hedegaard (A) Norddjurs Kommune

                    2 1. Indkaldelse af stedfortræder for Helle Plougmann
                    Beslutning
                    Godkendt.
                    """);
            assertEquals(List.of(), absent(r));
            Referat s = parse("""
                    Sundhedsudvalget - Referat - 25. oktober 2016

                    Deltagere
                     • Poul-Erik Svendsen, A
                     • Kristian Grønbæk Andersen, B
                     • Pierre Topaz, A

                     • Afbud
                     • Pierre Topaz, A

                    1. Orientering om høring af national demenshandlingsplan 2025
                    Beslutning
                    Taget til efterretning.
                    """);
            assertEquals(List.of("Pierre Topaz"), absent(s));
            assertTrue(s.meeting().participants().stream().anyMatch(p -> p.name().equals("Poul-Erik Svendsen")));
        }

        /**
         * The meeting named by its body in the page's title: Dragør Ældreråd, 14 December 2018 (real-heldout-10) and
         * a Lolland council meeting (real-heldout-8, "Byrådsmøde 27/4-2017").
         */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Ekstraordinært Ældrerådsmøde – Referat 14. december 2018|Ældrerådet",
                "Byrådsmøde 27/4-2017|Byrådet"})
        void meetingNamedByItsBody(String title, String body) throws Exception {
            Referat r = parse(title + """


                    1.    Meddelelse om udtræden

                    Ved mail af 13. december 2018 har Knud Berggreen meddelt, at han af personlige grunde udtræder.
                    """);
            assertEquals(body, r.meeting().body());
        }

        /**
         * Fredensborg Seniorråd, 9 January 2015 (real-heldout-10, docplayer): "Møde <body>. <date> kl. 09:00" is a title
         * whose clock has a colon, not a "Møde:" field.
         */
        @Test
        void titleOpeningWithMeetingAndAClockIsNoField() throws Exception {
            Referat r = parse("""
                    Møde Fredensborg Seniorråd. Fredag den 9. januar 2015 kl. 09:00 13:00. Kontrabassen, Fredensborg Rådhus

                    1. Godkendelse af dagsorden
                    Beslutning
                    Godkendt.
                    """);
            assertEquals("Fredensborg Seniorråd", r.meeting().body());
        }

        /**
         * København, Det rådgivende Integrationsudvalg 2 May 2005 (real-heldout-10): "Møde med <guests>" is the meeting's
         * subject, not a "Møde" field naming the body; the body is the line that names one.
         */
        @Test
        void meetingWithGuestsIsNoBodyField() throws Exception {
            Referat r = parse("""
                    Mødedato: 02.05.2005, kl. 19:15

                    Møde med Rådet for Etniske Minoriteter

                    Det rådgivende Integrationsudvalg

                    BESLUTNINGSPROTOKOL

                    fra fællesmøde mandag den 2. maj 2005

                    1.      Møde med Rådet for Etniske Minoriteter

                    Beslutning
                    Mødet fandt sted.
                    """);
            assertEquals("Det rådgivende Integrationsudvalg", r.meeting().body());
        }

        /**
         * København, Det rådgivende Integrationsudvalg 2 May 2005 (real-heldout-10): the absent in three columns of a
         * table flattened to runs of spaces, and "Fraværende i øvrigt" for those absent without apologies.
         */
        @Test
        void absentNamesInColumnsOfAFlattenedTable() throws Exception {
            Referat r = parse("""
                    BESLUTNINGSPROTOKOL

                    fra fællesmøde mandag den 2. maj 2005

                    Fraværende med afbud:

                    Per Bregengaard (Ø)        Mogens Lønborg (C)        Bjarne Nielsen (B)

                    Manu Sareen (B)               Pia Allerslev (V)               Frank Hedegaard (F)

                    Fraværende i øvrigt:

                    Johannes Nymark (A)

                    1.      Møde med Rådet for Etniske Minoriteter

                    Beslutning
                    Mødet fandt sted.
                    """);
            assertEquals(List.of("Per Bregengaard", "Mogens Lønborg", "Bjarne Nielsen", "Manu Sareen", "Pia Allerslev",
                    "Frank Hedegaard", "Johannes Nymark"), absent(r));
        }

        /**
         * Greve Handicapråd, 2019 (real-heldout-10, a page without the body's name over it): minutes speak of their own
         * body; the one named most often is taken, with a doubt that says so.
         */
        @Test
        void bodyNamedMostOftenInTheTextIsTakenWithADoubt() throws Exception {
            Referat r = parse("""
                    1. Handicaprådets kalender for 2019

                    Handicaprådet har oprindeligt planlagt møde den 22. august 2019 for at kunne behandle budgetmateriale.
                    På denne baggrund forslås det at Handicaprådet flytter august-mødet til primo september.

                    Indstilling
                    Handicaprådet tilretter kalenderen.

                    Beslutning
                    Godkendt. Sagen sendes til Byrådet.
                    """);
            assertEquals("Handicaprådet", r.meeting().body());
            assertTrue(r.doubts().stream().anyMatch(d -> d.startsWith("Organ:") && d.contains("oftest")), r.doubts().toString());
        }

        /** "Udvalget" is the text's word for a body named before, and two bodies named as often are no answer. */
        @Test
        void aGenericOrUndecidedBodyInTheTextIsNone() throws Exception {
            Referat r = parse("""
                    1. Budgetopfølgning

                    Udvalget drøftede sagen. Udvalget bad om en ny opgørelse. Udvalget godkendte indstillingen. Udvalget mødes igen.
                    Økonomiudvalget og Byrådet får sagen; Økonomiudvalget og Byrådet får også regnskabet.
                    Økonomiudvalget og Byrådet orienteres.

                    Beslutning
                    Godkendt.
                    """);
            assertNull(r.meeting().body());
        }

        /**
         * Fredensborg Seniorråd, 9 January 2015 (real-heldout-10, docplayer): the items run on after the last absent
         * member; running text ("1) Valg af referent …", "Godkendelse af dagsorden a)") is nobody's name.
         */
        @Test
        void runningTextAfterTheAbsentIsNoName() throws Exception {
            Referat r = parse("""
                    Møde Fredensborg Seniorråd. Fredag den 9. januar 2015 kl. 09:00 13:00.

                    Til stede: Anette Lewinsky, Anders Kopping, Josée Linnemann, Michael Huusom. Afbud: Finn Kamper-Jørgensen, Grethe Troensegaard og Jørgen Simonsen. 1) Valg af referent Anette Lewinsky blev på sidste møde valgt som referent for møde 1 til 3 i ) Godkendelse af dagsorden a) Godkendt efter drøftelse af punkt 11 om

                    2. Aktuelle sager
                    Beslutning
                    Drøftet.
                    """);
            assertEquals(List.of("Finn Kamper-Jørgensen", "Grethe Troensegaard", "Jørgen Simonsen"), absent(r));
        }

        /** Rudersdal and Hørsholm's Beredskabskommission, 3 May 2011 (real-heldout-10): "Afbud fra" before the names. */
        @Test
        void apologiesFromNamedPeopleAreAbsence() throws Exception {
            Referat r = parse("""
                    Referat Beredskabskommissionen 3. maj 2011

                    FRAVÆRENDE: Afbud fra Jens Bruhn og Helge Tang Holbek

                    1. Godkendelse af referat
                    Beslutning
                    Godkendt.
                    """);
            assertEquals(List.of("Jens Bruhn", "Helge Tang Holbek"), absent(r));
        }

        /** Greve Handicapråd, 2019 (real-heldout-10): "Ikke tilstede", written as one word, is an absence label. */
        @Test
        void notPresentWrittenAsOneWordIsAbsence() throws Exception {
            Referat r = parse("""
                    Referat Handicaprådet 22. august 2019

                    Ikke tilstede: Brith Nøhr og Rune Gamby

                    1. Handicaprådets kalender for 2019
                    Beslutning
                    Mødet den 22. august aflyses.
                    """);
            assertEquals(List.of("Brith Nøhr", "Rune Gamby"), absent(r));
        }

        /**
         * Greve Handicapråd, 2019 (real-heldout-10): a sentence of the text that mentions a date is no title — not the
         * meeting's date, and what follows the date is no place.
         */
        @Test
        void aSentenceWithADateIsNoTitle() throws Exception {
            Referat r = parse("""
                    Handicaprådet har oprindeligt planlagt møde den 22. august 2019 for at kunne behandle budgetmateriale vedr. 2020 indenfor høringsfristen.

                    1. Handicaprådets kalender for 2019
                    Beslutning
                    Mødet den 22. august aflyses.
                    """);
            assertNull(r.meeting().date());
            assertNull(r.meeting().place());
        }

        /**
         * Page controls for folding a section in and out, copied with the text: after the heading (Hedensted Kommune,
         * Det fælles landdistriktsråd 31 August 2023, real-heldout-10) and before a section label (Region Syddanmark,
         * Sundhedsudvalget 25 October 2016, real-heldout-5).
         */
        @Test
        void foldingControlsAreNoPartOfTitlesOrLabels() throws Exception {
            Referat r = parse("""
                    Det fælles landdistriktsråd - Dagsordener og referater
                    Mødedato: 31. august 2023
                    1. Godkendelse af dagsordenKlik her for at folde ud og læse mere om Godkendelse af dagsorden
                    Sagsfremstilling
                    Det Fælles Landdistriktsråd skal godkende dagsordenen for mødet.
                    Beslutning
                    Godkendt.
                    2. Orientering om høring af national demenshandlingsplan 2025
                    fold dette punkt ind Resume

                    Orientering om, at Sundheds- og Ældreministeren har sendt oplæg til den nationale demenshandlingsplan i høring.
                    """);
            assertEquals("Godkendelse af dagsorden", r.items().get(0).title());
            assertEquals("Orientering om høring af national demenshandlingsplan 2025", r.items().get(1).title());
        }
    }

    @Nested
    class Transcripts {

        /**
         * Haderslev Kommune, Byrådet 27 March 2008 (a document-sharing site's transcript of the PDF): the digits of the
         * date are lost in the text but kept in the download title; pages start with their number.
         */
        @Test
        void downloadTitleAndPageNumbers() throws Exception {
            Referat r = parse("""
                    Byrådet REFERAT. Mødedato: Torsdag den

                    Størrelse: px
                    Starte visningen fra side:

                    Download "Byrådet REFERAT. Mødedato: Torsdag den 27-03-2008"

                    Transkript

                    1 REFERAT Byrådet Mødedato: Torsdag den Mødested: Byrådssalen Starttidspunkt: Kl. 17:00 Sluttidspunkt: Kl. 19:25 Afbud: Fraværende: Bemærkninger: Gunnar Nielsen medvirkede ikke ved behandlingen af pkt. 357.

                    2 Byrådet, Indholdsfortegnelse Sag nr. Side 342. Fritagelse / genbesættelse af udvalgsposter Direktionens årsmål LUKKET MØDE 367. Genud
                    """);
            assertEquals("Byrådet", r.meeting().body());
            assertEquals(LocalDate.of(2008, 3, 27), r.meeting().date());
            assertEquals(LocalTime.of(17, 0), r.meeting().time());
            assertEquals("Byrådssalen", r.meeting().place());
            assertTrue(r.doubts().stream().anyMatch(d -> d.startsWith("Punkter:")), r.doubts().toString());
        }

        /**
         * Egebjerg Kommune, Økonomiudvalget 3 May 2001 (docplayer transcript of a KMD-style PDF,
         * real-heldout-6/04-egebjerg-2001-05-03.txt): each heading ends the run-on line before its "J.nr.:" field,
         * whose digits were lost.
         */
        @Test
        void headingFlattenedBeforeItsCaseField() throws Exception {
            Referat r = parse("""
                    Transkript

                    1 Egebjerg Kommune Økonomiudvalget Referat Dato: Starttidspunkt for møde: Kl Sluttidspunkt for møde: Kl Mødested: Udsendelsesdato: Afbud fra: Torsdag den 03-maj-2001 Udvalgsværelse II Fraværende: Ingen.

                    2 Økonomiudvalget, torsdag den 03-maj-2001 Side 85 Til efterretning - for åbne døre 98. Til efterretning - Sydfyns Erhvervsråd J.nr.: G00 Sagsid.: Initialer: Åben sag Sydfyns Erhvervsråd fremsender referat af møde i Erhvervsrådet den 04. april (Bilag ligger i sagen.) Til efterretning. 99. Til efterretning - Det skæve Danmark J.nr.:. Sagsid.: Initialer: Åben sag Det Skæve Danmark fremsender referat fra Landsudvalgets møde i Tjele den (Bilag ligger i sagen.) Til efterretning.

                    3 Økonomiudvalget, torsdag den 03-maj-2001 Side 86 Til behandling - for åbne døre 100. Kurser - Kommuneforeningen J.nr.:.I00 Sagsid.: Ini
                    """);
            assertEquals(List.of("98", "99", "100"), labels(r));
            assertEquals("Til efterretning - Sydfyns Erhvervsråd", r.items().get(0).title());
            assertEquals("Til efterretning - Det skæve Danmark", r.items().get(1).title());
            assertEquals("Kurser - Kommuneforeningen", r.items().get(2).title());
        }

        /**
         * Varde Kommune, Udvalget for Kultur og Fritid 9 June 2015 (docplayer transcript of a PolWeb PDF,
         * real-heldout-6/10-varde-2015-06-09.txt): the "Dok.nr.:" and "Sagsid.:" fields under a heading mark it,
         * their values mostly lost.
         */
        @Test
        void caseFieldsWithoutValuesMarkTheHeading() throws Exception {
            Referat r = parse("""
                    Transkript

                    1 Åbent Referat til Udvalget for Kultur og Fritid Mødedato: Tirsdag den 9. juni 2015 Mødetidspunkt: 13:00-16:00 Mødested: Deltagere: Fraværende: Referent: Dronningeværelset, det gamle rådhus Lisbet Rosendahl, Mads Sørensen

                    2 Indholdsfortegnelse Side 284. Godkendelse af dagsorden Gensidig orientering Strategiudvikling for biblioteket Budgetstatus 30. april Udvalget for Kultur og Fritid Side 600

                    3 284. Godkendelse af dagsorden Dok.nr.: 5726 Sagsid.: Initialer: Åben sag Beslutning Udvalget for Kultur og Fritid den Fraværende: Ingen Godkendt Side 601

                    4 285. Gensidig orientering Dok.nr.
                    """);
            assertEquals(List.of("284", "285"), labels(r));
            assertEquals("Godkendelse af dagsorden", r.items().get(0).title());
        }

        /** Rebild Kommune, 2011 (transcript): a flattened item page split again before its labels. */
        @Test
        void flattenedItemSplitAtItsLabels() throws Exception {
            Referat r = parse("""
                    Transkript

                    1 Mødedato:. Mødetidspunkt: 17:00. Sted: Byrådssalen, Terndrup Rådhus. Møde slut: 19:00 Fraværende: Rikke Karlsson og Ole Frederiksen REFERAT

                    2 1. Samlet økonomivurdering ØKV2 ultimo juni/juli 2011 J.nr.: S00. Sagsnr.: 11/496 Sagen afgøres i: Sagsfremstilling: I økonomivurdering ØKV2 er der vurderet et samlet merforbrug.
                    """);
            assertEquals(List.of("1"), labels(r));
            assertEquals("Samlet økonomivurdering ØKV2 ultimo juni/juli 2011", r.items().get(0).title());
            assertEquals("11/496", r.items().get(0).caseNumber());
            assertEquals(LocalTime.of(17, 0), r.meeting().time());
            assertEquals("Byrådssalen, Terndrup Rådhus", r.meeting().place());
            assertEquals(List.of("Rikke Karlsson", "Ole Frederiksen"), absent(r));
            assertNull(r.meeting().date());
        }

        /**
         * Kommune Kujalleq, Kommunalbestyrelsen 2014 (docplayer transcript, real-heldout-9/10): upper-case headings
         * "PKT. 1. GODKENDELSE AF DAGSORDEN" with the column label "Referat" run onto them, and the next heading
         * "PKT. 2. …" run onto the end of the decision; the place said in a sentence ("Mødet afholdt i …").
         */
        @Test
        void keywordHeadingsInCapitalsRunOnInAPage() throws Exception {
            Referat r = parse("""
                    Referat Møde 02/2014 Mødet afholdt i Qaqortoq, kommunekontorets mødesal kl

                    Størrelse: px
                    Starte visningen fra side:

                    Download "Referat Møde 02/2014 Mødet afholdt i Qaqortoq, kommunekontorets mødesal kl"

                    Transkript

                    1 Referat Mødet afholdt i Qaqortoq, kommunekontorets mødesal kl

                    2 FORTEGNELSE OVER PUNKTERNE: 1. Godkendelse af dagsorden 2. Orientering fra formanden 2 a. Orienteringspunkt vedr. Sulisartut Højskoliat 3. Økonomisk status 4. Status for de kommunale restancer 5. Budgetomplaceringer 6. Narsarsuaq-udvalgets anbefalinger 7. Kommuneplantillæg nr. 4 for Isortoq og etablering af en hyttecamp ved Kugssuannguaq 8. Beredskabsplan for Kommune Kujalleq 9. 2 stk. ansøgninger til bevillingen 10. Affaldsregulativer 11. Oprettelse af et kommunalt boligselskab 12. Fremtidig bloktilskuds- og udligningsordning. 13. Ny kommunal råstofstrategi 14. Evt. 2

                    3 DELTAGERE: Siumut: Inuit Ataqatigiit: Atassut: Fraværende: Embedsmænd: Tolk: Referat Jørgen Wæver Johansen, Simon Simonsen, Kiista P. Isaksen, Kaj Lyberth, Ole Mølgaard-Motzfeldt, Bena Olsen, Lars Lundblad, Benjamin Kielsen, Karla Egede Bisgaard, Stine Egede Nørbæk, Lasse Davidsen, Ingemann Dorph, Kelly Berthelsen, Kista Isaksen Thomas Ezekiassen - Avaaraq Olsen, Debora Kleist, Josef Petersen Kommunaldirektør Jørgen Vetterlain, sekretariatschef Kim Dahl Nuka Marie Karlsen, Amalie Zeeb 3

                    4 PKT. 1. GODKENDELSE AF DAGSORDEN Referat Beslutning: grundet afbud fra 3 kommunalbestyrelsesmedlemmer Avaaraq Olsen, Debora Kleist og Josef Petersen godkendes stedfortrædere Lasse Davidsen, Ingemann Dorph samt Thomas Ezekiassen. Bena Olsen deltog pr. telefon. Lasse Davidsen meddeler, at han ikke kan deltage i behandling af pkt. 6 grundet inhabilitet Direkte radiotransmission i samarbejde med KNR Radio meddeles. Dagsordenen godkendt. PKT. 2. FORMANDSORIENTERING - Forhandlinger med Tanbreez vedr. IBA pågår, med særlig fokus på forhandlinger mellem mineselskabet og selvstyret vedrørende forarbejdning, idet de\
                    """);
            AgendaItem first = r.items().stream().filter(i -> "1".equals(i.label())).findFirst().orElseThrow();
            AgendaItem second = r.items().stream().filter(i -> "2".equals(i.label())).findFirst().orElseThrow();
            assertEquals("GODKENDELSE AF DAGSORDEN", first.title());
            assertTrue(first.decision().endsWith("Dagsordenen godkendt."), first.decision());
            assertEquals("FORMANDSORIENTERING", second.title());
            assertEquals("Qaqortoq, kommunekontorets mødesal", r.meeting().place());
        }
    }

    /**
     * Stevns Kommunalbestyrelse, 22 January 2020 (real-heldout-11/05, stevns.dk): "• 301. Åben dagsorden - godkendelse"
     * is a title that starts with "Åben", not a status column before it (which a title in capitals follows: "1 Åben
     * Opsamlingsnotat", Syddjurs).
     */
    @Test
    void titleStartingWithOpenIsNoStatusColumn() throws Exception {
        Referat r = parse("""
                Referat

                  • 301. Åben dagsorden - godkendelse

                    Resume

                    Godkendelse af åben dagsorden for KB den 22. januar 2020.

                    Beslutning

                    Ikke til stede: Mikkel Lundemann Rasmussen (C)

                    Godkendt.

                  • 302. Planstrategi 2020

                    Resume

                    Planstrategi 2020 og Lokal Agenda 21-redegørelsen skal politisk behandles med henblik på, at strategien skal sendes i 8 ugers høring.
                """);
        assertEquals(List.of("301", "302"), labels(r));
        assertEquals("Åben dagsorden - godkendelse", r.items().get(0).title());
        assertFalse(r.items().get(0).closed());
    }

    /**
     * København's Økonomiudvalg, 31 March 2020 (real-heldout-11/02, kk.dk eDoc item page): an empty section ("…..") over
     * "Beslutning" names no body; the body is the one whose decision the page prints.
     */
    @Test
    void anEmptySectionOverTheDecisionLabelNamesNoBody() throws Exception {
        Referat r = parse(KOEBENHAVN_FIRST_ITEM);
        assertEquals("Økonomiudvalget", r.meeting().body());
        assertEquals(LocalDate.of(2020, 3, 31), r.meeting().date());
    }

    /** The same page: the meeting's start and end said in the first decision, not in a header. */
    @Test
    void startAndEndSaidInTheFirstDecision() throws Exception {
        Referat r = parse(KOEBENHAVN_FIRST_ITEM);
        assertEquals(LocalTime.of(15, 30), r.meeting().time());
        assertEquals(LocalTime.of(16, 45), r.meeting().end());
    }

    private static final String KOEBENHAVN_FIRST_ITEM = """
            1. Godkendelse af dagsorden

            Sagsfremstilling

            .....

            Beslutning

            Dagsordenspunkt 1: Godkendelse af dagsorden

            Økonomiudvalgets beslutning i mødet den 31. marts 2020

            Mødet startede kl. 15.30 og sluttede kl. 16.45.

            Dagsordenen blev herefter godkendt.
            """;

    /**
     * Stevns Økonomiudvalg, 22 October 2018 (real-heldout-11/04, stevns.dk): the closed items end the minutes with
     * their titles only ("• 161. Diverse orienteringer - ØU den 22. oktober 2018 (Lukket)").
     */
    @Test
    void closedItemsAtTheEndShowTheirTitlesOnly() throws Exception {
        Referat r = parse("""
                Referat

                 • 159. Dagsorden - godkendelse

                  Resume

                  Godkendelse af dagsorden for ØU den 22. oktober 2018.

                  Beslutning

                  Ikke til stede: Bjarne Nielsen (V) og Steen Nielsen (A)

                  Godkendt.

                 • 160. Temadrøftelse af Statsvej til motorvejen

                  Beslutning

                  Sagens elementer drøftet, herunder hvordan der arbejdes videre med sagen.

                 • 161. Diverse orienteringer - ØU den 22. oktober 2018 (Lukket)

                 • 162. Underskriftsark (Lukket)
                """);
        assertEquals(List.of("159", "160", "161", "162"), labels(r));
        assertEquals(List.of(false, false, true, true), r.items().stream().map(AgendaItem::closed).toList());
    }

    /**
     * Lemvig Kommunalbestyrelse (real-heldout-2/08, a contents with a status column): its closed entries at the end of the
     * contents ("lukket 14 Lukket punkt") stand above the items, not after them, and are no items of their own.
     */
    @Test
    void closedEntriesOfAContentsAreNoClosedItems() throws Exception {
        Referat r = parse(fixture("real-heldout-2/08-lemvig-nodate.txt"));
        assertFalse(labels(r).contains("14"), labels(r).toString());
    }

    /**
     * Minutes whose pages were flattened into one line each (copies of PDF referater on document-sharing sites): item
     * headings stand inside the page's line, found as a run of consecutive numbers (sources in the sets' sources.tsv).
     */
    @Nested
    class RunOnPages {

        private AgendaItem item(Referat r, String label) {
            return r.items().stream().filter(i -> label.equals(i.label())).findFirst().orElseThrow(() -> new AssertionError(labels(r)));
        }

        /**
         * Fredensborg Seniorråd, 9 January 2015 (real-heldout-10/09): "1) … ) … 3) …" run on with the text, item 2's
         * number lost; the title ends where the text begins with a capital.
         */
        @Test
        void numberedRunOnHeadingsWithALostNumber() throws Exception {
            Referat r = parse("""
                    Møde Fredensborg Seniorråd. Fredag den 9. januar 2015 kl. 09:00 13:00. Kontrabassen, Fredensborg Rådhus

                    Transkript

                    1 Opdateret: 11. januar 2015 REFERAT Møde Fredensborg Seniorråd Fredag den 9. januar 2015 kl. 09:00 13:00 Kontrabassen, Fredensborg Rådhus Til stede: Anette Lewinsky, Anders Kopping, Josée Linnemann, Michael Huusom, Niels Søndergaard, Helle Lassen, Grethe Zöllner. Josée Linnemann forlod mødet efter behandling af punkt 4 b. Forinden havde hun som kasserer underrettet Seniorrådet om punkt 10 (Økonomi og budget). Afbud: Finn Kamper-Jørgensen, Grethe Troensegaard og Jørgen Simonsen. 1) Valg af referent Anette Lewinsky blev på sidste møde valgt som referent for møde 1 til 3 i ) Godkendelse af dagsorden a) Godkendt efter drøftelse af punkt 11 om antal af gruppemedlemmer. b) Michael Huusom anmodede om indføjelse af et ekstra punkt omkring møde med borgmesteren og ledelsen den 19. februar Punktet indført som 5 f. 3) Godkendelse af referat fra møde Referatet blev godkendt med følgende bemærkninger: Et ekstra punkt (9 c) i referatet blev foreslået: En stedfortræder, der har virket som medlem i en 3 måneders periode, kan på ny indkaldes som medlem, når et medlem er forhindret i at møde og varetage sine hverv i Seniorrådet. Seniorrådets formand indkalder stedfortræderen. De mødende var i tvivl om det lovlige i at vedtage en sådan bestemmelse og foretrak derfor at udsætte behandling af forslaget. 4) Aktuelle sager Side 1 af 9
                    """);
            assertEquals("Godkendelse af dagsorden", item(r, "2").title());
            assertEquals("Godkendelse af referat fra møde", item(r, "3").title());
        }

        /**
         * Rudersdal and Hørsholm's Beredskabskommission, 3 May 2011 (real-heldout-10/04): a contents on one line that
         * shortens the titles, then "1. Godkendelse af referat fra Kommissionsmødet den 21. september 2010 Beredskabs…";
         * the date stays in the title, the contents' entries are no items.
         */
        @Test
        void headingsOfAPageAfterAContentsOnOneLine() throws Exception {
            Referat r = parse(fixture("real-heldout-10/04-rudersdal-hoersholm-2011-05-03.txt"));
            assertEquals(List.of("1", "2"), labels(r));
            assertEquals("Godkendelse af referat fra Kommissionsmødet den 21. september 2010", item(r, "1").title());
            assertEquals("Meddelelser", item(r, "2").title());
        }

        /**
         * Norddjurs' Kontaktudvalget for Anholt, 30 May 2013 (real-heldout-11/09): one numbered entry in the contents and
         * the same heading on the next page; the title ends at its own full stop, before "Sagsgang:".
         */
        @Test
        void oneNumberedHeadingNamedByTheContents() throws Exception {
            Referat r = parse("""
                    Kontaktudvalget for Anholt BESLUTNINGSREFERAT

                    Transkript

                    1 Kontaktudvalget for Anholt BESLUTNINGSREFERAT Sted: Anholt Kro Dato: Torsdag den 30. maj 2013 Start kl.: 20:15 Slut kl.: 22:00

                    2

                    3 Indholdsfortegnelse Side 1. Boligsituation - tiltrækning af personale, Anholt Skole og Børnehave Brændstofforsyningen - status/orientering Kystsikring Offentlige toiletter i byen - status Fibernet til Anholt - status/orientering Hjemmeplejen - status/orientering Fredningsforslag fra Danmarks Naturfredningsforening Eventuelt Norddjurs Kommune

                    4 1. Boligsituation - tiltrækning af personale, Anholt Skole og Børnehave. Sagsgang: KA Åben sag Sagsfremstilling Ønske fra Anholt Skole og Børnehave om punkt på dagsordenen. Kirsten Østergaard Rasmussen og Jan Løvenholdt vil fremlægge punktet. Kirsten Østergaard Rasmussen har indsendt følgende beskrivelse af problemstilling. Problemet er faktisk et generelt problem på øen.
                    """);
            assertEquals(List.of("1"), labels(r));
            assertTrue(item(r, "1").title().startsWith("Boligsituation - tiltrækning af personale, Anholt Skole og Børnehave"), item(r, "1").title());
        }

        /**
         * Ballerup Kommunalbestyrelse, 28 November 2005 (real-heldout-11/10): "1. Meddelelser" at the end of the first
         * page, "2. Ny "Styrelsesvedtægt for Ballerup Kommune" - 2. behandling/endelig vedtagelse" inside the second —
         * a name of two capitalised words and a number after a dash stay in the title.
         */
        @Test
        void aNameAndANumberAfterADashStayInTheTitle() throws Exception {
            Referat r = parse("""
                    Møde i Kommunalbestyrelsen mandag den 28. november 2005

                    Transkript

                    1 Møde i Kommunalbestyrelsen mandag den 28. november 2005, Kl i Kommunalbestyrelsens mødesal REFERAT Eventuelle skriftlige spørgsmål til Kommunalbestyrelsen, jf. bestemmelse i 1, stk. 5, i "Forretningsorden for Ballerup Kommunalbestyrelse". INDHOLDSFORTEGNELSE 1... Meddelelser Ny "Styrelsesvedtægt for Ballerup Kommune" - 2. behandling/endelig vedtagelse Etablering af Grønt Råd Vejadgang til Lyfa fra Måløv Byvej15 1. Meddelelser

                    2 Kommunalbestyrelsens møde 28. november 2005 Punkt 1: Der var ingen meddelelser. ØKONOMIUDVALGET 2. Ny "Styrelsesvedtægt for Ballerup Kommune" - 2. behandling/endelig vedtagelse Økonomiudvalget den 25. oktober 2005, pkt. 3 Kommunalbestyrelsen den 31. oktober 2005, pkt. 3 Økonomiudvalget den 22. november 2005, pkt. 2 Resumé Kommunernes anliggender styres, jf. 2, stk. 1, i den kommunale styrelseslov, af kommunalbestyrelser, der vælges efter reglerne i den kommunale valglov.
                    """);
            assertEquals("Ny \"Styrelsesvedtægt for Ballerup Kommune\" - 2. behandling/endelig vedtagelse", item(r, "2").title());
        }

        /**
         * Avannaata Kommunia, Kommunalbestyrelsen 8 September 2019 (real-heldout-9/06): "1. Viceborgmester", "2.
         * Viceborgmester" in the list of members are offices, not items.
         */
        @Test
        void numberedOfficesInAListOfMembersAreNoHeadings() throws Exception {
            Referat r = parse("""
                    KOMMUNALBESTYRELSEN

                    ORDINÆRT MØDE Søndag DEN 08. September 2019 KL. 10:00

                    Medlemmer: Palle Jerimiassen, (S), Borgmester Jørgen Kruse, Suppleant for Sakio Fleischer, (S), 1. Viceborgmester Anthon Frederiksen (PN), 2. Viceborgmester Jørgen Kristensen (S) – Deltog på mødet d. 09. september Jakob Petersen (S) Timothæus Petersen, suppleant Susanne K. Iliassen (S) Ane Marie M. Andersen (S) Apollo Mathiassen (S) Masauna Holm Petersen (S) Jens Kristian Therkelsen (S) Karl Markussen (A) Aqqaluk Heilmann (A) Aqqalu Jerimiassen (A) – Deltog på mødet d. 09. september Ole Danielsen (PN) Bendt B. Kristiansen (IA) Regine N. Bidstrup (IA)

                    Beslutning:

                    Dagsorden blev godkendt.
                    """);
            assertTrue(r.items().stream().noneMatch(i -> "Viceborgmester".equals(i.title())), r.items().toString());
            assertTrue(r.meeting().participants().size() > 2, r.meeting().participants().toString());
        }

        /**
         * Glostrup Kommunalbestyrelse (real-minutes/21): an agenda's list of titles on one line is a contents, not a
         * page of items — no item, and no body or date read from its titles ("Budgetopfølgning pr. 31. marts 2022").
         */
        @Test
        void aListOfTitlesOnOneLineIsNoPageOfItems() throws Exception {
            Referat r = parse("""
                    Referat

                    1. Godkendelse af dagsordenen 2. Orientering fra borgmesteren 3. Ansøgning fra GSI om opstilling af cafévogn i byens parker 4. Mindesten for veteraner 5. Forsøg med gebyrfrit bibliotek 6. Bevilling af et-årige kulturaftaler 7. Budgetanalyse tandplejen til budget 2023 8. Oplandsgrænser for Skolerne i Glostrup 2023/2024 9. Opfølgning på den private hjemmeplejeleverandørs handleplan 10. Anlægsregnskab Børne-og Skoleudvalget 11. Anlægsregnskaber Kultur- og Fritidsudvalget 12. Anlægsregnskaber Social-, Sundheds- og Seniorudvalget 13. Budgetopfølgning pr. 31. marts 2022 - Overblikssag
                    """);
            assertTrue(r.items().isEmpty(), labels(r).toString());
            assertNull(r.meeting().date());
        }
    }

    @Nested
    class Decisions {

        /**
         * Greve Kommune, Byrådet 7 November 2022 (real-heldout-7, First Agenda records): section names no list knows
         * ("Fremstilling", "Sagsprocedure") repeated in item after item end the decision above them. (Items 1, 2 and 8,
         * the last renumbered 3.)
         */
        @Test
        void sectionNamesTheDocumentRepeatsEndTheDecision() throws Exception {
            Referat r = parse("""
                    Byråd 2022-2025
                    Mødedato: 07-11-2022 19:00

                    1. Godkendelse af dagsorden
                    Sagsnummer: 21-014420
                    Beslutning
                    Dagsordenen blev godkendt.
                    Fremstilling
                    Sagsprocedure
                    Byrådet.
                    Resume
                    Godkendelse af dagsorden for mødet den 7. november 2022.

                    2. Temamøde om beredskabsplaner
                    Sagsnummer: 22-013542
                    Beslutning
                    Temamødet blev afholdt.
                    Fremstilling
                    Sagsprocedure
                    Byrådet
                    Resume
                    Temamødet orienterer byrådet om kommunens psykologordning for ansatte i Greve kommune.

                    3. Spørgetid
                    Sagsnummer: 21-014418
                    Beslutning
                    Byrådet besvarede borgernes spørgsmål.
                    Fremstilling
                    Sagsprocedure
                    Byrådet.
                    Sagsbeskrivelse
                    Borgere i Greve Kommune har mulighed for at stille spørgsmål til byrådet inden byrådets ordinære møde.
                    """);
            assertEquals(List.of("Dagsordenen blev godkendt.", "Temamødet blev afholdt.", "Byrådet besvarede borgernes spørgsmål."),
                    r.items().stream().map(AgendaItem::decision).toList());
        }

        /**
         * Aarhus Kommune, Byrådet 27 August 2025 (real-heldout-11/01, a First Agenda PDF referat): the proposer's text
         * under a heading in capitals ("BESLUTNINGSFORSLAG FRA DD") follows the decision without a label of its own.
         */
        @Test
        void headingInCapitalsEndsTheDecision() throws Exception {
            Referat r = parse("""
                    REFERAT Aarhus Byråd d. 27-08-2025
                    Mødedato Onsdag d. 27. august 2025 kl. 16:00
                    Mødested Byrådssalen
                    Punkt 1: Godkendelse af dagsorden
                    Beslutninger
                    Godkendt.
                    Punkt 2: Svar på forslag fra DD om principbeslutning om at sikre Havnens
                    Perles fremtid på Aarhus Ø
                    EMN-2025-003383
                    Beslutninger
                    Fremsendes til Teknisk Udvalg til behandling i henhold til beslutning i byrådets møde den 27. august 2025.
                    BESLUTNINGSFORSLAG FRA DD
                    Baggrund:
                    Havnens Perle har været en fast del af Aarhus Havns identitet siden 1962 og er en elsket institution blandt mange.
                    """);
            assertEquals("Fremsendes til Teknisk Udvalg til behandling i henhold til beslutning i byrådets møde den 27. august 2025.",
                    r.items().get(1).decision());
        }

        /**
         * Aarhus Kommune, Byrådet 8 October 2025 (real-minutes 41): the mayor's department's endorsement, a heading
         * repeated under every item, ends the recommendations.
         */
        @Test
        void headingTheDocumentRepeatsEndsTheRecommendations() throws Exception {
            Referat r = parse("""
                    Referat Byrådet 8. oktober 2025

                    1. Flere lejrskoler og udflugter i grundskolen
                    Beslutningspunkter
                    Det indstilles:
                    At 1) Byrådet tager besvarelsen af Børne- og ungebyrådets forslag til efterretning.
                    Borgmesterens afdelings påtegning
                    Fremsendes til Magistraten. Borgmesterens Afdeling har ingen bemærkninger til indstillingen.
                    Beslutning
                    Godkendt.

                    2. Forslag om undersøgelse af en City Metro
                    Beslutningspunkter
                    Det indstilles:
                    At 1) forslaget afvises, da Teknik og Miljø ikke vurderer der er grundlag for et City Metro projekt.
                    Borgmesterens afdelings påtegning
                    Fremsendes til Magistraten. Borgmesterens Afdeling har ingen bemærkninger til indstillingen.
                    Beslutning
                    Godkendt.

                    3. Ændring af et godkendelseskriterie for private daginstitutioner
                    Beslutningspunkter
                    Det indstilles:
                    At 1) byrådet godkender, at godkendelseskravet om et arbejdsmiljøcertifikat bortfalder pr. 1. oktober 2025.
                    Borgmesterens afdelings påtegning
                    Fremsendes til Magistraten. Borgmesterens Afdeling har ingen bemærkninger til indstillingen.
                    Beslutning
                    Godkendt.
                    """);
            List<String> recommendations = r.items().get(1).recommendations();
            assertEquals("At 1) forslaget afvises, da Teknik og Miljø ikke vurderer der er grundlag for et City Metro projekt.",
                    recommendations.get(recommendations.size() - 1));
        }

        /**
         * The same three-item shape with the same short line written as each item's decision: a line that is a decision
         * under its label is not a section name, however often the minutes repeat it.
         */
        @Test
        void aDecisionRepeatedInEveryItemIsNoSectionName() throws Exception {
            Referat r = parse("""
                    Referat Byrådet 8. oktober 2025

                    1. Flere lejrskoler og udflugter i grundskolen
                    Beslutning
                    Udvalget anbefaler indstillingen
                    Sagen sendes videre til byrådet.

                    2. Forslag om undersøgelse af en City Metro
                    Beslutning
                    Udvalget anbefaler indstillingen
                    Sagen sendes videre til byrådet.

                    3. Ændring af et godkendelseskriterie for private daginstitutioner
                    Beslutning
                    Udvalget anbefaler indstillingen
                    Sagen sendes videre til byrådet.
                    """);
            assertEquals("Udvalget anbefaler indstillingen\nSagen sendes videre til byrådet.", r.items().get(2).decision());
        }

        /**
         * Region Nordjylland, Regionsrådet 23 August 2021 (real-heldout-3): the section label glued onto the heading above
         * it by the page's rendering ("… formandenReferat"); it still opens the item's decision.
         */
        @Test
        void sectionLabelGluedOntoTheHeading() throws Exception {
            Referat r = parse("""
                    Dagsorden
                    Regionsrådet 23-08-2021 13:00

                    1. Meddelelse fra formandenReferat

                    Følgende emner blev nævnt under dette punkt på Regionsrådets møde den 23. august 2021:

                    1. Afbud. Der var afbud fra Lina H. Jespersen og Jette Ramskov.

                    2. Orientering - Revideret tidsplan for Nyt Aalborg UniversitetshospitalReferat

                    Regionsrådet tog orienteringen til efterretning.
                    """);
            assertEquals("Meddelelse fra formanden", r.items().get(0).title());
            assertTrue(r.items().get(0).decision().startsWith("Følgende emner blev nævnt"), r.items().get(0).decision());
            assertEquals("Regionsrådet tog orienteringen til efterretning.", r.items().get(1).decision());
        }

        /** Holbæk Kommune, Byrådet 17 January 2018 (real-heldout): the case type's value with the next label glued on. */
        @Test
        void sectionLabelGluedOntoTheValueAbove() throws Exception {
            Referat r = parse("""
                    Byrådet 17-01-2018

                    4. Godkendelse af ny styrelsesvedtægt

                    Sagsgang og sagstype
                    Byrådet – 1. behandling, byrådet – 2. behandling
                    BeslutningssagIndstilling
                    Administrerende direktør Rasmus Bjerregaard indstiller, at
                     1. byrådet vedtager det vedlagte udkast til ny styrelsesvedtægt.
                    Beslutning
                    Godkendt.
                    """);
            assertEquals(List.of("byrådet vedtager det vedlagte udkast til ny styrelsesvedtægt."),
                    r.items().get(0).recommendations());
            assertEquals("Godkendt.", r.items().get(0).decision());
        }

        /** Vejen Kommune, Byrådet 15 September 2020: "Beslutning <body> den <date>" before the case text, absence under it. */
        @Test
        void decisionBeforeTheCaseTextWithItsAbsence() throws Exception {
            Referat r = parse("""
                    Udvalg: Byrådet

                    Mødedato: 15-09-2020

                    1.Indkaldelse af stedfortræder (C)

                    Sagsnummer: 20/14130

                    Beslutning Byrådet den 15-09-2020

                    Indstillingen godkendt.

                    Afbud: Elin Winther (A) og Ankers Ulsdal (F)

                    Sagsfremstilling

                    Byrådsmedlem Anker Ulsdal har sygemeldt sig foreløbig for september måned 2020.
                    """);
            assertEquals("Indstillingen godkendt.\n\nAfbud: Elin Winther (A) og Ankers Ulsdal (F)", r.items().get(0).decision());
            assertEquals(List.of("Elin Winther", "Ankers Ulsdal"), absent(r));
        }

        /** Bornholms Regionskommune (monrad.app copy of First Agenda): one body decided the item at two meetings. */
        @Test
        void latestDecisionOfAnUndatedPage() throws Exception {
            Referat r = parse("""
                    Bornholm

                    Ændring af styrelsesvedtægten for Bornholms Regionskommune

                    25/19069 -

                    Indstilling

                    Kommunaldirektøren indstiller, at forslaget videresendes til andenbehandling

                    Beslutning Kommunalbestyrelsen den 27-11-2025

                    Videresendt.

                    Beslutning Kommunalbestyrelsen den 11-12-2025

                    Godkendt.
                    """);
            AgendaItem item = r.items().get(0);
            assertEquals("Ændring af styrelsesvedtægten for Bornholms Regionskommune", item.title());
            assertEquals("25/19069", item.caseNumber());
            assertEquals("Godkendt.", item.decision());
            assertEquals(1, item.prior().size());
            assertEquals("Kommunalbestyrelsen", r.meeting().body());
            assertNull(r.meeting().date(), "two decision dates: the page does not say which meeting it is");
        }

        /** Ringkøbing-Skjern Kommune, 27 October 2025: labels glued to their text by the page's rendering. */
        @Test
        void labelsGluedToTheirText() throws Exception {
            Referat r = parse("""
                    Referat: 27. oktober 2025 kl. 08:00
                    Kopier link til punktet - Print
                    1 : Godkendelse af dagsorden
                    Sagsnr:
                    BilagIngen bilag.
                    BeslutningGodkendt.
                    Fraværende- Hans Østergaard ()
                    Kopier link til punktet - Print
                    2 : Virksomhedsbesøg
                    Sagsnr:
                    SagsfremstillingUdvalget besøger Tarm Bogtryk.
                    """);
            assertEquals("Godkendt.\nFraværende- Hans Østergaard ()", r.items().get(0).decision());
            assertEquals(List.of("Ingen bilag."), r.items().get(0).attachments());
        }

        /**
         * Næstved Kommune, Byrådet 22 November 2016 (FlippingBook text, real-heldout-6): the case number flattened onto
         * the line of the first section, each committee's decision run on after its date, the next label glued to the end.
         */
        @Test
        void caseNumberBesideTheChainOfDecisions() throws Exception {
            Referat r = parse("""
                    Byrådet 22-11-2016
                    Punkt 171: Godkendelse af dagsorden
                    00.22.02-A26-1-13 Beslutning Byrådet, 22.11.2016 Githa Nelander var fraværende. Godkendt.
                    Punkt 172: Endelig vedtagelse af lokalplan 067 og kommuneplantillæg nr. 11
                    01.02.05-P16-8-16 Resume Kompetenceudvalg: Byrådet
                    Lokalplanen forelægges nu til endelig vedtagelse uden ændringer. INDSTILLING Administrationen indstiller, at forslag til lokalplan og kommuneplantillæg vedtages endeligt uden ændringer. Beslutning Plan- og Ejendomsudvalget, 24.10.2016 Anbefales
                    Økonomiudvalget, 31.10.2016 Jette Leth Buhl var fraværende. Anbefales.
                    Byrådet, 22.11.2016 Githa Nelander var fraværende. Godkendt. Sagsfremstilling
                    Planforslaget har været fremlagt til offentlig høring i perioden 30.06.2016 til 01.09.2016.
                    """);
            assertEquals("00.22.02-A26-1-13", r.items().get(0).caseNumber());
            assertEquals("Githa Nelander var fraværende. Godkendt.", r.items().get(0).decision());
            assertEquals("01.02.05-P16-8-16", r.items().get(1).caseNumber());
            assertEquals("Githa Nelander var fraværende. Godkendt.", r.items().get(1).decision());
            assertTrue(r.items().get(1).prior().stream()
                    .anyMatch(p -> p.date().equals(LocalDate.of(2016, 10, 31)) && p.text().equals("Jette Leth Buhl var fraværende. Anbefales.")));
        }

        /**
         * Avannaata Kommunia, Overgangsudvalget 29 November 2017 (docslib copy of the PDF, real-heldout-9/05): the
         * running page header "… Side. 2 - 44" between pages is not part of the decision; the agenda's approval after
         * the contents has no heading of its own; the next item is headed by its subject label ("Emne …").
         */
        @Test
        void runningPageHeaderWithDottedSideIsNotPartOfTheDecision() throws Exception {
            Referat r = parse("""
                    OU 05-2017 - 29/11/17 Overgangsudvalget – Kommunia Side. 1 - 44

                    REFERAT FRA MØDET I OVERGANGSUDVALGET AVANNAATA KOMMUNIA 29. november 2017 kl. 14:00

                    Mødeleder: Palle Jerimiassen Jens Immanuelsen i pkt. 26-2017 Fraværende: Aqqaluk Heilmann (A) Bendt B. Kristiansen (IA) Deltagende suppleant: Pualuna Kivioq (A) Niels Davidsen (IA) Referant: Bea Mølgaard Lennert Tilforordnede: Sivso Dorph, direktion og konsulenter i Kommunia Afholdt som: Fysisk møde i Hotel Arctic, Room

                    Beslutning:

                    Dagsorden godkendt, dog udgår pkt. 24-2017.

                    OU 05-2017 - 29/11/17 Overgangsudvalget – Avannaata Kommunia Side. 2 - 44

                    Emne Møde med Fredericia Kommune

                    Under opholdet i Danmark har formanden benyttet lejligheden til at besøge og drøfte fremtiden sammen med borgmesteren i Fredericia, formanden vil\
                    """);
            assertEquals(2, r.items().size(), r.items().toString());
            assertTrue(r.items().get(0).title() == null || r.items().get(0).title().isEmpty(), r.items().get(0).title());
            assertEquals("Dagsorden godkendt, dog udgår pkt. 24-2017.", r.items().get(0).decision());
            assertEquals("Møde med Fredericia Kommune", r.items().get(1).title());
            assertEquals("Overgangsudvalget", r.meeting().body());
            assertEquals(LocalDate.of(2017, 11, 29), r.meeting().date());
            assertEquals("Hotel Arctic, Room", r.meeting().place());
            assertEquals(List.of("Aqqaluk Heilmann", "Bendt B. Kristiansen"), absent(r));
        }

        /**
         * Stevns Kommune, Kommunalbestyrelsen 1 December 2021 (stevns.dk, real-heldout-2/04): the page lost its item
         * headings; the agenda's approval ("Resume" … "Beslutning" / "Godkendt") stands before the first numbered line.
         */
        @Test
        void decisionBeforeTheFirstNumberedLineIsAnItem() throws Exception {
            Referat r = parse("""
                    Referat

                    Onsdag d. 1 december 2021
                    MødestedRådssalen
                    UdvalgKommunalbestyrelsen
                    Bemærkninger
                    \u00a0

                    Resume

                    Godkendelse af åben dagsorden for KB den 1. december 2021.


                    Beslutning

                    Godkendt

                    Resume

                    jvf. Styrelseslovens § 6 skal den nyvalgte kommunalbestyrelse afholde deres første konstituerende møde i tidsrummet 1.-15. december i det år, hvor valget er afholdt.

                    Indstilling

                    Forvaltningen indstiller til kommunalbestyrelsen, at

                     1. Formanden (borgmesteren) vælges blandt kommunalbestyrelsens medlemmer.

                    Beslutning

                    Steen S. Hansen anbefalede Henning Urban Dam, som formand for kommunalbestyrelsen (borgmester).
                    """);
            assertTrue(r.items().stream().anyMatch(i -> "Godkendt".equals(i.decision())), r.items().toString());
        }
    }

    @Nested
    class Pdf {

        /** Aarhus, Mødesystemgruppen 6 October 2016: the PDF itself (OS2dagsorden's import example), through its text layer. */
        @Test
        void realReferatAsAPdf() throws Exception {
            byte[] pdf;
            try (var in = RealLayoutFamiliesTest.class.getResourceAsStream("/real-pdf/aarhus-moedesystemgruppen-2016-10-06.pdf")) {
                pdf = java.util.Objects.requireNonNull(in).readAllBytes();
            }
            Referat r = parser.parse("Appendix_referat - åbent.pdf", dk.referent.minutes.source.DocumentText.decode(pdf));
            assertEquals("Mødesystemgruppen", r.meeting().body());
            assertEquals(LocalDate.of(2016, 10, 6), r.meeting().date());
            assertEquals(LocalTime.of(13, 0), r.meeting().time());
            assertEquals("Rådhuset lokale 233", r.meeting().place());
            assertEquals(List.of("1", "1.1", "1.2", "1.3", "1.4", "2", "2.1", "2.2", "2.3", "3"), labels(r));
            assertTrue(r.items().get(1).decision().startsWith("Alle skal have indhold."), r.items().get(1).decision());
            assertEquals(List.of("Tilde"), absent(r));
        }
    }

    @Nested
    class MeetingNamedByItsItems {

        /** Stevns Kommune, Økonomiudvalget 22 October 2018 (stevns.dk; real-heldout-11): no header, the first item names the meeting. */
        @Test
        void approvalOfTheAgendaNamesBodyAndDate() throws Exception {
            Referat r = parse(fixture("real-heldout-11/04-stevns-2018-10-22.txt"));
            assertEquals("Økonomiudvalget", r.meeting().body());
            assertEquals(LocalDate.of(2018, 10, 22), r.meeting().date());
        }

        /** Greve Kommune, Byrådet 7 November 2022 (real-heldout-7), without its header: "for mødet" dates it, names no body. */
        @Test
        void approvalOfTheAgendaOfTheMeetingDatesIt() throws Exception {
            Referat r = parse("""
                    1. Godkendelse af dagsorden
                    Beslutning
                    Dagsordenen blev godkendt.
                    Resume
                    Godkendelse af dagsorden for mødet den 7. november 2022.
                    Indstilling
                    Center for Politik, Organisation & Borgerbetjening indstiller at dagsordenen godkendes.
                    """);
            assertEquals(LocalDate.of(2022, 11, 7), r.meeting().date());
        }

        /** The same Greve item under a header with another date: the header says which meeting this is. */
        @Test
        void headerDateWinsOverTheApproval() throws Exception {
            Referat r = parse("""
                    Mødedato: 14-11-2022 19:00
                    Mødested: Byrådssalen

                    1. Godkendelse af dagsorden
                    Beslutning
                    Dagsordenen blev godkendt.
                    Resume
                    Godkendelse af dagsorden for mødet den 7. november 2022.
                    """);
            assertEquals(LocalDate.of(2022, 11, 14), r.meeting().date());
        }

        /**
         * Stevns Kommune, Kommunalbestyrelsen 22 January 2020 (real-heldout-11): committees named by their areas
         * ("Social og Sundhed, 6. januar 2020, pkt. 123:") treat the item before the council; each is an earlier treatment,
         * and none of their dates is the meeting's.
         */
        @Test
        void committeesNamedByTheirAreasAreEarlierTreatments() throws Exception {
            Referat r = parse(fixture("real-heldout-11/05-stevns-2020-01-22.txt"));
            assertEquals("Kommunalbestyrelsen", r.meeting().body());
            assertEquals(LocalDate.of(2020, 1, 22), r.meeting().date());
            assertEquals(List.of("Social og Sundhed", "Direktionen", "Arbejdsmarked, Erhverv og Turisme", "Børn, Unge og Læring",
                    "Plan, Miljø og Teknik"), r.items().get(1).prior().stream().map(PriorTreatment::body).toList());
        }

        /** An agenda's date said by something other than its approval ("Dagsorden for mødet … udsendes") does not date the meeting. */
        @Test
        void onlyTheApprovalNamesTheMeeting() throws Exception {
            Referat r = parse("""
                    1. Meddelelser
                    Resume
                    Dagsorden for mødet den 5. december 2022 udsendes en uge før.
                    Beslutning
                    Taget til efterretning.
                    """);
            assertNull(r.meeting().date());
        }

        /** A known body's treatment keeps its name however the text after the item's number goes on ("…, punkt 3 udgår"). */
        @Test
        void knownBodyWithTextAfterTheNumber() {
            assertEquals(java.util.Optional.of("Økonomiudvalget"),
                    SectionLabel.of(new Line(0, "Økonomiudvalget, 16-01-2019, pkt. 12: Budget 2020, punkt 3 udgår", 0, false))
                            .filter(l -> l instanceof SectionLabel.Treatment).map(l -> ((SectionLabel.Treatment) l).body()));
        }

        /** A sentence with commas and an item number is no committee's treatment: it has no date of its own. */
        @Test
        void areasNameNeedsTheDateAndNumberAlone() {
            assertTrue(SectionLabel.of(new Line(0, "Social og Sundhed, 6. januar 2020, pkt. 123: Anbefales.", 0, false))
                    .filter(l -> l instanceof SectionLabel.Treatment).isEmpty());
            assertTrue(SectionLabel.of(new Line(0, "Social og Sundhed, 6. januar 2020, pkt. 123:", 0, false))
                    .filter(l -> l instanceof SectionLabel.Treatment).isPresent());
        }
    }

    @Nested
    class BoardMinutes {

        /** Favrskov Kommune, Hadsten Skole's board 21 August 2018 (Aula; real-heldout-12): running numbers with a bracket. */
        @Test
        void numbersWithABracket() throws Exception {
            Referat r = parse(fixture("real-heldout-12/02-favrskov-2018-08-21.txt"));
            assertEquals(List.of("844", "845", "846"), labels(r));
            assertEquals("Kort nyt", r.items().get(1).title());
        }

        /** Aarhus Kommune, a system group 6 October 2016 (real-minutes/40): "1) … 3) Links …" is a list where headings are "2.2 T". */
        @Test
        void bracketedListInsideAnItemIsNoHeading() throws Exception {
            Referat r = parse("""
                    2.2   Plan for resten af året
                    Oplæg:
                    Pakke i uge 43.
                    Søgning i produktion. Kontekstbeviste notifikationer.
                    Kontekstbevidste notifikationer gør det muligt at sende adviseringer ud fra GetOrganized,
                    der er målrettet den enkelte bruger og de rettigheder, denne måtte have. Følgende blev
                    diskuteret og besluttet:
                    1) Der laves for det første et felt på det enkelte møde, hvor det er muligt at se, hvorvidt
                    der er sendt advisering ud før. Dette gør det muligt for koden at se, hvorvidt det er en
                    ændring i et dokument eller ej og tilpasse teksten dertil. Derudover er det også muligt
                    Side 4
                    for den enkelte dagsordensansvarlige at se, hvorvidt der tidligere er sendt advis ud.
                    2) Det bliver muligt at ændre i den tekst, der kommer ud med adviseringen. Dette gør
                    det muligt f.eks. at lave ekstra kommentarer. Nederste del af de nuværende advis (links)
                    bliver fjernet fra dette tekstfelt, da disse links skal målrettes til den enkelte bruger.
                    3) Links bliver indsat automatisk og afhængigt af modtagergruppe.
                    Der skal sendes standardagsordener.
                    Overlevering af GetOrganized til First Agenda
                    Referat:
                    2.3   Status over udviklingsønsker
                    Oplæg:
                    Vi er kommet langt, men mangler stadig lidt. Igennem de fleste udviklingsønsker ultimo
                    2016 og derefter vil 2017 fokusere på integrationer – eDoc og Outlook.
                    Jeg har lavet en liste, der skal give mulighed for at indgive ønsker, der skal tages op i
                    gruppen. Samler op på hvert møde og får sorteret i fællesskab ud fra nødvendighed og
                    økonomi.
                    Referat:
                    3   Eventuelt
                    
                    Oplæg:
                    Referat:
                    """);
            assertEquals(List.of("2.2", "2.3", "3"), labels(r));
            assertEquals("Eventuelt", r.items().get(2).title());
        }

        /** Favrskov Kommune, Hadsten Skole's board 22 March 2022 (Aula; real-heldout-12): who presents, in brackets after the number. */
        @Test
        void presenterAfterTheNumber() throws Exception {
            Referat r = parse(fixture("real-heldout-12/01-favrskov-2022-03-22.txt"));
            assertEquals(List.of("1", "2", "3", "4"), labels(r));
            assertEquals("Forældretilfredshedsundersøgelse", r.items().get(1).title());
        }

        /**
         * Aalborg Kommune, Sebber Skole's board 4 December 2023 (Aula; real-heldout-12): terms glued to their values
         * ("AfbudClaus …", "MødeSkolebestyrelsesmøde"), names joined by "&", and "Godkendt" alone under the first title.
         */
        @Test
        void termsGluedToValuesAndAnOutcomeAlone() throws Exception {
            Referat r = parse(fixture("real-heldout-12/09-aalborg-2023-12-04.txt"));
            assertEquals("Skolebestyrelsen", r.meeting().body());
            assertEquals(List.of("Claus Kroman Sørensen", "Christine Nielsen", "Morten Sørensen", "Sanne Nordmand Kaalund"), absent(r));
            assertTrue(r.meeting().participants().stream().anyMatch(p -> p.name().equals("Preben Krogsgaard")));
            assertEquals(List.of("1", "2", "3", "4"), labels(r));
            assertEquals("Godkendelse af dagsorden", r.items().get(0).title());
        }

        /**
         * The meeting named by its body's compound inside a title or alone: "Referat af skolebestyrelsesmøde på Herlev
         * Byskole …" (Herlev), "Skolebestyrelsesreferat 22.10.19" (Favrskov), "Skolebestyrelsesmøde" over "Referat d. 17.
         * juni 2025." (Frederiksberg) — all real-heldout-12 — and "Dagsorden kommunalbestyrelsesmøde 2. juni" (Morsø,
         * real-heldout-8).
         */
        @ParameterizedTest
        @CsvSource({
                "real-heldout-12/06-herlev-2017-11-23.txt, Skolebestyrelsen",
                "real-heldout-12/03-favrskov-2019-10-22.txt, Skolebestyrelsen",
                "real-heldout-12/10-frederiksberg-2025-06-17.txt, Skolebestyrelsen",
                "real-heldout-8/04-morsoe-nodate.txt, Kommunalbestyrelsen",
                // København, Guldberg Skole (Aula): "25.08.27 - Referat af skolebestyrelsesmøde", then "Referat" over "Beslutninger"
                "real-heldout-12/11-koebenhavn-2025-08-27.txt, Skolebestyrelsen"})
        void meetingNamedByItsBodysCompound(String file, String body) throws Exception {
            assertEquals(body, parse(fixture(file)).meeting().body());
        }

        /**
         * Herlev Kommune, Herlev Byskole's board 26 September 2017 (real-heldout-12): short items over a line or two, one
         * title ending in a date's full stop ("2. Godkendelse af referat fra møde d. 28.08.17." / "Godkendt") — a title,
         * not a sentence.
         */
        @Test
        void titleEndingInADate() throws Exception {
            Referat r = parse(fixture("real-heldout-12/07-herlev-2017-09-26.txt"));
            assertEquals(List.of("1", "2", "3", "4"), labels(r));
            assertEquals("Godkendelse af referat fra møde d. 28.08.17.", r.items().get(1).title());
        }

        /**
         * Favrskov Kommune, Hadbjerg Skole's board 22 October 2019 (Aula; real-heldout-12): an agenda table flattened into
         * its cells after "Dagsorden:" — number, time, who presents it, what kind of item, title.
         */
        @Test
        void agendaTableFlattenedIntoItsCells() throws Exception {
            Referat r = parse(fixture("real-heldout-12/03-favrskov-2019-10-22.txt"));
            assertEquals(List.of("1", "2", "3", "4"), labels(r));
            assertEquals(List.of("Godkendelse af referat", "Nyt fra elevrådet",
                    "Revidering af skolebestyrelsens principper samt tidsplan (2-årshjul)", "Budget 2020 - høringssvar"),
                    r.items().stream().map(AgendaItem::title).toList());
        }

        /** The same table: a single word after the time is the title unless a kind of item follows it ("Nick" / "Beslutning"). */
        @Test
        void singleWordAfterTheTimeIsTheTitle() throws Exception {
            Referat r = parse("""
                    Skolebestyrelsesmøde tirsdag d. 22. oktober 2019 kl. 19.00
                    Dagsorden:
                    1.
                    19.00 – 19.05
                    Mette K.
                    Godkendelse af referat
                    Referat fra skolebestyrelsens møde d. 28. august 2019 er medsendt som bilag.
                    2.
                    19.55 – 20.10
                    Nick
                    Beslutning
                    Budget 2020 - høringssvar
                    Skolebestyrelsen og MED-udvalget skal indsende høringssvar senest d. 24. oktober.
                    3.
                    20.10 – 20.15
                    Eventuelt
                    Intet.
                    """);
            assertEquals(List.of("Godkendelse af referat", "Budget 2020 - høringssvar", "Eventuelt"),
                    r.items().stream().map(AgendaItem::title).toList());
        }

        /** Favrskov Kommune, Søndervangskolen's board 25 September 2019 (Aula; real-heldout-12): the time column before the number. */
        @Test
        void timeBeforeTheNumber() throws Exception {
            Referat r = parse(fixture("real-heldout-12/04-favrskov-2019-09-25.txt"));
            assertEquals(List.of("10", "11"), labels(r));
            assertEquals("Nyt fra eleverne/elevrådet", r.items().get(0).title());
        }

        /**
         * Køge Kommune, Skovboskolen's board 16 April 2008 (real-heldout-12): the absent grouped by role under "Fraværende:";
         * Lyngby-Taarbæk's Sorgenfriskolen 2 September 2019: a name with a particle ("Mia Fabricius á Rógvi").
         */
        @Test
        void absentGroupedByRoleAndNamesWithParticles() throws Exception {
            assertEquals(List.of("Dorte Myhre Therkildsen", "Marie Kristine Braad Carstens"),
                    absent(parse(fixture("real-heldout-12/08-koege-2008-04-16.txt"))));
            assertEquals(List.of("Emma Rasmussen", "Mia Fabricius á Rógvi"),
                    absent(parse(fixture("real-heldout-12/13-lyngby-taarbaek-2019-09-02.txt"))));
        }

        /** Greve Kommune, Handicaprådet (real-heldout-10): members by role, an office "Center for Børn & Familier" among them. */
        @Test
        void anOfficeBesideANameIsNoName() throws Exception {
            Referat r = parse(fixture("real-heldout-10/10-greve-nodate.txt"));
            List<String> names = r.meeting().participants().stream().map(Participant::name).toList();
            assertTrue(names.containsAll(List.of("Kai Nielsen", "Brith Nøhr", "Jesper Nimgård")), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.equals("Familier") || n.equals("Miljø") || n.startsWith("Center")), names.toString());
        }

        /**
         * Frederiksberg Kommune, a school board 17 June 2025 (real-heldout-12): members with and without a vote, each on a line,
         * a role after a slash and the absence written after the name ("Theo Manel Lund/Elevrådsnæstformand Afbud").
         */
        @Test
        void absenceWrittenAfterTheName() throws Exception {
            Referat r = parse(fixture("real-heldout-12/10-frederiksberg-2025-06-17.txt"));
            assertEquals(List.of("Ann-Sofie Rosted", "Susan Frandsen", "Theo Manel Lund"), absent(r));
            assertTrue(r.meeting().participants().stream().anyMatch(p -> p.name().equals("Markos Papadopoulos") && !p.absent()));
        }

        /** Herlev Kommune, Herlev Byskole's board (real-heldout-12): where the meeting was, after its name in the title. */
        @Test
        void placeAfterTheMeetingInTheTitle() throws Exception {
            assertEquals("Herlev Byskole afd. ENG", parse(fixture("real-heldout-12/06-herlev-2017-11-23.txt")).meeting().place());
        }

        /** "på grund af" after a meeting word is no place; "Kopi til:" under the absent is no group of them; "Status SFO" is a title. */
        @Test
        void whatLooksLikeTheseFamiliesButIsNot() throws Exception {
            Referat r = parse("""
                    Referat af ekstraordinært byrådsmøde på grund af stormen, 16. april 2008 kl. 18.30
                    Fraværende:
                    Forældrevalgte: Dorte Myhre Therkildsen.
                    Kopi til: Jens Hansen

                    1.
                    19.00 – 19.05
                    Status SFO
                    SFO'en er kommet godt i gang efter sommerferien.
                    2.
                    19.05 – 19.30
                    Mette K.
                    Budget 2020 - høringssvar
                    Skolebestyrelsen skal indsende høringssvar senest d. 24. oktober.
                    """);
            assertNull(r.meeting().place());
            assertEquals(List.of("Dorte Myhre Therkildsen"), r.meeting().participants().stream().map(Participant::name).toList());
            assertEquals(List.of("Status SFO", "Budget 2020 - høringssvar"), r.items().stream().map(AgendaItem::title).toList());
        }

        /** Items begun by their case lines: a "1) … 2) …" list inside one is no heading, with no "N." headings anywhere. */
        @Test
        void bracketedListAfterItemsHaveBegun() throws Exception {
            Referat r = parse("""
                    Referat Økonomiudvalget 18. november 2024
                    Sagsnr.: 24-005394
                    Budgetopfølgning
                    Sagsfremstilling
                    Der er to forhold:
                    1) Driftsbudgettet
                    Der laves for det første et felt på det enkelte møde, hvor det er muligt at se status.
                    2) Anlægsbudgettet
                    Det bliver muligt at ændre i den tekst, der kommer ud med adviseringen.
                    Beslutning
                    Godkendt.
                    """);
            assertTrue(r.items().stream().noneMatch(i -> "Driftsbudgettet".equals(i.title()) || "Anlægsbudgettet".equals(i.title())),
                    r.items().stream().map(AgendaItem::title).toList().toString());
        }

        /** Herlev Kommune, Herlev Byskole's board 23 November 2017 (real-heldout-12): a typed date, a space before the year. */
        @Test
        void typedDateWithASpaceBeforeTheYear() throws Exception {
            Referat r = parse(fixture("real-heldout-12/06-herlev-2017-11-23.txt"));
            assertEquals(LocalDate.of(2017, 11, 23), r.meeting().date());
        }

        /** Køge Kommune, Skovboskolen's board 16 April 2008 (real-heldout-12): headings typed as lead-ins, with a colon. */
        @Test
        void headingsTypedAsLeadIns() throws Exception {
            Referat r = parse(fixture("real-heldout-12/08-koege-2008-04-16.txt"));
            assertEquals("Debat om lederprofil", r.items().get(2).title());
            assertEquals("Meddelelser", r.items().get(3).title());
        }
    }

    @Nested
    class ExecutiveAndAdvisoryBodies {

        /**
         * Aarhus Kommune, Magistraten 25 March 2019 (aarhus.dk; real-heldout-13): unnumbered titles over "Beslutning", under
         * the document's title "Referat Magistraten 25-03-2019", which names the meeting and is no earlier treatment.
         */
        @Test
        void unnumberedItemsUnderTheDocumentsTitle() throws Exception {
            Referat r = parse(fixture("real-heldout-13/01-aarhus-2019-03-25.txt"));
            assertEquals(LocalDate.of(2019, 3, 25), r.meeting().date());
            assertEquals("Magistraten", r.meeting().body());
            assertEquals(List.of("Dialogmøde mellem Magistraten og Aarhus Vand A/S", "Referat fra Magistratens møde den 18. marts 2019",
                    "Byrådets mødeplan 2020"), r.items().stream().limit(3).map(AgendaItem::title).toList());
            assertTrue(r.items().get(0).decision().startsWith("Drøftet."), r.items().get(0).decision());
            // "Rådmand Kristian Würtz og Keld Hvalsø var forhindret i at deltage i sagens behandling."
            assertEquals(List.of("Kristian Würtz", "Keld Hvalsø"), absent(r));
        }

        /**
         * The same layout a year later (Magistraten 23 July 2020): the first item's title names an earlier meeting's date,
         * the second a topic before a colon.
         */
        @Test
        void aTitleMayNameAnotherMeetingsDate() throws Exception {
            Referat r = parse(fixture("real-heldout-13/02-aarhus-2020-07-23.txt"));
            assertEquals(LocalDate.of(2020, 7, 23), r.meeting().date());
            // a topic before the title's colon ("Kongsgården: …") is no field such as "Sted: …"
            assertEquals(List.of("Referat fra Magistratens møde den 29. juni 2020", "Kongsgården: Håndtering af fogedforbud", "Eventuelt"),
                    r.items().stream().map(AgendaItem::title).toList());
        }

        /** A date line over a section is no title: "Mandag den 18. marts 2019" names when, not what. */
        @Test
        void aDateLineOverASectionIsNoTitle() throws Exception {
            Referat r = parse("""
                    Referat Magistraten 25-03-2019

                    Mandag den 18. marts 2019

                    Beslutning
                    Drøftet.

                    Byrådets mødeplan 2020

                    Beslutning
                    Godkendt.
                    """);
            assertEquals(List.of("", "Byrådets mødeplan 2020"), r.items().stream().map(AgendaItem::title).toList());
        }

        /** Kolding Kommune, Ældrerådet 10 November 2016 (kolding.dk; real-heldout-13): the date, the body, then the place. */
        @Test
        void placeUnderTheBodyUnderTheDate() throws Exception {
            Referat r = parse(fixture("real-heldout-13/11-kolding-2016-11-10.txt"));
            assertEquals(LocalDate.of(2016, 11, 10), r.meeting().date());
            assertEquals(LocalTime.of(10, 30), r.meeting().time());
            assertEquals("Nicolaiplads 6 - Festsalen", r.meeting().place());
        }

        /**
         * Odsherred Kommune, Integrationsrådet 5 April 2018 (PolWeb, a page of one item; real-heldout-13): the meeting's
         * date, place and absence printed under the decision's heading, which names the body.
         */
        @Test
        void meetingFieldsUnderTheDecisionOfAPageOfOneItem() throws Exception {
            Referat r = parse(fixture("real-heldout-13/14-odsherred-2018-04-05.txt"));
            assertEquals(LocalDate.of(2018, 4, 5), r.meeting().date());
            assertEquals("Integrationsrådet", r.meeting().body());
            assertEquals(List.of("Helge Fredslund", "Jette Isling", "Laila Zein Eddin", "Malgorzata Munk", "Pushpamalar Sivapalan"), absent(r));
            assertTrue(r.meeting().place().startsWith("Kantinen, Administrationscentret"), r.meeting().place());
        }

        /**
         * København, Folkeoplysningsudvalget 5 April 2019 (kk.dk; real-heldout-13): "Følgende havde meldt afbud:" introduces
         * the names on the line under it; "Følgende" is none of them.
         */
        @Test
        void aSentenceIntroducingTheAbsent() throws Exception {
            Referat r = parse(fixture("real-heldout-13/16-koebenhavn-2019-04-05.txt"));
            assertEquals(List.of("Badar Shah", "Mara Frej", "John Kalo", "Caroline Møller Jensen", "Martin Duus", "Søren Hemmingshøj"),
                    absent(r));
        }

        /**
         * Albertslund Kommune, KommuneMED 18 April 2018 (a docplayer transcript, each page one line; real-heldout-13): the one
         * heading of the excerpt, named by the contents run onto its page ("Indholdsfortegnelse 1 Velkommen til ny …"),
         * its title ending at the status printed after it ("… og nyt medlem Åbent A Anledning …").
         */
        @Test
        void aSingleRunOnHeadingNamedByTheContents() throws Exception {
            Referat r = parse(fixture("real-heldout-13/05-albertslund-2018-04-18.txt"));
            assertEquals(List.of("Velkommen til ny næstformand og nyt medlem"), r.items().stream().map(AgendaItem::title).toList());
        }

        /**
         * Stevns Kommune, Ældrerådet 7 February 2022 (stevns.dk; real-heldout-13): unnumbered items opened by their recurring
         * "Resume"; the recommendation's "Forvaltningen indstiller, at" / "1. Ældrerådet godkender dagsordenen." is a list,
         * no heading; "Beskrivelse af sagen" ends the decision.
         */
        @Test
        void aRecommendationsNumberedListIsNoHeading() throws Exception {
            Referat r = parse(fixture("real-heldout-13/10-stevns-2022-02-07.txt"));
            assertEquals(2, r.items().size());
            assertEquals("Deltog ikke: Britta Jensen-Terpet.\n\nDagsordenen blev godkendt.", r.items().get(0).decision());
            assertTrue(r.items().get(1).decision().contains("Ældrerådet besluttede, at centerchefen"), r.items().get(1).decision());
        }

        /**
         * Hørsholm's senior council (its own site; real-heldout-13): "1.Valg af referent." — every title ends in a full stop,
         * each over running text; the stop is the writer's style, not a sentence.
         */
        @Test
        void titlesThatAllEndInAFullStop() throws Exception {
            Referat r = parse(fixture("real-heldout-13/15-hoersholm-nodate.txt"));
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), labels(r));
            assertEquals("Valg af referent.", r.items().get(1).title());
        }
    }

    @Nested
    class NeverRefused {

        /** Glostrup Kommune (municipal CMS): only a contents on one line — read, with what is missing named. */
        @Test
        void contentsOnlyIsReadWithDoubts() throws Exception {
            Referat r = parse("""
                    Referat

                    1. Godkendelse af dagsordenen 2. Orientering fra borgmesteren 3. Mindesten for veteraner 27. Orientering fra borgmesteren (FOR LUKKEDE DØRE)

                    Deltagere:


                    Kasper Damsgaard, A
                    Piet Papageorge, V
                    """);
            assertTrue(r.items().isEmpty());
            assertFalse(r.doubts().isEmpty());
            assertTrue(r.doubts().stream().anyMatch(d -> d.startsWith("Mødedato:")), r.doubts().toString());
        }

        @Test
        void whatIsNotMinutesIsStillRefused() {
            assertThrows(ReferatFormatException.class, () -> parse("Mælk\nÆg\nRugbrød\nKaffe\n"));
            assertThrows(ReferatFormatException.class, () -> parse("FAKTURA nr. 4471\nKonsulentbistand oktober\n12.500,00 kr.\n"));
        }

        @Test
        void dateAndBodyFromTheFileNameWhenTheTextHasNone() throws Exception {
            Referat r = parser.parse("Referat Økonomiudvalget 2015-03-23.pdf", """
                    Nr.60 - Godkendelse af dagsordenen
                    Beslutning
                    Godkendt.
                    """);
            assertEquals(LocalDate.of(2015, 3, 23), r.meeting().date());
            assertEquals("Økonomiudvalget", r.meeting().body());
            assertEquals(List.of("60"), labels(r));
            assertTrue(r.doubts().stream().anyMatch(d -> d.contains("filnavnet")), r.doubts().toString());
        }

        @Test
        void givenBodyAndDateWin() throws Exception {
            Referat r = parser.parse("x.txt", "Punkt 1: Godkendelse af dagsorden\nBeslutning\nGodkendt.\n",
                    new ReferatHints("Teknisk Udvalg", LocalDate.of(2024, 5, 2)));
            assertEquals("Teknisk Udvalg", r.meeting().body());
            assertEquals(LocalDate.of(2024, 5, 2), r.meeting().date());
            assertTrue(r.doubts().stream().noneMatch(d -> d.startsWith("Mødedato:") || d.startsWith("Organ:")), r.doubts().toString());
        }
    }
}
