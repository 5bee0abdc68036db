package dk.referent.bot.conversation;

import dk.referent.minutes.question.Question.Language;
import dk.referent.minutes.question.Question;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.minutes.referat.Participant;
import dk.referent.persistence.MeetingLookup.Item;
import dk.referent.persistence.MeetingLookup.MeetingView;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Answers about a meeting: who attended or was absent, where, the agenda, the closed items. */
final class MeetingAnswerText {


    private MeetingAnswerText() {
    }

    static String of(Question q, Optional<MeetingView> found) {
        boolean en = q.language() == Language.ENGLISH;
        if (found.isEmpty()) {
            return en ? "I found no meeting matching the question in the stored minutes."
                    : "Jeg fandt intet møde, der passer på spørgsmålet, i referaterne.";
        }
        MeetingView m = found.get();
        String meeting = m.body() + ", " + DanishFormat.dates(en).format(m.date());
        List<String> present = m.participants().stream().filter(p -> !p.absent()).map(Participant::name).toList();
        List<String> absent = m.participants().stream().filter(Participant::absent).map(Participant::name).toList();
        // "who was absent, and where was it held?": the place and time after the people
        String alsoWhere = (q.kind() == Question.Kind.ATTENDANCE || q.kind() == Question.Kind.ABSENCE)
                && QuestionParser.alsoAsks(q, Question.Kind.PLACE) ? " " + whenAndWhere(m, meeting, en) : "";
        String answer = switch (q.kind()) {
            case ATTENDANCE -> m.participants().isEmpty()
                    ? (en ? "The minutes of " + meeting + " do not list the participants." : "Referatet fra " + meeting + " nævner ikke deltagerne.")
                    : (en ? "Present at " + meeting + ": " : "Til stede ved " + meeting + ": ") + join(present, en)
                    + (absent.isEmpty() ? "." : (en ? ". Absent: " : ". Fraværende: ") + join(absent, en) + ".");
            case ABSENCE -> absent.isEmpty()
                    ? (en ? "No one is recorded as absent at " + meeting + "." : "Ingen er noteret som fraværende ved " + meeting + ".")
                    : (en ? "Absent at " + meeting + ": " : "Fraværende ved " + meeting + ": ") + join(absent, en) + ".";
            case PLACE -> whenAndWhere(m, meeting, en);
            case CLOSED_ITEMS -> closed(m, meeting, en);
            default -> agenda(m, meeting, en);
        };
        return answer + alsoWhere;
    }

    /** Where and when: the place, the start and, where the minutes state it, the end. */
    private static String whenAndWhere(MeetingView m, String meeting, boolean en) {
        String times = m.time() == null ? "" : (en ? " from " : " kl. ") + m.time() + (m.end() == null ? "" : "–" + m.end());
        if (m.time() == null && m.end() != null) {
            times = en ? " (ended at " + m.end() + ")" : " (sluttede kl. " + m.end() + ")";
        }
        if (m.place() == null) {
            return en ? "The minutes of " + meeting + times + " do not say where it was held."
                    : "Referatet fra " + meeting + times + " siger ikke, hvor mødet blev holdt.";
        }
        return (en ? meeting + times + " was held at: " : meeting + times + " blev holdt: ") + m.place() + ".";
    }

    private static String agenda(MeetingView m, String meeting, boolean en) {
        StringBuilder out = new StringBuilder(en ? "Agenda of " + meeting + ":" : "Dagsorden for " + meeting + ":");
        for (Item i : m.items()) {
            out.append("\n").append(i.punkt()).append(". ").append(i.title()).append(i.closed() ? (en ? " (closed)" : " (lukket)") : "");
        }
        return out.toString();
    }

    private static String closed(MeetingView m, String meeting, boolean en) {
        List<Item> closed = m.items().stream().filter(Item::closed).toList();
        if (closed.isEmpty()) {
            return en ? "No items were closed at " + meeting + "." : "Ingen punkter var lukkede ved " + meeting + ".";
        }
        return (en ? "Closed items at " + meeting + ":" : "Lukkede punkter ved " + meeting + ":")
                + closed.stream().map(i -> "\n" + i.punkt() + ". " + i.title()).collect(Collectors.joining());
    }

    private static String join(List<String> names, boolean en) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + (en ? " and " : " og ") + names.get(names.size() - 1);
    }
}
