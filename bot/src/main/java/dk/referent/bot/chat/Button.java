package dk.referent.bot.chat;

/**
 * A button under a reply; each platform draws it its own way (Slack Block Kit, Discord components, a hint to type in
 * the console). {@code value} is what the action is about: a follow-up's id, or nothing.
 */
public record Button(Action action, String value) {

    /** What a button does. {@link #REASSIGN} first asks to whom — a dialog on the platform. */
    public enum Action {
        DONE("Udført"), SNOOZE_DAY("Udsæt 1 dag"), SNOOZE_WEEK("Udsæt 1 uge"), REASSIGN("Overdrag"),
        PUBLISH("Bekræft og offentliggør"), EDIT("Ret"), DISCARD("Kassér");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The id platforms carry in the button: "referent_done". */
        public String id() {
            return "referent_" + name().toLowerCase(java.util.Locale.ROOT);
        }

        public static java.util.Optional<Action> ofId(String id) {
            return java.util.Arrays.stream(values()).filter(a -> a.id().equals(id)).findFirst();
        }

        /** Buttons that act on a follow-up (their value is its id). */
        public boolean onFollowUp() {
            return this == DONE || this == SNOOZE_DAY || this == SNOOZE_WEEK || this == REASSIGN;
        }
    }

    /** The label drawn: a follow-up's buttons name it when a message lists several. */
    public String label(boolean nameFollowUp) {
        return nameFollowUp && action.onFollowUp() ? action.label() + " #" + value : action.label();
    }

    /** The buttons of a reminder of follow-up {@code id}. */
    public static java.util.List<Button> reminder(long id) {
        String v = String.valueOf(id);
        return java.util.List.of(new Button(Action.DONE, v), new Button(Action.SNOOZE_DAY, v), new Button(Action.SNOOZE_WEEK, v),
                new Button(Action.REASSIGN, v));
    }
}
