package dk.referent.bot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Questions of the kinds leaders ask, made from the corpus's own titles so that the answerable ones have an answer:
 * "Hvad blev besluttet om …?" with two or three of a title's content words, bare topics, inflected and compound forms,
 * a body or a year named, English phrasings — and topics no item mentions. Deterministic for a seed.
 */
public final class BenchQuestions {

    /**
     * A question and what it must find.
     *
     * @param topic the title words (base forms) an answering item has — for an unanswerable question, the words no item has
     * @param body  the body the question names, or null
     * @param year  the year the question names, or null
     */
    public record Question(String text, Kind kind, List<String> topic, String body, Integer year) {
        public Question {
            topic = List.copyOf(topic);
        }

        public boolean answerable() {
            return kind != Kind.UNANSWERABLE;
        }
    }

    public enum Kind { DECISION, TOPIC, INFLECTED, COMPOUND, BODY, YEAR, ENGLISH, UNANSWERABLE }

    /** Cumulative shares of the kinds, in {@link Kind} order: mostly plain decision questions, about one in seven unanswerable. */
    private static final double[] SHARES = {0.30, 0.40, 0.50, 0.55, 0.65, 0.72, 0.85, 1.0};

    /** Words of procedure rather than subject: a leader asks about the subject ("sprogskolen"), not "godkendelse". */
    private static final Set<String> PROCEDURE = Set.of("godkendelse", "orientering", "status", "forslag", "drøftelse", "beslutning",
            "meddelelser", "meddelelse", "eventuelt", "endelig", "vedtagelse", "sager", "sagen", "punkt", "behandling", "lukket",
            "indstilling", "indstillinger", "dagsorden", "dagsordenen", "referat", "referatet", "bemærkninger");
    /** Topics of no municipal minutes: what a leader might ask that must find nothing. */
    private static final List<String> ABSENT_DANISH = List.of("rumhavn", "skihopbakke", "kamelfarm", "vulkanberedskab", "pingvinanlæg",
            "ubådsbase", "safaripark", "kasinolicens", "tyrefægterarena", "gletsjerturisme", "månebase", "zeppelinerhangar");
    private static final List<String> ABSENT_ENGLISH = List.of("space port", "ski jump", "camel farm", "volcano preparedness",
            "penguin enclosure", "submarine base", "casino licence", "bullfighting arena");
    /** Joints of "X af Y" that Danish also says as one word "YX" ("udbud af rengøring" → "rengøringsudbud"). */
    private static final Set<String> COMPOUND_JOINTS = Set.of("af", "for", "til");

    private BenchQuestions() {
    }

    /** {@code n} questions over {@code corpus}, the same for the same {@code seed}. */
    public static List<Question> generate(RealisticCorpus corpus, int n, long seed) {
        Random random = new Random(seed);
        List<Question> absent = absent(corpus);
        List<Question> out = new ArrayList<>(n);
        while (out.size() < n) {
            Kind kind = kind(random.nextDouble());
            if (kind != Kind.UNANSWERABLE) {
                out.add(answerable(kind, corpus.meetings(), random));
            } else if (!absent.isEmpty()) {
                out.add(absent.get(random.nextInt(absent.size())));
            }
        }
        return out;
    }

    /**
     * A question of {@code kind} about a random item; an item whose title is all procedure ("Godkendelse af dagsorden")
     * gives way to another, so that the shares of the kinds stay as drawn.
     */
    private static Question answerable(Kind kind, List<RealisticCorpus.Meeting> meetings, Random random) {
        for (int tries = 0; tries < 10_000; tries++) {
            RealisticCorpus.Meeting meeting = meetings.get(random.nextInt(meetings.size()));
            RealisticCorpus.Item item = meeting.items().get(random.nextInt(meeting.items().size()));
            List<String> subject = subjectWords(item.title());
            if (!subject.isEmpty()) {
                // two or three neighbouring subject words, as a leader names a topic
                int count = Math.min(subject.size(), 2 + random.nextInt(2));
                int from = random.nextInt(subject.size() - count + 1);
                return question(kind, subject.subList(from, from + count), item.title(), meeting, random);
            }
        }
        throw new IllegalArgumentException("the corpus's titles have too few subject words to ask about");
    }

    private static Question question(Kind kind, List<String> topic, String title, RealisticCorpus.Meeting meeting, Random random) {
        String phrase = String.join(" ", topic);
        return switch (kind) {
            case TOPIC -> new Question(phrase, kind, topic, null, null);
            case INFLECTED -> new Question("Hvad blev der besluttet om " + inflected(topic) + "?", kind, topic, null, null);
            case COMPOUND -> compound(title).map(c -> new Question("Hvad blev besluttet om " + c.word() + "?", kind, c.parts(), null, null))
                    .orElseGet(() -> new Question("Hvad blev der besluttet om " + inflected(topic) + "?", Kind.INFLECTED, topic, null, null));
            case BODY -> new Question("Hvad besluttede " + meeting.body() + " om " + phrase + "?", kind, topic, meeting.body(), null);
            case YEAR -> new Question("Hvad blev besluttet om " + phrase + " i " + meeting.date().getYear() + "?", kind, topic, null,
                    meeting.date().getYear());
            case ENGLISH -> new Question((random.nextBoolean() ? "What was decided about " : "what was decided on ") + phrase + "?", kind,
                    topic, null, null);
            default -> new Question("Hvad blev besluttet om " + phrase + "?", Kind.DECISION, topic, null, null);
        };
    }

    private static Kind kind(double r) {
        int k = 0;
        while (r >= SHARES[k]) {
            k++;
        }
        return Kind.values()[k];
    }

    /** The title's content words in order, without words of procedure. */
    static List<String> subjectWords(String title) {
        List<String> words = new ArrayList<>();
        Words.each(title, w -> {
            if (Words.content(w) && !PROCEDURE.contains(w) && !words.contains(w)) {
                words.add(w);
            }
        });
        return words;
    }

    /** The topic with its last word in the definite form ("skole" → "skolen", "budget" → "budgettet" is left to the stemmer). */
    private static String inflected(List<String> topic) {
        List<String> words = new ArrayList<>(topic);
        String last = words.get(words.size() - 1);
        if (!last.matches(".*(?:en|et|er|ne)$")) {
            words.set(words.size() - 1, last.endsWith("e") ? last + "n" : last + "en");
        }
        return String.join(" ", words);
    }

    private record Compound(String word, List<String> parts) {
    }

    /** "Udbud af rengøring" → "rengøringsudbud", with the two title words it is made of. */
    private static Optional<Compound> compound(String title) {
        String[] w = title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (int i = 0; i + 2 < w.length; i++) {
            if (COMPOUND_JOINTS.contains(w[i + 1]) && Words.content(w[i]) && Words.content(w[i + 2]) && !PROCEDURE.contains(w[i])) {
                return Optional.of(new Compound(CompoundWords.join(w[i + 2], w[i]), List.of(w[i], w[i + 2])));
            }
        }
        return Optional.empty();
    }

    /** The unanswerable questions whose words begin no word of the corpus (the product matches compounds by prefix). */
    private static List<Question> absent(RealisticCorpus corpus) {
        List<Question> out = new ArrayList<>();
        for (String topic : ABSENT_DANISH) {
            if (absent(corpus, topic)) {
                out.add(new Question("Hvad blev besluttet om " + topic + "?", Kind.UNANSWERABLE, List.of(topic), null, null));
            }
        }
        for (String topic : ABSENT_ENGLISH) {
            if (absent(corpus, topic)) {
                out.add(new Question("What was decided about the " + topic + "?", Kind.UNANSWERABLE, List.of(topic.split(" ")), null, null));
            }
        }
        return out;
    }

    private static boolean absent(RealisticCorpus corpus, String topic) {
        for (String word : topic.split(" ")) {
            String next = corpus.vocabulary().ceiling(word);
            if (next != null && next.startsWith(word)) {
                return false;
            }
        }
        return true;
    }
}
