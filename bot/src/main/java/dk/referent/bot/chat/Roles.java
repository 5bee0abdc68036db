package dk.referent.bot.chat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Roles from configuration: {@code REFERENT_SECRETARIAT} and {@code REFERENT_LEADERS}, each a list of Slack user ids,
 * Slack user group ids, Discord user ids or Discord role ids (comma or space separated). Whoever types at the console
 * runs Referent on their own machine and is the secretariat there.
 */
public record Roles(Set<String> secretariat, Set<String> leaders) {

    public Roles {
        secretariat = Set.copyOf(secretariat);
        leaders = Set.copyOf(leaders);
    }

    public static Roles from(Map<String, String> env) {
        return new Roles(ids(env.get("REFERENT_SECRETARIAT")), ids(env.get("REFERENT_LEADERS")));
    }

    /** The ids in a configured list. */
    public static Set<String> ids(String list) {
        return list == null ? Set.of() : Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    public Role of(Speaker speaker) {
        if (speaker.platform().equals("console") || member(secretariat, speaker)) {
            return Role.SECRETARIAT;
        }
        return member(leaders, speaker) ? Role.LEADER : Role.EVERYONE;
    }

    /** Every configured id, people and groups alike: a platform finds its groups among them (Slack user groups) to look up. */
    public Set<String> all() {
        return java.util.stream.Stream.concat(secretariat.stream(), leaders.stream()).collect(Collectors.toSet());
    }

    private static boolean member(Set<String> ids, Speaker speaker) {
        return ids.contains(speaker.id()) || speaker.groups().stream().anyMatch(ids::contains);
    }
}
