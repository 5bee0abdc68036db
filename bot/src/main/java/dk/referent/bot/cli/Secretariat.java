package dk.referent.bot.cli;

import dk.referent.minutes.followup.FollowUp;
import dk.referent.minutes.followup.FollowUpKind;
import dk.referent.minutes.referat.AgendaItem;
import dk.referent.minutes.referat.Referat;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quartz.SchedulerException;

/**
 * The secretariat's work with a new referat: read it and show what Referent understood (nothing stored yet), then
 * confirm — stored, its follow-ups confirmed and their reminders planned, its decisions published to the decisions
 * channel — or discard. Every step is audited.
 */
public final class Secretariat {

    private static final int EXCERPT = 300;

    /** A referat read and shown, waiting for confirm or discard. */
    private record Pending(Path file, Referat referat, String text) {
    }

    private final ReferatFiles files;
    private final Database db;
    private final FollowUpDecisions decisions;
    private final ChatDelivery decisionsChannel;
    private final String decisionsTarget;
    private final Clock clock;
    /** Each member of the secretariat has their own referat in preview. */
    private final Map<String, Pending> pending = new java.util.concurrent.ConcurrentHashMap<>();

    Secretariat(ReferatFiles files, Database db, FollowUpDecisions decisions, ChatDelivery decisionsChannel, String decisionsTarget,
                Clock clock) {
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
            return "Filen kunne ikke modtages: " + e.getMessage();
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

    /** A request from someone who may not do the secretariat's work: refused, and the refusal audited. */
    String refuse(String actor, String what) {
        audit(actor, "refused", what);
        return "Kun sekretariatet kan indlæse og offentliggøre referater.";
    }

    /** Reads a referat and shows what was understood: meeting, items with decisions, follow-ups (the unsure first). */
    String preview(Path file, String actor) {
        ReferatFiles.Result result = files.read(file);
        if (result instanceof ReferatFiles.Failed f) {
            return "Referatet kunne ikke læses: " + f.file().getFileName() + ": " + f.error();
        }
        ReferatFiles.Parsed p = (ReferatFiles.Parsed) result;
        pending.put(actor, new Pending(file, p.referat(), p.text()));
        audit(actor, "referat.preview", file.getFileName().toString());
        Referat r = p.referat();
        StringBuilder out = new StringBuilder("Forhåndsvisning — ").append(r.meeting().body()).append(", ")
                .append(r.meeting().date() == null ? "ukendt dato" : DanishFormat.date(r.meeting().date())).append(", ")
                .append(r.items().size()).append(" punkter:");
        for (AgendaItem item : r.items()) {
            out.append("\n• Punkt ").append(item.number()).append(": ").append(item.title());
            if (item.caseNumber() != null) {
                out.append(" (sag ").append(item.caseNumber()).append(')');
            }
            out.append(item.closed() ? " — lukket" : " — " + (item.decision() == null ? "ingen beslutning fundet" : DanishFormat.oneLine(item.decision(), 160)));
        }
        List<Map.Entry<AgendaItem, FollowUp>> found = r.items().stream()
                .flatMap(i -> i.followUps().stream().map(f -> Map.entry(i, f)))
                .sorted(Comparator.comparingDouble(e -> e.getValue().confidence())).toList();
        out.append("\n\nOpfølgninger (").append(found.size()).append(", de usikre først):");
        for (Map.Entry<AgendaItem, FollowUp> e : found) {
            out.append("\n• Punkt ").append(e.getKey().number()).append(": ").append(describe(e.getValue().kind()));
            Optional.ofNullable(e.getValue().owner()).ifPresent(o -> out.append(" — ").append(o));
            if (e.getValue().confidence() < 0.7) {
                out.append(" (usikker)");
            }
        }
        return out.append("\n\nSkriv »bekræft« for at gemme, bekræfte opfølgningerne og offentliggøre beslutningerne, eller »kassér«.")
                .toString();
    }

    /** Stores the pending referat, confirms its follow-ups (planning reminders) and publishes its decisions. */
    String confirm(String actor) throws SchedulerException {
        Pending p = pending.remove(actor);
        if (p == null) {
            return "Der er intet referat at bekræfte — indlæs et først (»indlæs FIL«).";
        }
        IngestResult stored = new ReferatStore(db, new AuditLog(clock), clock).ingest(p.referat(), p.text(), actor);
        List<Long> confirmed = decisions.confirm(new FollowUpStore(db, new AuditLog(clock), clock).proposedOf(stored.meetingId()), actor);
        DeliveryResult published = decisionsChannel.send(decisionsTarget, publication(p.referat()));
        audit(actor, "referat.publish", stored.body() + " " + stored.date() + ": " + published.getClass().getSimpleName());
        return "Gemt (" + stored.status().name().toLowerCase(Locale.ROOT) + "): " + stored.body() + " " + stored.date() + ", "
                + stored.items() + " punkter; " + confirmed.size() + " opfølgninger bekræftet"
                + (published instanceof DeliveryResult.Sent ? "; beslutningerne er offentliggjort." : "; offentliggørelsen mislykkedes: " + published);
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
            out.append("\n• Punkt ").append(item.number()).append(": ").append(item.title());
            if (item.closed()) {
                out.append(" — lukket punkt");
                continue;
            }
            if (item.caseNumber() != null) {
                out.append(" (sag ").append(item.caseNumber()).append(')');
            }
            if (item.decision() != null) {
                out.append(" — ").append(DanishFormat.oneLine(item.decision(), EXCERPT));
            }
        }
        return out.toString();
    }

    private static String describe(FollowUpKind kind) {
        if (kind instanceof FollowUpKind.Deadline d) {
            return "frist " + DanishFormat.date(d.date());
        }
        if (kind instanceof FollowUpKind.Event e) {
            return "begivenhed " + DanishFormat.date(e.date());
        }
        if (kind instanceof FollowUpKind.Recurring r) {
            return "tilbagevendende " + (r.rrule() != null ? r.rrule() : r.per());
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
