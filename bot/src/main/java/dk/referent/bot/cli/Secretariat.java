package dk.referent.bot.cli;

import dk.referent.bot.chat.Failures;
import dk.referent.minutes.followup.FollowUp;
import dk.referent.minutes.followup.FollowUpKind;
import dk.referent.minutes.referat.AgendaItem;
import dk.referent.minutes.referat.Meeting;
import dk.referent.minutes.referat.Referat;
import dk.referent.minutes.referat.ReferatFormatException;
import dk.referent.minutes.referat.ReferatHints;
import dk.referent.persistence.AuditLog;
import dk.referent.persistence.Database;
import dk.referent.persistence.FollowUpStore;
import dk.referent.persistence.IngestResult;
import dk.referent.persistence.ReferatStore;
import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.FollowUpDecisions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quartz.SchedulerException;

/**
 * The secretariat's work with a new referat: read it and show what Referent understood (nothing stored yet) — what it
 * could not read first —, let the secretariat give what the text does not say (the body, the meeting date) and correct
 * the follow-ups, then confirm — stored, its follow-ups confirmed and their reminders planned, its decisions published
 * to the decisions channel — or discard. A referat without a meeting date is not stored until one is given. Every step
 * is audited.
 */
public final class Secretariat {

    private static final int EXCERPT = 300;
    /** How a preview begins: chat shows its buttons under it. */
    static final String PREVIEW = "Forhåndsvisning — ";

    /**
     * A referat read and shown, waiting for confirm or discard: {@code given} is what the secretariat said about the
     * meeting (body, date), {@code followUpsEdited} whether a follow-up was corrected by hand since it was read.
     */
    private record Pending(Path file, Referat referat, String text, ReferatHints given, boolean followUpsEdited) {

        Pending(Path file, Referat referat, String text) {
            this(file, referat, text, ReferatHints.NONE, false);
        }

        Pending withFollowUpsEdited(Referat edited) {
            return new Pending(file, edited, text, given, true);
        }
    }

    private final ReferatFiles files;
    private final Database db;
    private final FollowUpDecisions decisions;
    private final ChatDelivery decisionsChannel;
    private final String decisionsTarget;
    private final Subscriptions subscriptions;
    private final Clock clock;
    /** A failed publication: the secretariat gets a reference, the log the reason. */
    private final Failures failures = new Failures();
    /** Each member of the secretariat has their own referat in preview. */
    private final Map<String, Pending> pending = new java.util.concurrent.ConcurrentHashMap<>();

    Secretariat(ReferatFiles files, Database db, FollowUpDecisions decisions, ChatDelivery decisionsChannel, String decisionsTarget,
                Subscriptions subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.files = files;
        this.db = db;
        this.decisions = decisions;
        this.decisionsChannel = decisionsChannel;
        this.decisionsTarget = decisionsTarget;
        this.clock = clock;
    }

    /** A referat received as a file in chat: read as if it were on disk under its own name. */
    String preview(String fileName, byte[] content, String actor) {
        Path dir = null;
        try {
            dir = java.nio.file.Files.createTempDirectory("referent-upload-");
            Path file = dir.resolve(Path.of(fileName).getFileName().toString());
            java.nio.file.Files.write(file, content);
            return preview(file, actor);
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
    String preview(Path file, String actor) {
        ReferatFiles.Result result = files.read(file);
        if (result instanceof ReferatFiles.Failed f) {
            if (f.unexpected() != null) {
                // no fault of the file: the conversation tells the sender with a reference, and logs this
                throw new java.io.UncheckedIOException("a referat could not be read", f.unexpected());
            }
            return "Referatet kunne ikke læses: " + f.file().getFileName() + ": " + f.error();
        }
        ReferatFiles.Parsed p = (ReferatFiles.Parsed) result;
        pending.put(actor, new Pending(file, p.referat(), p.text()));
        audit(actor, "referat.preview", file.getFileName().toString());
        return show(p.referat());
    }

    /** Whether {@code actor} has a referat in preview. */
    boolean previewing(String actor) {
        return pending.containsKey(actor);
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
            out.append("\n• Punkt ").append(printed(item)).append(": ").append(item.title().isEmpty() ? "(uden titel)" : item.title());
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
                out.append("\n").append(n + 1).append(". Punkt ").append(printed(f.item())).append(": ").append(describe(f.followUp().kind(), r.meeting().date(), today));
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

    /** An item's number as the minutes print it ("7", "01", "1.1"), else its place on the agenda. */
    private static String printed(AgendaItem item) {
        return item.label() != null ? item.label() : String.valueOf(item.number());
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
    sealed interface Edit {
        record Due(LocalDate date) implements Edit {
        }

        record Owner(String owner) implements Edit {
        }

        record Remove() implements Edit {
        }
    }

    /** Changes follow-up {@code n} (as the preview numbers them) of {@code actor}'s referat in preview; shows it again. */
    String edit(String actor, int n, Edit edit) {
        Pending p = pending.get(actor);
        if (p == null) {
            return "Der er intet referat i forhåndsvisning at rette — send eller indlæs et først.";
        }
        if (!p.referat().dated()) {
            return "Opfølgningerne findes, når mødedatoen er givet — skriv »ret mødedato DATO« først.";
        }
        List<Found> found = found(p.referat());
        if (n < 1 || n > found.size()) {
            return "Der er ingen opfølgning " + n + " — forhåndsvisningen har " + found.size() + ".";
        }
        Found target = found.get(n - 1);
        // what takes the follow-up's place: nothing when removed, the changed one, or (empty) no change possible
        Optional<List<FollowUp>> replacement = edit instanceof Edit.Remove ? Optional.of(List.of())
                : changed(target.followUp(), edit).map(List::of);
        if (replacement.isEmpty()) {
            return "Opfølgning " + n + " følger " + ((FollowUpKind.AfterMeeting) target.followUp().kind()).body()
                    + "s møder og har ingen dato at rette (mødekalenderen bestemmer den).";
        }
        List<AgendaItem> items = p.referat().items().stream().map(i -> i != target.item() ? i : i.withFollowUps(i.followUps().stream()
                .flatMap(f -> f != target.followUp() ? java.util.stream.Stream.of(f) : replacement.get().stream()).toList())).toList();
        Referat edited = p.referat().withItems(items);
        pending.put(actor, p.withFollowUpsEdited(edited));
        audit(actor, "referat.edit", p.file().getFileName() + " #" + n + ": " + edit);
        return show(edited);
    }

    /** What the secretariat says about the meeting itself, where the text does not say it (or says it wrong). */
    sealed interface MeetingEdit {
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
    String editMeeting(String actor, MeetingEdit edit) {
        Pending p = pending.get(actor);
        if (p == null) {
            return "Der er intet referat i forhåndsvisning at rette — send eller indlæs et først.";
        }
        ReferatHints given = edit instanceof MeetingEdit.Body b ? new ReferatHints(b.body(), p.given().date())
                : new ReferatHints(p.given().body(), ((MeetingEdit.Date) edit).date());
        Referat reread;
        try {
            reread = files.parse(p.referat().source(), p.text(), given);
        } catch (ReferatFormatException e) {
            return "Referatet kunne ikke læses igen: " + e.getMessage();
        }
        pending.put(actor, new Pending(p.file(), reread, p.text(), given, false));
        audit(actor, "referat.edit", p.file().getFileName() + ": " + (edit instanceof MeetingEdit.Body b ? "organ " + b.body()
                : "mødedato " + ((MeetingEdit.Date) edit).date()));
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
    String calendar(String body, String fileName, byte[] content, String actor) throws SchedulerException {
        List<LocalDate> dates;
        try {
            dates = dk.referent.scheduler.plan.MeetingCalendarFile.parse(fileName,
                    dk.referent.minutes.source.DocumentText.decode(content));
        } catch (dk.referent.scheduler.plan.CalendarFormatException | dk.referent.minutes.referat.ReferatFormatException e) {
            return "Kalenderen kunne ikke læses, intet er importeret: " + e.getMessage();
        }
        int n = new dk.referent.scheduler.ReminderStore(db, new AuditLog(clock), clock).importCalendar(body, dates, actor);
        decisions.replanAll();
        return body + ": " + n + " mødedatoer importeret (" + DanishFormat.date(dates.get(0)) + " – "
                + DanishFormat.date(dates.get(dates.size() - 1)) + "); opfølgninger efter " + body + "s møder er planlagt efter dem.";
    }

    /**
     * Stores the pending referat, confirms its follow-ups (planning reminders) and publishes its decisions; refused,
     * with nothing stored and the preview kept, while its meeting date or body is not known.
     */
    String confirm(String actor) throws SchedulerException {
        Pending p = pending.get(actor);
        Optional<String> lacking = p == null ? Optional.empty() : lacking(p.referat());
        if (lacking.isPresent()) {
            audit(actor, "refused", "publish " + p.file().getFileName() + ": " + (p.referat().dated() ? "intet organ" : "ingen mødedato"));
            return "Intet er gemt. " + lacking.get();
        }
        // taken from the pending ones once: a second confirmation (a button pressed twice) finds nothing
        if (p == null || !pending.remove(actor, p)) {
            return "Der er intet referat at bekræfte — indlæs et først (»indlæs FIL«).";
        }
        IngestResult stored = new ReferatStore(db, new AuditLog(clock), clock).ingest(p.referat(), p.text(), actor);
        List<Long> confirmed = decisions.confirm(new FollowUpStore(db, new AuditLog(clock), clock).proposedOf(stored.meetingId()), actor);
        DeliveryResult published = decisionsChannel.send(decisionsTarget, publication(p.referat()));
        audit(actor, "referat.publish", stored.body() + " " + stored.date() + ": " + published.getClass().getSimpleName());
        int told = subscriptions.notifyAbout(stored.body(), stored.date());
        return "Gemt (" + stored.status().name().toLowerCase(Locale.ROOT) + "): " + stored.body() + " " + stored.date() + ", "
                + stored.items() + " punkter; " + confirmed.size() + " opfølgninger bekræftet"
                + (published instanceof DeliveryResult.Sent ? "; beslutningerne er offentliggjort"
                        : "; offentliggørelsen mislykkedes (" + failures.noted("publishing decisions", actor, published.toString()).reference() + ")")
                + (told > 0 ? "; " + told + " der følger emnerne, har fået besked." : ".");
    }

    String discard(String actor) {
        Pending p = pending.remove(actor);
        if (p == null) {
            return "Der er intet referat at kassere.";
        }
        audit(actor, "referat.discard", p.file().getFileName().toString());
        return "Referatet er kasseret; intet er gemt.";
    }

    /** The decisions message: open items with punkt, case and decision; closed items by title only. */
    static String publication(Referat r) {
        StringBuilder out = new StringBuilder("Beslutninger fra ").append(r.meeting().body()).append(", ")
                .append(r.meeting().date() == null ? "ukendt dato" : DanishFormat.date(r.meeting().date())).append(':');
        for (AgendaItem item : r.items()) {
            out.append("\n• Punkt ").append(DanishFormat.publishedItem(item.number(), item.title(), item.caseNumber(), item.closed(),
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
        db.dsl().transaction(tx -> new AuditLog(clock).append(tx.dsl(), actor, action, subject, Map.of()));
    }
}
