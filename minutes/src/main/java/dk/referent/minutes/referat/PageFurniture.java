package dk.referent.minutes.referat;

import dk.referent.minutes.names.CaseNumbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What publishing systems wrap around minutes, taken off before they are read: navigation and cookie banners,
 * print and copy-link buttons, the wrapper of document-sharing sites that show a PDF as text (a download title,
 * page numbers at the start of each page, a running page header), and minutes whose lines were run together
 * when a PDF was flattened (split again before their labels). Works on raw lines; pure.
 */
final class PageFurniture {

    /** A whole line that is a control or banner of the page, never content. */
    private static final Pattern NOISE = Pattern.compile(
            "(?iu)^[-•*▪]?\\s*(?:til toppen|til indholdsfortegnelse|kopier link til punktet.*|print|udskriv"
                    + "|udskriv hele dagsord(?:en|nen)|hent som fil:?|se alle bilag|søg|størrelse:\\s*px"
                    + "|starte visningen fra side:?|transkript|transcription|transcript|skip til (?:hoved\\s?)?indhold(?:et)?|spring til (?:hoved\\s?)?indhold(?:et)?|gå til (?:hoved\\s?)?indhold(?:et)?|save this pdf as:?|word\\s+png\\s+txt\\s+jpg"
                    + "|background image|upload|view|embed size \\(px\\)|citation preview|report this link|show video|vis video|video fra mødet|accepter(?: ikke)? cookies|vælg dit udvalg herunder:?"
                    + "|se vores [\"“]?cookiepolitik[\"”]?\\.?|[.]"
                    + "|\\(?indeholder (?:åbne|lukkede) dagsordenspunkter\\)?)$");
    /**
     * A page control glued to a heading by a copy of the page: "Godkendelse af dagsordenÅbn/luk punkt", "… Klik her for
     * at folde ud og læse mere om …" (a heading never tells its reader to click).
     */
    private static final Pattern CONTROL_SUFFIX = Pattern.compile(
            "(?iu)\\s*(?:åbn/luk punkt|vis/skjul punkt|fold ud|klik her\\b.*)$");
    /** A control printed before a section's label: "fold dette punkt ind Resume". */
    private static final Pattern CONTROL_PREFIX = Pattern.compile("(?iu)^fold (?:dette punkt|punktet) (?:ind|ud)\\s+(?=\\S)");
    /** A cookie banner: a sentence about cookies. */
    private static final Pattern COOKIES = Pattern.compile("(?iu)\\bcookie");
    private static final Pattern DOWNLOAD = Pattern.compile("^Download\\s+[\"“](.+)[\"”]\\s*$");
    private static final Pattern TRANSCRIPT = Pattern.compile("(?iu)^(?:transkript|transcription|transcript)$");
    private static final Pattern PAGE_START = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$");

    /**
     * Labels that open a field or a section; a flattened line is split before each. Most need their colon; the
     * few that stand without one are written with a capital in minutes and rarely inside a sentence.
     */
    private static final Pattern RUN_ON_LABEL = Pattern.compile(
            "(?u)(?<=\\S)\\s+(?=(?:"
                    + "(?:Mødedato|Mødedo|Dato|Mødested|Mødelokale|Lokale|Sted|Mødetidspunkt|Mødetid|Tidspunkt|Starttidspunkt(?: for møde)?"
                    + "|Sluttidspunkt|Mødet hævet|Møde slut|Start kl\\.|Slut kl\\.|Afbud|Fraværende|Bemærkninger|Medlemmer|Deltagere"
                    + "|Tilstede|Til stede|Sagsnr\\.?|Sagsnummer|Sagsid\\.?|J\\.nr\\.|Sagen afgøres i|Sagsfremstilling|Sagsbeskrivelse"
                    + "|Indstilling(?:er)?|Beslutning|Resumé|Resume|Lovgrundlag|Økonomi|Bilag|Dok\\.\\s?nr\\.?)\\s*:"
                    + "|Mødedato\\b|Mødetidspunkt\\b|Mødelokale\\b|Mødeafholdelse\\b|Sluttidspunkt\\b|Indholdsfortegnelse\\b"
                    + "|Sagsoversigt\\b|Protokollen blev\\b|Referat af møde i\\b|Dagsorden til møde i\\b"
                    + "|Sagsnr\\b|Resumé\\b|Sagsfremstilling\\b|Beslutning i \\p{Lu}|Beslutning \\p{Lu}\\p{L}+ den\\b|Indstilling\\b"
                    + "|INDSTILLING\\b|SAGSFREMSTILLING\\b|BESLUTNING\\b|FORVENTET SAGSGANG\\b|ÅBENT\\b"
                    + "))");
    /** Section labels a flattened rendering puts at the end of the line before them. */
    private static final String LABELS_AT_END = "Sagsfremstilling|Sagsbeskrivelse|Indstilling|Beslutning|Resum[eé]|Bilag";
    private static final Pattern SECTION_AFTER_SENTENCE = Pattern.compile("^(.*\\S[.!?])\\s+(" + LABELS_AT_END + "|Baggrund)$");
    /**
     * "1. Meddelelse fra formandenReferat", "BeslutningssagIndstilling": a rendering that drops the break between a line
     * and the section label under it glues the label onto the line's last word.
     */
    private static final Pattern SECTION_GLUED_AFTER = Pattern.compile("^(.*\\p{Ll})(" + LABELS_AT_END + "|Referat)$");
    /** "00.22.02-A26-1-13 Beslutning Byrådet, 22.11.2016 …": a case number, then the item's first section. */
    private static final Pattern CASE_BEFORE_SECTION = Pattern.compile("^(" + CaseNumbers.BARE + ")\\s+(?=(?:Beslutning|Resum[eé]"
            + "|Sagsfremstilling|Sagsbeskrivelse|Indstilling|Baggrund)\\b)");
    /** How long a line must be, and how many labels it must hold, before it is taken for run-on minutes. */
    private static final int RUN_ON_LENGTH = 100;
    private static final int RUN_ON_LABELS = 3;
    /**
     * A label glued to the text after it by a flattened rendering: "BeslutningGodkendt.", "Indholdsfortegnelse1. T",
     * "AfbudClaus Kroman Sørensen" (a page's list of terms and their values printed without a break).
     */
    private static final Pattern GLUED = Pattern.compile(
            "^(Beslutning|Bilag|Sagsfremstilling|Indstilling|Resumé|Resume|Sagsnr\\.?:?|Indholdsfortegnelse|Fraværende"
                    + "|Mødested|Mødedato|Mødetidspunkt|Udvalg|Dato|Sted|Afbud|Deltagere|Mødeleder|Møde)"
                    + "(?=[\\p{Lu}\\d])(.+)$");

    private PageFurniture() {
    }

    /** The raw lines with the furniture taken off (blanked) and flattened lines split; line count may grow. */
    static List<String> clean(List<String> raw) {
        List<String> lines = new ArrayList<>(raw.size());
        boolean transcript = false;
        int page = 1;
        for (String r : raw) {
            String s = r.strip();
            Matcher download = DOWNLOAD.matcher(s);
            if (s.startsWith("Download") && download.matches()) {
                s = download.group(1);
            }
            if (s.length() <= 14 && TRANSCRIPT.matcher(s).matches()) {
                transcript = true;
                lines.add("");
                continue;
            }
            if (transcript && (lines.isEmpty() || lines.get(lines.size() - 1).isBlank())) {
                // a shared-document transcript starts each page, after a blank line, with its number: "3 1. Titel …"
                Matcher p = PAGE_START.matcher(s);
                if (p.matches() && Integer.parseInt(p.group(1)) == page) {
                    endOfPage(lines, page - 1);
                    lines.add("");
                    s = p.group(2);
                    page++;
                }
            }
            if (s.length() <= 80 && NOISE.matcher(s).matches()
                    || s.length() < 400 && s.length() > 20 && s.indexOf("ookie") >= 0 && COOKIES.matcher(s).find()) {
                lines.add("");
                continue;
            }
            lines.add(s.isEmpty() ? r : tableCells(CONTROL_PREFIX.matcher(CONTROL_SUFFIX.matcher(s).replaceFirst("")).replaceFirst("")));
        }
        if (transcript) {
            stripRunningHeader(lines);
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String s : RunOnHeadings.split(lines)) {
            // "… Godkendt. Sagsfremstilling": the next section's label flattened onto the end of a line
            Matcher labelLast = SECTION_AFTER_SENTENCE.matcher(s);
            Matcher labelGlued = SECTION_GLUED_AFTER.matcher(s);
            String nextLabel = null;
            if (labelLast.matches()) {
                s = labelLast.group(1);
                nextLabel = labelLast.group(2);
            } else if (labelGlued.matches()) {
                s = labelGlued.group(1);
                // the glue says it is a label: one that counts only with its colon ("Referat:") is given it
                String label = labelGlued.group(2);
                nextLabel = SectionLabel.COLON_LABELS.containsKey(label.toLowerCase(java.util.Locale.ROOT)) ? label + ":" : label;
            }
            Matcher caseFirst = CASE_BEFORE_SECTION.matcher(s);
            if (caseFirst.find()) {
                // a page layout that prints the case number beside the first section flattens them onto one line
                out.add(caseFirst.group(1));
                s = s.substring(caseFirst.end());
            }
            List<String> parts = splitRunOn(s, transcript ? 1 : RUN_ON_LABELS);
            if (transcript) {
                parts = headingsInPage(headingsBeforeCases(parts));
            }
            for (String part : capitalHeadings(parts)) {
                Matcher g = GLUED.matcher(part);
                if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && g.matches() && !part.startsWith("Beslutningstema") && !part.startsWith("Indstillinger")) {
                    out.add(g.group(1));
                    out.add(g.group(2));
                } else {
                    out.add(part);
                }
            }
            if (nextLabel != null) {
                out.add(nextLabel);
            }
        }
        return out;
    }

    private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?$");

    /** A row of a markdown or text table ("Dato: | 18-03-2019 07:45:00 |"): its cells, the rule between rows dropped. */
    private static String tableCells(String s) {
        if (s.indexOf('|') < 0) {
            return s;
        }
        if (TABLE_RULE.matcher(s).matches()) {
            return "";
        }
        if (s.startsWith("|") || s.endsWith("|")) {
            return s.replaceAll("^\\|\\s*|\\s*\\|$", "").replaceAll("\\s*\\|\\s*", "\t");
        }
        return s;
    }

    /** A flattened line holding several fields or sections is split before each label. */
    static List<String> splitRunOn(String line, int labels) {
        if (line.length() < RUN_ON_LENGTH || labels > 1 && !mayHoldLabels(line)) {
            return List.of(line);
        }
        Matcher m = RUN_ON_LABEL.matcher(line);
        List<Integer> cuts = new ArrayList<>();
        while (m.find()) {
            // "Sted: Mødelokale 4": a value that starts with a label word is not a new field
            boolean afterColon = line.substring(0, m.start()).endsWith(":");
            boolean colonLabel = line.indexOf(':', m.end()) >= 0 && line.substring(m.end(), line.indexOf(':', m.end())).length() <= 25
                    && !line.substring(m.end(), line.indexOf(':', m.end())).contains(" ");
            if (!afterColon || colonLabel) {
                cuts.add(m.end());
            }
        }
        if (cuts.isEmpty() || cuts.size() < labels) {
            return List.of(line);
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            parts.add(line.substring(from, cut).strip());
            from = cut;
        }
        parts.add(line.substring(from).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** "98. Til efterretning - …": a numbered title inside a run-on page line. */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("(?<=\\s)\\d{1,4}\\.\\s+(?=\\p{Lu})");
    /** How long a title flattened onto the end of a page line may be. */
    private static final int TITLE_LENGTH = 200;

    /**
     * A transcript runs a page together, so an item's heading ends the line its case field was split from ("… Til
     * efterretning. 99. Til efterretning - Det skæve Danmark" / "J.nr.: …"): the last numbered title before a case
     * field is split off onto a line of its own.
     */
    private static List<String> headingsBeforeCases(List<String> parts) {
        List<String> out = new ArrayList<>(parts.size() + 2);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            int at = -1;
            if (i + 1 < parts.size() && CaseNumbers.field(parts.get(i + 1))) {
                Matcher m = NUMBERED_TITLE.matcher(part);
                while (m.find()) {
                    at = m.start();
                }
            }
            if (at > 0 && part.length() - at <= TITLE_LENGTH) {
                out.add(part.substring(0, at).strip());
                out.add(part.substring(at));
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /** "… Dagsordenen godkendt. PKT. 2. FORMANDSORIENTERING - …": a keyword heading after a sentence of a run-on page. */
    private static final Pattern KEYWORD_HEADING_INSIDE = Pattern.compile(
            "(?<=[.!?]\\s)(?=(?:PKT|Pkt|PUNKT|Punkt)\\.?\\s*\\d{1,3}[.:]\\s+\\p{Lu})");
    /**
     * "PKT. 1. GODKENDELSE AF DAGSORDEN Referat", "PKT. 2. FORMANDSORIENTERING - Forhandlinger med …": a heading in
     * capitals, then text in ordinary case run onto its line (a column label, or the item's first sentence); the
     * capitals are the title. Two words in capitals, or one long one, so that "Punkt 4: ØU - Budget" stays whole.
     */
    private static final Pattern CAPITAL_HEADING = Pattern.compile(
            "^((?:PKT|Pkt|PUNKT|Punkt)\\.?\\s*\\d{1,3}[.:]?\\s+(?:\\p{Lu}{2,}(?:\\s+[\\p{Lu}\\d][\\p{Lu}\\d,/\\-–]*)+|\\p{Lu}{6,}))"
                    + "\\s+(?:[-–]\\s+)?(\\p{Lu}?\\p{Ll}.*)$");

    /** A transcript runs a page together: each keyword heading after a sentence starts a line of its own. */
    private static List<String> headingsInPage(List<String> parts) {
        List<String> out = new ArrayList<>(parts.size());
        for (String part : parts) {
            for (String piece : KEYWORD_HEADING_INSIDE.split(part)) {
                out.add(piece.strip());
            }
        }
        return out;
    }

    /** A heading in capitals and the text in ordinary case run onto its line, on lines of their own. */
    private static List<String> capitalHeadings(List<String> parts) {
        List<String> out = new ArrayList<>(parts.size());
        for (String part : parts) {
            Matcher m = part.length() > 8 && Character.isLetter(part.charAt(0)) ? CAPITAL_HEADING.matcher(part) : null;
            if (m != null && m.matches()) {
                out.add(m.group(1));
                out.add(m.group(2));
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /** The page number a transcript prints at the end of a page ("… Indstillingen tiltrådt. 2"), taken off. */
    private static void endOfPage(List<String> lines, int page) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                String line = lines.get(i);
                for (String suffix : List.of(" Side " + page, " side " + page, " " + page)) {
                    if (page > 0 && line.endsWith(suffix)) {
                        lines.set(i, line.substring(0, line.length() - suffix.length()));
                        break;
                    }
                }
                return;
            }
        }
    }

    /** A cheap test before the label search: prose lines are long too, but hold few colons and no header words. */
    private static boolean mayHoldLabels(String line) {
        int colons = 0;
        for (int i = 0; i < line.length() && colons < 2; i++) {
            colons += line.charAt(i) == ':' ? 1 : 0;
        }
        return colons >= 2 || line.contains("Mødedato") || line.contains("Mødetidspunkt") || line.contains("Indholdsfortegnelse")
                || line.contains("Sagsoversigt") || line.contains("INDSTILLING");
    }

    /**
     * A running page header of a transcript: the same first words on the first line of two or more pages
     * ("Vordingborg Kommune Dato Side Erhvervsudvalget Godkendelse …", "Refer Indholdsfortegnelse …"), taken off.
     */
    private static void stripRunningHeader(List<String> lines) {
        List<Integer> pageStarts = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i - 1).isEmpty() && !lines.get(i).isBlank() && lines.get(i).length() > 40) {
                pageStarts.add(i);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int i : pageStarts) {
            String[] words = lines.get(i).split("\\s+");
            for (int n = 1; n <= Math.min(5, words.length - 1); n++) {
                counts.merge(String.join(" ", java.util.Arrays.copyOf(words, n)), 1, Integer::sum);
            }
        }
        String header = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int words = e.getKey().split(" ").length;
            boolean shared = e.getValue() >= 3 || e.getValue() >= 2 && words >= 3;
            if (shared && Character.isUpperCase(e.getKey().codePointAt(0)) && !e.getKey().matches(".*\\d.*")
                    && (header == null || e.getKey().length() > header.length())) {
                header = e.getKey();
            }
        }
        if (header == null) {
            return;
        }
        for (int i : pageStarts) {
            if (lines.get(i).startsWith(header + " ")) {
                lines.set(i, lines.get(i).substring(header.length() + 1).strip());
            }
        }
    }
}
