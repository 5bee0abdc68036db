package dk.referent.minutes.question;

import dk.referent.minutes.names.Bodies;
import dk.referent.minutes.names.CaseNumbers;
import dk.referent.minutes.question.Question.Language;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.minutes.time.TemporalExpression;
import java.time.LocalDate;
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
    private static final Pattern ENGLISH = Pattern.compile("(?iu)\\b(?:what|was|were|decided|about|the|of|on|with|which|who|when|how|and|is|did|agreed|do|we|have|are|any|in|our|my)\\b");
    private static final Set<String> STOP = Set.copyOf(List.of(
            // Danish
            "og", "i", "på", "om", "af", "til", "for", "med", "den", "det", "de", "en", "et", "der", "som", "at", "er", "var",
            "blev", "har", "hvad", "hvilke", "hvilken", "hvem", "hvor", "hvornår", "sag", "sagen", "punkt", "punktet", "vedr",
            "vedrørende", "angående", "omkring", "ny", "nye", "nyt", "noget", "nogen", "mht", "fra", "ved", "vi", "os",
            "sagsnr", "sagsnummer", "sagsid", "nr", "j.nr", "skal", "kan", "bliver", "blive", "været", "besluttet",
            "besluttede", "beslutningen", "beslutning", "hvordan", "status",
            // English
            "the", "a", "an", "of", "on", "about", "to", "in", "for", "and", "with", "what", "was", "were", "is", "case", "item",
            "regarding", "concerning", "decided", "decision", "new", "do", "does", "did", "are", "any", "there", "which", "who",
            "when", "how", "we", "our", "have", "has",
            // how a question asks, not what about: "hvad blev der sagt om …", "what did the mayor tell …"
            "sagt", "sagde", "aftalt", "aftalte", "skete", "sket", "spurgt", "fortalt", "fortalte", "drøftet", "drøftede",
            "decide", "agree", "agreed", "tell", "told", "say", "said", "come", "came", "out", "happen", "happened",
            "discussed", "discussion", "can", "could", "why"));
    /** Snowball's stop words, as Lucene ships them: words that never carry a topic. */
    private static final Set<String> DANISH_STOP = stopWords("danish");
    private static final Set<String> ENGLISH_STOP = stopWords("english");

    private static final List<Map.Entry<Question.Kind, Pattern>> KINDS = List.of(
            Map.entry(Question.Kind.ABSENCE, Pattern.compile("(?iu)\\b(?:fraværende|fravær|afbud|manglede|ikke\\s+til\\s+stede|absent|missing|apologies)\\b")),
            Map.entry(Question.Kind.ATTENDANCE, Pattern.compile("(?iu)\\b(?:hvem\\s+deltog|deltog|deltagere|til\\s+stede|mødedeltagere|who\\s+attended|attend\\p{L}*|participants)\\b")),
            Map.entry(Question.Kind.CLOSED_ITEMS, Pattern.compile("(?iu)\\b(?:lukkede\\s+punkter|lukkede|lukket|closed\\s+items?|closed)\\b")),
            Map.entry(Question.Kind.PLACE, Pattern.compile(
                    "(?iu)\\b(?:hvor\\s+(?:og\\s+hvornår\\s+)?(?:blev|bliver|holdes|afholdes|holdt|afholdt|var|er|mødtes)|mødested"
                            + "|hvornår\\s+(?:sluttede|startede|begyndte|sluttes|startes|blev\\s+(?:\\S+\\s+){1,8}?(?:hævet|afsluttet))"
                            + "|where\\s+(?:and\\s+when\\s+)?(?:was|is|will|did)|when\\s+(?:did|was)\\s+.{0,60}(?:end|start|finish|adjourned))\\b")),
            Map.entry(Question.Kind.AGENDA, Pattern.compile("(?iu)\\b(?:dagsorden(?:en)?|hvilke\\s+punkter|punkterne|agenda|what\\s+was\\s+on)\\b")));
    private static final Pattern A_MEETING = Pattern.compile("(?iu)[\\p{L}-]*møde(?:t|r|rne|s)?|meetings?");
    private static final Pattern MEETING_WORD = Pattern.compile("(?iu)\\b(?:møde\\p{L}*|\\p{L}+mødet|meeting|dagsorden\\p{L}*|agenda)\\b");
    /** A body as a question names it, one alternation for every pattern here. */
    private static final String BODY_WORDS = "direktion\\p{L}*|byråd\\p{L}*|kommunalbestyrelse\\p{L}*|økonomiudvalg\\p{L}*|kb|øu|\\p{L}+udvalg\\p{L}*"
            // councils, boards and commissions named by their compound ("Ældrerådet", "skolebestyrelsen", "Magistraten");
            // "ældreråds valget" is a compound written apart, its first part no body
            + "|\\p{L}{3,}(?:råd|bestyrelse|kommission)(?:ets|et|ens|en|n|smødet|smøde)?|magistrat(?:ens|en|smødet|smøde)?"
            + "|executive\\s+board|city\\s+council|municipal\\s+council|finance\\s+committee";
    private static final Pattern BODY = Pattern.compile("(?iu)\\b(" + BODY_WORDS + ")\\b");

    /**
     * Whether the question asks {@code kind} too, beside the kind it was given: one question may ask two things of a
     * meeting ("who was absent, and where was it held?").
     */
    public static boolean alsoAsks(Question question, Question.Kind kind) {
        return KINDS.stream().anyMatch(k -> k.getKey() == kind && k.getValue().matcher(question.text()).find());
    }

    private final Map<String, List<String>> glossary;
    private final EnglishWords englishWords;
    private final List<Map.Entry<Pattern, List<String>>> phrases;
    private final DanishTemporalParser temporal;
    private final java.util.function.Supplier<DanishWords> morphology;

    public QuestionParser() {
        this(loadGlossary(), new DanishTemporalParser());
    }

    /** With Danish morphology from the Hunspell dictionary, loaded on the first question (it takes a few seconds). */
    public QuestionParser(Map<String, List<String>> glossary, DanishTemporalParser temporal) {
        this(glossary, temporal, new java.util.function.Supplier<>() {
            private volatile DanishWords loaded;

            @Override
            public DanishWords get() {
                if (loaded == null) {
                    synchronized (this) {
                        if (loaded == null) {
                            loaded = DanishWords.load();
                        }
                    }
                }
                return loaded;
            }
        });
    }

    public QuestionParser(Map<String, List<String>> glossary, DanishTemporalParser temporal,
                          java.util.function.Supplier<DanishWords> morphology) {
        this.morphology = morphology;
        this.englishWords = EnglishWords.load();
        this.glossary = Map.copyOf(glossary);
        this.temporal = temporal;
        List<Map.Entry<Pattern, List<String>>> found = new ArrayList<>();
        // longest first, so "procurement" does not take the words of a longer phrase
        glossary.keySet().stream().filter(k -> k.contains(" ")).sorted((a, b) -> b.length() - a.length())
                .forEach(k -> found.add(Map.entry(Pattern.compile("(?iu)\\b" + Pattern.quote(k) + "\\b"), glossary.get(k))));
        this.phrases = List.copyOf(found);
    }

    /** The question as asked on {@code today} (which resolves "i april", "sidste år"). */
    public Question parse(String text, LocalDate today) {
        Question q = parse(text);
        Question.Kind kind = Question.Kind.DECISION;
        boolean aboutADecision = DECIDED.matcher(text).find();
        String danishDates = ENGLISH_MONTH.matcher(text).replaceAll(m -> ENGLISH_MONTHS.get(m.group().toLowerCase(Locale.ROOT)));
        List<TemporalExpression> dates = temporal.find(danishDates, today);
        // "fravær på grund af sygdom" is a topic; "hvem var fraværende på mødet" is about a meeting
        boolean aboutAMeeting = MEETING_WORD.matcher(text).find() || WHO_OR_WHERE.matcher(text).find()
                || BODY.matcher(text).find() && q.caseNumber().isEmpty()
                        && dates.stream().anyMatch(t -> t instanceof TemporalExpression.DateExpression);
        for (Map.Entry<Question.Kind, Pattern> k : KINDS) {
            if (!aboutADecision && aboutAMeeting && k.getValue().matcher(text).find()) {
                kind = k.getKey();
                break;
            }
        }
        if (kind == Question.Kind.DECISION && !aboutADecision && FOLLOW_UPS.matcher(text).find()) {
            kind = Question.Kind.FOLLOW_UPS;
        }
        if (WHEN_TREATED.matcher(text).find()) {
            // "hvornår blev sprogskolen behandlet?": the meetings where the topic came up, not one decision
            kind = Question.Kind.WHEN_TREATED;
            List<String> topic = q.words().stream().filter(w -> !TREATED_WORDS.contains(w)).toList();
            q = new Question(q.text(), q.kind(), q.language(), q.caseNumber(), topic, q.related(), q.from(), q.to(), q.body(),
                    q.constraintWords());
        }
        Optional<LocalDate> from = Optional.empty();
        Optional<LocalDate> to = Optional.empty();
        Set<String> constraint = new LinkedHashSet<>();
        for (TemporalExpression t : dates) {
            if (t instanceof TemporalExpression.DateExpression d) {
                from = Optional.of(d.date());
                to = Optional.of(d.date());
            } else if (t instanceof TemporalExpression.PeriodExpression p) {
                from = Optional.of(p.from());
                to = Optional.of(p.to());
            } else {
                continue;
            }
            constraint.addAll(tokens(text, t.span().start(), t.span().end()));
            break;
        }
        Matcher lastYear = LAST_YEAR.matcher(text);
        if (from.isEmpty() && lastYear.find()) {
            from = Optional.of(LocalDate.of(today.getYear() - 1, 1, 1));
            to = Optional.of(LocalDate.of(today.getYear() - 1, 12, 31));
            constraint.addAll(tokens(text, lastYear.start(), lastYear.end()));
        }
        if (kind == Question.Kind.FOLLOW_UPS && from.isPresent() && from.get().isBefore(today.withDayOfMonth(1))
                && !YEAR.matcher(text).find()) {
            // "hvilke frister har vi i juni?" asked in November means next June
            from = Optional.of(from.get().plusYears(1));
            to = to.map(d -> d.plusYears(1));
        }
        Optional<String> body = Optional.empty();
        Matcher b = BODY.matcher(text);
        if (b.find()) {
            body = Optional.of(Bodies.fromQuestion(b.group(1)));
            if (kind == Question.Kind.DECISION && !BODY_AS_MEETING.matcher(text).find()) {
                // "opfølgning på KB-mødet" is a topic; "på KB-mødet", "i Økonomiudvalget" say where it was decided
                body = Optional.empty();
            } else {
                constraint.addAll(tokens(text, b.start(), b.end()));
            }
        }
        if (kind == Question.Kind.FOLLOW_UPS) {
            // "frister", "mangler", "opgaver" say what is asked, not whose
            constraint.addAll(q.words().stream().filter(w -> FOLLOW_UPS.matcher(w).find() || FOLLOW_UP_WORDS.contains(w)).toList());
        }
        if (body.isPresent() || from.isPresent()) {
            // "på udvalgsmødet den 27. oktober", "at council meetings": which meeting, not what about
            q.words().stream().filter(w -> A_MEETING.matcher(w).matches()).forEach(constraint::add);
        }
        List<String> constraintWords = q.words().stream().filter(constraint::contains).toList();
        // what the glossary adds for "KB-mødet" belongs to the constraint, not to the topic
        List<String> related = q.related().stream()
                .filter(r -> constraintWords.stream().noneMatch(c -> glossary.getOrDefault(c, List.of()).contains(r))).toList();
        return new Question(q.text(), kind, q.language(), q.caseNumber(), q.words(), related, from, to, body, constraintWords);
    }

    /** The lower-case words of {@code text} that overlap [start, end), whole words even where the span cuts one. */
    private static List<String> tokens(String text, int start, int end) {
        List<String> out = new ArrayList<>();
        Matcher w = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (w.find()) {
            if (w.start() < end && w.end() > start) {
                out.add(w.group().replaceAll("-+$", ""));
            }
        }
        return out;
    }

    private static final Pattern FOLLOW_UPS = Pattern.compile(
            "(?iu)\\b(?:frister|fristerne|deadlines|mangler|udestående|opgaver|opfølgningspunkter|follow-?ups|to-?dos?|open\\s+actions|what\\s+is\\s+due|is\\s+missing)\\b");
    private static final Set<String> FOLLOW_UP_WORDS = Set.of("mangler", "frist", "frister", "opgave", "opgaver", "åbne", "open",
            "due", "missing", "deadlines", "deadline", "tasks", "actions", "mine", "my", "our", "vores", "have", "we", "hvad");
    private static final Pattern WHEN_TREATED = Pattern.compile(
            "(?iu)^\\s*(?:hvornår\\s+(?:blev|var|er|har)\\b(?!.*\\b(?:sluttede|startede|holdt)\\b).*\\b(?:behandlet|drøftet|besluttet|vedtaget"
                    + "|på\\s+dagsordenen|oppe|været\\s+oppe)\\b"
                    + "|when\\s+(?:was|were|has|have|did)\\b.*\\b(?:discussed|treated|decided|considered|on\\s+the\\s+agenda))");
    private static final Set<String> TREATED_WORDS = Set.of("hvornår", "behandlet", "drøftet", "besluttet", "vedtaget", "oppe",
            "dagsordenen", "været", "when", "discussed", "treated", "considered", "agenda", "decided");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    /** Where the question says the body decided it: "på KB-mødet", "i Økonomiudvalget", "the council's". */
    private static final Pattern BODY_AS_MEETING = Pattern.compile(
            "(?iu)(?<!opfølgning\\s)(?<!orientering\\s)(?<!referat\\s)(?<!referatet\\s)(?<!status\\s)\\b(?:på|i|til|fra|af|at|in|by|from|of)\\s+(?:the\\s+)?(?:"
                    + BODY_WORDS + ")(?:(?:-|\\s+)?møde\\p{L}*)?\\b"
                    + "|\\b(?:finance\\s+committee|city\\s+council|municipal\\s+council|executive\\s+board)'s\\b");

    private static final Pattern WHO_OR_WHERE = Pattern.compile("(?iu)^\\s*(?:hvem|hvor|hvilke\\s+punkter|who|where|which\\s+items)\\b");
    private static final Pattern LAST_YEAR = Pattern.compile("(?iu)\\b(?:sidste\\s+år|last\\s+year|i\\s+fjor)\\b");
    private static final Pattern DECIDED = Pattern.compile(
            "(?iu)\\b(?:besluttet|besluttede|beslutning\\p{L}*|vedtaget|vedtog|godkendt|godkendte|decided|decision\\p{L}*|agreed|approved)\\b");
    /** English month names, so that "3 May 2021" is read by the Danish date grammar as "3 maj 2021". */
    private static final Map<String, String> ENGLISH_MONTHS = Map.ofEntries(Map.entry("january", "januar"),
            Map.entry("february", "februar"), Map.entry("march", "marts"), Map.entry("may", "maj"), Map.entry("june", "juni"),
            Map.entry("july", "juli"), Map.entry("october", "oktober"));
    private static final Pattern ENGLISH_MONTH = Pattern.compile("(?i)\\b(?:" + String.join("|", ENGLISH_MONTHS.keySet()) + ")\\b");

    /** The question without a date to resolve against (decision questions only). */
    public Question parse(String text) {
        String t = text.strip();
        Optional<String> caseNumber = Optional.empty();
        Optional<java.util.regex.MatchResult> c = CaseNumbers.inText(t);
        if (c.isPresent()) {
            caseNumber = Optional.of(c.get().group(1));
            t = t.substring(0, c.get().start()) + " " + t.substring(c.get().end());
        }
        Language language = englishWords(text) >= 2 ? Language.ENGLISH : Language.DANISH;
        String body = TEMPLATE.matcher(t.replaceAll("[?!.]+\\s*$", "")).replaceFirst("");
        String lower = body.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Set<String> related = new LinkedHashSet<>();
        // phrases of the glossary first ("language school" → sprogskole), longest first
        boolean english = language == Language.ENGLISH;
        for (Map.Entry<Pattern, List<String>> phrase : phrases) {
            Matcher found = phrase.getKey().matcher(lower);
            if (found.find()) {
                // a phrase ("language school") is searched as its Danish term; the rest are related
                words.add(phrase.getValue().get(0));
                related.addAll(phrase.getValue().subList(1, phrase.getValue().size()));
                lower = found.replaceAll(" ");
            }
        }
        List<String> tokens = new ArrayList<>();
        List<List<String>> senses = new ArrayList<>(); // an English question's words, each as its Danish words
        Matcher w = WORD.matcher(lower);
        while (w.find()) {
            String word = w.group().replaceAll("-+$", "");
            if (word.length() < 2 || STOP.contains(word) || DANISH_STOP.contains(word) || english && ENGLISH_STOP.contains(word)) {
                continue;
            }
            tokens.add(word);
            if (place(word)) {
                related.add(word); // "i Herning", "Hvidovres": where, not what — it may help, it is never required
                continue;
            }
            List<String> more = glossary.get(word);
            if (english && more == null) {
                // the municipal glossary first, then the general dictionary, each also for an inflected word ("meetings")
                more = EnglishWords.forms(word).stream().map(glossary::get).filter(java.util.Objects::nonNull).findFirst()
                        .orElse(englishWords.danish(word));
                more = more.isEmpty() ? null : more;
            }
            if (english && more != null) {
                // an English word is searched as its Danish translation
                if (!words.contains(more.get(0))) {
                    words.add(more.get(0));
                }
                related.addAll(more.subList(1, more.size()));
                senses.add(more);
                continue;
            }
            senses.add(List.of(word));
            if (words.contains(word)) {
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
        morphology(words, english ? List.of() : tokens, related);
        if (english) {
            englishCompounds(senses, related);
        }
        related.removeAll(words);
        return new Question(text, Question.Kind.DECISION, language, caseNumber, words, List.copyOf(related),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * What Danish morphology adds to a question's words, as related terms that help but are never required: a
     * compound's parts ("cykelfilmen" → cykel, film; "sygefravær" → syge, fravær) and two words written apart that
     * are one ("kommune planlægning" → kommuneplanlægning, "spørge tiden" → spørgetiden).
     */
    private void morphology(List<String> words, List<String> tokens, Set<String> related) {
        DanishWords danish = morphology.get();
        for (String word : words) {
            if ((word.contains("å") || word.contains("aa")) && !danish.known(word)) {
                // the old and the new spelling of a name: "Nørgaard" is "Nørgård", "Aabenraa" is "Åbenrå"
                related.add(word.contains("å") ? word.replace("å", "aa") : word.replace("aa", "å"));
            }
            if (word.chars().noneMatch(Character::isDigit)) {
                // "godkendt" → godkende, which the search stems as "godkendelse"; not a lemma the search stems as the word
                danish.lemmas(word).stream().filter(l -> !DanishWords.stem(l).equals(DanishWords.stem(word))).forEach(related::add);
                related.addAll(danish.parts(word));
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).chars().noneMatch(Character::isDigit) && tokens.get(i + 1).chars().noneMatch(Character::isDigit)) {
                related.addAll(danish.joined(tokens.get(i), tokens.get(i + 1)));
            }
        }
    }

    /**
     * Two English words that are one Danish compound ("elderly council" → ældreråd, "meeting system" → mødesystem): the
     * joins of their Danish words that the dictionary knows, as related terms.
     */
    private void englishCompounds(List<List<String>> senses, Set<String> related) {
        DanishWords danish = morphology.get();
        for (int i = 0; i + 1 < senses.size(); i++) {
            for (String a : senses.get(i)) {
                for (String b : senses.get(i + 1)) {
                    related.addAll(danish.compounds(a, b));
                }
            }
        }
    }

    private static int englishWords(String text) {
        Matcher m = ENGLISH.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * Whether the word names a municipality or region ("Hvidovre", "Hvidovres"), also with a slip ("Brønderlev"): one
     * letter added, left out or changed in a name of six letters or more.
     */
    private static boolean place(String word) {
        String w = word.replaceAll("s$", "");
        if (PLACES.contains(word) || PLACES.contains(w)) {
            return true;
        }
        return word.length() >= 6 && PLACES.stream().anyMatch(p -> p.length() >= 6 && oneEditApart(p, word));
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < Math.min(a.length(), b.length()) - i && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        return Math.max(a.length(), b.length()) - i - j <= 1;
    }

    private static Set<String> stopWords(String language) {
        try (java.io.Reader in = new InputStreamReader(java.util.Objects.requireNonNull(
                org.apache.lucene.analysis.snowball.SnowballFilter.class.getResourceAsStream(language + "_stop.txt"), language),
                StandardCharsets.UTF_8)) {
            Set<String> out = new java.util.HashSet<>();
            org.apache.lucene.analysis.WordlistLoader.getSnowballWordSet(new BufferedReader(in)).forEach(o -> out.add(new String((char[]) o)));
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The municipalities and regions, lower-cased: a question that names one says where, not what. */
    private static final Set<String> PLACES = loadPlaces();

    private static Set<String> loadPlaces() {
        try (InputStream in = QuestionParser.class.getResourceAsStream("municipalities.txt")) {
            Set<String> places = new java.util.HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> places.add(l.strip().toLowerCase(Locale.ROOT)));
            places.addAll(List.of("kommune", "kommunes", "kommunen", "region", "regionen", "regions"));
            return Set.copyOf(places);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
