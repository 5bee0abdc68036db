package dk.referent.bot.slack;

/** The secretariat's work from chat: who may do it, and the preview → confirm (publish) / discard of a referat. */
public interface SecretariatDesk {

    boolean mayPublish(String user);

    String preview(String fileName, byte[] content, String actor);

    String confirm(String actor) throws Exception;

    String discard(String actor);

    /** Says no to someone outside the secretariat, and records that it did. */
    String refuse(String actor, String what);

    /** Nobody may: chat only answers and reminds. */
    SecretariatDesk NONE = new SecretariatDesk() {
        @Override
        public boolean mayPublish(String user) {
            return false;
        }

        @Override
        public String preview(String fileName, byte[] content, String actor) {
            throw new IllegalStateException("no secretariat");
        }

        @Override
        public String confirm(String actor) {
            throw new IllegalStateException("no secretariat");
        }

        @Override
        public String discard(String actor) {
            throw new IllegalStateException("no secretariat");
        }

        @Override
        public String refuse(String actor, String what) {
            return "Kun sekretariatet kan indlæse og offentliggøre referater.";
        }
    };
}
