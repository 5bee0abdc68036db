package dk.referent.bot.intake;

import dk.referent.bot.Stores;
import dk.referent.bot.chat.Failures;
import dk.referent.bot.conversation.DanishFormat;
import dk.referent.bot.conversation.FollowUpToday;
import dk.referent.bot.conversation.Subscriptions;
import dk.referent.minutes.followup.FollowUp;
import dk.referent.minutes.followup.FollowUpKind;
import dk.referent.minutes.referat.AgendaItem;
import dk.referent.minutes.referat.Meeting;
import dk.referent.minutes.referat.Referat;
import dk.referent.minutes.referat.ReferatFormatException;
import dk.referent.minutes.referat.ReferatHints;
import dk.referent.persistence.FollowUpStore;
import dk.referent.persistence.IngestResult;
import dk.referent.persistence.PreviewStore;
import dk.referent.persistence.ReferatStore;
import dk.referent.scheduler.FollowUpDecisions;
import dk.referent.scheduler.PublicationOutbox;
import dk.referent.scheduler.ReminderStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quartz.SchedulerException;

/**
 * The secretariat's work with a new referat: read it and show what Referent understood (nothing stored yet) — what it
 * could not read first —, let the secretariat give what the text does not say (the body, the meeting date) and correct
 * the follow-ups, then confirm — stored, its follow-ups confirmed and their reminders planned, its decisions published
 * to the decisions channel — or discard. A referat without a meeting date is not stored until one is given. Every step
 * is audited. The preview is a row in the database ({@link PreviewStore}), so any instance continues it; it expires
 * after its time to live, and is confirmed once only.
 */
public final class Secretariat {

    private static final int EXCERPT = 300;
    /** How a preview begins: chat shows its buttons under it. */
    public static final String PREVIEW = "Forhåndsvisning — ";

    /**
     * A referat in preview, waiting for confirm or discard, as kept in the database ({@code row}: the text, what the
     * secretariat said about the meeting, the follow-up edits so far) and as understood from it ({@code referat}; null
     * once settled).
     */
    private record Pending(PreviewStore.Preview row, Referat referat) {

        String fileName() {
            return row.fileName();
        }

        boolean followUpsEdited() {
            return !row.edits().isEmpty();
        }
    }

    private final ReferatFiles files;
    private final Stores stores;
    private final ReferatStore referater;
    private final FollowUpStore followUps;
    /** The bodies' meeting calendars, which the secretariat sends in chat. */
    private final ReminderStore calendars;
    private final FollowUpDecisions decisions;
    /** The decisions channel's publications: staged with the referat, sent at once, retried by any instance. */
    private final PublicationOutbox publications;
    private final String decisionsTarget;
    private final Subscriptions subscriptions;
    private final Clock clock;
    /** A failed publication: the secretariat gets a reference, the log the reason. */
    private final Failures failures = new Failures();
    /** Each member of the secretariat has their own referat in preview, kept in the database: any instance continues it. */
    private final PreviewStore previews;

    public Secretariat(ReferatFiles files, Stores stores, FollowUpDecisions decisions, PublicationOutbox publications,
                       String decisionsTarget, Subscriptions subscriptions) {
        this.files = files;
        this.stores = stores;
        this.referater = stores.referater();
        this.followUps = stores.followUps();
        this.calendars = stores.reminders();
        this.previews = stores.previews();
        this.decisions = decisions;
        this.publications = publications;
        this.decisionsTarget = decisionsTarget;
        this.subscriptions = subscriptions;
        this.clock = stores.clock();
    }

    /** A message for a member of the secretariat ({@code actor}, platform-qualified: "slack:U012AB3CD"). */
    public record Notice(String actor, String text) {
    }

    /** The previews that expired unconfirmed since the last call (on any instance), as messages to those who posted them. */
    public List<Notice> expiryNotices() {
        return previews.newlyExpired().stream().map(e -> new Notice(e.actor(), expired(e.fileName()))).toList();
    }

    /** A referat received as a file in chat: read as if it were on disk under its own name. */
    public String preview(String fileName, byte[] content, String actor) {
        Path dir = null;
        try {
            dir = java.nio.file.Files.createTempDirectory("referent-upload-");
            Path file = dir.resolve(Path.of(fileName).getFileName().toString());
            java.nio.file.Files.write(file, content);
            return preview(file, content, actor);
        } catch (java.io.IOException e) {
            // no fault of the file: the conversation tells the sender with a reference, and logs this
            throw new java.io.UncheckedIOException("an uploaded file could not be kept for reading", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = java.nio.file.Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        } catch (java.io.IOException e) {
            // a temporary file left behind is harmless
        }
    }


    /** Reads a referat and shows what was understood: meeting, items with decisions, follow-ups (the unsure first). */
    public String preview(Path file, String actor) {
        return preview(file, null, actor);
    }

    /** {@code content}: the file as received in chat, kept with the preview; null when read from the server's disk. */
    private String preview(Path file, byte[] content, String actor) {
        ReferatFiles.Result result = files.read(file);
        if (result instanceof ReferatFiles.Failed f) {
            if (f.unexpected() != null) {
                // no fault of the file: the conversation tells the sender with a reference, and logs this
                throw new java.io.UncheckedIOException("a referat could not be read", f.unexpected());
            }
            return "Referatet kunne ikke læses: " + f.file().getFileName() + ": " + f.error();
        }
        ReferatFiles.Parsed p = (ReferatFiles.Parsed) result;
        previews.post(actor, file.getFileName().toString(), content, p.text(), understood(p.referat()));
        return show(p.referat());
    }

    /** Whether {@code actor} has a referat in preview (on this instance or another) that may still be confirmed. */
    public boolean previewing(String actor) {
        return previews.open(actor);
    }

    /** {@code actor}'s latest preview as kept, whatever its status, read again from its text with what was said since. */
    private Optional<Pending> latest(String actor) {
        return previews.latest(actor).map(row -> new Pending(row, row.status() == PreviewStore.Status.PENDING ? understood(row) : null));
    }

    /**
     * What a kept preview says: its text read again with the body and date the secretariat gave, then the follow-up
     * edits replayed in order — the parser is a pure function, so this is what was shown.
     */
    private Referat understood(PreviewStore.Preview row) {
        Referat r;
        try {
            r = files.parse(row.fileName(), row.text(), new ReferatHints(row.givenBody(), row.givenDate()));
        } catch (ReferatFormatException e) {
            // it was read when it was posted: the parser must have changed since
            throw new IllegalStateException("a referat in preview can no longer be read", e);
        }
        for (PreviewStore.FollowUpEdit e : row.edits()) {
            r = applied(r, e.followUp(), edit(e)).orElse(r);
        }
        return r;
    }

    private static PreviewStore.Understood understood(Referat r) {
        return new PreviewStore.Understood(r.meeting().body(), r.meeting().date(), r.items().size());
    }

    private static Edit edit(PreviewStore.FollowUpEdit e) {
        return switch (e.kind()) {
            case DUE -> new Edit.Due(e.dueDate());
            case OWNER -> new Edit.Owner(e.owner());
            case REMOVE -> new Edit.Remove();
        };
    }

    private static PreviewStore.FollowUpEdit row(int n, Edit edit) {
        if (edit instanceof Edit.Due d) {
            return new PreviewStore.FollowUpEdit(n, PreviewStore.FollowUpEdit.Kind.DUE, d.date(), null);
        }
        if (edit instanceof Edit.Owner o) {
            return new PreviewStore.FollowUpEdit(n, PreviewStore.FollowUpEdit.Kind.OWNER, null, o.owner());
        }
        return new PreviewStore.FollowUpEdit(n, PreviewStore.FollowUpEdit.Kind.REMOVE, null, null);
    }

    /** The message for a preview that waited past its time to live: nothing is stored, the referat is posted again. */
    private String expired(Pending p) {
        return expired(p.fileName());
    }

    private String expired(String fileName) {
        return "Forhåndsvisningen af " + fileName + " er udløbet (en forhåndsvisning gemmes i " + hours(previews.ttl())
                + "), så intet er gemt. Send referatet igen for at få en ny forhåndsvisning.";
    }

    private static String hours(java.time.Duration ttl) {
        long h = ttl.toHours();
        return h >= 1 ? h + (h == 1 ? " time" : " timer") : ttl.toMinutes() + " minutter";
    }

    /** The preview: the meeting, what could not be read, the items with their decisions, the follow-ups, what to do next. */
    private String show(Referat r) {
        Meeting m = r.meeting();
        StringBuilder out = new StringBuilder(PREVIEW).append(m.body() == null ? "(ukendt organ)" : m.body()).append(", ")
                .append(m.date() == null ? "(ingen mødedato)" : DanishFormat.date(m.date())).append(", ")
                .append(r.items().size()).append(r.items().size() == 1 ? " punkt" : " punkter");
        if (r.doubts().isEmpty()) {
            out.append(':');
        } else {
            out.append(".\nDet kunne Referent ikke læse:");
            r.doubts().forEach(d -> out.append("\n⚠ ").append(d));
            out.append("\n\nPunkter:");
        }
        for (AgendaItem item : r.items()) {
            out.append("\n• Punkt ").append(item.punkt()).append(": ").append(item.title().isEmpty() ? "(uden titel)" : item.title());
            if (item.caseNumber() != null) {
                out.append(" (sag ").append(item.caseNumber()).append(')');
            }
            out.append(item.closed() ? " — lukket" : " — " + (item.decision() == null ? "ingen beslutning fundet" : DanishFormat.oneLine(item.decision(), 160)));
        }
        if (!r.dated()) {
            out.append("\n\nOpfølgninger: findes, når mødedatoen er givet (deres datoer læses ud fra den).");
        } else {
            List<Found> found = found(r);
            LocalDate today = FollowUpToday.today(clock);
            out.append("\n\nOpfølgninger (").append(found.size()).append(", de usikre først):");
            for (int n = 0; n < found.size(); n++) {
                Found f = found.get(n);
                out.append("\n").append(n + 1).append(". Punkt ").append(f.item().punkt()).append(": ").append(describe(f.followUp().kind(), r.meeting().date(), today));
                Optional.ofNullable(f.followUp().owner()).ifPresent(o -> out.append(" — ").append(o));
                if (f.followUp().confidence() < 0.7) {
                    out.append(" (usikker)");
                }
            }
        }
        Optional<String> lacking = lacking(r);
        if (lacking.isPresent()) {
            return out.append("\n\n").append(lacking.get()).append(" »kassér« dropper referatet.").toString();
        }
        return out.append("\n\nSkriv »bekræft« for at gemme, bekræfte opfølgningerne og offentliggøre beslutningerne, »ret N dato ÅÅÅÅ-MM-DD«, ")
                .append("»ret N ansvarlig NAVN« eller »fjern N« for at rette opfølgning N, »ret mødedato DATO« eller »ret organ NAVN« ")
                .append("for at rette mødet, eller »kassér«.").toString();
    }

    /**
     * What the referat lacks before it can be stored — its meeting date, its body (the text does not say them and
     * the secretariat has not given them) — and how to give it; empty when it can be stored.
     */
    private static Optional<String> lacking(Referat r) {
        boolean noDate = !r.dated();
        boolean noBody = r.meeting().body() == null;
        if (!noDate && !noBody) {
            return Optional.empty();
        }
        return Optional.of("Referatet gemmes først, når " + (noDate && noBody ? "mødedatoen og organet er givet: skriv "
                + "»ret mødedato DATO« (fx »ret mødedato 14. juni 2024«) og »ret organ NAVN« (fx »ret organ Økonomiudvalget«)"
                : noDate ? "mødedatoen er givet: skriv »ret mødedato DATO« (fx »ret mødedato 14. juni 2024«)"
                : "organet er givet: skriv »ret organ NAVN« (fx »ret organ Økonomiudvalget«)") + ", derefter »bekræft«.");
    }

    /** A follow-up of the referat in preview, with its item. */
    private record Found(AgendaItem item, FollowUp followUp) {
    }

    /** The referat's follow-ups as the preview numbers them: the unsure first. */
    private static List<Found> found(Referat r) {
        return r.items().stream().flatMap(i -> i.followUps().stream().map(f -> new Found(i, f)))
                .sorted(Comparator.comparingDouble((Found f) -> f.followUp().confidence()).thenComparingInt(f -> f.item().number()))
                .toList();
    }

    /** What the secretariat changes in a follow-up of the preview before confirming. */
    public sealed interface Edit {
        record Due(LocalDate date) implements Edit {
        }

        record Owner(String owner) implements Edit {
        }

        record Remove() implements Edit {
        }
    }

    /** Changes follow-up {@code n} (as the preview numbers them) of {@code actor}'s referat in preview; shows it again. */
    public String edit(String actor, int n, Edit edit) {
        Pending p = latest(actor).filter(l -> l.row().status() == PreviewStore.Status.PENDING).orElse(null);
        if (p == null) {
            return "Der er intet referat i forhåndsvisning at rette — send eller indlæs et først.";
        }
        if (p.row().expired(clock)) {
            return expired(p);
        }
        if (!p.referat().dated()) {
            return "Opfølgningerne findes, når mødedatoen er givet — skriv »ret mødedato DATO« først.";
        }
        List<Found> found = found(p.referat());
        if (n < 1 || n > found.size()) {
            return "Der er ingen opfølgning " + n + " — forhåndsvisningen har " + found.size() + ".";
        }
        Optional<Referat> edited = applied(p.referat(), n, edit);
        if (edited.isEmpty()) {
            return "Opfølgning " + n + " følger " + ((FollowUpKind.AfterMeeting) found.get(n - 1).followUp().kind()).body()
                    + "s møder og har ingen dato at rette (mødekalenderen bestemmer den).";
        }
        if (!previews.edit(p.row().id(), actor, row(n, edit), understood(edited.get()), p.fileName() + " #" + n + ": " + edit)) {
            return "Der er intet referat i forhåndsvisning at rette — send eller indlæs et først.";
        }
        return show(edited.get());
    }

    /**
     * The referat with follow-up {@code n} (as the preview numbers them, 1 ≤ n ≤ their number) changed; empty when
     * the change is not possible (a date of a follow-up after another body's meetings).
     */
    private static Optional<Referat> applied(Referat r, int n, Edit edit) {
        List<Found> found = found(r);
        if (n < 1 || n > found.size()) {
            return Optional.empty();
        }
        Found target = found.get(n - 1);
        // what takes the follow-up's place: nothing when removed, the changed one, or (empty) no change possible
        Optional<List<FollowUp>> replacement = edit instanceof Edit.Remove ? Optional.of(List.of())
                : changed(target.followUp(), edit).map(List::of);
        if (replacement.isEmpty()) {
            return Optional.empty();
        }
        List<AgendaItem> items = r.items().stream().map(i -> i != target.item() ? i : i.withFollowUps(i.followUps().stream()
                .flatMap(f -> f != target.followUp() ? java.util.stream.Stream.of(f) : replacement.get().stream()).toList())).toList();
        return Optional.of(r.withItems(items));
    }

    /** What the secretariat says about the meeting itself, where the text does not say it (or says it wrong). */
    public sealed interface MeetingEdit {
        record Body(String body) implements MeetingEdit {
        }

        record Date(LocalDate date) implements MeetingEdit {
        }
    }

    /**
     * Gives the body or date of {@code actor}'s referat in preview: it is read again with them (they win over the
     * text, and decide which treatment is this meeting's decision) and its follow-ups are found again from the meeting
     * date; shows it again.
     */
    public String editMeeting(String actor, MeetingEdit edit) {
        Pending p = latest(actor).filter(l -> l.row().status() == PreviewStore.Status.PENDING).orElse(null);
        if (p == null) {
            return "Der er intet referat i forhåndsvisning at rette — send eller indlæs et først.";
        }
        if (p.row().expired(clock)) {
            return expired(p);
        }
        ReferatHints given = edit instanceof MeetingEdit.Body b ? new ReferatHints(b.body(), p.row().givenDate())
                : new ReferatHints(p.row().givenBody(), ((MeetingEdit.Date) edit).date());
        Referat reread;
        try {
            reread = files.parse(p.fileName(), p.row().text(), given);
        } catch (ReferatFormatException e) {
            return "Referatet kunne ikke læses igen: " + e.getMessage();
        }
        if (!previews.meeting(p.row().id(), actor, given.body(), given.date(), understood(reread), p.fileName() + ": "
                + (edit instanceof MeetingEdit.Body b ? "organ " + b.body() : "mødedato " + ((MeetingEdit.Date) edit).date()))) {
            return "Der er intet referat i forhåndsvisning at rette — send eller indlæs et først.";
        }
        String shown = show(reread);
        return p.followUpsEdited() && reread.dated()
                ? shown + "\n\nBemærk: opfølgningerne er fundet igen ud fra det rettede møde, så dine rettelser af dem er nulstillet."
                : shown;
    }

    /** The follow-up with a new owner or date; empty when its kind has no date to change (after another body's meetings). */
    private static Optional<FollowUp> changed(FollowUp f, Edit edit) {
        if (edit instanceof Edit.Owner o) {
            return Optional.of(new FollowUp(f.kind(), o.owner(), f.evidence(), 1.0, f.source()));
        }
        LocalDate d = ((Edit.Due) edit).date();
        FollowUpKind kind = null;
        if (f.kind() instanceof FollowUpKind.Deadline k) {
            kind = new FollowUpKind.Deadline(d, k.time(), k.parties());
        } else if (f.kind() instanceof FollowUpKind.Event k) {
            kind = new FollowUpKind.Event(d, k.end() == null ? null : d.plusDays(java.time.temporal.ChronoUnit.DAYS.between(k.date(), k.end())),
                    k.time());
        } else if (f.kind() instanceof FollowUpKind.Recurring k) {
            kind = new FollowUpKind.Recurring(k.rrule(), k.per(), d);
        } else if (f.kind() instanceof FollowUpKind.Action) {
            kind = new FollowUpKind.Action(d, null);
        }
        return Optional.ofNullable(kind).map(k -> new FollowUp(k, f.owner(), f.evidence(), 1.0, f.source()));
    }

    /** A body's meeting calendar sent in chat (ICS or one date per line): replaces the body's calendar, re-plans. */
    public String calendar(String body, String fileName, byte[] content, String actor) throws SchedulerException {
        List<LocalDate> dates;
        try {
            dates = dk.referent.scheduler.plan.MeetingCalendarFile.parse(fileName,
                    dk.referent.minutes.source.DocumentText.decode(content));
        } catch (dk.referent.scheduler.plan.CalendarFormatException | dk.referent.minutes.referat.ReferatFormatException e) {
            return "Kalenderen kunne ikke læses, intet er importeret: " + e.getMessage();
        }
        int n = calendars.importCalendar(body, dates, actor);
        decisions.replanAll();
        return body + ": " + n + " mødedatoer importeret (" + DanishFormat.date(dates.get(0)) + " – "
                + DanishFormat.date(dates.get(dates.size() - 1)) + "); opfølgninger efter " + body + "s møder er planlagt efter dem.";
    }

    /**
     * Stores the pending referat, confirms its follow-ups (planning reminders) and publishes its decisions; refused,
     * with nothing stored and the preview kept, while its meeting date or body is not known.
     */
    public String confirm(String actor) {
        Pending p = latest(actor).orElse(null);
        if (p != null && p.row().status() == PreviewStore.Status.CONFIRMED) {
            return alreadyConfirmed(p);
        }
        if (p == null || p.row().status() != PreviewStore.Status.PENDING) {
            return "Der er intet referat at bekræfte — indlæs et først (»indlæs FIL«).";
        }
        if (p.row().expired(clock)) {
            audit(actor, "refused", "publish " + p.fileName() + ": udløbet");
            return expired(p);
        }
        Optional<String> lacking = lacking(p.referat());
        if (lacking.isPresent()) {
            audit(actor, "refused", "publish " + p.fileName() + ": " + (p.referat().dated() ? "intet organ" : "ingen mødedato"));
            return "Intet er gemt. " + lacking.get();
        }
        // one transaction: the referat, its follow-ups confirmed, the decisions' publication and every follower's
        // notice staged (outbox rows, one per meeting and target), and the preview marked confirmed — or none of it.
        // A second confirmation (a button pressed twice, here or on another instance) finds it confirmed.
        List<Long> confirmed = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        PreviewStore.Confirmation confirmation = previews.confirm(p.row().id(), actor, tx -> {
            IngestResult ingested = referater.ingestIn(tx, p.referat(), p.row().text(), actor);
            confirmed.addAll(followUps.confirmProposedIn(tx, ingested.meetingId(), actor));
            publications.stage(tx, ingested.meetingId(), decisionsTarget, publication(p.referat()), actor);
            for (Subscriptions.Notice notice : subscriptions.noticesIn(tx, ingested.body(), ingested.date())) {
                publications.stage(tx, ingested.meetingId(), notice.target(), notice.text(), actor);
                targets.add(notice.target());
            }
            return ingested;
        });
        if (confirmation instanceof PreviewStore.Confirmation.AlreadyConfirmed) {
            return alreadyConfirmed(p);
        }
        if (confirmation instanceof PreviewStore.Confirmation.Expired) {
            audit(actor, "refused", "publish " + p.fileName() + ": udløbet");
            return expired(p);
        }
        if (!(confirmation instanceof PreviewStore.Confirmation.Stored done)) {
            return "Der er intet referat at bekræfte — indlæs et først (»indlæs FIL«).";
        }
        IngestResult stored = done.result();
        // what was committed is sent and planned now; what fails here is retried (the outbox) or repaired (the sync)
        boolean planned = plan(confirmed, actor);
        PublicationOutbox.Outcome published = publications.deliver(stored.meetingId(), decisionsTarget);
        audit(actor, "referat.publish", stored.body() + " " + stored.date() + ": " + published.getClass().getSimpleName());
        long told = targets.stream().map(t -> publications.deliver(stored.meetingId(), t))
                .filter(o -> o instanceof PublicationOutbox.Outcome.Sent).count();
        return "Gemt (" + stored.status().name().toLowerCase(Locale.ROOT) + "): " + stored.body() + " " + stored.date() + ", "
                + stored.items() + " punkter; " + confirmed.size() + " opfølgninger bekræftet"
                + (planned ? "" : " (deres påmindelser planlægges om lidt)")
                + published(published, actor)
                + (targets.isEmpty() ? "." : "; " + told + " af " + targets.size() + " der følger emnerne, har fået besked"
                        + (told < targets.size() ? " (resten får den, så snart det lykkes)." : "."));
    }

    /**
     * Plans the reminders of follow-ups confirmed with a referat; false when the scheduler failed — they are confirmed
     * all the same, and the next sync (at start and nightly) plans them.
     */
    private boolean plan(List<Long> confirmed, String actor) {
        try {
            decisions.plan(confirmed);
            return true;
        } catch (SchedulerException | RuntimeException e) {
            failures.noted("planning reminders", actor, e.toString());
            return false;
        }
    }

    /** How the publication went, in words; a failure's reason only in the log, under the reference given. */
    private String published(PublicationOutbox.Outcome outcome, String actor) {
        if (outcome instanceof PublicationOutbox.Outcome.Sent) {
            return "; beslutningerne er offentliggjort";
        }
        if (outcome instanceof PublicationOutbox.Outcome.AlreadySent) {
            return "; beslutningerne var allerede offentliggjort";
        }
        if (outcome instanceof PublicationOutbox.Outcome.Elsewhere) {
            return "; beslutningerne offentliggøres om lidt";
        }
        if (outcome instanceof PublicationOutbox.Outcome.Retrying r) {
            return "; offentliggørelsen mislykkedes (" + failures.noted("publishing decisions", actor, r.reason()).reference()
                    + "), den prøves igen automatisk";
        }
        return "; offentliggørelsen mislykkedes (" + failures.noted("publishing decisions", actor,
                ((PublicationOutbox.Outcome.Failed) outcome).reason()).reference() + ")";
    }

    private static String alreadyConfirmed(Pending p) {
        return "Referatet " + p.fileName() + " er allerede bekræftet og gemt; intet er gemt eller offentliggjort igen.";
    }

    public String discard(String actor) {
        Optional<PreviewStore.Preview> p = previews.latest(actor).filter(l -> l.status() == PreviewStore.Status.PENDING);
        if (p.isEmpty() || !previews.discard(p.get().id(), actor)) {
            return "Der er intet referat at kassere.";
        }
        return "Referatet er kasseret; intet er gemt.";
    }

    /** The decisions message: open items with punkt, case and decision; closed items by title only. */
    static String publication(Referat r) {
        StringBuilder out = new StringBuilder("Beslutninger fra ").append(r.meeting().body()).append(", ")
                .append(r.meeting().date() == null ? "ukendt dato" : DanishFormat.date(r.meeting().date())).append(':');
        for (AgendaItem item : r.items()) {
            out.append("\n• Punkt ").append(DanishFormat.publishedItem(item.punkt(), item.title(), item.caseNumber(), item.closed(),
                    item.decision(), EXCERPT));
        }
        return out.toString();
    }

    /** A follow-up of the preview in words: »frist 1. juni 2024«, »tilbagevendende, hvert halve år, første gang 13. november 2024«. */
    private static String describe(FollowUpKind kind, LocalDate meetingDate, LocalDate today) {
        if (kind instanceof FollowUpKind.Deadline d) {
            return "frist " + DanishFormat.date(d.date());
        }
        if (kind instanceof FollowUpKind.Event e) {
            return "begivenhed " + DanishFormat.date(e.date());
        }
        if (kind instanceof FollowUpKind.Recurring r) {
            return "tilbagevendende, " + FollowUpToday.recurringInWords(r.rrule(), r.per(), r.start(), meetingDate, today, false);
        }
        if (kind instanceof FollowUpKind.Action a) {
            return "handling" + (a.due() != null ? " senest " + DanishFormat.date(a.due()) : "");
        }
        return "efter " + ((FollowUpKind.AfterMeeting) kind).body() + "s møder";
    }

    private void audit(String actor, String action, String subject) {
        stores.audited(actor, action, subject);
    }
}
