package dk.referent.minutes.time;

import java.util.Locale;

/** Bodies named through a compound: "direktionsmødet" → Direktionen, "KB-møder" → Kommunalbestyrelsen. */
public final class MeetingBodies {

    private MeetingBodies() {
    }

    /** The body in its definite form from the first part of a compound ("økonomiudvalgs", "byråds", "KB-"). */
    public static String fromStem(String stem) {
        String s = stem.replaceAll("[\\s-]+$", "").toLowerCase(Locale.ROOT);
        switch (s) {
            case "kb" -> {
                return "Kommunalbestyrelsen";
            }
            case "øu" -> {
                return "Økonomiudvalget";
            }
            case "hu" -> {
                return "Hovedudvalget";
            }
            default -> {
            }
        }
        if (s.endsWith("s")) {
            s = s.substring(0, s.length() - 1);
        }
        String definite = s.endsWith("bestyrelse") || s.endsWith("gruppe") ? s + "n"
                : s.endsWith("direktion") ? s + "en"
                : s + "et";
        return Character.toUpperCase(definite.charAt(0)) + definite.substring(1);
    }
}
