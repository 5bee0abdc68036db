package dk.referent.minutes.referat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The doubts a referat can carry, in the Danish the secretariat reads; each opens with what it is about. */
public final class Doubts {

    private static final String BODY = "Organ:";
    private static final String DATE = "Mødedato:";
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.forLanguageTag("da"));

    private Doubts() {
    }

    static String noBody() {
        return BODY + " teksten siger ikke, hvilket organ der holdt mødet (giv det med »ret organ …« eller --body).";
    }

    static String bodyFromFileName(String body) {
        return BODY + " står ikke i teksten; taget fra filnavnet (" + body + ").";
    }

    static String bodyFromText(String body) {
        return BODY + " står ikke som mødets organ i teksten; taget fra det organ, teksten nævner oftest (" + body
                + ") — ret det med »ret organ …« eller --body, hvis det er forkert.";
    }

    static String noDate() {
        return DATE + " ingen mødedato i teksten (giv den med »ret mødedato …« eller --date); "
                + "referatet gemmes først, når datoen er givet.";
    }

    static String dateFromFileName(LocalDate date) {
        return DATE + " står ikke i teksten; taget fra filnavnet (" + date + ").";
    }

    static String implausibleDate(LocalDate date) {
        return DATE + " mødedatoen " + DANISH_DATE.format(date) + " er ikke troværdig — giv den rigtige med »ret mødedato …«"
                + " eller --date; referatet gemmes først, når datoen er givet.";
    }

    /** The file's bytes were not UTF-8 and were read as Windows-1252: æ, ø and å may have come out wrong. */
    public static String notUtf8() {
        return "Tegnsæt: filen er ikke UTF-8 og er læst som Windows-1252 — tjek, at æ, ø og å står rigtigt.";
    }

    static String dateWithoutYear() {
        return DATE + " teksten giver dag og måned, men intet år (giv datoen med »ret mødedato …« eller --date).";
    }

    static String noItems() {
        return "Punkter: ingen dagsordenspunkter fundet i teksten — kun mødets oplysninger er læst.";
    }

    static String noDecisions() {
        return "Beslutninger: ingen af punkterne har en beslutning — er det en dagsorden?";
    }

    static String noDecision(String item) {
        return item + ": ingen beslutning fundet.";
    }

    static String truncated(String item) {
        return "Teksten slutter inde i " + item + " — er den afkortet?";
    }

    static String missingFromContents(int count, String firstMissing) {
        return "Teksten stopper før " + count + " punkt" + (count == 1 ? "" : "er") + ", som indholdsfortegnelsen nævner (fra »"
                + firstMissing + "«) — er den afkortet?";
    }
}
