package dk.referent.bot.conversation;

import dk.referent.bot.chat.Speaker;
import dk.referent.minutes.question.Question;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.persistence.DecisionSearch.Hit;
import dk.referent.persistence.DecisionSearch;
import dk.referent.persistence.SubscriptionStore.Subscription;
import dk.referent.persistence.SubscriptionStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * "følg sprogskolen": who follows a topic or a case is told when a referat with a new decision on it is published. A
 * topic matches an item as a question would ("hvad blev besluttet om sprogskolen?" at that meeting), so compounds,
 * abbreviations and English topics work as in answers; closed items match by title and are told by title only.
 */
public final class Subscriptions {

    private static final int EXCERPT = 300;

    private final SubscriptionStore store;
    private final QuestionParser questions;
    private final DecisionSearch search;
    private final java.util.Set<String> platforms;
    private final Clock clock;

    /** {@code platform}: the one chat platform whose followers are told. */
    public Subscriptions(SubscriptionStore store, DecisionSearch search, QuestionParser questions, String platform, Clock clock) {
        this(store, search, questions, java.util.Set.of(platform), clock);
    }

    /**
     * {@code platforms}: the chat platforms running, whose followers are told — each on their own platform, which the
     * shape of their user id (the notice's target) tells the outbox.
     */
    public Subscriptions(SubscriptionStore store, DecisionSearch search, QuestionParser questions, java.util.Set<String> platforms, Clock clock) {
        this.store = store;
        this.questions = questions;
        this.search = search;
        this.platforms = java.util.Set.copyOf(platforms);
        this.clock = clock;
    }

    String follow(Speaker who, String topic) {
        String t = topic.strip().replaceAll("[?!.]+$", "");
        Question q = questions.parse(t, LocalDate.now(clock));
        if (t.isEmpty() || q.empty()) {
            return "Skriv, hvad du vil følge, fx »følg sprogskolen« eller »følg sag 24-001234«.";
        }
        boolean added = store.follow(who.actor(), t, q.words().isEmpty() ? q.caseNumber().orElse(null) : null);
        return added ? "Du følger nu »" + t + "«: du får besked, når en ny beslutning om det bliver offentliggjort."
                : "Du følger allerede »" + t + "«.";
    }

    String unfollow(Speaker who, String topic) {
        String t = topic.strip().replaceAll("[?!.]+$", "");
        return store.unfollow(who.actor(), t) ? "Du følger ikke længere »" + t + "«." : "Du følger ikke »" + t + "«. " + list(who);
    }

    String list(Speaker who) {
        List<Subscription> mine = store.of(who.actor());
        if (mine.isEmpty()) {
            return "Du følger ingen emner. Skriv fx »følg sprogskolen«.";
        }
        StringBuilder out = new StringBuilder("Du følger:");
        mine.forEach(s -> out.append("\n• ").append(s.topic()));
        return out.append("\n(»følg ikke EMNE« stopper det.)").toString();
    }

    /** A follower's notice of a meeting: to their chat user ({@code target}), on the platform that id's shape names. */
    public record Notice(String target, String text) {
    }

    /**
     * The notices for a meeting ({@code body}, {@code date}) being confirmed in {@code tx}: one per follower whose
     * topics it decided on, all their topics in it — staged with the referat, so never lost and never doubled.
     */
    public List<Notice> noticesIn(DSLContext tx, String body, LocalDate date) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (Subscription s : store.allIn(tx)) {
            int colon = s.subscriber().indexOf(':');
            // a follower on a platform that is not running here is not told (their id would reach no one)
            if (colon < 0 || !platforms.contains(s.subscriber().substring(0, colon))) {
                continue;
            }
            List<Hit> hits = decisionsOn(tx, s, body, date);
            if (!hits.isEmpty()) {
                parts.computeIfAbsent(s.subscriber().substring(colon + 1), k -> new ArrayList<>()).add(message(s, hits));
            }
        }
        return parts.entrySet().stream().map(e -> new Notice(e.getKey(), String.join("\n\n", e.getValue()))).toList();
    }

    /** The items of that meeting that answer "what was decided on {@code s}?" there. */
    private List<Hit> decisionsOn(DSLContext tx, Subscription s, String body, LocalDate date) {
        Question asked = questions.parse(s.topic(), date);
        Question there = new Question(s.topic(), Question.Kind.DECISION, asked.language(),
                Optional.ofNullable(s.caseNumber()).or(asked::caseNumber), asked.words(), asked.related(), Optional.of(date),
                Optional.of(date), Optional.of(body), List.of());
        // unauthorised: a subscriber is told of a closed item by its title only
        return search.searchIn(tx, there, false, 5).stream().filter(h -> DecisionSearch.answersWithin(there, h)).toList();
    }

    private static String message(Subscription s, List<Hit> hits) {
        StringBuilder out = new StringBuilder("Nyt om »").append(s.topic()).append("«, som du følger:");
        for (Hit h : hits) {
            out.append("\n• ").append(h.body()).append(", ").append(DanishFormat.date(h.date())).append(", punkt ")
                    .append(DanishFormat.publishedItem(h.punkt(), h.title(), h.caseNumber(), h.closed(), h.decision(), EXCERPT));
        }
        return out.toString();
    }
}
