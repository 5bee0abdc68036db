package dk.referent.bot.cli;

import dk.referent.bot.chat.Roles;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.persistence.AuditLog;
import dk.referent.persistence.Database;
import dk.referent.persistence.FollowUpStore;
import dk.referent.persistence.PreviewStore;
import dk.referent.persistence.ReferatStore;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.FollowUpDecisions;
import dk.referent.scheduler.OutboxDispatcher;
import dk.referent.scheduler.PublicationOutbox;
import dk.referent.scheduler.ReminderPlans;
import dk.referent.scheduler.ReminderScheduler;
import dk.referent.scheduler.ReminderStore;
import dk.referent.scheduler.SchedulerSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code referent run}: Referent running — reminders fired (Quartz, clustered) and sent from the outbox, and the
 * conversation in the terminal, until stdin ends. {@code referent demo} does the same on a fresh temporary
 * database with the sample minutes ingested and their follow-ups confirmed.
 */
@Command(name = "run", description = "Run Referent: reminders are fired and sent, and the conversation runs in the terminal until input ends.")
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Spec
    CommandSpec spec;

    private final DatabaseProvider databases;
    private final Session session;

    RunCommand(DatabaseProvider databases, Session session) {
        this.databases = databases;
        this.session = session;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String problem = session.configurationProblem();
        if (problem != null) {
            err.println("referent run: " + problem);
            return ExitCodes.BAD_INPUT;
        }
        return databases.using(err, db -> session.run(db, spec.commandLine().getOut(), err));
    }

    /** The running service on an open database, shared by run and demo. */
    static final class Session {
        private final ReferatFiles files;
        private final QuestionParser questions;
        private final dk.referent.minutes.time.DanishTemporalParser temporal;
        /** Who is the secretariat and who the leaders, from the environment. */
        private final Roles roles;
        private final Clock clock;
        private final InputStream in;
        private final Map<String, String> env;
        private final boolean terminal;

        /** {@code terminal}: stdin is a person at a terminal (with Slack, Ctrl-D then stops Referent, as in the console). */
        Session(ReferatFiles files, QuestionParser questions, dk.referent.minutes.time.DanishTemporalParser temporal, Clock clock,
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
        static final String PREVIEW_TTL = "REFERENT_PREVIEW_TTL_HOURS";

        /** How long a referat in preview waits for »bekræft«: {@value #PREVIEW_TTL} hours, else 48 hours. */
        private Duration previewTtl() {
            String hours = env.get(PREVIEW_TTL);
            return hours == null ? PreviewStore.DEFAULT_TTL : Duration.ofHours(Long.parseLong(hours.strip()));
        }

        private boolean slack() {
            return env.containsKey("SLACK_BOT_TOKEN");
        }

        private boolean discord() {
            return env.containsKey("DISCORD_TOKEN");
        }

        /** Slack's Socket Mode (an app-level token): Referent connects out, no public URL and no signing secret needed. */
        private boolean socketMode() {
            return env.containsKey("SLACK_APP_TOKEN");
        }

        /** What is wrong with the chat configuration, or null. Never names a secret's value. */
        String configurationProblem() {
            String ttl = env.get(PREVIEW_TTL);
            if (ttl != null && !ttl.strip().matches("0*[1-9]\\d{0,5}")) {
                return PREVIEW_TTL + " must be a whole number of hours (at least 1), not »" + ttl + "«";
            }
            if (discord() && !slack() && !env.getOrDefault("REFERENT_FOLLOWUP_CHANNEL", "").matches("\\d{17,20}")) {
                return "REFERENT_FOLLOWUP_CHANNEL (a Discord channel id) is needed for reminders whose owner has no Discord id";
            }
            if (!slack()) {
                return null;
            }
            if (!socketMode() && !env.containsKey("SLACK_SIGNING_SECRET")) {
                return "SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is not: Slack's requests cannot be verified";
            }
            if (!env.containsKey("REFERENT_FOLLOWUP_CHANNEL")) {
                return "REFERENT_FOLLOWUP_CHANNEL (a Slack channel id) is needed for reminders whose owner has no Slack id";
            }
            String port = env.getOrDefault("REFERENT_HTTP_PORT", "3000");
            if (!port.matches("\\d{1,5}")) {
                return "REFERENT_HTTP_PORT must be a port number, not »" + port + "«";
            }
            return null;
        }

        int run(Database db, PrintWriter out, PrintWriter err) throws IOException {
            SchedulerSettings settings = Scheduling.settings();
            ReminderStore store = new ReminderStore(db, new AuditLog(clock), clock);
            ScheduledExecutorService sending = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "referent-outbox");
                t.setDaemon(true);
                return t;
            });
            try (ReminderScheduler scheduler = new ReminderScheduler(db.dataSource(), store, clock, settings)) {
                scheduler.syncAll();
                scheduler.start();
                // the chat platform's delivery exists once it is connected, which needs the conversation first
                LaterDelivery platform = new LaterDelivery();
                FollowUpDecisions decisions = new FollowUpDecisions(new FollowUpStore(db, new AuditLog(clock), clock), scheduler);
                String decisionsTarget = env.getOrDefault("REFERENT_DECISIONS_CHANNEL", "decisions-channel");
                Subscriptions subscriptions = new Subscriptions(db, questions, platformName(), clock);
                PreviewStore previews = new PreviewStore(db, new AuditLog(clock), clock, previewTtl());
                PublicationOutbox publications = new PublicationOutbox(db,
                        env.containsKey("REFERENT_DECISIONS_CHANNEL") ? platform : decisionsToConsole(out), clock);
                sending.scheduleWithFixedDelay(() -> publishQuietly(publications), 2, 2, TimeUnit.SECONDS);
                Secretariat secretariat = new Secretariat(files, db, new ReferatStore(db, new AuditLog(clock), clock), new FollowUpStore(db, new AuditLog(clock), clock), store, previews, decisions, publications, decisionsTarget, subscriptions, clock);
                ReferentConversation conversation = new ReferentConversation(db, new Answers(db, questions, clock), decisions,
                        new ReminderPlans(store, settings), secretariat, subscriptions, roles,
                        Roles.ids(env.get("REFERENT_CONFIDENTIAL_CHANNELS")), decisionsTarget, temporal, clock);
                ConsoleConversation console = new ConsoleConversation(conversation, System.getProperty("user.name"));
                if (slack()) {
                    return runInSlack(conversation, console, platform, db, settings, sending, out, err);
                }
                if (discord()) {
                    return runInDiscord(conversation, console, platform, db, settings, sending, out, err);
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
                send(sending, db, settings, platform);
                converse(console, out);
            } catch (SchedulerException e) {
                err.println("referent: the reminder scheduler failed: " + e.getMessage());
                return ExitCodes.FAILED;
            } finally {
                sending.shutdownNow();
            }
            return ExitCodes.OK;
        }

        private String platformName() {
            return slack() ? "slack" : discord() ? "discord" : "console";
        }

        /** Without a decisions channel configured, the publication is shown in the terminal. */
        private static ChatDelivery decisionsToConsole(PrintWriter out) {
            return (target, text) -> {
                say(out, "📢 Til beslutningskanalen:\n" + text);
                return DeliveryResult.sent();
            };
        }

        /**
         * Slack (Socket Mode or HTTP mode): the conversation and reminders in Slack, until the process is stopped
         * (SIGTERM) — or, at a terminal, until its input ends, with the console conversation beside Slack.
         */
        private int runInSlack(ReferentConversation conversation, ConsoleConversation console, LaterDelivery platform, Database db,
                               SchedulerSettings settings, ScheduledExecutorService sending, PrintWriter out, PrintWriter err) throws IOException {
            com.slack.api.Slack slack = slackClient();
            String token = env.get("SLACK_BOT_TOKEN");
            java.util.concurrent.ExecutorService answering = Executors.newFixedThreadPool(2);
            dk.referent.bot.slack.SlackBot bot = new dk.referent.bot.slack.SlackBot(com.slack.api.bolt.AppConfig.builder()
                    .singleTeamBotToken(token).signingSecret(env.get("SLACK_SIGNING_SECRET"))
                    .requestVerificationEnabled(!socketMode()).slack(slack).build(), conversation,
                    new dk.referent.bot.slack.SlackUserGroups(slack.methods(token), roles.all()), answering);
            platform.connect(slackDelivery());
            send(sending, db, settings, platform);
            try (AutoCloseable connection = connect(bot, err)) {
                untilStopped(console, out);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                err.println("referent: Slack could not be reached: " + e.getMessage());
                return ExitCodes.FAILED;
            } finally {
                answering.shutdown();
            }
            return ExitCodes.OK;
        }

        /**
         * Discord (JDA): {@code /referent}, mentions, direct messages, buttons and files, reminders to Discord users or the
         * follow-up channel, until the process is stopped — or, at a terminal, until its input ends.
         */
        private int runInDiscord(ReferentConversation conversation, ConsoleConversation console, LaterDelivery platform, Database db,
                                 SchedulerSettings settings, ScheduledExecutorService sending, PrintWriter out, PrintWriter err) throws IOException {
            java.util.concurrent.ExecutorService answering = Executors.newFixedThreadPool(2);
            net.dv8tion.jda.api.JDA jda = null;
            try {
                jda = dk.referent.bot.discord.DiscordConnection.start(env.get("DISCORD_TOKEN"),
                        new dk.referent.bot.discord.DiscordBot(conversation, answering));
                platform.connect(new dk.referent.bot.discord.DiscordDelivery(jda, env.get("REFERENT_FOLLOWUP_CHANNEL")));
                send(sending, db, settings, platform);
                err.println("referent: Discord connected");
                err.flush();
                untilStopped(console, out);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                err.println("referent: Discord could not be reached: " + e.getMessage());
                return ExitCodes.FAILED;
            } finally {
                answering.shutdown();
                if (jda != null) {
                    jda.shutdown();
                }
            }
            return ExitCodes.OK;
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

        /** Socket Mode when an app-level token is set, else HTTP mode on REFERENT_HTTP_PORT. */
        private AutoCloseable connect(dk.referent.bot.slack.SlackBot bot, PrintWriter err) throws Exception {
            if (socketMode()) {
                dk.referent.bot.slack.SlackSocketMode socket = new dk.referent.bot.slack.SlackSocketMode(bot.app(), env.get("SLACK_APP_TOKEN"));
                err.println("referent: Slack (Socket Mode) connected");
                err.flush();
                return socket;
            }
            dk.referent.bot.slack.SlackHttpServer server = new dk.referent.bot.slack.SlackHttpServer(bot.app(),
                    Integer.parseInt(env.getOrDefault("REFERENT_HTTP_PORT", "3000")));
            err.println("referent: Slack (HTTP mode) on port " + server.port() + ", path " + dk.referent.bot.slack.SlackHttpServer.PATH);
            err.flush();
            return server;
        }

        private com.slack.api.Slack slackClient() {
            com.slack.api.SlackConfig config = new com.slack.api.SlackConfig();
            if (env.containsKey("REFERENT_SLACK_API_URL")) {
                config.setMethodsEndpointUrlPrefix(env.get("REFERENT_SLACK_API_URL"));
            }
            return com.slack.api.Slack.getInstance(config);
        }

        private dk.referent.bot.slack.SlackDelivery slackDelivery() {
            return new dk.referent.bot.slack.SlackDelivery(slackClient().methods(env.get("SLACK_BOT_TOKEN")), env.get("REFERENT_FOLLOWUP_CHANNEL"));
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
            OutboxDispatcher dispatcher = new OutboxDispatcher(db, delivery, clock, settings.catchUpAfter());
            sending.scheduleWithFixedDelay(() -> dispatchQuietly(dispatcher), 0, 2, TimeUnit.SECONDS);
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

    /** {@code referent demo}: a fresh temporary database, the sample minutes ingested and confirmed, then {@code run}. */
    @Command(name = "demo", description = "Try Referent: a fresh temporary database with the sample minutes, then the conversation in the terminal.")
    static final class Demo implements Callable<Integer> {

        @Option(names = "--samples", defaultValue = "samples", paramLabel = "DIR", description = "The minutes to load (default: ${DEFAULT-VALUE}).")
        Path samples;

        @Spec
        CommandSpec spec;

        private final ReferatFiles files;
        private final Session session;
        private final Clock clock;

        Demo(ReferatFiles files, Session session, Clock clock) {
            this.files = files;
            this.session = session;
            this.clock = clock;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<Path> found = Files.isDirectory(samples) ? ReferatFiles.expand(List.of(samples)) : List.of();
            if (found.isEmpty()) {
                err.println("referent demo: no minutes in " + samples.toAbsolutePath() + " (run it from Referent's folder, or give --samples DIR)");
                return ExitCodes.BAD_INPUT;
            }
            // a database of its own, removed when the demo ends: the user's data is never touched
            return BenchCommand.onTemporaryDatabase(db -> {
                ReferatStore store = new ReferatStore(db, new AuditLog(clock), clock);
                for (Path file : found) {
                    // a sample whose date or body the text does not say waits for the secretariat, as in ingest
                    if (files.read(file) instanceof ReferatFiles.Parsed p && p.referat().dated() && p.referat().meeting().body() != null) {
                        var r = store.ingest(p.referat(), p.text(), "demo");
                        out.printf("Indlæst: %s %s, %d punkter%n", r.body(), r.date(), r.items());
                    }
                }
                int confirmed = new FollowUpStore(db, new AuditLog(clock), clock).confirmAll("demo").size();
                out.printf("%d opfølgninger bekræftet.%n%n", confirmed);
                return session.run(db, out, err);
            });
        }
    }
}
