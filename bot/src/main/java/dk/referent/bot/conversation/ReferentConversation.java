package dk.referent.bot.conversation;

import dk.referent.bot.Stores;
import dk.referent.bot.calendar.CalendarFeedService;
import dk.referent.bot.chat.Button.Action;
import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Conversation;
import dk.referent.bot.chat.Download;
import dk.referent.bot.chat.DownloadException;
import dk.referent.bot.chat.Failures;
import dk.referent.bot.chat.PerUserQueue;
import dk.referent.bot.chat.Place;
import dk.referent.bot.chat.Reply;
import dk.referent.bot.chat.Role;
import dk.referent.bot.chat.Roles;
import dk.referent.bot.chat.Speaker;
import dk.referent.bot.intake.Secretariat;
import dk.referent.persistence.CalendarFeeds;
import dk.referent.persistence.ConfidentialChannels;
import dk.referent.persistence.FollowUpStore;
import dk.referent.persistence.PersonContacts;
import dk.referent.scheduler.FollowUpDecisions;
import dk.referent.scheduler.PublicationOutbox;
import dk.referent.scheduler.ReminderPlans;
import dk.referent.scheduler.plan.PlannedReminder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conversation every platform carries: questions and their answers, the follow-ups with their buttons,
 * subscriptions, and the secretariat's work — with who may do what, and every refusal audited.
 *
 * <p>Closed items' content is answered only in channels marked confidential (configured, or marked by the
 * secretariat in the channel) and to the secretariat in a direct conversation; never in the decisions channel.
 */
public final class ReferentConversation implements Conversation {

    static final String HELP = """
            Skriv et spørgsmål, fx »Hvad blev besluttet om sprogskolen?«, »hvilke frister har vi i juni?«,
            »hvem deltog i direktionsmødet den 3. maj 2021?« — eller:
              mine frister           dine åbne opfølgninger, med knapper (udført, udsæt, overdrag)
              udført N               opfølgning N er udført (ingen flere påmindelser)
              udsæt N D              udsæt opfølgning N i D dage (eller: udsæt N til ÅÅÅÅ-MM-DD)
              overdrag N til NAVN    giv opfølgning N til en anden
              følg EMNE              få besked, når der offentliggøres en ny beslutning om EMNE (eller en sag: følg sag 24-001234)
              følg ikke EMNE         stop det; »hvad følger jeg?« viser dine emner
              påmindelser            de planlagte påmindelser de næste 30 dage
              min kalender           dit personlige kalender-link (ICS) til Outlook m.fl., sendt privat
              min e-mail ADRESSE     din e-mail-adresse til påmindelser og ugens oversigt
              påmindelser på e-mail / påmindelser i chat / påmindelser i chat og på e-mail    hvor dine påmindelser kommer
              hjælp                  denne tekst""";
    static final String SECRETARIAT_HELP = """
            For sekretariatet:
              send et referat som fil (i konsollen: indlæs FIL) → forhåndsvisning; derefter
              bekræft / kassér       gem, bekræft opfølgningerne og offentliggør beslutningerne — eller kassér
              ret N dato ÅÅÅÅ-MM-DD, ret N ansvarlig NAVN, fjern N    ret opfølgning N i forhåndsvisningen
              ret mødedato DATO, ret organ NAVN    giv mødets dato eller organ (et referat uden mødedato gemmes først, når den er givet)
              send en mødekalender (ICS) med teksten »kalender ORGAN« (i konsollen: kalender ORGAN FIL)
              tilbagekald kalender NAVN    gør NAVNs kalender-links ugyldige
              fortrolig / ikke fortrolig    marker kanalen: lukkede punkters indhold må vises her
              udsendelser / send igen    hvad der ikke er nået frem til beslutningskanalen eller følgerne — og prøv igen""";

    private static final Pattern DONE = Pattern.compile("(?iu)^(?:udført|done)\\s+#?(\\d+)$");
    private static final Pattern SNOOZE_DAYS = Pattern.compile("(?iu)^(?:udsæt|snooze)\\s+#?(\\d+)\\s+(\\d{1,3})\\s*(?:dage?|days?)?$");
    private static final Pattern SNOOZE_UNTIL = Pattern.compile("(?iu)^(?:udsæt|snooze)\\s+#?(\\d+)\\s+(?:til|until)\\s+(.+)$");
    private static final Pattern REASSIGN = Pattern.compile("(?iu)^(?:overdrag|reassign)\\s+#?(\\d+)\\s+(?:til|to)\\s+(.+)$");
    private static final Pattern REMINDERS = Pattern.compile("(?iu)^(?:påmindelser|reminders)$");
    private static final Pattern LOAD = Pattern.compile("(?iu)^(?:indlæs|upload|load)\\s+(.+)$");
    private static final Pattern CALENDAR_FILE = Pattern.compile("(?iu)^(?:kalender|calendar)\\s+(.+?)\\s+(\\S+\\.(?:ics|ical|txt|csv))$");
    private static final Pattern CALENDAR_CAPTION = Pattern.compile("(?iu)^(?:importér\\s+|importer\\s+|import\\s+)?(?:møde)?(?:kalender|calendar)\\s+(?:for\\s+)?(.+)$");
    private static final Pattern CONFIRM = Pattern.compile("(?iu)^(?:bekræft|confirm|publicér|publicer|publish)$");
    private static final Pattern DISCARD = Pattern.compile("(?iu)^(?:kassér|kasser|discard)$");
    private static final Pattern EDIT_DATE = Pattern.compile("(?iu)^ret\\s+(\\d+)\\s+(?:dato|frist|date)\\s+(.+)$");
    private static final Pattern EDIT_OWNER = Pattern.compile("(?iu)^ret\\s+(\\d+)\\s+(?:ansvarlig|ejer|owner)\\s+(.+)$");
    private static final Pattern EDIT_MEETING_DATE = Pattern.compile("(?iu)^ret\\s+(?:mødedato(?:en)?|møde\\s+dato|meeting\\s+date)\\s+(?:til\\s+)?(.+)$");
    private static final Pattern EDIT_BODY = Pattern.compile("(?iu)^ret\\s+(?:organ(?:et)?|body)\\s+(?:til\\s+)?(.+)$");
    private static final Pattern REMOVE = Pattern.compile("(?iu)^(?:fjern|remove)\\s+(\\d+)$");
    private static final Pattern UNFOLLOW = Pattern.compile("(?iu)^(?:følg\\s+ikke|stop\\s+med\\s+at\\s+følge|unfollow)\\s+(.+)$");
    private static final Pattern FOLLOW = Pattern.compile("(?iu)^(?:følg|follow)\\s+(.+)$");
    private static final Pattern FOLLOWING = Pattern.compile("(?iu)^(?:hvad\\s+følger\\s+jeg|mine\\s+abonnementer|abonnementer|what\\s+do\\s+i\\s+follow)\\s*\\??$");
    private static final Pattern CONFIDENTIAL = Pattern.compile("(?iu)^(?:fortrolig(?:\\s+kanal)?|marker\\s+kanalen\\s+(?:som\\s+)?fortrolig|confidential)$");
    private static final Pattern NOT_CONFIDENTIAL = Pattern.compile("(?iu)^(?:ikke\\s+fortrolig|offentlig\\s+kanal|not\\s+confidential)$");
    private static final Pattern UNDELIVERED = Pattern.compile("(?iu)^(?:udsendelser|fejlede\\s+udsendelser|undelivered)\\s*\\??$");
    private static final Pattern SEND_AGAIN = Pattern.compile("(?iu)^(?:send\\s+igen|prøv\\s+igen|retry)$");
    private static final Pattern MY_CALENDAR = Pattern.compile("(?iu)^(?:min\\s+kalender|my\\s+calendar)$");
    private static final Pattern REVOKE_CALENDAR = Pattern.compile("(?iu)^(?:tilbagekald|revoke)\\s+(?:kalender(?:en)?|calendar)\\s+(?:for\\s+)?(.+)$");
    private static final Pattern MY_EMAIL = Pattern.compile("(?iu)^(?:min\\s+e-?mail(?:-?adresse)?|my\\s+e-?mail)\\s*:?\\s+(\\S+)$");
    private static final Pattern REMINDERS_BY = Pattern.compile(
            "(?iu)^(?:påmindelser|reminders)\\s+(?:(på|via|by)\\s+e-?mail|(i|in)\\s+chat(?:ten)?|(i|in)\\s+chat(?:ten)?\\s+(?:og|and)\\s+(?:på|via|by)\\s+e-?mail)$");
    private static final Pattern HELP_WORD = Pattern.compile("(?iu)^(?:hjælp|help|\\?)$");
    /** A chat user's id (Slack, Discord), as owners and assignees given in chat are stored. */
    /** A person's chat id: Slack ({@code U…}/{@code W…}), Discord (a snowflake), Teams (an Entra ID object id). */
    private static final Pattern CHAT_USER = Pattern.compile("[UW][A-Z0-9]{6,}|\\d{17,20}"
            + "|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern MENTION = Pattern.compile("^<@!?([A-Z0-9]+)(?:\\|[^>]*)?>$");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d. MMM 'kl.' HH:mm", Locale.forLanguageTag("da-DK"));
    private static final DateTimeFormatter DANISH_NUMERIC = DateTimeFormatter.ofPattern("d-M-uuuu");
    /**
     * The longest question answered: a question is a sentence or two, and reading a very long one costs seconds of a
     * thread everyone shares (10,000 characters took 25 s).
     */
    static final int MAX_QUESTION = 500;
    static final String TOO_LONG = "Dit spørgsmål er for langt (over " + MAX_QUESTION + " tegn). Spørg kortere, fx »Hvad blev besluttet om sprogskolen?«";
    static final String TOO_LONG_ENGLISH = "Your question is too long (over " + MAX_QUESTION
            + " characters). Please ask in fewer words, e.g. \"What was decided about the language school?\"";
    /** Follow-ups with buttons under one answer: Discord allows five rows of buttons. */
    private static final int WITH_BUTTONS = 5;

    private final Answers answers;
    private final FollowUpDecisions decisions;
    private final FollowUpStore followUps;
    private final ReminderPlans plans;
    private final Secretariat secretariat;
    private final Subscriptions subscriptions;
    private final ConfidentialChannels confidential;
    private final Set<String> configuredConfidential;
    private final String decisionsChannel;
    private final Roles roles;
    private final Stores stores;
    /** The decisions' and followers' outbox: the secretariat sees what did not arrive, and tries it again. */
    private final PublicationOutbox publications;
    private final dk.referent.minutes.time.DanishTemporalParser dates;
    private final Clock clock;
    /** REFERENT_PUBLIC_URL: where calendar links point. */
    private final String publicUrl;
    /** The Timer's name in /metrics: its count is the questions answered. */
    public static final String QUESTIONS_ANSWERED = "referent.questions.answered";
    private final io.micrometer.core.instrument.Timer answered;
    /** Unexpected failures: the user gets a reference, the log the detail. */
    private final Failures failures = new Failures();

    /**
     * {@code configuredConfidential}: channel ids confidential by configuration; {@code decisionsChannel}: the channel
     * decisions are published to, which is never confidential.
     */
    public ReferentConversation(Stores stores, Answers answers, FollowUpDecisions decisions, ReminderPlans plans, Secretariat secretariat,
                                PublicationOutbox publications, Subscriptions subscriptions, Roles roles, Set<String> configuredConfidential,
                                String decisionsChannel, dk.referent.minutes.time.DanishTemporalParser dates, String publicUrl) {
        // no registry: the timer counts nowhere (tests, commands without /metrics)
        this(stores, answers, decisions, plans, secretariat, publications, subscriptions, roles, configuredConfidential, decisionsChannel,
                dates, publicUrl, new io.micrometer.core.instrument.composite.CompositeMeterRegistry());
    }

    /** {@code meters}: where the time each answer to a question takes is recorded ({@value #QUESTIONS_ANSWERED}). */
    public ReferentConversation(Stores stores, Answers answers, FollowUpDecisions decisions, ReminderPlans plans, Secretariat secretariat,
                                PublicationOutbox publications, Subscriptions subscriptions, Roles roles, Set<String> configuredConfidential,
                                String decisionsChannel, dk.referent.minutes.time.DanishTemporalParser dates, String publicUrl,
                                io.micrometer.core.instrument.MeterRegistry meters) {
        this.answered = io.micrometer.core.instrument.Timer.builder(QUESTIONS_ANSWERED)
                .description("Questions answered, and how long each answer took").register(meters);
        this.publicUrl = publicUrl == null ? "" : publicUrl;
        this.stores = stores;
        this.publications = publications;
        this.dates = dates;
        this.answers = answers;
        this.decisions = decisions;
        this.followUps = stores.followUps();
        this.plans = plans;
        this.secretariat = secretariat;
        this.subscriptions = subscriptions;
        this.confidential = stores.confidentialChannels();
        this.configuredConfidential = Set.copyOf(configuredConfidential);
        this.decisionsChannel = decisionsChannel;
        this.roles = roles;
        this.clock = stores.clock();
    }

    @Override
    public Reply said(Speaker who, Place where, String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        try {
            return reply(who, where, line);
        } catch (Exception e) {
            return Reply.of(failures.logged("answering a message", who.actor(), e)
                    .in(english(line), "Det lykkedes ikke", "That did not work"));
        }
    }

    @Override
    public Reply busy(Speaker who, String text) {
        return Reply.of(english(text == null ? "" : text) ? PerUserQueue.BUSY_ENGLISH : PerUserQueue.BUSY);
    }

    /** Whether {@code text} is English, told from its beginning: reading all of a very long text is what costs. */
    private boolean english(String text) {
        return answers.english(text.length() > MAX_QUESTION ? text.substring(0, MAX_QUESTION) : text);
    }

    /** What has not reached the decisions channel or a follower, in words: given up, or when it is tried again. */
    private String undelivered() {
        List<PublicationOutbox.Undelivered> rows = publications.undelivered();
        if (rows.isEmpty()) {
            return "Alle beslutninger og beskeder til følgere er nået frem.";
        }
        StringBuilder out = new StringBuilder("Ikke nået frem:");
        for (PublicationOutbox.Undelivered u : rows) {
            out.append("\n• ").append(u.target().equals(decisionsChannel) ? "Beslutningerne" : "Beskeden til " + u.target())
                    .append(" fra ").append(u.body()).append(", ").append(DanishFormat.date(u.date())).append(": ")
                    .append(u.failed() ? "opgivet efter " + u.attempts() + " forsøg (»send igen« prøver igen)"
                            : "prøves igen " + when(u.nextAttempt()) + " (" + u.attempts() + " forsøg indtil nu)");
        }
        return out.toString();
    }

    /** »13. maj 2024 kl. 10.35«, in the municipality's time. */
    private String when(java.time.OffsetDateTime at) {
        java.time.ZonedDateTime local = at.atZoneSameInstant(clock.getZone());
        return DanishFormat.date(local.toLocalDate()) + " kl. " + String.format(java.util.Locale.ROOT, "%02d.%02d", local.getHour(), local.getMinute());
    }

    private Reply reply(Speaker who, Place where, String line) throws Exception {
        Matcher m;
        if (line.isEmpty() || HELP_WORD.matcher(line).matches()) {
            return Reply.of(roles.of(who) == Role.SECRETARIAT ? HELP + "\n" + SECRETARIAT_HELP : HELP);
        }
        if (REMINDERS.matcher(line).matches()) {
            return Reply.of(reminders());
        }
        if ((m = DONE.matcher(line)).matches()) {
            return done(who, Long.parseLong(m.group(1)));
        }
        if ((m = SNOOZE_DAYS.matcher(line)).matches()) {
            return snooze(who, Long.parseLong(m.group(1)), LocalDate.now(clock).plusDays(Long.parseLong(m.group(2))));
        }
        if ((m = SNOOZE_UNTIL.matcher(line)).matches()) {
            Optional<LocalDate> until = date(m.group(2));
            return until.isEmpty() ? notADate(m.group(2))
                    : snooze(who, Long.parseLong(m.group(1)), until.get());
        }
        if ((m = REASSIGN.matcher(line)).matches()) {
            return reassign(who, where, Long.parseLong(m.group(1)), m.group(2));
        }
        if (MY_CALENDAR.matcher(line).matches()) {
            return myCalendar(who, where);
        }
        if ((m = MY_EMAIL.matcher(line)).matches()) {
            return myEmail(who, m.group(1));
        }
        if ((m = REMINDERS_BY.matcher(line)).matches()) {
            return remindersBy(who, m.group(1) != null ? PersonContacts.Preference.EMAIL
                    : m.group(2) != null ? PersonContacts.Preference.CHAT : PersonContacts.Preference.BOTH);
        }
        if ((m = REVOKE_CALENDAR.matcher(line)).matches()) {
            String person = chatUser(m.group(1));
            return secretariatOnly(who, "revoke calendar " + person, () -> {
                int n = stores.calendarFeeds().revoke(new CalendarFeeds.Feed(CalendarFeeds.Kind.PERSON, person), who.actor());
                return Reply.acted(n == 0 ? "Der er ingen aktive kalender-links for " + person + "."
                        : "Kalender-links for " + person + " er tilbagekaldt (" + n + "). Abonnerede kalendere får ikke flere opdateringer.");
            });
        }
        if ((m = UNFOLLOW.matcher(line)).matches()) {
            return Reply.of(subscriptions.unfollow(who, m.group(1)));
        }
        if (FOLLOWING.matcher(line).matches()) {
            return Reply.of(subscriptions.list(who));
        }
        if ((m = FOLLOW.matcher(line)).matches()) {
            return Reply.of(subscriptions.follow(who, m.group(1)));
        }
        Optional<Reply> secretariatWork = secretariatWork(who, where, line);
        if (secretariatWork.isPresent()) {
            return secretariatWork.get();
        }
        if (line.length() > MAX_QUESTION) {
            return Reply.of(english(line) ? TOO_LONG_ENGLISH : TOO_LONG);
        }
        return answer(who, where, line);
    }

    /** The secretariat's work, done only when the secretariat asks; anyone else is refused (and the refusal audited). */
    @FunctionalInterface
    private interface SecretariatWork {
        Reply run() throws Exception;
    }

    private Reply secretariatOnly(Speaker who, String what, SecretariatWork work) throws Exception {
        return roles.of(who) == Role.SECRETARIAT ? work.run() : refuse(who, what);
    }

    /** The secretariat's commands, or empty when {@code line} is none of them. */
    private Optional<Reply> secretariatWork(Speaker who, Place where, String line) throws Exception {
        Matcher m;
        if (CONFIRM.matcher(line).matches()) {
            return Optional.of(secretariatOnly(who, "publish", () -> Reply.of(secretariat.confirm(who.actor()))));
        }
        if (DISCARD.matcher(line).matches()) {
            return Optional.of(secretariatOnly(who, "discard", () -> Reply.of(secretariat.discard(who.actor()))));
        }
        if ((m = EDIT_DATE.matcher(line)).matches()) {
            int n = Integer.parseInt(m.group(1));
            String day = m.group(2);
            return Optional.of(secretariatOnly(who, "edit: " + line, () -> {
                Optional<LocalDate> d = date(day);
                return d.isEmpty() ? notADate(day)
                        : preview(who, secretariat.edit(who.actor(), n, new Secretariat.Edit.Due(d.get())));
            }));
        }
        if ((m = EDIT_OWNER.matcher(line)).matches()) {
            Secretariat.Edit owner = new Secretariat.Edit.Owner(chatUser(m.group(2)));
            int n = Integer.parseInt(m.group(1));
            return Optional.of(secretariatOnly(who, "edit: " + line, () -> preview(who, secretariat.edit(who.actor(), n, owner))));
        }
        if ((m = EDIT_MEETING_DATE.matcher(line)).matches()) {
            String day = m.group(1);
            return Optional.of(secretariatOnly(who, "edit: " + line, () -> {
                Optional<LocalDate> d = meetingDate(day);
                return d.isEmpty() ? notADate(day)
                        : preview(who, secretariat.editMeeting(who.actor(), new Secretariat.MeetingEdit.Date(d.get())));
            }));
        }
        if ((m = EDIT_BODY.matcher(line)).matches()) {
            Secretariat.MeetingEdit body = new Secretariat.MeetingEdit.Body(m.group(1).strip());
            return Optional.of(secretariatOnly(who, "edit: " + line, () -> preview(who, secretariat.editMeeting(who.actor(), body))));
        }
        if ((m = REMOVE.matcher(line)).matches()) {
            int n = Integer.parseInt(m.group(1));
            return Optional.of(secretariatOnly(who, "edit: " + line,
                    () -> preview(who, secretariat.edit(who.actor(), n, new Secretariat.Edit.Remove()))));
        }
        if (UNDELIVERED.matcher(line).matches()) {
            return Optional.of(secretariatOnly(who, "undelivered", () -> Reply.of(undelivered())));
        }
        if (SEND_AGAIN.matcher(line).matches()) {
            return Optional.of(secretariatOnly(who, "retry publications", () -> {
                int n = publications.retryFailed(who.actor());
                return Reply.of(n == 0 ? "Der er intet opgivet at sende igen. " + undelivered()
                        : n + (n == 1 ? " udsendelse prøves" : " udsendelser prøves") + " igen om lidt.");
            }));
        }
        if (CONFIDENTIAL.matcher(line).matches()) {
            return Optional.of(secretariatOnly(who, "mark channel: " + line, () -> markConfidential(who, where)));
        }
        if (NOT_CONFIDENTIAL.matcher(line).matches()) {
            return Optional.of(secretariatOnly(who, "mark channel: " + line, () -> Reply.of(confidential.unmark(where.key(), who.actor())
                    ? "Kanalen er ikke længere fortrolig."
                    : configuredConfidential.contains(where.channel()) ? "Kanalen er fortrolig i konfigurationen (REFERENT_CONFIDENTIAL_CHANNELS)."
                    : "Kanalen var ikke markeret som fortrolig.")));
        }
        // a path on this machine: only from the terminal, never from chat
        if (!who.platform().equals("console")) {
            return Optional.empty();
        }
        if ((m = CALENDAR_FILE.matcher(line)).matches()) {
            String body = m.group(1);
            Path file = Path.of(m.group(2));
            return Optional.of(secretariatOnly(who, "load: " + line, () -> Files.isRegularFile(file)
                    ? Reply.of(secretariat.calendar(body, file.getFileName().toString(), Files.readAllBytes(file), who.actor()))
                    : Reply.of(file + ": filen findes ikke.")));
        }
        if ((m = LOAD.matcher(line)).matches()) {
            Path file = Path.of(m.group(1));
            return Optional.of(secretariatOnly(who, "load: " + line, () -> preview(who, secretariat.preview(file, who.actor()))));
        }
        return Optional.empty();
    }

    private Reply markConfidential(Speaker who, Place where) {
        if (where.channel().equals(decisionsChannel)) {
            return Reply.of("Beslutningskanalen kan ikke være fortrolig: lukkede punkters indhold offentliggøres aldrig.");
        }
        if (where.direct()) {
            return Reply.of("En direkte samtale med sekretariatet er allerede fortrolig; andre kan ikke markere deres egen.");
        }
        return Reply.of(confidential.mark(where.key(), who.actor())
                ? "Kanalen er nu fortrolig: lukkede punkters indhold kan vises her. »ikke fortrolig« fjerner markeringen."
                : "Kanalen er allerede fortrolig.");
    }

    /** A preview (or the message saying why there is none) with its buttons while a referat waits for confirmation. */
    private Reply preview(Speaker who, String text) {
        return secretariat.previewing(who.actor()) && text.startsWith(Secretariat.PREVIEW)
                ? new Reply(text, List.of(new Button(Action.PUBLISH, ""), new Button(Action.EDIT, ""), new Button(Action.DISCARD, "")))
                : Reply.of(text);
    }

    private Reply answer(Speaker who, Place where, String line) {
        Answers.Answer a = answered.record(() -> answers.answer(line, authorised(who, where), 5, who.id()));
        List<Button> buttons = new ArrayList<>();
        for (long id : a.followUps().subList(0, Math.min(WITH_BUTTONS, a.followUps().size()))) {
            String v = String.valueOf(id);
            buttons.addAll(List.of(new Button(Action.DONE, v), new Button(Action.SNOOZE_WEEK, v), new Button(Action.REASSIGN, v)));
        }
        return new Reply(a.text(), buttons, false, a.citation());
    }

    /** Whether closed items' content may be answered here: a confidential channel, or the secretariat in private. */
    boolean authorised(Speaker who, Place where) {
        if (where.channel().equals(decisionsChannel)) {
            return false;
        }
        if (where.direct() && roles.of(who) == Role.SECRETARIAT) {
            return true;
        }
        return configuredConfidential.contains(where.channel()) || configuredConfidential.contains(where.key())
                || confidential.contains(where.key());
    }

    @Override
    public Reply sent(Speaker who, Place where, String fileName, Download download, String caption) {
        String name = fileName == null || fileName.isBlank() ? "fil" : Path.of(fileName).getFileName().toString();
        if (roles.of(who) != Role.SECRETARIAT) {
            return refuse(who, "upload " + name);
        }
        byte[] content;
        try {
            content = download.bytes();
        } catch (DownloadException e) {
            return Reply.of("Filen " + name + " kunne ikke hentes: " + e.getMessage());
        } catch (java.io.IOException | RuntimeException e) {
            return Reply.of(failures.logged("fetching a file", who.actor(), e).danish("Filen " + name + " kunne ikke hentes"));
        }
        try {
            Matcher calendar = CALENDAR_CAPTION.matcher(caption == null ? "" : caption.strip());
            if (calendar.matches()) {
                return Reply.of(secretariat.calendar(calendar.group(1).strip(), name, content, who.actor()));
            }
            if (name.toLowerCase(Locale.ROOT).matches(".*\\.(?:ics|ical)$")) {
                return Reply.of("Er " + name + " en mødekalender? Send den igen med teksten »kalender ORGAN«, fx »kalender Økonomiudvalget«.");
            }
            return preview(who, secretariat.preview(name, content, who.actor()));
        } catch (Exception e) {
            return Reply.of(failures.logged("reading a file", who.actor(), e).danish("Filen " + name + " kunne ikke behandles"));
        }
    }

    @Override
    public Reply pressed(Speaker who, Place where, Action action, String value) {
        try {
            return switch (action) {
                case PUBLISH -> secretariatOnly(who, "publish", () -> whilePreviewing(who, () -> secretariat.confirm(who.actor())));
                case DISCARD -> secretariatOnly(who, "discard", () -> whilePreviewing(who, () -> secretariat.discard(who.actor())));
                case EDIT -> secretariatOnly(who, "edit", () -> Reply.of("Ret en opfølgning ved at skrive »ret N dato ÅÅÅÅ-MM-DD«, "
                        + "»ret N ansvarlig NAVN« eller »fjern N« (N som i forhåndsvisningen), og mødet med »ret mødedato DATO« "
                        + "eller »ret organ NAVN«; derefter »bekræft«."));
                case REASSIGN -> Reply.of("Skriv »overdrag " + value + " til NAVN« (en person, et team, eller @nævn en bruger).");
                case DONE, SNOOZE_DAY, SNOOZE_WEEK -> {
                    long id = Long.parseLong(value);
                    yield action == Action.DONE ? done(who, id)
                            : snooze(who, id, LocalDate.now(clock).plusDays(action == Action.SNOOZE_DAY ? 1 : 7));
                }
            };
        } catch (NumberFormatException e) {
            return Reply.of("Knappen hører ikke til en opfølgning.");
        } catch (Exception e) {
            return Reply.of(failures.logged("a button (" + action + ")", who.actor(), e).danish("Det lykkedes ikke"));
        }
    }

    /**
     * A preview's button: it takes effect when it settles the referat in preview (stored or discarded); else — none
     * was in preview, or confirming was refused (no meeting date yet) — its reply only says why.
     */
    private Reply whilePreviewing(Speaker who, java.util.concurrent.Callable<String> action) throws Exception {
        boolean previewing = secretariat.previewing(who.actor());
        String text = action.call();
        return previewing && !secretariat.previewing(who.actor()) ? Reply.acted(text) : Reply.of(text);
    }

    @Override
    public Reply reassign(Speaker who, Place where, long followUpId, String to) {
        String assignee = chatUser(to == null ? "" : to);
        if (assignee.isBlank()) {
            return Reply.of("Skriv, hvem opfølgning #" + followUpId + " skal overdrages til.");
        }
        Optional<Reply> refused = mayNotActOn(who, followUpId, "reassign");
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            return decisions.reassign(followUpId, assignee, who.actor())
                    ? Reply.acted("Opfølgning #" + followUpId + " er overdraget til " + assignee + "; påmindelserne går nu dertil.")
                    : Reply.of(notOpen(followUpId));
        } catch (Exception e) {
            return Reply.of(failures.logged("reassigning #" + followUpId, who.actor(), e).danish("Det lykkedes ikke"));
        }
    }

    private Reply done(Speaker who, long id) throws Exception {
        Optional<Reply> refused = mayNotActOn(who, id, "done");
        if (refused.isPresent()) {
            return refused.get();
        }
        return decisions.done(List.of(id), who.actor()).isEmpty() ? Reply.of(notOpen(id))
                : Reply.acted("Opfølgning #" + id + " er markeret som udført — ingen flere påmindelser.");
    }

    private Reply snooze(Speaker who, long id, LocalDate until) throws Exception {
        Optional<Reply> refused = mayNotActOn(who, id, "snooze");
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!until.isAfter(LocalDate.now(clock))) {
            return Reply.of("Der kan kun udsættes til en dag efter i dag.");
        }
        if (!FollowUpDecisions.snoozeWithinLimit(LocalDate.now(clock), until)) {
            return Reply.of("Der kan højst udsættes " + FollowUpDecisions.MAX_SNOOZE_DAYS + " dage (10 år) frem — "
                    + DanishFormat.date(until) + " er for langt ude.");
        }
        return decisions.snooze(id, until, who.actor())
                ? Reply.acted("Opfølgning #" + id + " er udsat til " + DanishFormat.date(until) + ".") : Reply.of(notOpen(id));
    }

    /**
     * A follow-up given to a chat user is theirs to act on (and leaders' and the secretariat's); one given to a team or
     * a role by name can be acted on by whoever gets its reminders.
     */
    private Optional<Reply> mayNotActOn(Speaker who, long id, String what) {
        if (roles.of(who) != Role.EVERYONE) {
            return Optional.empty();
        }
        Optional<String> responsible = followUps.responsible(id);
        if (responsible.isPresent() && CHAT_USER.matcher(responsible.get()).matches() && !responsible.get().equals(who.id())) {
            return Optional.of(refuse(who, what + " #" + id, "Opfølgning #" + id + " er " + responsible.get()
                    + "s; kun den ansvarlige, en leder eller sekretariatet kan ændre den."));
        }
        return Optional.empty();
    }

    /**
     * The person's own calendar feed (their open follow-ups), as a new secret link — only in a direct conversation:
     * anyone holding the link can read the feed, so it is never posted in a channel.
     */
    private Reply myCalendar(Speaker who, Place where) {
        if (!where.direct()) {
            return Reply.of("Dit kalender-link er personligt og sendes kun privat: skriv »min kalender« til mig i en direkte besked.");
        }
        String token = stores.calendarFeeds().issue(new CalendarFeeds.Feed(CalendarFeeds.Kind.PERSON, who.id()), who.actor());
        String link = CalendarFeedService.link(publicUrl, token);
        return Reply.acted("Din kalender med dine åbne opfølgninger (abonnér på den i Outlook, Google eller Apple Kalender):\n" + link
                + (publicUrl.isBlank() ? "\n(Referents adresse er ikke sat — REFERENT_PUBLIC_URL — så linket er kun stien.)" : "")
                + "\nOutlook henter abonnerede kalendere kun med nogle timers mellemrum; påmindelserne kommer stadig her."
                + " Linket er hemmeligt: del det ikke.");
    }

    /** The person's own e-mail address, checked strictly; it wins over the secretariat's people file. */
    private Reply myEmail(Speaker who, String address) {
        Optional<String> valid = dk.referent.bot.platform.email.EmailAddresses.valid(address);
        if (valid.isEmpty()) {
            return Reply.of("»" + address + "« er ikke en gyldig e-mail-adresse. Skriv fx »min e-mail anna@kommune.dk«.");
        }
        stores.personContacts().setEmail(who.id(), valid.get(), who.actor());
        boolean byEmail = stores.personContacts().of(who.id()).map(c -> c.prefers() != null && c.prefers().byEmail()).orElse(false);
        return Reply.acted("Din e-mail-adresse er nu " + valid.get() + "."
                + (byEmail ? "" : " Skriv »påmindelser på e-mail« (eller »påmindelser i chat og på e-mail«) for at få påmindelserne dér."));
    }

    private Reply remindersBy(Speaker who, PersonContacts.Preference prefers) {
        stores.personContacts().setPreference(who.id(), prefers, who.actor());
        return Reply.acted(switch (prefers) {
            case CHAT -> "Dine påmindelser og ugens oversigt kommer nu i chatten.";
            case EMAIL -> "Dine påmindelser og ugens oversigt kommer nu på e-mail.";
            case BOTH -> "Dine påmindelser og ugens oversigt kommer nu både i chatten og på e-mail.";
        } + (prefers.byEmail() && stores.personContacts().of(who.id()).map(c -> c.email() == null).orElse(true)
                ? " Jeg bruger adressen fra sekretariatets personliste; skriv »min e-mail ADRESSE«, hvis du ikke står på den." : ""));
    }

    private Reply refuse(Speaker who, String what) {
        return refuse(who, what, "Det kan kun sekretariatet.");
    }

    /** Says no, and records that it did (who, what). */
    private Reply refuse(Speaker who, String what, String message) {
        stores.audited(who.actor(), "refused", what);
        return Reply.of(message);
    }

    private String reminders() {
        LocalDate today = LocalDate.now(clock);
        List<PlannedReminder> next = plans.all(today, today.plusDays(30));
        if (next.isEmpty()) {
            return "Ingen påmindelser de næste 30 dage.";
        }
        StringBuilder out = new StringBuilder("Påmindelser de næste 30 dage:");
        next.stream().limit(20).forEach(r -> out.append("\n• ").append(WHEN.format(r.fireAt())).append(" → ").append(r.target())
                .append(" (#").append(r.followUpId()).append("): ").append(r.text()));
        return next.size() > 20 ? out.append("\n… og ").append(next.size() - 20).append(" flere.").toString() : out.toString();
    }

    /** "@someone" as the platforms send it ("<@U012AB3CD>", "<@!123…>") becomes their id; a name stays a name. */
    private static String chatUser(String to) {
        Matcher m = MENTION.matcher(to.strip());
        return m.matches() ? m.group(1) : to.strip();
    }

    /** A day as written: 2024-06-03, 3-6-2024, or a Danish date ("3. juni 2024", "3. juni"). */
    private Optional<LocalDate> date(String text) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DANISH_NUMERIC)) {
            try {
                return Optional.of(LocalDate.parse(text.strip().replace('.', '-'), f));
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        LocalDate today = LocalDate.now(clock);
        // a day without a year said in chat is the coming one ("3. juni" in November is next June)
        boolean yearSaid = text.matches(".*\\d{4}.*");
        return dates.find(text, today).stream()
                .filter(e -> e instanceof dk.referent.minutes.time.TemporalExpression.DateExpression)
                .map(e -> ((dk.referent.minutes.time.TemporalExpression.DateExpression) e).date())
                .map(d -> d.isBefore(today) && !yearSaid ? d.plusYears(1) : d).findFirst();
    }

    /**
     * A meeting's date as written (as {@link #date}); a day without a year is the last one that has been — the
     * minutes of a meeting come after it.
     */
    private Optional<LocalDate> meetingDate(String text) {
        LocalDate today = LocalDate.now(clock);
        boolean yearSaid = text.matches(".*\\d{4}.*");
        return date(text).map(d -> !yearSaid && d.isAfter(today) ? d.minusYears(1) : d);
    }

    private static Reply notADate(String text) {
        return Reply.of("»" + text + "« er ikke en dato — skriv fx 2024-06-03 eller 3. juni 2024.");
    }

    private static String notOpen(long id) {
        return "Opfølgning #" + id + " findes ikke eller er ikke bekræftet og åben.";
    }
}
