package dk.referent.bot.platform.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs Referent in to Discord's gateway. The bot needs the privileged Message Content intent enabled in the developer
 * portal, and in a server the permissions View Channel, Send Messages (and Send Messages in Threads). The token is
 * never logged.
 */
public final class DiscordConnection {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordConnection.class);

    private DiscordConnection() {
    }

    /**
     * JDA logged in with {@code token}, {@code bot} listening, ready, and {@code /referent} being registered (globally).
     * Close it with {@link JDA#shutdown()}.
     *
     * @throws InterruptedException when interrupted while waiting for Discord (JDA is shut down)
     */
    public static JDA start(String token, DiscordBot bot) throws InterruptedException {
        // as a second guard: whatever JDA sends without DiscordBot.messages pings no one either
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        JDA jda = JDABuilder.createLight(token, GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT)
                .addEventListeners(bot)
                .build();
        try {
            jda.awaitReady();
        } catch (InterruptedException e) {
            jda.shutdownNow();
            throw e;
        }
        jda.updateCommands().addCommands(DiscordBot.command())
                .queue(ok -> { }, e -> LOG.warn("registering /{} with Discord failed: {}", DiscordBot.COMMAND, e.toString()));
        LOG.info("Discord ready as {} in {} server(s)", jda.getSelfUser().getName(), jda.getGuilds().size());
        return jda;
    }
}
