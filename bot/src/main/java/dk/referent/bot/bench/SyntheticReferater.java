package dk.referent.bot.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generated referater for benchmarks: varied bodies, dates, titles, lengths and outcomes, in the markdown
 * layout of converted minutes. Deterministic for a seed; every (body, date) is distinct.
 */
public final class SyntheticReferater {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final List<String> BODIES = List.of("Direktionen", "Økonomiudvalget", "Børne- og Skoleudvalget",
            "Teknik- og Miljøudvalget", "Social- og Sundhedsudvalget", "Kultur- og Fritidsudvalget", "Byrådet");
    private static final List<String> SUBJECTS = List.of("Budgetopfølgning", "Takster", "Lokalplan", "Skolestruktur",
            "Sygefravær", "Klimaplan", "Sprogskole", "Beskæftigelsesplan", "Udbud af rengøring", "Ældrepolitik",
            "Digitaliseringsstrategi", "Anlægsbevilling", "Kvalitetsrapport", "Trafiksikkerhedsplan", "Boligsociale indsatser",
            "Sundhedsklynge", "Rekruttering", "Energirenovering", "Frivilligstrategi", "Kollektiv trafik");
    private static final List<String> QUALIFIERS = List.of("for 2025", "– status", "– høring", "– godkendelse",
            "i Nordby", "på Rådhuset", "2024-2027", "– orientering", "for dagtilbud", "– opfølgning");
    private static final List<String> DECISIONS = List.of("Godkendt.", "Anbefales.", "Drøftet.", "Taget til efterretning.",
            "Godkendt med bemærkning om, at der følges op i næste kvartal.", "Udsat.",
            "Direktionen ønsker en ny vurdering af økonomien inden sagen genoptages.");
    private static final List<String> SENTENCES = List.of(
            "Administrationen har udarbejdet et forslag på baggrund af de seneste drøftelser.",
            "Forslaget indebærer en merudgift på 1,2 mio. kr. årligt, som finansieres inden for rammen.",
            "Der har været gennemført dialog med de berørte parter, herunder MED-udvalgene.",
            "Sagen har været i høring, og høringssvarene fremgår af bilag 2.",
            "Der følges op på indsatsen to gange årligt med en status til udvalget.",
            "Tidsplanen forudsætter, at beslutningen træffes inden udgangen af kvartalet.",
            "Erfaringerne fra andre kommuner peger på, at indsatsen har god effekt.",
            "Økonomistaben vurderer, at forslaget er i overensstemmelse med budgetaftalen.");
    private static final List<String> NAMES = List.of("Anne Holm", "Bo Lund", "Carl Madsen", "Dorte Friis", "Erik Bach",
            "Fie Kjær", "Gustav Dam", "Helle Vang");

    private final Random random;

    public SyntheticReferater(long seed) {
        this.random = new Random(seed);
    }

    /** The n-th referat: body and date chosen so that no two n share both. */
    public String referat(int n) {
        String body = BODIES.get(n % BODIES.size());
        LocalDate date = LocalDate.of(2015, 1, 5).plusWeeks(n / BODIES.size()).plusDays(n % BODIES.size() % 5);
        StringBuilder out = new StringBuilder(20_000);
        out.append("# REFERAT ").append(body).append(" d. ")
                .append(String.format("%02d-%02d-%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())).append("\n\n");
        out.append("**Mødedato** ").append(weekday(date.getDayOfWeek())).append(" d. ").append(date.getDayOfMonth()).append(". ")
                .append(date.getMonth().getDisplayName(TextStyle.FULL, DANISH)).append(' ').append(date.getYear())
                .append(" kl. ").append(8 + random.nextInt(9)).append(":").append(random.nextBoolean() ? "00" : "30").append("\n\n");
        out.append("**Mødested** Mødelokale ").append(1 + random.nextInt(6)).append("\n\n");
        out.append("**Mødedeltagere** ");
        for (int i = 0; i < 5; i++) {
            out.append(i > 0 ? ", " : "").append(NAMES.get((n + i) % NAMES.size())).append(i == 4 && random.nextInt(3) == 0 ? " (Fravær)" : "");
        }
        out.append("\n\n");
        int items = 8 + random.nextInt(9);
        for (int number = 1; number <= items; number++) {
            item(out, number, date, number == items);
        }
        return out.toString();
    }

    private void item(StringBuilder out, int number, LocalDate date, boolean last) {
        String title = last ? "Eventuelt" : pick(SUBJECTS) + " " + pick(QUALIFIERS);
        boolean closed = !last && random.nextInt(6) == 0;
        out.append("# **Punkt ").append(number).append(": ").append(closed ? "Lukket: " : "").append(title).append("**\n\n");
        out.append(String.format("%02d-%06d", date.getYear() % 100, random.nextInt(1_000_000))).append("\n\n");
        if (closed) {
            return;
        }
        out.append("## **Beslutning**\n\n").append(last ? "Intet." : pick(DECISIONS)).append("\n\n");
        out.append("## **Sagsfremstilling**\n\n### **Resume og sagens baggrund**\n\n").append(paragraph(2)).append("\n\n");
        out.append("### **Indstillinger**\n\nDirektøren indstiller, at\n\n1. sagen godkendes\n2. der følges op\n\n");
        out.append("### **Behandling**\n\nDirektionen, Økonomiudvalget\n\n### **Sagsfremstilling**\n\n");
        for (int p = 0; p < 3 + random.nextInt(4); p++) {
            out.append(paragraph(3 + random.nextInt(3))).append("\n\n");
        }
        out.append("## **Økonomiske konsekvenser**\n\nIngen.\n\n");
    }

    private String paragraph(int sentences) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            p.append(i > 0 ? " " : "").append(pick(SENTENCES));
        }
        return p.toString();
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String weekday(DayOfWeek day) {
        String name = day.getDisplayName(TextStyle.FULL, DANISH);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
