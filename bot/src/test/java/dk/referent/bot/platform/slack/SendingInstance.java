package dk.referent.bot.platform.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dk.referent.persistence.Database;
import dk.referent.persistence.DatabaseConfig;
import dk.referent.scheduler.OutboxDispatcher;
import dk.referent.scheduler.SchedulerSettings;
import java.time.Clock;

/**
 * A Referent instance that does nothing but send the reminder outbox to Slack, as the running service does: started as
 * a process of its own by {@link RemindersExactlyOnceTest}, which kills it with SIGKILL mid-batch.
 * Arguments: JDBC URL, user, password, Slack Web API base URL, instance name.
 */
public final class SendingInstance {

    private SendingInstance() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(DatabaseConfig.server(args[0], args[1], args[2]))) {
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(args[3]);
            OutboxDispatcher dispatcher = new OutboxDispatcher(db,
                    new SlackDelivery(Slack.getInstance(config).methods("xoxb-test"), "C0FOLLOWUP"),
                    Clock.system(SchedulerSettings.COPENHAGEN), SchedulerSettings.defaults(args[4]));
            while (true) {
                dispatcher.dispatchOnce();
            }
        }
    }
}
