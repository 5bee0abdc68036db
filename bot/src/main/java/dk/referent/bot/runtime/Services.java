package dk.referent.bot.runtime;

import dk.referent.bot.Stores;
import dk.referent.bot.chat.Roles;
import dk.referent.bot.conversation.Answers;
import dk.referent.bot.conversation.ReferentConversation;
import dk.referent.bot.conversation.Subscriptions;
import dk.referent.bot.intake.ReferatFiles;
import dk.referent.bot.intake.Secretariat;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.FollowUpDecisions;
import dk.referent.scheduler.PublicationOutbox;
import dk.referent.scheduler.ReminderPlans;
import dk.referent.scheduler.ReminderScheduler;
import dk.referent.scheduler.SchedulerSettings;
import java.util.Set;

/**
 * The running service's parts, each built once here from the stores, the reminder scheduler and where outgoing
 * messages go, and handed to the platforms: the conversation, the secretariat's intake, the decisions' and followers'
 * outbox. The model is TJ-Bot's {@code Features.createFeatures}: plain constructors, one place.
 */
public record Services(FollowUpDecisions decisions, Subscriptions subscriptions, PublicationOutbox publications,
                       Secretariat secretariat, Answers answers, ReferentConversation conversation) {

    /**
     * What the environment says about the conversation: the chat platforms running side by side ({@code slack},
     * {@code discord}, {@code teams}; {@code console} when none is), the decisions channel, who is the secretariat and who
     * the leaders, and the channels configured as confidential; {@code publicUrl}: the address people reach Referent at
     * (REFERENT_PUBLIC_URL), for calendar links.
     */
    public record Settings(Set<String> platforms, String decisionsTarget, Roles roles, Set<String> confidentialChannels, String publicUrl) {

        public Settings(String platform, String decisionsTarget, Roles roles, Set<String> confidentialChannels, String publicUrl) {
            this(Set.of(platform), decisionsTarget, roles, confidentialChannels, publicUrl);
        }

        public Settings(String platform, String decisionsTarget, Roles roles, Set<String> confidentialChannels) {
            this(Set.of(platform), decisionsTarget, roles, confidentialChannels, "");
        }
    }

    /** What reads minutes and questions: pure functions from the {@code minutes} module. */
    public record Readers(ReferatFiles files, QuestionParser questions, DanishTemporalParser temporal) {
    }

    /** {@code outbound}: where publications and followers' notices go (the decisions channel and the chat users). */
    public static Services create(Stores stores, ReminderScheduler scheduler, SchedulerSettings schedulerSettings, ChatDelivery outbound,
                                  Readers readers, Settings settings) {
        return create(stores, scheduler, schedulerSettings, outbound, readers, settings,
                new io.micrometer.core.instrument.composite.CompositeMeterRegistry());
    }

    /** {@code meters}: the process's one registry, served on /metrics. */
    public static Services create(Stores stores, ReminderScheduler scheduler, SchedulerSettings schedulerSettings, ChatDelivery outbound,
                                  Readers readers, Settings settings, io.micrometer.core.instrument.MeterRegistry meters) {
        FollowUpDecisions decisions = new FollowUpDecisions(stores.followUps(), scheduler);
        Subscriptions subscriptions = new Subscriptions(stores.subscriptions(), stores.search(), readers.questions(), settings.platforms(),
                stores.clock());
        PublicationOutbox publications = new PublicationOutbox(stores.database(), outbound, stores.audit(), stores.clock());
        Secretariat secretariat = new Secretariat(readers.files(), stores, decisions, publications, settings.decisionsTarget(), subscriptions);
        Answers answers = new Answers(stores.search(), stores.meetings(), stores.followUps(), readers.questions(), stores.clock());
        ReferentConversation conversation = new ReferentConversation(stores, answers, decisions,
                new ReminderPlans(stores.reminders(), schedulerSettings), secretariat, publications, subscriptions, settings.roles(),
                settings.confidentialChannels(), settings.decisionsTarget(), readers.temporal(), settings.publicUrl(), meters);
        return new Services(decisions, subscriptions, publications, secretariat, answers, conversation);
    }
}
