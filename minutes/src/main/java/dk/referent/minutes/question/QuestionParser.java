package dk.referent.minutes.question;

import dk.referent.minutes.question.Question.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands a question about decisions, in Danish or English: strips the question's template ("Hvad blev
 * besluttet om …", "what was decided on …"), finds a case number, keeps the content words and adds related
 * terms from a glossary the secretariat can extend ({@code glossary.tsv}: a term, a tab, the terms it also
 * means, comma-separated).
 */
public final class QuestionParser {

    private static final Pattern CASE = Pattern.compile(
            "(?<![\\d/-])(\\d{2}-\\d{4,7}[A-ZÆØÅ]?|\\d{3}-\\d{4}-\\d{2,7}|\\d{2,4}/\\d{3,7}|\\d{2}\\.\\d{2}\\.\\d{2}-[A-ZÆØÅ]\\d{2}-\\d{1,6}-\\d{2})(?![\\d/])");
    private static final Pattern TEMPLATE = Pattern.compile("(?iu)^\\s*(?:"
            + "hvad\\s+(?:blev|er|var)\\s+(?:der\\s+)?(?:besluttet|bestemt|vedtaget|aftalt)\\s*(?:om|vedrørende|vedr\\.?|angående|omkring|med|i\\s+forhold\\s+til|på|i)?"
            + "|hvad\\s+skete\\s+(?:der\\s+)?med|hvad\\s+er\\s+status\\s+på|hvad\\s+besluttede\\s+\\p{L}+\\s+(?:om|på)?"
            + "|hvilke\\s+beslutninger\\s+(?:blev\\s+truffet|er\\s+truffet)?\\s*(?:om|vedrørende)?|hvordan\\s+gik\\s+det\\s+med"
            + "|beslutning(?:en|er)?\\s+(?:om|vedrørende)|hvad\\s+ved\\s+vi\\s+om|fortæl\\s+(?:mig\\s+)?om|find|søg(?:\\s+efter)?"
            + "|what\\s+(?:was|has\\s+been|were)\\s+(?:decided|agreed|resolved)\\s*(?:on|about|regarding|concerning|for|with)?"
            + "|what\\s+happened\\s+(?:to|with)|what\\s+is\\s+the\\s+status\\s+of|what\\s+did\\s+\\p{L}+\\s+decide\\s*(?:on|about)?"
            + "|(?:the\\s+)?decisions?\\s+(?:on|about|regarding)|tell\\s+me\\s+about|search(?:\\s+for)?"
            + ")\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d-]*");
    private static final Pattern ENGLISH = Pattern.compile("(?iu)\\b(?:what|was|were|decided|about|the|of|on|with|which|who|when|how|and|is|did|agreed)\\b");
    private static final Set<String> STOP = Set.copyOf(List.of(
            // Danish
            "og", "i", "på", "om", "af", "til", "for", "med", "den", "det", "de", "en", "et", "der", "som", "at", "er", "var",
            "blev", "har", "hvad", "hvilke", "hvilken", "hvem", "hvor", "hvornår", "sag", "sagen", "punkt", "punktet", "vedr",
            "vedrørende", "angående", "omkring", "ny", "nye", "nyt", "noget", "nogen", "mht", "fra", "ved", "vi", "os",
            "sagsnr", "sagsnummer", "sagsid", "nr", "j.nr", "skal", "kan", "bliver", "blive", "været", "besluttet",
            "besluttede", "beslutningen", "beslutning", "hvordan", "status",
            // English
            "the", "a", "an", "of", "on", "about", "to", "in", "for", "and", "with", "what", "was", "were", "is", "case", "item",
            "regarding", "concerning", "decided", "decision", "new"));

    private final Map<String, List<String>> glossary;

    public QuestionParser() {
        this(loadGlossary());
    }

    public QuestionParser(Map<String, List<String>> glossary) {
        this.glossary = Map.copyOf(glossary);
    }

    public Question parse(String text) {
        String t = text.strip();
        Optional<String> caseNumber = Optional.empty();
        Matcher c = CASE.matcher(t);
        if (c.find()) {
            caseNumber = Optional.of(c.group(1));
            t = t.substring(0, c.start()) + " " + t.substring(c.end());
        }
        Language language = englishWords(text) >= 2 ? Language.ENGLISH : Language.DANISH;
        String body = TEMPLATE.matcher(t.replaceAll("[?!.]+\\s*$", "")).replaceFirst("");
        String lower = body.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Set<String> related = new LinkedHashSet<>();
        // phrases of the glossary first ("language school" → sprogskole), longest first
        boolean english = language == Language.ENGLISH;
        for (Map.Entry<String, List<String>> e : glossary.entrySet()) {
            if (e.getKey().contains(" ") && Pattern.compile("(?iu)\\b" + Pattern.quote(e.getKey()) + "\\b").matcher(lower).find()) {
                // a phrase ("youth analysis") is searched as its Danish term; the rest are related
                words.add(e.getValue().get(0));
                related.addAll(e.getValue().subList(1, e.getValue().size()));
                lower = lower.replaceAll("(?iu)\\b" + Pattern.quote(e.getKey()) + "\\b", " ");
            }
        }
        Matcher w = WORD.matcher(lower);
        while (w.find()) {
            String word = w.group().replaceAll("-+$", "");
            if (word.length() < 2 || STOP.contains(word)) {
                continue;
            }
            List<String> more = glossary.get(word);
            if (english && more != null) {
                // an English word is searched as its Danish translation
                words.add(more.get(0));
                related.addAll(more.subList(1, more.size()));
                continue;
            }
            words.add(word);
            if (more != null) {
                related.addAll(more);
            }
            for (String part : word.split("-")) {
                List<String> forPart = glossary.get(part);
                if (forPart != null) {
                    related.addAll(forPart);
                }
            }
        }
        related.removeAll(words);
        return new Question(text, language, caseNumber, words, List.copyOf(related));
    }

    private static int englishWords(String text) {
        Matcher m = ENGLISH.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The glossary shipped with Referent. */
    public static Map<String, List<String>> loadGlossary() {
        try (InputStream in = QuestionParser.class.getResourceAsStream("glossary.tsv")) {
            return readGlossary(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines "term<TAB>other, terms"; # starts a comment. Terms are matched in lower case. */
    public static Map<String, List<String>> readGlossary(InputStream in) throws IOException {
        Map<String, List<String>> out = new TreeMap<>((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#") || !line.contains("\t")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            List<String> terms = new ArrayList<>();
            for (String term : parts[1].split(",")) {
                if (!term.isBlank()) {
                    terms.add(term.strip().toLowerCase(Locale.ROOT));
                }
            }
            out.merge(parts[0].strip().toLowerCase(Locale.ROOT), terms, (a, b) -> {
                List<String> all = new ArrayList<>(a);
                all.addAll(b);
                return all;
            });
        }
        return out;
    }
}
