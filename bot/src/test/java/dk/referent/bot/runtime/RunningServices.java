package dk.referent.bot.runtime;

import dk.referent.bot.Stores;
import dk.referent.bot.intake.ReferatFiles;
import dk.referent.minutes.followup.FollowUpExtractor;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.persistence.PreviewStore;
import dk.referent.persistence.TestDatabases;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.ReminderScheduler;
import dk.referent.scheduler.SchedulerSettings;
import java.time.Clock;
import java.util.function.Function;
import org.quartz.SchedulerException;

/**
 * Referent's services as {@code run} builds them, over a fresh database and a (standby) reminder scheduler, with the
 * outbound delivery a platform's test gives (built from the stores): for tests of a platform with the real
 * conversation, intake and outbox. Closing it closes the scheduler and drops the database.
 */
public final class RunningServices implements AutoCloseable {

    public final TestDatabases.FreshDatabase fresh = TestDatabases.fresh();
    public final Stores stores;
    public final Services services;
    private final ReminderScheduler scheduler;

    public RunningServices(Clock clock, String name, Function<Stores, ChatDelivery> outbound, Services.Settings settings) throws SchedulerException {
        stores = Stores.over(fresh.database(), clock, PreviewStore.DEFAULT_TTL);
        SchedulerSettings schedulerSettings = SchedulerSettings.defaults(name);
        scheduler = new ReminderScheduler(stores.database().dataSource(), stores.reminders(), clock, schedulerSettings);
        DanishTemporalParser temporal = new DanishTemporalParser();
        services = Services.create(stores, scheduler, schedulerSettings, outbound.apply(stores),
                new Services.Readers(new ReferatFiles(new ReferatParser(), new FollowUpExtractor(temporal)),
                        new QuestionParser(QuestionParser.loadGlossary(), temporal), temporal),
                settings);
    }

    @Override
    public void close() throws SchedulerException {
        scheduler.close();
        fresh.close();
    }
}
