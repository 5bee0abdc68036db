package dk.referent.bot.conversation;

import dk.referent.minutes.question.Question;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.minutes.source.CleanText;
import dk.referent.persistence.DecisionSearch.Hit;
import dk.referent.persistence.DecisionSearch;
import dk.referent.persistence.FollowUpStore;
import dk.referent.persistence.MeetingLookup;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A question in, the answer out — as {@code referent ask} prints it and the bot posts it. */
public final class Answers {

    private static final java.util.regex.Pattern MINE = java.util.regex.Pattern.compile("(?iu)\\b(?:mine|min|my|mig|me)\\b");

    /** The text to post, the items it cites, and the confirmed follow-ups it lists (which chat offers buttons for). */
    public record Answer(String text, List<Hit> hits, List<Long> followUps, String citation) {
        public Answer {
            // printed by the CLI and posted to chat: no escapes or invisible characters from stored minutes
            text = CleanText.of(text);
            citation = CleanText.of(citation);
        }

        public Answer(String text, List<Hit> hits) {
            this(text, hits, List.of(), null);
        }

        public Answer(String text, List<Hit> hits, List<Long> followUps) {
            this(text, hits, followUps, null);
        }
    }

    private final QuestionParser questions;
    private final DecisionSearch search;
    private final MeetingLookup meetings;
    private final FollowUpStore followUps;
    private final Clock clock;

    public Answers(DecisionSearch search, MeetingLookup meetings, FollowUpStore followUps, QuestionParser questions, Clock clock) {
        this.questions = questions;
        this.search = search;
        this.meetings = meetings;
        this.followUps = followUps;
        this.clock = clock;
    }

    public Answer answer(String text, boolean authorised, int limit) {
        return answer(text, authorised, limit, null);
    }

    /** As {@link #answer(String, boolean, int)}, for {@code asker} (a chat user id): "mine frister" are theirs. */
    public Answer answer(String text, boolean authorised, int limit, String asker) {
        Question q = questions.parse(text, LocalDate.now(clock));
        if (q.kind() == Question.Kind.DECISION) {
            List<Hit> hits = search.search(q, authorised, limit);
            List<DecisionSearch.Treatment> timeline = hits.isEmpty() || hits.get(0).caseNumber() == null ? List.of()
                    : search.timeline(hits.get(0).caseNumber(), authorised);
            return new Answer(AnswerText.of(q, hits, authorised, timeline, hits.isEmpty() ? search.nearbyTopics(q, 3) : List.of()), hits,
                    List.of(), hits.isEmpty() ? null : AnswerText.citation(hits.get(0), q.language() == Question.Language.ENGLISH));
        }
        if (q.kind() == Question.Kind.WHEN_TREATED) {
            List<Hit> hits = search.search(q, authorised, 10);
            List<DecisionSearch.Treatment> timeline = hits.isEmpty() || hits.get(0).caseNumber() == null ? List.of()
                    : search.timeline(hits.get(0).caseNumber(), authorised);
            return new Answer(AnswerText.whenTreated(q, hits, timeline), hits);
        }
        if (q.kind() == Question.Kind.FOLLOW_UPS) {
            List<String> about = new java.util.ArrayList<>(q.subjectWords());
            if (asker != null && MINE.matcher(text).find()) {
                about.add(asker);
            }
            List<FollowUpStore.Row> open = followUps.open(q.from(), q.to(), about);
            if (open.isEmpty() && about.contains(asker)) {
                return new Answer(q.language() == Question.Language.ENGLISH
                        ? "Nothing open is given to you (" + asker + "). »deadlines« lists everyone's."
                        : "Du har ingen åbne opfølgninger (givet til " + asker + "). »frister« viser alle.", List.of());
            }
            LocalDate today = FollowUpToday.today(clock);
            return new Answer(FollowUpAnswerText.of(q, open, today), List.of(), FollowUpAnswerText.shown(open, today).stream()
                    .filter(r -> r.status().equals("confirmed")).map(FollowUpStore.Row::id).toList());
        }
        Optional<MeetingLookup.MeetingView> meeting = meetings.find(q.body(), q.from(), q.to(), authorised);
        return new Answer(MeetingAnswerText.of(q, meeting), meeting.map(m -> agendaHits(q, m)).orElse(List.of()));
    }

    /** Whether {@code text} is written in English, as questions are read; Danish when that cannot be told. */
    public boolean english(String text) {
        try {
            return questions.parse(text, LocalDate.now(clock)).language() == Question.Language.ENGLISH;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * For agenda and closed-item questions, the items are the hits (in agenda order); for attendance and absence, the
     * item that records them where the minutes have one ("Fraværende", "Afbud").
     */
    private static List<Hit> agendaHits(Question q, MeetingLookup.MeetingView m) {
        return m.items().stream()
                .filter(i -> switch (q.kind()) {
                    case AGENDA -> true;
                    case CLOSED_ITEMS -> i.closed();
                    case ATTENDANCE, ABSENCE -> dk.referent.minutes.referat.Attendance.isAttendanceItem(i.title());
                    default -> false;
                })
                .map(i -> new Hit(m.body(), m.date(), i.number(), i.punkt(), i.title(), i.caseNumber(), i.closed(), i.decision(), i.outcome(), 1.0))
                .toList();
    }
}
