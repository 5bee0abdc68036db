package dk.referent.minutes.referat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The normalised outcome of a decision text. {@link #code()} is the stable value in JSON and the database. */
public enum Outcome {
    GODKENDT_MED_BEMAERKNING("godkendt_med_bemaerkning", "Godkendt med bemærkning",
            "(?:godkendt|godkendes|godkendte|tiltrådt|tiltrådte)\\s*,?\\s*(?:med\\s+(?:den\\s+|følgende\\s+)?"
                    + "(?:bemærkning|tilføjelse|ændring|præcisering)|idet|dog|under\\s+forudsætning|på\\s+betingelse|således|men)"),
    GODKENDT("godkendt", "Godkendt", "(?:godkendt|godkendes|godkendte|tiltrådt|tiltrådte|vedtaget|vedtoges|vedtages)"),
    ANBEFALES("anbefales", "Anbefales", "(?:anbefales|anbefalet|anbefalede|indstilles\\s+til\\s+godkendelse)"),
    TAGET_TIL_EFTERRETNING("taget_til_efterretning", "Taget til efterretning", "(?:taget|tages|toges)\\s+til\\s+(?:efterretning|orientering)"),
    DROEFTET("droeftet", "Drøftet", "(?:drøftet|drøftes|drøftedes)"),
    UDSAT("udsat", "Udsat", "(?:udsat|udsættes|udgik|udgår|trukket|taget\\s+af\\s+dagsordenen)"),
    AFVIST("afvist", "Ikke godkendt",
            "(?:ikke\\s+godkendt|ikke\\s+anbefalet|afvist|afvises|forkastet|forkastes|kan\\s+ikke\\s+godkendes|ikke\\s+vedtaget)"),
    OTHER("other", "Anden beslutning", null);

    // "Godkendt, idet …" must be seen before plain "Godkendt"; "ikke godkendt" before both.
    private static final List<Outcome> PRECEDENCE =
            List.of(AFVIST, UDSAT, GODKENDT_MED_BEMAERKNING, GODKENDT, ANBEFALES, TAGET_TIL_EFTERRETNING, DROEFTET);

    /** What a decision may open with before its verb: "Indstillingen blev godkendt", "Forslaget blev forkastet". */
    private static final String SUBJECT = "(?:(?:indstillingen|indstillingerne|indstillingens\\s+punkter|sagen|forslaget|punktet"
            + "|orienteringen|redegørelsen|status|meddelelsen|emnet|emnerne|planen|direktionen|udvalget|byrådet"
            + "|kommunalbestyrelsen|økonomiudvalget)\\s+)?(?:blev\\s+|er\\s+|bliver\\s+)?";

    private final String code;
    private final String label;
    private final Pattern opening;

    Outcome(String code, String label, String opening) {
        this.code = code;
        this.label = label;
        this.opening = opening == null ? null
                : Pattern.compile("^" + SUBJECT + opening, Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    }

    public String code() {
        return code;
    }

    /** The Danish label shown to users. */
    public String label() {
        return label;
    }

    /** The outcome a decision text opens with; {@link #OTHER} for free text; null for no decision. */
    public static Outcome of(String decision) {
        if (decision == null || decision.isBlank()) {
            return null;
        }
        String text = decision.strip().toLowerCase(Locale.ROOT).replaceFirst("^[-•*\\s]+", "");
        return PRECEDENCE.stream().filter(o -> o.opening.matcher(text).find()).findFirst().orElse(OTHER);
    }

    /** The outcome for its {@link #code()}. */
    public static Outcome ofCode(String code) {
        for (Outcome o : values()) {
            if (o.code.equals(code)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown outcome code: " + code);
    }
}
