package dk.referent.bot.platform.slack;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.slack.api.methods.MethodsClient;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack user groups (ids "S…") named in the role configuration, and who is in them — read with
 * usergroups.users.list and kept ten minutes, so a change in Slack takes effect without a restart.
 */
public final class SlackUserGroups {

    private static final Logger LOG = LoggerFactory.getLogger(SlackUserGroups.class);
    private static final Pattern GROUP = Pattern.compile("S[A-Z0-9]{6,}");

    private final MethodsClient client;
    private final Set<String> groups;
    private final LoadingCache<String, Set<String>> members;

    /** {@code configured}: the ids in the role configuration; those that are user groups are looked up. */
    public SlackUserGroups(MethodsClient client, Set<String> configured) {
        this.client = client;
        this.groups = configured.stream().filter(id -> GROUP.matcher(id).matches()).collect(Collectors.toUnmodifiableSet());
        this.members = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(10)).build(this::load);
    }

    /** The configured groups {@code user} is in; none when Slack cannot tell (a failed lookup is not cached). */
    public Set<String> of(String user) {
        return groups.stream().filter(g -> {
            try {
                return members.get(g).contains(user);
            } catch (RuntimeException e) {
                LOG.warn("could not read Slack user group {}: {}", g, e.getMessage());
                return false;
            }
        }).collect(Collectors.toUnmodifiableSet());
    }

    private Set<String> load(String group) {
        try {
            var response = client.usergroupsUsersList(r -> r.usergroup(group));
            if (!response.isOk()) {
                throw new IllegalStateException(response.getError());
            }
            return Set.copyOf(response.getUsers());
        } catch (java.io.IOException | com.slack.api.methods.SlackApiException e) {
            throw new IllegalStateException(e.toString(), e);
        }
    }
}
