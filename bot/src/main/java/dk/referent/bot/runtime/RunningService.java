package dk.referent.bot.runtime;

import dk.referent.bot.Stores;
import dk.referent.bot.chat.Roles;
import dk.referent.bot.conversation.ReferentConversation;
import dk.referent.bot.intake.ReferatFiles;
import dk.referent.bot.intake.Secretariat;
import dk.referent.bot.platform.console.ConsoleConversation;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.persistence.Database;
import dk.referent.persistence.PreviewStore;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.OutboxDispatcher;
import dk.referent.scheduler.PublicationOutbox;
import dk.referent.scheduler.ReminderScheduler;
import dk.referent.scheduler.SchedulerSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Referent running on open stores: reminders fired (Quartz, clustered) and sent from the outbox, the decisions and
 * followers' notices published, and the conversation on every configured chat platform side by side (Slack, Discord,
 * Teams) and in the terminal — until stdin ends at a terminal, or the process is stopped. Shared by {@code run} and
 * {@code demo}.
 */
public final class RunningService {

    private static final Logger LOG = LoggerFactory.getLogger(RunningService.class);

    private final ReferatFiles files;
    private final QuestionParser questions;
    private final dk.referent.minutes.time.DanishTemporalParser temporal;
    /** Who is the secretariat and who the leaders, from the environment. */
    private final Roles roles;
    private final Clock clock;
    private final InputStream in;
    private final Map<String, String> env;
    private final boolean terminal;
    /** Around the platform's delivery for the outbox: e-mail for who prefers it, when REFERENT_SMTP_URL is set. */
    private java.util.function.UnaryOperator<ChatDelivery> byEmail = platform -> platform;

    /** {@code terminal}: stdin is a person at a terminal (with Slack, Ctrl-D then stops Referent, as in the console). */
    public RunningService(ReferatFiles files, QuestionParser questions, dk.referent.minutes.time.DanishTemporalParser temporal, Clock clock,
            InputStream in, Map<String, String> env, boolean terminal) {
        this.temporal = temporal;
        this.roles = Roles.from(env);
        this.files = files;
        this.questions = questions;
        this.clock = clock;
        this.in = in;
        this.env = env;
        this.terminal = terminal;
    }

    /** How long a referat in preview waits for »bekræft«, in hours. */
    public static final String PREVIEW_TTL = "REFERENT_PREVIEW_TTL_HOURS";
    /** A whole number of hours, at least one. */
    private static final String HOURS = "0*[1-9]\\d{0,5}";
    private static final String DECISIONS_CHANNEL = "REFERENT_DECISIONS_CHANNEL";

    /**
     * How long a referat in preview waits for »bekræft«: {@value #PREVIEW_TTL} hours, else 48 hours (also when the
     * value is not a number of hours, which {@code run} refuses with a message).
     */
    public static Duration previewTtl(Map<String, String> env) {
        String hours = env.getOrDefault(PREVIEW_TTL, "").strip();
        return hours.matches(HOURS) ? Duration.ofHours(Long.parseLong(hours)) : PreviewStore.DEFAULT_TTL;
    }

    /** Slack's bot token: Slack runs, beside any other platform configured. */
    private boolean slack() {
        return env.containsKey("SLACK_BOT_TOKEN");
    }

    private boolean discord() {
        return env.containsKey("DISCORD_TOKEN");
    }

    private boolean teams() {
        return env.containsKey("TEAMS_APP_ID");
    }

    /** Slack's Socket Mode (an app-level token): Referent connects out, no public URL and no signing secret needed. */
    private boolean socketMode() {
        return env.containsKey("SLACK_APP_TOKEN");
    }

    /** What is wrong with the chat configuration, or null. Never names a secret's value. */
    public String configurationProblem() {
        if (env.containsKey(HTTP_PORT) && portProblem() != null) {
            return portProblem();
        }
        String ttl = env.get(PREVIEW_TTL);
        if (ttl != null && !ttl.strip().matches(HOURS)) {
            return PREVIEW_TTL + " must be a whole number of hours (at least 1), not »" + ttl + "«";
        }
        if (dk.referent.bot.platform.email.EmailSetup.problem(env) != null) {
            return dk.referent.bot.platform.email.EmailSetup.problem(env);
        }
        String followUp = env.getOrDefault(FOLLOWUP_CHANNEL, "");
        if (discord() && !slack() && !teams() && !dk.referent.bot.chat.ChatIds.SNOWFLAKE.matcher(followUp).matches()) {
            return "REFERENT_FOLLOWUP_CHANNEL (a Discord channel id) is needed for reminders whose owner has no Discord id";
        }
        if (teams() && teamsProblem() != null) {
            return teamsProblem();
        }
        if (slack() && !socketMode() && !env.containsKey("SLACK_SIGNING_SECRET")) {
            return "SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is not: Slack's requests cannot be verified";
        }
        if (slack() && !env.containsKey(FOLLOWUP_CHANNEL)) {
            return "REFERENT_FOLLOWUP_CHANNEL (a Slack channel id) is needed for reminders whose owner has no Slack id";
        }
        // side by side, an owner who is only a name is told in the follow-up channel: its shape says on which platform
        if (platformNames().size() > 1
                && dk.referent.bot.chat.ChatIds.platformOf(followUp).filter(platformNames()::contains).isEmpty()) {
            return "REFERENT_FOLLOWUP_CHANNEL must be a channel id of one of the running platforms (" + String.join(", ", platformNames())
                    + "), not »" + followUp + "«: reminders whose owner has no chat id go there";
        }
        return portProblem();
    }

    private static final String FOLLOWUP_CHANNEL = "REFERENT_FOLLOWUP_CHANNEL";

    private String portProblem() {
        String port = env.getOrDefault(HTTP_PORT, String.valueOf(DEFAULT_PORT)).strip();
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
            return HTTP_PORT + " must be a port number, not »" + port + "«";
        }
        return null;
    }

    private static final String HTTP_PORT = "REFERENT_HTTP_PORT";
    /** Where Slack's HTTP mode and Teams listen when REFERENT_HTTP_PORT is not set. */
    private static final int DEFAULT_PORT = 3000;

    /**
     * The one HTTP server's port: REFERENT_HTTP_PORT, else 3000 when a platform needs a webhook (Slack's HTTP mode,
     * Teams); -1 — no server — otherwise.
     */
    private int httpPort() {
        if (env.containsKey(HTTP_PORT)) {
            return Integer.parseInt(env.get(HTTP_PORT).strip());
        }
        return (slack() && !socketMode()) || teams() ? DEFAULT_PORT : -1;
    }

    /**
     * Starts the one HTTP server with {@code routes} when there is a port (a closeable that stops it), and says where
     * on {@code err}; a no-op when there is none.
     */
    private AutoCloseable serve(Map<String, org.eclipse.jetty.server.Handler> routes, PrintWriter err) throws IOException {
        int port = httpPort();
        if (port < 0) {
            return () -> { };
        }
        WebServer server = WebServer.start(port, routes);
        err.println("referent: HTTP on port " + server.port() + ": " + String.join(", ", routes.keySet()));
        err.flush();
        return server;
    }

    /**
     * Teams needs its app's password and tenant, and — when it is the only platform — a Teams follow-up channel (side by
     * side, the follow-up channel may be another platform's).
     */
    private String teamsProblem() {
        for (String needed : new String[] {"TEAMS_APP_PASSWORD", "TEAMS_TENANT_ID"}) {
            if (env.getOrDefault(needed, "").isBlank()) {
                return "TEAMS_APP_ID is set but " + needed + " is not: Referent cannot get an app token to answer in Teams";
            }
        }
        if (!slack() && !discord() && !env.getOrDefault(FOLLOWUP_CHANNEL, "").startsWith("19:")) {
            return "REFERENT_FOLLOWUP_CHANNEL (a Teams channel's conversation id, 19:…@thread.tacv2) is needed for reminders "
                    + "whose owner has no 1:1 chat with Referent";
        }
        return portProblem();
    }

    /** Runs until stdin ends (at a terminal) or the process is stopped; false, said on {@code err}, when it could not run. */
    public boolean run(Stores stores, PrintWriter out, PrintWriter err) throws IOException {
        SchedulerSettings settings = Scheduling.settings();
        byEmail = dk.referent.bot.platform.email.EmailSetup.around(env, stores, clock);
        ScheduledExecutorService sending = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "referent-outbox");
            t.setDaemon(true);
            return t;
        });
        try (ReminderScheduler scheduler = new ReminderScheduler(stores.database().dataSource(), stores.reminders(), clock, settings)) {
            scheduler.syncAll();
            scheduler.start();
            // the process's one registry: the conversation's timer is registered in it, /metrics serves it
            Metrics metrics = new Metrics(stores.database().dataSource(), clock);
            // every route but a platform's webhook, which its platform adds before the server starts
            Map<String, org.eclipse.jetty.server.Handler> routes = new java.util.LinkedHashMap<>();
            routes.put(Health.PATH, new Health(stores.database().dataSource(), scheduler::state, clock));
            routes.put(Metrics.PATH, metrics);
            routes.put(dk.referent.bot.calendar.CalendarFeedRoute.PATHS, new dk.referent.bot.calendar.CalendarFeedRoute(
                    new dk.referent.bot.calendar.CalendarFeedService(stores.calendarFeeds(),
                            new dk.referent.bot.calendar.CalendarFeed(settings.leads(), settings.workingDays()))));
            // the chat platform's delivery exists once it is connected, which needs the conversation first
            LaterDelivery platform = new LaterDelivery();
            String decisionsTarget = env.getOrDefault(DECISIONS_CHANNEL, "decisions-channel");
            Services services = Services.create(stores, scheduler, settings, outbound(platform, decisionsTarget, out),
                    new Services.Readers(files, questions, temporal),
                    new Services.Settings(platformNames(), decisionsTarget, roles, Roles.ids(env.get("REFERENT_CONFIDENTIAL_CHANNELS")),
                            env.getOrDefault("REFERENT_PUBLIC_URL", "")), metrics.registry());
            dk.referent.bot.platform.email.EmailSetup.actions(env, stores, services.decisions(), clock).ifPresent(actions ->
                    routes.put(dk.referent.bot.platform.email.EmailActionRoute.PATHS, new dk.referent.bot.platform.email.EmailActionRoute(actions)));
            sending.scheduleWithFixedDelay(() -> publishQuietly(services.publications()), 2, 2, TimeUnit.SECONDS);
            sending.scheduleWithFixedDelay(() -> tellExpired(services.secretariat(), platform, out), 1, 60, TimeUnit.SECONDS);
            ReferentConversation conversation = services.conversation();
            ConsoleConversation console = new ConsoleConversation(conversation, System.getProperty("user.name"));
            if (slack() || discord() || teams()) {
                return runOnPlatforms(conversation, console, platform, stores, settings, sending, routes, out, err);
            }
            platform.connect(new ChatDelivery() {
                @Override
                public DeliveryResult send(String target, String text) {
                    say(out, "✉️ Til " + target + ":\n" + text);
                    return DeliveryResult.sent();
                }

                @Override
                public DeliveryResult sendReminder(String target, String text, long followUpId) {
                    say(out, "🔔 Påmindelse til " + target + ":\n"
                            + ConsoleConversation.render(new dk.referent.bot.chat.Reply(text, dk.referent.bot.chat.Button.reminder(followUpId))));
                    return DeliveryResult.sent();
                }
            });
            send(sending, stores.database(), settings, platform);
            try (AutoCloseable web = serve(routes, err)) {
                converse(console, out);
            }
        } catch (SchedulerException e) {
            err.println("referent: the reminder scheduler failed: " + e.getMessage());
            return false;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            // only the HTTP server's close throws more than these, and it logs instead
            err.println("referent: " + e.getMessage());
            return false;
        } finally {
            sending.shutdownNow();
        }
        return true;
    }

    /**
     * Where publications and followers' notices go: the chat platform — except the decisions when no decisions channel
     * is configured, which are shown in the terminal.
     */
    private ChatDelivery outbound(ChatDelivery platform, String decisionsTarget, PrintWriter out) {
        if (env.containsKey(DECISIONS_CHANNEL)) {
            return platform;
        }
        return (target, text) -> {
            if (!target.equals(decisionsTarget)) {
                return platform.send(target, text);
            }
            say(out, "📢 Til beslutningskanalen:\n" + text);
            return DeliveryResult.sent();
        };
    }

    /** The chat platforms configured, side by side; {@code console} when there is none. */
    private java.util.Set<String> platformNames() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        if (slack()) {
            names.add(dk.referent.bot.chat.ChatIds.SLACK);
        }
        if (discord()) {
            names.add(dk.referent.bot.chat.ChatIds.DISCORD);
        }
        if (teams()) {
            names.add(dk.referent.bot.platform.teams.TeamsBot.PLATFORM);
        }
        return names.isEmpty() ? java.util.Set.of("console") : names;
    }

    /**
     * Every configured platform in this process: Slack (Socket Mode or HTTP mode), Teams (activities on
     * {@code /api/messages}) and Discord (JDA), their webhooks on the one HTTP server, each one's delivery behind one
     * {@link ChatRouting} for the outbox — until the process is stopped (SIGTERM) or, at a terminal, until its input
     * ends, with the console conversation beside them. Everything started is stopped on the way out.
     */
    private boolean runOnPlatforms(ReferentConversation conversation, ConsoleConversation console, LaterDelivery platform, Stores stores,
                                   SchedulerSettings settings, ScheduledExecutorService sending,
                                   Map<String, org.eclipse.jetty.server.Handler> routes, PrintWriter out, PrintWriter err) throws IOException {
        Map<String, ChatDelivery> deliveries = new java.util.LinkedHashMap<>();
        java.util.Deque<AutoCloseable> started = new java.util.ArrayDeque<>();
        readSearchIndex(stores);
        String reaching = "";
        try {
            if (slack()) {
                reaching = "Slack could not be reached: ";
                deliveries.put(dk.referent.bot.chat.ChatIds.SLACK, startSlack(conversation, stores, routes, started, err));
            }
            if (teams()) {
                reaching = "";
                deliveries.put(dk.referent.bot.platform.teams.TeamsBot.PLATFORM, startTeams(conversation, stores, routes, started));
            }
            // the webhooks are all routed before the one server starts
            started.push(serve(routes, err));
            if (discord()) {
                reaching = "Discord could not be reached: ";
                deliveries.put(dk.referent.bot.chat.ChatIds.DISCORD, startDiscord(conversation, started, err));
            }
            platform.connect(new ChatRouting(deliveries, env.get(FOLLOWUP_CHANNEL)));
            send(sending, stores.database(), settings, platform);
            untilStopped(console, out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            err.println("referent: " + reaching + e.getMessage());
            return false;
        } finally {
            stopAll(started);
        }
        return true;
    }

    /**
     * Reads the stored minutes' words into the search's memory in the background, so that the first question does not
     * wait for it (seconds at 100,000 items); should it fail, the first question reads them.
     */
    private static void readSearchIndex(Stores stores) {
        Thread reading = new Thread(() -> {
            try {
                LOG.info("search index ready: {} items", stores.search().prepare());
            } catch (RuntimeException e) {
                LOG.warn("search index not read at start: {}", e.toString());
            }
        }, "referent-search-index");
        reading.setDaemon(true);
        reading.start();
    }

    /** Stops what was started, the last first; a failure to stop one is logged and the others are still stopped. */
    private static void stopAll(java.util.Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                LOG.warn("stopping failed: {}", e.toString());
            }
        }
    }

    /** Slack's Bolt app: Socket Mode, or its route for HTTP mode; its delivery. */
    private ChatDelivery startSlack(ReferentConversation conversation, Stores stores, Map<String, org.eclipse.jetty.server.Handler> routes,
                                    java.util.Deque<AutoCloseable> started, PrintWriter err) throws Exception {
        com.slack.api.Slack slack = slackClient();
        String token = env.get("SLACK_BOT_TOKEN");
        java.util.concurrent.ExecutorService answering = Executors.newFixedThreadPool(2);
        started.push(answering::shutdown);
        dk.referent.bot.platform.slack.SlackBot bot = new dk.referent.bot.platform.slack.SlackBot(com.slack.api.bolt.AppConfig.builder()
                .singleTeamBotToken(token).signingSecret(env.get("SLACK_SIGNING_SECRET"))
                .requestVerificationEnabled(!socketMode()).slack(slack).build(), conversation,
                new dk.referent.bot.platform.slack.SlackUserGroups(slack.methods(token), roles.all()), answering, stores.inboundEvents());
        started.push(connect(bot, routes, err));
        return slackDelivery();
    }

    /** Discord (JDA): {@code /referent}, mentions, direct messages, buttons and files; its delivery. */
    private ChatDelivery startDiscord(ReferentConversation conversation, java.util.Deque<AutoCloseable> started, PrintWriter err) throws Exception {
        java.util.concurrent.ExecutorService answering = Executors.newFixedThreadPool(2);
        started.push(answering::shutdown);
        net.dv8tion.jda.api.JDA jda = dk.referent.bot.platform.discord.DiscordConnection.start(env.get("DISCORD_TOKEN"),
                new dk.referent.bot.platform.discord.DiscordBot(conversation, answering));
        started.push(jda::shutdown);
        err.println("referent: Discord connected");
        err.flush();
        return new dk.referent.bot.platform.discord.DiscordDelivery(jda, env.get(FOLLOWUP_CHANNEL));
    }

    /**
     * Microsoft Teams (the Bot Framework): activities on {@code /api/messages} at REFERENT_HTTP_PORT (behind the public
     * HTTPS endpoint the Azure bot's messaging endpoint names), answers and reminders through the Connector; its delivery.
     */
    private ChatDelivery startTeams(ReferentConversation conversation, Stores stores, Map<String, org.eclipse.jetty.server.Handler> routes,
                                    java.util.Deque<AutoCloseable> started) {
        String appId = env.get("TEAMS_APP_ID");
        // the Connector and the keys are never followed through a redirect (the app token would go along); files are
        java.net.http.HttpClient microsoft = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        java.net.http.HttpClient files = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
        java.net.URI tokenUrl = env.containsKey("REFERENT_TEAMS_TOKEN_URL") ? java.net.URI.create(env.get("REFERENT_TEAMS_TOKEN_URL"))
                : dk.referent.bot.platform.teams.TeamsConnector.defaultTokenUrl(env.get("TEAMS_TENANT_ID"));
        java.net.URI openId = env.containsKey("REFERENT_TEAMS_OPENID_URL") ? java.net.URI.create(env.get("REFERENT_TEAMS_OPENID_URL"))
                : dk.referent.bot.platform.teams.TeamsAuthentication.DEFAULT_OPENID;
        dk.referent.bot.platform.teams.TeamsConnector connector = new dk.referent.bot.platform.teams.TeamsConnector(tokenUrl, appId,
                env.get("TEAMS_APP_PASSWORD"), microsoft, clock);
        java.util.concurrent.ExecutorService answering = Executors.newFixedThreadPool(2);
        started.push(answering::shutdown);
        dk.referent.bot.platform.teams.TeamsBot bot = new dk.referent.bot.platform.teams.TeamsBot(conversation, stores.teamsConversations(),
                connector, files);
        routes.put(dk.referent.bot.platform.teams.TeamsActivities.PATH, new dk.referent.bot.platform.teams.TeamsActivities(
                new dk.referent.bot.platform.teams.TeamsAuthentication(appId, openId, microsoft, clock), bot::handle, answering));
        return new dk.referent.bot.platform.teams.TeamsDelivery(connector, stores.teamsConversations(), env.get(FOLLOWUP_CHANNEL),
                env.getOrDefault("REFERENT_TEAMS_SERVICE_URL", dk.referent.bot.platform.teams.TeamsDelivery.GLOBAL_SERVICE_URL));
    }

    /** At a terminal, the conversation until its input ends; as a service, until the process is stopped. */
    private void untilStopped(ConsoleConversation conversation, PrintWriter out) throws IOException, InterruptedException {
        if (terminal) {
            converse(conversation, out);
            return;
        }
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "referent-stop"));
        stopped.await();
    }

    /** Socket Mode when an app-level token is set, else HTTP mode: Slack's route on the one HTTP server. */
    private AutoCloseable connect(dk.referent.bot.platform.slack.SlackBot bot, Map<String, org.eclipse.jetty.server.Handler> routes,
                                  PrintWriter err) throws Exception {
        if (socketMode()) {
            dk.referent.bot.platform.slack.SlackSocketMode socket = new dk.referent.bot.platform.slack.SlackSocketMode(bot.app(), env.get("SLACK_APP_TOKEN"));
            err.println("referent: Slack (Socket Mode) connected");
            err.flush();
            return socket;
        }
        // Slack signs with its own clock: a request's timestamp is checked against the real time, not the run's clock
        routes.put(dk.referent.bot.platform.slack.SlackEvents.PATH, new dk.referent.bot.platform.slack.SlackEvents(bot.app()));
        return () -> { };
    }

    private com.slack.api.Slack slackClient() {
        com.slack.api.SlackConfig config = new com.slack.api.SlackConfig();
        if (env.containsKey("REFERENT_SLACK_API_URL")) {
            config.setMethodsEndpointUrlPrefix(env.get("REFERENT_SLACK_API_URL"));
        }
        return com.slack.api.Slack.getInstance(config);
    }

    private dk.referent.bot.platform.slack.SlackDelivery slackDelivery() {
        return new dk.referent.bot.platform.slack.SlackDelivery(slackClient().methods(env.get("SLACK_BOT_TOKEN")), env.get("REFERENT_FOLLOWUP_CHANNEL"));
    }

    private void converse(ConsoleConversation conversation, PrintWriter out) throws IOException {
        say(out, "Referent — spørg om referaterne (»hjælp« viser kommandoerne; Ctrl-D afslutter).");
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            say(out, conversation.reply(line.strip()));
        }
    }

    private static void say(PrintWriter out, String text) {
        synchronized (out) {
            out.println(text);
            out.println();
            out.flush();
        }
    }

    /** Sends the outbox through {@code delivery} every two seconds, on {@code sending}, until it is shut down. */
    private void send(ScheduledExecutorService sending, Database db, SchedulerSettings settings, ChatDelivery delivery) {
        OutboxDispatcher dispatcher = new OutboxDispatcher(db, byEmail.apply(delivery), clock, settings);
        sending.scheduleWithFixedDelay(() -> dispatchQuietly(dispatcher), 0, 2, TimeUnit.SECONDS);
    }

    /**
     * Tells each member of the secretariat whose preview expired unconfirmed, in their chat (or the terminal); a
     * message that fails is logged — they are told again when they next act on it.
     */
    private void tellExpired(Secretariat secretariat, ChatDelivery platform, PrintWriter out) {
        try {
            for (Secretariat.Notice notice : secretariat.expiryNotices()) {
                int colon = notice.actor().indexOf(':');
                String on = colon < 0 ? "" : notice.actor().substring(0, colon);
                if (on.equals("console")) {
                    say(out, notice.text());
                } else if (platformNames().contains(on)) {
                    // the routing delivery takes the bare id to its platform by its shape
                    DeliveryResult result = platform.send(notice.actor().substring(colon + 1), notice.text());
                    if (!(result instanceof DeliveryResult.Sent)) {
                        LOG.warn("could not tell {} that their preview expired: {}", notice.actor(), result);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("telling expired previews failed, will try again: {}", e.toString());
        }
    }

    private static void publishQuietly(PublicationOutbox publications) {
        try {
            publications.dispatchOnce();
        } catch (RuntimeException e) {
            LOG.warn("publishing decisions failed, will try again: {}", e.toString());
        }
    }

    private static void dispatchQuietly(OutboxDispatcher dispatcher) {
        try {
            dispatcher.dispatchOnce();
        } catch (RuntimeException e) {
            LOG.warn("sending reminders failed, will try again: {}", e.toString());
        }
    }
}
