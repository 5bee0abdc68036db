package dk.referent.minutes.referat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bodies as each municipality names them, for questions: "Herning Byråd", "Byrådet" and "BY" are one council;
 * "Teknik- og Miljøudvalget" is also "TMU", "Økonomiudvalget" also "ØU" and "ØK". Comparisons go through a key that
 * leaves out the municipality's name and the definite ending, with the councils (byråd, kommunalbestyrelse,
 * borgerrepræsentation, regionsråd) as one.
 */
public final class Bodies {

    private static final Pattern DEFINITE = Pattern.compile("(?:ets|ens|et|en|s)$");
    private static final Set<String> COUNCILS = Set.of("byråd", "kommunalbestyrels", "borgerrepræsentation", "regionsråd");
    private static final Pattern BODY_PART = Pattern.compile(
            "(?iu)(udvalg|råd|bestyrelse|repræsentation|direktion|gruppe|forum|komit[eé]|kommission|magistrat|ledelse)");

    private Bodies() {
    }

    /** The key two names of one body share: "Herning Byråd" and "Byrådet" → "council"; "Økonomiudvalget" → "økonomiudvalg". */
    public static String key(String name) {
        String n = local(name);
        int last = n.lastIndexOf(' ');
        String head = n.substring(0, last + 1);
        String tail = n.substring(last + 1);
        // "byrådet", "kommunalbestyrelsen", "mødesystemgruppen" and their indefinite forms to one stem
        String stem = tail.length() > 5 ? DEFINITE.matcher(tail).replaceFirst("").replaceFirst("e$", "") : tail;
        String key = head + stem;
        return COUNCILS.contains(key) ? "council" : key;
    }

    /**
     * Whether a body named in a question is the stored body: the same key, or the stored name's last part when it
     * joins two areas ("Seniorudvalget" for "Forebyggelses- og Seniorudvalget", "Miljøudvalget" for "Teknik- og
     * Miljøudvalget").
     */
    public static boolean means(String asked, String stored) {
        String a = key(asked);
        String s = key(stored);
        return a.equals(s) || !a.contains(" ") && s.endsWith(" " + a) && s.contains(" og ");
    }

    /** The name in lower case without an election period or the municipality's name before it ("Herning Byråd"). */
    private static String local(String name) {
        String n = BodyNames.withoutPeriod(name.strip()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String[] words = n.split(" ");
        if (words.length >= 2 && !words[0].endsWith("-") && !BODY_PART.matcher(words[0]).find()
                && BodyNames.isName(capitalised(String.join(" ", List.of(words).subList(1, words.length))))) {
            n = String.join(" ", List.of(words).subList(1, words.length));
        }
        return n;
    }

    /** Abbreviations minutes and people use for a body: the initials of its parts (TMU, ØU, KB) and its first letters (BY, ØK). */
    public static Set<String> abbreviations(String name) {
        String n = local(name);
        String[] words = n.replaceAll("[,]", " ").split("[\\s]+");
        StringBuilder initials = new StringBuilder();
        String lastWord = "";
        for (String w : words) {
            if (w.isEmpty() || w.equals("og") || w.equals("for") || w.equals("i")) {
                continue;
            }
            String part = w.replaceAll("-$", "");
            initials.append(part.charAt(0));
            java.util.regex.Matcher m = BODY_PART.matcher(part);
            if (m.find() && m.start() > 0) {
                initials.append(part.charAt(m.start())); // "miljøudvalget": M and U
            }
            lastWord = part;
        }
        Set<String> out = new LinkedHashSet<>();
        if (initials.length() >= 2) {
            out.add(initials.toString());
        }
        if (words.length == 1 && lastWord.length() >= 2) {
            out.add(lastWord.substring(0, 2)); // "Byrådet" → BY, "Økonomiudvalget" → ØK
        }
        return out;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
