package dk.referent.bot.cli;

import dk.referent.bot.chat.Speaker;
import dk.referent.minutes.question.Question;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.persistence.AuditLog;
import dk.referent.persistence.Database;
import dk.referent.persistence.DecisionSearch;
import dk.referent.persistence.DecisionSearch.Hit;
import dk.referent.persistence.SubscriptionStore;
import dk.referent.persistence.SubscriptionStore.Subscription;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "følg sprogskolen": who follows a topic or a case is told when a referat with a new decision on it is published. A
 * topic matches an item as a question would ("hvad blev besluttet om sprogskolen?" at that meeting), so compounds,
 * abbreviations and English topics work as in answers; closed items match by title and are told by title only.
 */
final class Subscriptions {

    private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);
    private static final int EXCERPT = 300;

    private final SubscriptionStore store;
    private final QuestionParser questions;
    private final DecisionSearch search;
    private final ChatDelivery delivery;
    private final String platform;
    private final Clock clock;

    /** {@code delivery}: how subscribers on {@code platform} are told (their user id is the target). */
    Subscriptions(Database db, QuestionParser questions, ChatDelivery delivery, String platform, Clock clock) {
        this.store = new SubscriptionStore(db, new AuditLog(clock), clock);
        this.questions = questions;
        this.search = new DecisionSearch(db);
        this.delivery = delivery;
        this.platform = platform;
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

    /**
     * Tells the subscribers whose topic a published meeting ({@code body}, {@code date}) decided on; returns how many
     * were told. A failed message is logged, not retried: the decision is in the decisions channel too.
     */
    int notifyAbout(String body, LocalDate date) {
        int told = 0;
        for (Subscription s : store.all()) {
            if (!s.subscriber().startsWith(platform + ":")) {
                continue;
            }
            List<Hit> hits = decisionsOn(s, body, date);
            if (hits.isEmpty()) {
                continue;
            }
            DeliveryResult result = delivery.send(s.subscriber().substring(platform.length() + 1), message(s, hits));
            if (result instanceof DeliveryResult.Sent) {
                told++;
            } else {
                LOG.warn("could not tell subscriber {} about {} {}: {}", s.subscriber(), body, date, result);
            }
        }
        return told;
    }

    /** The items of that meeting that answer "what was decided on {@code s}?" there. */
    private List<Hit> decisionsOn(Subscription s, String body, LocalDate date) {
        Question asked = questions.parse(s.topic(), date);
        Question there = new Question(s.topic(), Question.Kind.DECISION, asked.language(),
                Optional.ofNullable(s.caseNumber()).or(asked::caseNumber), asked.words(), asked.related(), Optional.of(date),
                Optional.of(date), Optional.of(body), List.of());
        // unauthorised: a subscriber is told of a closed item by its title only
        return search.search(there, false, 5).stream().filter(h -> DecisionSearch.answersWithin(there, h)).toList();
    }

    private static String message(Subscription s, List<Hit> hits) {
        StringBuilder out = new StringBuilder("Nyt om »").append(s.topic()).append("«, som du følger:");
        for (Hit h : hits) {
            out.append("\n• ").append(h.body()).append(", ").append(DanishFormat.date(h.date())).append(", punkt ")
                    .append(DanishFormat.publishedItem(h.number(), h.title(), h.caseNumber(), h.closed(), h.decision(), EXCERPT));
        }
        return out.toString();
    }
}
