package dk.referent.minutes.followup;

import dk.referent.minutes.followup.FollowUp.Source;
import dk.referent.minutes.followup.FollowUpKind.Action;
import dk.referent.minutes.followup.FollowUpKind.AfterMeeting;
import dk.referent.minutes.followup.FollowUpKind.Deadline;
import dk.referent.minutes.followup.FollowUpKind.Event;
import dk.referent.minutes.followup.FollowUpKind.Recurring;
import dk.referent.minutes.names.Bodies;
import dk.referent.minutes.referat.AgendaItem;
import dk.referent.minutes.referat.Outcome;
import dk.referent.minutes.referat.PriorTreatment;
import dk.referent.minutes.referat.Referat;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.minutes.time.TemporalExpression;
import dk.referent.minutes.time.TemporalExpression.DateExpression;
import dk.referent.minutes.time.TemporalExpression.NextMeetingExpression;
import dk.referent.minutes.time.TemporalExpression.PeriodExpression;
import dk.referent.minutes.time.TemporalExpression.RecurrenceExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the follow-ups of each open agenda item: deadlines (with høringsparter), events, recurring obligations,
 * actions with an owner, and follow-ups after another body's meetings. The decision is read first and wins over
 * what the case text proposed; a rejected or postponed item proposes nothing. A pure function of the referat.
 */
public final class FollowUpExtractor {

    /** A line break inside a sentence: the line goes on without a full stop and the next starts in lower case or a digit. */
    private static final Pattern WRAPPED = Pattern.compile("([\\p{L}\\d,.])[ \\t]*\\n(?=[\\p{Ll}\\d])");
    private static final Pattern CANCELLED = Pattern.compile("(?iu)\\b(?:aflys\\p{L}*|udgår|udskudt|flyttet\\s+fra|flyttes\\s+fra)\\b");
    private static final Pattern MOVED_TO = Pattern.compile("(?iu)\\b(?:flyttet|flyttes|rykket|rykkes)\\b.*?\\btil\\b");
    /** What the board asks for in its decision: a status, a report, the case back. */
    private static final Pattern REQUEST = Pattern.compile(
            "(?iu)\\b(?:ønsker|beder\\s+om|anmoder\\s+om|forelægges|fremlægges|genoptages|udsat|udsættes|vender\\s+tilbage|vende\\s+tilbage|"
                    + "evaluer\\p{L}*|status|orientering|afrapporter\\p{L}*)\\b");
    private static final Pattern EVENT_WORD = Pattern.compile(
            "(?iu)(?:møde|seminar|konference|temadag|workshop|arrangement|festival|kursus|messe|besøg|reception|åbning"
                    + "|indvielse|høring\\s+af\\s+borgere|dialogmøde|borgermøde|afholdes|finder\\s+sted|holdes)");
    private static final Pattern PAST_SENTENCE = Pattern.compile(
            "(?iu)\\b(?:blev|var|havde|har\\s+(?:været|haft|afholdt|holdt)|fandt\\s+sted|blev\\s+afholdt|afholdtes)\\b");
    private static final Pattern REPORTING = Pattern.compile(
            "(?iu)(?:status|afrapporter\\p{L}*|rapporter\\p{L}*|fremlæg\\p{L}*|forelæg\\p{L}*|orienter\\p{L}*|følge\\p{L}*\\s+op|opfølgning"
                    + "|evaluer\\p{L}*|drøftelse|drøftes|vedtage|vedtages|godkende|godkendes|indsend\\p{L}*|udarbejde\\p{L}*|revider\\p{L}*|skal)");
    /** A sentence about money: "årligt skal bidrage med 32.083 kr." is a payment, not an obligation to follow up. */
    private static final Pattern AMOUNT = Pattern.compile("(?iu)\\d\\s*(?:mio\\.?|mia\\.?|mill\\.?)?\\s*kr\\b|\\bkr\\.\\s*\\d");
    /** "skal Kommunalbestyrelsen hvert år … vedtage": the subject after the verb. */
    private static final Pattern INVERTED_OWNER = Pattern.compile(
            "(?u)\\b(?:skal|bør|vil)\\s+(Kommunalbestyrelsen|Byrådet|Økonomiudvalget|Direktionen|[\\p{Lu}][\\p{L}]*(?:udvalget|chefen|direktøren|lederen|sekretariatet|staben))\\b");
    private static final Pattern AFTER_MEETING = Pattern.compile(
            "(?iu)(?:opfølgning\\s+på|orientering\\s+fra|efter\\s+(?:hvert|hver|alle)?\\s*|fast\\s+punkt[^.]{0,80}?efter\\s+)\\s*"
                    + "((?:[\\p{L}]+-\\s*og\\s+)?[\\p{L}]*?(?:udvalgs|råds|bestyrelses|direktions|KB-|ØU-|HU-))møde(?:t|r|rne)?");
    private static final Pattern STANDING = Pattern.compile("(?iu)\\b(?:fast\\s+punkt|hver\\s+gang|efter\\s+hvert|efter\\s+alle|løbende)\\b");
    private static final Pattern HEARING_LIST = Pattern.compile(
            "(?iu)(?:høring\\s+(?:hos|blandt|til)|høringsparter(?:ne)?\\s+er\\s*:?|høringsparter(?:ne)?\\s*:|sendes\\s+i\\s+høring\\s+(?:hos|til))\\s*:?\\s*(.*)$");
    private static final Pattern HEARING = Pattern.compile("(?iu)høring");
    private static final String OWNER_VERB = "(?:bedes|skal|sørger\\s+for|følger\\s+op|udarbejder|vender\\s+tilbage|indkalder|sender|udsender"
            + "|orienterer|inviteres|indhenter|undersøger|kontakter|tager\\s+kontakt|meddeler|fremlægger|forelægger|laver|afholder"
            + "|planlægger|koordinerer)";
    private static final Pattern OWNER_ACTION = Pattern.compile(
            "(?u)(?:^|\\b(?i:at)\\s+|[,;:]\\s*|\\b(?:og|samt)\\s+)((?:Team|Center|Afdeling|Enhed|Staben|Sekretariatet)\\s+(?:for\\s+)?[\\p{Lu}][\\p{L}-]*(?:\\s+(?:og\\s+)?[\\p{Lu}][\\p{L}-]*)?"
                    + "|HR\\s+og\\s+Personale|[\\p{Lu}][\\p{L}]+\\s+og\\s+[\\p{Lu}][\\p{L}]+"
                    + "|[\\p{Lu}][\\p{L}]*(?:chef|chefen|direktør|direktøren|leder|lederen|konsulent|konsulenten|sekretariatet|staben|centret|centeret|forvaltningen|administrationen)"
                    + "|administrationen|forvaltningen|sekretariatet|[\\p{Lu}][\\p{L}]+(?:\\s+[\\p{Lu}][\\p{L}]+){0,2})\\s+" + OWNER_VERB + "\\b\\s+(\\p{L}+)");
    private static final Set<String> NOT_OWNERS = Set.of("der", "det", "den", "de", "dette", "denne", "disse", "sagen", "punktet",
            "planen", "forslaget", "indsatsen", "arbejdet", "man", "vi", "i", "han", "hun", "alle", "hvis", "når", "som", "her",
            "direktionen", "udvalget", "byrådet", "kommunalbestyrelsen", "økonomiudvalget", "kommunen", "programmet", "projektet",
            "ordningen", "aftalen", "rapporten", "analysen", "resultaterne", "midlerne", "budgettet", "tilbuddet", "møderne",
            "mødet", "strategien", "politikken", "rammerne", "status", "evalueringen", "ansøgningen", "bevillingen", "klyngen");
    private static final Set<Outcome> NOTHING_FOLLOWS = EnumSet.of(Outcome.AFVIST, Outcome.UDSAT);
    private static final Set<Outcome> APPROVED = EnumSet.of(Outcome.GODKENDT, Outcome.GODKENDT_MED_BEMAERKNING, Outcome.ANBEFALES);

    private final DanishTemporalParser temporal;

    public FollowUpExtractor(DanishTemporalParser temporal) {
        this.temporal = temporal;
    }

    /** The referat with every open item's follow-ups filled in. */
    public Referat extract(Referat referat) {
        if (referat.meeting().date() == null) {
            return referat; // relative dates cannot be read without the meeting's date: found once it is given
        }
        List<AgendaItem> items = new ArrayList<>();
        for (AgendaItem item : referat.items()) {
            items.add(item.withFollowUps(extract(item, referat.meeting().date(), referat.meeting().body())));
        }
        return referat.withItems(items);
    }

    /** The follow-ups of one item of a meeting of {@code body} held on {@code meetingDate}. */
    public List<FollowUp> extract(AgendaItem item, LocalDate meetingDate, String body) {
        if (item.closed()) {
            return List.of();
        }
        Found found = new Found(body);
        afterMeeting(item.title(), Source.TITLE, 0.85, found);
        if (item.decision() != null) {
            read(item.decision(), meetingDate, Source.DECISION, 0.9, found);
        }
        for (PriorTreatment prior : item.prior()) {
            readPrior(prior, meetingDate, found);
        }
        if (item.outcome() != null && NOTHING_FOLLOWS.contains(item.outcome())) {
            return found.all();
        }
        events(item.title(), meetingDate, Source.TITLE, 0.75, found);
        double proposed = item.outcome() != null && APPROVED.contains(item.outcome()) ? 0.75 : 0.5;
        for (String recommendation : item.recommendations()) {
            read(recommendation, meetingDate, Source.RECOMMENDATION, proposed, found);
        }
        for (String text : new String[] {item.resume(), item.caseText()}) {
            if (text != null) {
                read(text, meetingDate, Source.CASE_TEXT, 0.5, found);
            }
        }
        return found.all();
    }

    /** What has been found so far for an item; later, less authoritative sources do not repeat or contradict it. */
    private static final class Found {
        private final String body;
        private final Map<String, FollowUp> byKey = new LinkedHashMap<>();
        private final Set<String> kindsFromDecision = new HashSet<>();

        Found(String body) {
            this.body = body;
        }

        void add(FollowUp f, String key) {
            String kind = f.kind().code();
            if (f.source() == Source.DECISION) {
                kindsFromDecision.add(kind);
            } else if (f.source() != Source.TITLE && kind.equals("recurring") && kindsFromDecision.contains(kind)) {
                return; // what the decision says wins over what the case text proposed
            }
            FollowUp known = byKey.get(key);
            if (known == null || known.confidence() < f.confidence()) {
                byKey.put(key, known == null ? f : new FollowUp(f.kind(), f.owner() != null ? f.owner() : known.owner(),
                        f.evidence(), f.confidence(), f.source()));
            }
        }

        /** All found; "FREQ=YEARLY" gives way to "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31" in the same item. */
        List<FollowUp> all() {
            List<FollowUp> all = new ArrayList<>(byKey.values());
            all.removeIf(f -> f.kind() instanceof Recurring r && r.rrule() != null && !r.rrule().contains(";")
                    && all.stream().anyMatch(g -> g.kind() instanceof Recurring o && o.rrule() != null
                    && o.rrule().startsWith(r.rrule() + ";BY")));
            return List.copyOf(all);
        }
    }

    private void readPrior(PriorTreatment prior, LocalDate meetingDate, Found found) {
        // an earlier treatment's decision may have asked for something still to come (an action, a coming event)
        for (String sentence : sentences(prior.text())) {
            List<TemporalExpression> times = temporal.find(sentence, prior.date());
            action(sentence, times, meetingDate, Source.PRIOR_TREATMENT, 0.6, found);
        }
    }

    private void read(String text, LocalDate ref, Source source, double confidence, Found found) {
        afterMeeting(text, source, confidence, found);
        List<String> sentences = sentences(text);
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            List<TemporalExpression> times = temporal.find(sentence, ref);
            for (TemporalExpression t : times) {
                if (t.deadline() && (t instanceof DateExpression || t instanceof PeriodExpression)) {
                    deadline(text, sentences, i, t, ref, source, confidence, found);
                } else if (t instanceof RecurrenceExpression r) {
                    recurring(sentence, r, ref, source, confidence, found);
                }
            }
            event(sentence, times, ref, source, confidence, found);
            action(sentence, times, ref, source, confidence, found);
            if (source == Source.DECISION) {
                request(sentence, times, ref, confidence, found);
            }
        }
    }

    /**
     * "Udvalget ønsker en status i august 2025", "Sagen genoptages på næste møde": what the board asks to come
     * back to it is an action, due when the decision says (a month: by its end), even with no owner named.
     */
    private void request(String sentence, List<TemporalExpression> times, LocalDate ref, double confidence, Found found) {
        if (!REQUEST.matcher(sentence).find() || hasOwner(sentence, found.body)) {
            return;
        }
        for (TemporalExpression t : times) {
            Action action = null;
            if (t instanceof NextMeetingExpression n) {
                action = new Action(null, n.body() != null ? n.body() : found.body);
            } else if (t instanceof DateExpression d && d.date().isAfter(ref)) {
                action = new Action(d.date(), null);
            } else if (t instanceof PeriodExpression p && p.to().isAfter(ref) && p.to().toEpochDay() - p.from().toEpochDay() <= 92) {
                action = new Action(p.to(), null);
            }
            if (action != null) {
                found.add(new FollowUp(action, owner(sentence, found.body), sentence, confidence - 0.1, Source.DECISION),
                        "request " + action);
                return;
            }
        }
    }

    private void deadline(String text, List<String> sentences, int index, TemporalExpression t, LocalDate ref, Source source,
                          double confidence, Found found) {
        LocalDate date = t instanceof DateExpression d ? d.date() : ((PeriodExpression) t).to();
        if (date.isBefore(ref)) {
            return;
        }
        String sentence = sentences.get(index);
        List<String> parties = HEARING.matcher(sentence).find() || HEARING.matcher(text).find() ? hearingParties(sentences) : List.of();
        var time = t instanceof DateExpression d ? d.time() : null;
        found.add(new FollowUp(new Deadline(date, time, parties), owner(sentence, found.body), sentence,
                Math.min(1.0, confidence + 0.05), source), "deadline " + date);
    }

    /** "… sendes i høring hos:" followed by one party a line, or "høring hos A, B og C". */
    private static List<String> hearingParties(List<String> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            Matcher m = HEARING_LIST.matcher(sentences.get(i));
            if (!m.find()) {
                continue;
            }
            List<String> parties = new ArrayList<>();
            String inline = m.group(1).strip();
            if (!inline.isEmpty()) {
                for (String p : inline.replaceAll("[.]$", "").split("\\s*(?:,|\\bog\\b)\\s*")) {
                    if (!p.isBlank()) {
                        parties.add(p.strip());
                    }
                }
                return parties;
            }
            for (int j = i + 1; j < sentences.size(); j++) {
                String line = sentences.get(j).strip().replaceFirst("^[-•*]\\s*", "");
                if (line.length() > 80 || line.endsWith(".") && line.split("\\s+").length > 6
                        || line.toLowerCase(Locale.ROOT).contains("frist") || line.chars().anyMatch(Character::isDigit)) {
                    break; // the list has ended: prose again, or the deadline itself
                }
                parties.add(line.replaceAll("[,;:]$", ""));
            }
            return parties;
        }
        return List.of();
    }

    private void recurring(String sentence, RecurrenceExpression r, LocalDate ref, Source source, double confidence, Found found) {
        String around = sentence.substring(Math.max(0, r.span().start() - 40), Math.min(sentence.length(), r.span().end() + 40));
        if (AMOUNT.matcher(around).find() || r.rrule() != null && r.rrule().contains("UNTIL=")) {
            return; // "32.083 kr. årligt i 2021 – 2024" is a payment, not an obligation to follow up
        }
        if (source != Source.DECISION && !REPORTING.matcher(sentence).find()) {
            return; // the case text describing how things are done is not an obligation for the board
        }
        String per = r.per() == null ? null : r.per().times() != null ? r.per().times() + "/" + r.per().freq()
                : r.per().min() + "-" + r.per().max() + "/" + r.per().freq();
        double sure = r.rrule() == null ? confidence - 0.2 : confidence;
        found.add(new FollowUp(new Recurring(r.rrule(), per, ref), owner(sentence, found.body), sentence, sure, source),
                "recurring " + (r.rrule() == null ? per : r.rrule()));
    }

    private void event(String sentence, List<TemporalExpression> times, LocalDate ref, Source source, double confidence, Found found) {
        if (!EVENT_WORD.matcher(sentence).find() || PAST_SENTENCE.matcher(sentence).find() || hasOwner(sentence, found.body)) {
            return; // a sentence about who does what by when is an action, not an event
        }
        if (CANCELLED.matcher(sentence).find() && !MOVED_TO.matcher(sentence).find()) {
            return; // "mødet den 30. juli aflyses"
        }
        Matcher moved = MOVED_TO.matcher(sentence);
        int from = moved.find() ? moved.end() : 0; // "flyttet fra den 4. til den 11. november": only the new day
        for (TemporalExpression t : times) {
            if (t.deadline() || t.span().start() < from) {
                continue;
            }
            Event event = null;
            if (t instanceof DateExpression d && d.date().isAfter(ref) && !timeOnly(sentence, d)) {
                event = new Event(d.date(), null, d.time());
            } else if (t instanceof PeriodExpression p && p.from().isAfter(ref) && p.vague() == null
                    && p.to().toEpochDay() - p.from().toEpochDay() <= 14) {
                event = new Event(p.from(), p.to(), null);
            }
            if (event != null) {
                found.add(new FollowUp(event, owner(sentence, found.body), sentence, confidence - 0.05, source), "event " + event.date());
            }
        }
    }

    private static boolean timeOnly(String sentence, DateExpression d) {
        String text = sentence.substring(d.span().start(), d.span().end()).toLowerCase(Locale.ROOT);
        return text.startsWith("kl") && !text.matches(".*\\d{1,2}\\.\\s*\\p{L}.*");
    }

    private void events(String title, LocalDate ref, Source source, double confidence, Found found) {
        event(title, temporal.find(title, ref), ref, source, confidence, found);
    }

    private void afterMeeting(String text, Source source, double confidence, Found found) {
        Matcher m = AFTER_MEETING.matcher(text);
        while (m.find()) {
            String stem = m.group(1);
            String body = Bodies.fromStem(stem);
            boolean standing = source == Source.TITLE || STANDING.matcher(text).find();
            if (standing && !body.equalsIgnoreCase(found.body)) {
                found.add(new FollowUp(new AfterMeeting(body), null, text.strip(), confidence, source), "after_meeting " + body);
            }
        }
    }

    private void action(String sentence, List<TemporalExpression> times, LocalDate ref, Source source, double confidence, Found found) {
        Matcher m = OWNER_ACTION.matcher(sentence);
        while (m.find()) {
            String owner = ownerName(m.group(1));
            String next = m.group(2).toLowerCase(Locale.ROOT);
            if (NOT_OWNERS.contains(owner.toLowerCase(Locale.ROOT)) || owner.equalsIgnoreCase(found.body)
                    || next.equals("have") || next.equals("blive") || next.equals("være") && !sentence.contains("færdig")) {
                continue;
            }
            LocalDate due = null;
            String atMeeting = null;
            for (TemporalExpression t : times) {
                if (t instanceof DateExpression d && !d.date().isBefore(ref) && due == null) {
                    due = d.date();
                } else if (t instanceof NextMeetingExpression n && atMeeting == null) {
                    atMeeting = n.body() != null ? n.body() : found.body;
                }
            }
            LocalDate dueDate = due;
            if (dueDate != null && times.stream().anyMatch(t -> t.deadline() && t instanceof DateExpression d && d.date().equals(dueDate))) {
                continue; // the deadline found in the same sentence already names the owner
            }
            if (source == Source.CASE_TEXT && due == null && atMeeting == null) {
                continue; // the case text describes who does what; without a time it is not a follow-up
            }
            double sure = due != null || atMeeting != null ? confidence : confidence - 0.1;
            found.add(new FollowUp(new Action(due, atMeeting), owner, sentence.strip(), sure, source),
                    "action " + owner.toLowerCase(Locale.ROOT) + " " + due + " " + atMeeting);
        }
    }

    private boolean hasOwner(String sentence, String body) {
        Matcher m = OWNER_ACTION.matcher(sentence);
        while (m.find()) {
            if (!NOT_OWNERS.contains(ownerName(m.group(1)).toLowerCase(Locale.ROOT)) && !ownerName(m.group(1)).equalsIgnoreCase(body)) {
                return true;
            }
        }
        return false;
    }

    private String owner(String sentence, String body) {
        Matcher m = OWNER_ACTION.matcher(sentence);
        while (m.find()) {
            String owner = ownerName(m.group(1));
            if (!NOT_OWNERS.contains(owner.toLowerCase(Locale.ROOT)) && !owner.equalsIgnoreCase(body)) {
                return owner;
            }
        }
        Matcher inverted = INVERTED_OWNER.matcher(sentence);
        while (inverted.find()) {
            if (!inverted.group(1).equalsIgnoreCase(body)) {
                return inverted.group(1);
            }
        }
        return null;
    }

    /** "At Økonomistaben" (a recommendation opening "At …") → "Økonomistaben". */
    private static String ownerName(String matched) {
        return matched.strip().replaceFirst("^(?i:at)\\s+", "");
    }

    /** Sentences, with lines wrapped in the middle of a sentence joined again ("… den 11." / "november 2024"). */
    private static List<String> sentences(String text) {
        String joined = text.indexOf('\n') < 0 ? text : WRAPPED.matcher(text).replaceAll("$1 ");
        List<String> out = new ArrayList<>();
        for (String s : DanishTemporalParser.SENTENCE_BOUNDARY.split(joined)) {
            // a tab stands between a table's columns; the sentence a follow-up quotes reads it as a space
            String t = s.strip().replace('\t', ' ');
            if (!t.isEmpty()) {
                out.add(t.replaceFirst("^[-•*]\\s+", ""));
            }
        }
        return out;
    }
}
