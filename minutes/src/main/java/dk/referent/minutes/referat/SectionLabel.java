package dk.referent.minutes.referat;

import dk.referent.minutes.names.Bodies;
import dk.referent.minutes.time.DanishDates;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A line that opens a section of an agenda item: a labelled section, or a treatment by a body on a date. */
sealed interface SectionLabel {

    /** What a labelled section holds. */
    enum Kind { DECISION, RESUME, CASE_TEXT, RECOMMENDATIONS, ROUTE, ECONOMY, ATTACHMENTS, CASE_TYPE, ABSENCE, OTHER }

    /** "Beslutning", "Indstilling:", "Økonomiske konsekvenser", "**Beslutning:** Godkendt." (inline text). */
    record Labelled(Kind kind, String inline) implements SectionLabel {
    }

    /**
     * "Direktionens møde den 3. maj 2021:", "Beslutning i Økonomiudvalget den 18-11-2019:",
     * "BESLUTNING I BYRÅDET den 12. december 2024", "Økonomiudvalget, 18. september 2019, pkt. 153: Anbefales."
     */
    record Treatment(String body, LocalDate date, boolean explicitDecision, String inline) implements SectionLabel {
    }

    Map<String, Kind> LABELS = Map.ofEntries(
            Map.entry("beslutning", Kind.DECISION),
            Map.entry("beslutninger", Kind.DECISION),
            Map.entry("afgørelse", Kind.DECISION),
            Map.entry("protokol", Kind.DECISION),
            Map.entry("protokollat", Kind.DECISION),
            Map.entry("udvalgets beslutning", Kind.DECISION),
            Map.entry("direktionens beslutning", Kind.DECISION),
            Map.entry("byrådets beslutning", Kind.DECISION),
            Map.entry("kommunalbestyrelsens beslutning", Kind.DECISION),
            Map.entry("resume", Kind.RESUME),
            Map.entry("kort resume", Kind.RESUME),
            Map.entry("resume og sagens baggrund", Kind.RESUME),
            Map.entry("resume og sags baggrund", Kind.RESUME),
            Map.entry("resume og baggrund", Kind.RESUME),
            Map.entry("sammenfatning", Kind.RESUME),
            Map.entry("sagsresume", Kind.RESUME),
            Map.entry("sagsfremstilling", Kind.CASE_TEXT),
            Map.entry("sagsbeskrivelse", Kind.CASE_TEXT),
            Map.entry("beskrivelse af sagen", Kind.CASE_TEXT),
            Map.entry("sagens indhold", Kind.CASE_TEXT),
            Map.entry("sagens baggrund", Kind.CASE_TEXT),
            Map.entry("baggrund", Kind.CASE_TEXT),
            Map.entry("beskrivelse", Kind.CASE_TEXT),
            Map.entry("sagen", Kind.CASE_TEXT),
            Map.entry("supplerende sagsfremstilling", Kind.CASE_TEXT),
            Map.entry("indstilling", Kind.RECOMMENDATIONS),
            Map.entry("indstillinger", Kind.RECOMMENDATIONS),
            Map.entry("indstillingen", Kind.RECOMMENDATIONS),
            Map.entry("forslag til beslutning", Kind.RECOMMENDATIONS),
            Map.entry("forslag til indstilling", Kind.RECOMMENDATIONS),
            Map.entry("administrationens indstilling", Kind.RECOMMENDATIONS),
            Map.entry("forvaltningens indstilling", Kind.RECOMMENDATIONS),
            Map.entry("direktionens indstilling", Kind.RECOMMENDATIONS),
            Map.entry("indstilling fra administrationen", Kind.RECOMMENDATIONS),
            Map.entry("behandling", Kind.ROUTE),
            Map.entry("behandlingsforløb", Kind.ROUTE),
            Map.entry("sagsgang", Kind.ROUTE),
            Map.entry("sagens gang", Kind.ROUTE),
            Map.entry("politisk behandling", Kind.ROUTE),
            Map.entry("økonomiske konsekvenser", Kind.ECONOMY),
            Map.entry("økonomiske konsekvenser og finansiering", Kind.ECONOMY),
            Map.entry("økonomi", Kind.ECONOMY),
            Map.entry("økonomi og finansiering", Kind.ECONOMY),
            Map.entry("økonomiske forhold", Kind.ECONOMY),
            Map.entry("økonomiske og administrative konsekvenser", Kind.ECONOMY),
            Map.entry("økonomiske og personalemæssige konsekvenser", Kind.ECONOMY),
            Map.entry("bevillingsmæssige konsekvenser", Kind.ECONOMY),
            Map.entry("økonomisk vurdering", Kind.ECONOMY),
            Map.entry("bilag", Kind.ATTACHMENTS),
            Map.entry("bilagsliste", Kind.ATTACHMENTS),
            Map.entry("bilagsfortegnelse", Kind.ATTACHMENTS),
            Map.entry("vedlagte bilag", Kind.ATTACHMENTS),
            Map.entry("sagstype", Kind.CASE_TYPE),
            Map.entry("fraværende", Kind.ABSENCE),
            Map.entry("fravær", Kind.ABSENCE),
            Map.entry("afbud", Kind.ABSENCE),
            Map.entry("ikke til stede", Kind.ABSENCE),
            Map.entry("ikke tilstede", Kind.ABSENCE),
            Map.entry("lovgrundlag", Kind.OTHER),
            Map.entry("retsgrundlag", Kind.OTHER),
            Map.entry("lovgrundlag og bevillingsmyndighed", Kind.OTHER),
            Map.entry("høring", Kind.OTHER),
            Map.entry("høringer", Kind.OTHER),
            Map.entry("kommunikation", Kind.OTHER),
            Map.entry("tidsplan", Kind.OTHER),
            Map.entry("beslutningskompetence", Kind.OTHER),
            Map.entry("bevillingsmyndighed", Kind.OTHER),
            Map.entry("kompetence", Kind.OTHER),
            Map.entry("sagens videre forløb", Kind.OTHER),
            Map.entry("videre proces", Kind.OTHER),
            Map.entry("proces", Kind.OTHER),
            Map.entry("vurdering", Kind.OTHER),
            Map.entry("administrationens vurdering", Kind.OTHER),
            Map.entry("forvaltningens vurdering", Kind.OTHER),
            Map.entry("handicappolitisk vurdering", Kind.OTHER),
            Map.entry("miljøvurdering", Kind.OTHER),
            Map.entry("klimavurdering", Kind.OTHER),
            Map.entry("inddragelse", Kind.OTHER),
            Map.entry("borgerinddragelse", Kind.OTHER),
            Map.entry("personalemæssige konsekvenser", Kind.OTHER),
            Map.entry("juridiske konsekvenser", Kind.OTHER),
            Map.entry("effektvurdering", Kind.OTHER),
            Map.entry("risikovurdering", Kind.OTHER),
            Map.entry("udtalelser", Kind.OTHER),
            Map.entry("historik", Kind.OTHER),
            Map.entry("tidligere beslutninger", Kind.OTHER),
            Map.entry("politiske beslutninger", Kind.OTHER),
            Map.entry("sagsbehandler", Kind.OTHER),
            Map.entry("ansvarlig", Kind.OTHER),
            Map.entry("beslutningstema", Kind.RESUME),
            Map.entry("præsentation", Kind.RESUME),
            Map.entry("formål med sagen", Kind.RESUME),
            Map.entry("sagsforløb", Kind.ROUTE),
            Map.entry("sagen afgøres i", Kind.ROUTE),
            Map.entry("hvem beslutter", Kind.ROUTE),
            Map.entry("forventet sagsgang", Kind.ROUTE),
            Map.entry("forvaltningen foreslår", Kind.RECOMMENDATIONS),
            Map.entry("administrativ indstilling", Kind.RECOMMENDATIONS),
            Map.entry("indstilling og beslutning", Kind.RECOMMENDATIONS),
            Map.entry("beslutningspunkter", Kind.RECOMMENDATIONS),
            Map.entry("problemstilling", Kind.CASE_TEXT),
            Map.entry("løsning", Kind.CASE_TEXT),
            Map.entry("tidligere behandling", Kind.OTHER),
            Map.entry("retsregler og andre forskrifter", Kind.OTHER),
            Map.entry("lovgrundlag og juridisk vurdering", Kind.OTHER),
            Map.entry("personale", Kind.OTHER),
            Map.entry("økonomiske og erhvervsmæssige konsekvenser", Kind.ECONOMY),
            Map.entry("bemærkninger til dagsordenen", Kind.OTHER),
            Map.entry("øvrige sagsbehandlere", Kind.OTHER));

    /**
     * Labels that open a section only with their colon ("Referat: …" under a First Agenda item, "Oplæg:"): without
     * it the words are titles and running text.
     */
    Map<String, Kind> COLON_LABELS = Map.of(
            "referat", Kind.DECISION,
            "oplæg", Kind.CASE_TEXT);

    /** The word a document's title or a reference to other minutes opens with. */
    Pattern DOCUMENT_WORD = Pattern.compile("(?iu)(?:referat|dagsorden|beslutningsprotokol)\\b");

    /** "• Beslutning i Byrådet den 20-06-2018": some pages print their sections as a bulleted list. */
    Pattern BULLET = Pattern.compile("^[•▪●◦]\\s+");

    /** Labels whose text may follow on the same line after a colon ("Beslutning: Godkendt."). */
    Pattern INLINE = Pattern.compile("^([\\p{L} ]{4,60}?)\\s*:\\s*(\\S.*)$");

    Pattern DECISION_IN = Pattern.compile(
            "(?iu)^(?:beslutning(?:er)?|protokol)\\s+(?:(?:i|fra|på|truffet\\s+i)\\s+)?(\\p{L}.+)$");
    /** "Beslutning i Erhvervsudvalget den", "Beslutning fra Integrationsrådet": a decision's heading without its date; the body. */
    Pattern UNDATED_DECISION = Pattern.compile("(?iu)^beslutning\\s+(?:i|fra)\\s+(\\p{L}[\\p{L}\\- ]{2,60}?)(?:\\s+den)?\\s*:?$");
    Pattern UNDATED_GLUED = Pattern.compile("(?u)^[Bb]eslutning\\s+(?:(?:i|fra)\\s+)?(\\p{Lu}[\\p{L}\\- ]{2,60}?)\\s+den\\s+(\\p{Lu}.*)$");
    Pattern BODY_BESLUTNING = Pattern.compile("(?iu)^(.+?)s\\s+beslutning\\s+(.+)$");
    Pattern BODY_MEETING = Pattern.compile("(?iu)^(.+?)\\s+(?:møde|mødet)\\s+(?:den\\s+|d\\.\\s*)?(.+)$");
    /** The name runs up to the date, which starts with its day ("Plan, Miljø og Teknik, 7. januar 2020, pkt. 207:"). */
    Pattern BODY_DATE_ITEM = Pattern.compile(
            "(?iu)^(.+?),\\s*((?:\\p{L}+\\.?\\s+){0,2}\\d[^,]*?),\\s*(?:pkt|punkt)\\.?\\s*\\d+\\s*[:.]?\\s*(.*)$");
    Pattern BODY_DATE = Pattern.compile("(?iu)^(.+?),?\\s+(?:den\\s+|d\\.\\s*)?(\\d.+)$");
    /**
     * "Social og Sundhed", "Plan, Miljø og Teknik": a committee named by its areas alone, as some municipalities name
     * them — a body only where a line gives it a date and an item number of its own.
     */
    Pattern AREAS_NAME = Pattern.compile("(?u)^\\p{Lu}[\\p{L}\\-]+(?:(?:,\\s*|\\s+og\\s+|\\s+&\\s+)\\p{Lu}[\\p{L}\\-]+){1,4}$");

    /** The label a line opens, if it is one. */
    static Optional<SectionLabel> of(Line line) {
        String text = BULLET.matcher(line.text()).replaceFirst("");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = INLINE.matcher(text);
        if (m.matches()) {
            Kind colonKind = COLON_LABELS.get(key(m.group(1)));
            if (colonKind != null && DanishDates.find(m.group(2)).isEmpty()) {
                return Optional.of(new Labelled(colonKind, m.group(2).strip()));
            }
            Kind inlineKind = LABELS.get(key(m.group(1)));
            if (inlineKind == Kind.DECISION) {
                // "BESLUTNING: Kommunalbestyrelsen den 31-03-2022": the decision heading names its body and date
                Optional<SectionLabel> treatment = bodyAndDate(m.group(2), true);
                if (treatment.isPresent()) {
                    return treatment;
                }
            }
            if (inlineKind != null) {
                return Optional.of(new Labelled(inlineKind, m.group(2).strip()));
            }
        }
        if (text.length() > 160) {
            return Optional.empty();
        }
        // every treatment line holds a date, or opens with "Beslutning" when its date was lost; one that opens with the
        // document's own word is a title ("Referat Magistraten 25-03-2019", "Referat fra Magistratens møde den 18. marts")
        if ((MinutesText.hasDigit(text) || text.regionMatches(true, 0, "beslutning", 0, 10)) && !DOCUMENT_WORD.matcher(text).lookingAt()) {
            Optional<SectionLabel> treatment = treatment(text);
            if (treatment.isPresent()) {
                return treatment;
            }
        }
        String key = key(text);
        if (text.endsWith(":") && COLON_LABELS.containsKey(key)) {
            return Optional.of(new Labelled(COLON_LABELS.get(key), ""));
        }
        Kind kind = LABELS.get(key);
        if (kind != null) {
            return Optional.of(new Labelled(kind, ""));
        }
        return Optional.empty();
    }

    /** Lower case, é as e, single spaces, no trailing colon or full stop: "Resumé:" and "RESUME" are one label. */
    static String key(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c == 'é' ? 'e' : c);
        }
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == ':' || out.charAt(end - 1) == '.' || out.charAt(end - 1) == ' ')) {
            end--;
        }
        return out.substring(0, end);
    }

    private static Optional<SectionLabel> treatment(String text) {
        Matcher m = DECISION_IN.matcher(text);
        if (m.matches()) {
            Optional<SectionLabel> dated = bodyAndDate(m.group(1), true);
            if (dated.isEmpty() && UNDATED_DECISION.matcher(text).matches()) {
                // "Beslutning i Erhvervsudvalget den" with the date lost in extraction
                return Optional.of(new Labelled(Kind.DECISION, ""));
            }
            Matcher glued = UNDATED_GLUED.matcher(text);
            if (dated.isEmpty() && glued.matches() && Bodies.isName(glued.group(1))) {
                // the same, run together with the decision: "Beslutning i Erhvervsudvalget den Indstillingen tiltrådt."
                return Optional.of(new Labelled(Kind.DECISION, glued.group(2).strip()));
            }
            return dated;
        }
        m = BODY_BESLUTNING.matcher(text);
        if (m.matches() && Bodies.isName(m.group(1) + "s")) {
            return dated(m.group(1), m.group(2), true);
        }
        m = BODY_DATE_ITEM.matcher(text);
        if (m.matches() && (Bodies.isName(m.group(1)) || m.group(3).isBlank() && AREAS_NAME.matcher(m.group(1)).matches())) {
            Optional<SectionLabel> item = numberedItem(m.group(1), m.group(2), m.group(3));
            if (item.isPresent()) {
                return item;
            }
        }
        m = BODY_MEETING.matcher(text);
        if (m.matches() && Bodies.isName(m.group(1))) {
            return dated(m.group(1), m.group(2), false);
        }
        m = BODY_DATE.matcher(text);
        if (m.matches() && Bodies.isName(m.group(1))) {
            return dated(m.group(1), m.group(2), false);
        }
        return Optional.empty();
    }

    /** "Økonomiudvalget, 16-01-2019, pkt. 1": a body's decision on an item, named by its number, when the date is all of its middle. */
    private static Optional<SectionLabel> numberedItem(String body, String middle, String inline) {
        Optional<DanishDates.Found> date = DanishDates.find(middle);
        if (date.isPresent() && middle.substring(date.get().end()).isBlank()) {
            return Optional.of(new Treatment(Bodies.canonical(body), date.get().date(), true, inline.strip()));
        }
        return Optional.empty();
    }

    /** "Økonomiudvalget den 18-11-2019:" after "Beslutning i". */
    private static Optional<SectionLabel> bodyAndDate(String rest, boolean explicit) {
        Optional<DanishDates.Found> date = DanishDates.find(rest);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        String body = rest.substring(0, date.get().start())
                .replaceAll("(?iu)(?:\\s+(?:den|d\\.|mødet|møde|på\\s+mødet))+\\s*[,]?\\s*$", "")
                .replaceAll("(?iu),\\s*$", "");
        String after = rest.substring(date.get().end());
        return tail(after).map(inline -> new Treatment(Bodies.canonical(body), date.get().date(), explicit, inline));
    }

    private static Optional<SectionLabel> dated(String body, String rest, boolean explicit) {
        Optional<DanishDates.Found> date = DanishDates.find(rest);
        // "den", a weekday, or "i mødet den" (eDoc: "Økonomiudvalgets beslutning i mødet den 31. marts 2020") before the date
        if (date.isEmpty() || !rest.substring(0, date.get().start())
                .replaceAll("(?iu)\\b(?:den|d\\.|" + DanishDates.WEEKDAYS + "|i|på|mødet|møde)\\b|[,\\s]", "").isEmpty()) {
            return Optional.empty();
        }
        return tail(rest.substring(date.get().end()))
                .map(inline -> new Treatment(Bodies.canonical(body), date.get().date(), explicit, inline));
    }

    /** What may follow the date: nothing, a colon, a clock time, "pkt. 12", or after a colon the treatment's text. */
    private static Optional<String> tail(String after) {
        String t = after.strip()
                .replaceFirst("(?iu)^(?:,?\\s*kl\\.?\\s*\\d{1,2}(?:[.:]\\d{2})?)", "")
                .replaceFirst("(?iu)^,?\\s*(?:pkt|punkt)\\.?\\s*\\d+", "")
                .strip();
        if (t.isEmpty() || t.equals(":") || t.equals(".")) {
            return Optional.of("");
        }
        if (t.startsWith(":")) {
            return Optional.of(t.substring(1).strip());
        }
        if (Character.isUpperCase(t.charAt(0)) && after.startsWith(" ") && t.length() < 400) {
            // a page layout that runs the treatment's text on after its date: "Byrådet, 22.11.2016 Godkendt."
            return Optional.of(t);
        }
        return Optional.empty();
    }
}
