package dk.referent.bot.platform.email;

import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's delivery when e-mail is configured: a reminder or digest goes by e-mail to a person who prefers it,
 * to both for »both«, else through the chat platform. For »both«, a part that went through is not sent again when
 * the other is retried (remembered by the outbox's marker for the life of the process).
 */
public final class EmailRouting implements ChatDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(EmailRouting.class);

    private final ChatDelivery chat;
    private final ChatDelivery email;
    private final Contacts contacts;
    /** Markers whose chat part (or e-mail part) has been sent, for »both«. */
    private final Set<String> chatDone = ConcurrentHashMap.newKeySet();
    private final Set<String> emailDone = ConcurrentHashMap.newKeySet();

    public EmailRouting(ChatDelivery chat, ChatDelivery email, Contacts contacts) {
        this.chat = chat;
        this.email = email;
        this.contacts = contacts;
    }

    @Override
    public DeliveryResult send(String target, String text) {
        return sendMarked(target, text, null, null);
    }

    @Override
    public DeliveryResult sendReminder(String target, String text, long followUpId) {
        return sendMarked(target, text, followUpId, null);
    }

    @Override
    public DeliveryResult sendMarked(String target, String text, Long followUpId, String marker) {
        Optional<Contacts.Reach> reach = contacts.of(target);
        if (reach.isEmpty() || !reach.get().prefers().byEmail()) {
            return chat.sendMarked(target, text, followUpId, marker);
        }
        if (!reach.get().prefers().inChat()) {
            return email.sendMarked(target, text, followUpId, marker);
        }
        DeliveryResult inChat = once(chatDone, marker, () -> chat.sendMarked(target, text, followUpId, marker));
        DeliveryResult byEmail = once(emailDone, marker, () -> email.sendMarked(target, text, followUpId, marker));
        if (inChat instanceof DeliveryResult.Retry || byEmail instanceof DeliveryResult.Retry) {
            return inChat instanceof DeliveryResult.Retry ? inChat : byEmail;
        }
        forget(marker);
        if (inChat instanceof DeliveryResult.Failed && byEmail instanceof DeliveryResult.Failed) {
            return inChat;
        }
        if (!(inChat instanceof DeliveryResult.Sent) || !(byEmail instanceof DeliveryResult.Sent)) {
            // one way reached them: the reminder is delivered, the other way's failure is logged
            LOG.warn("{} reached {} one way only: chat {}, e-mail {}", marker, target, inChat, byEmail);
        }
        return DeliveryResult.sent();
    }

    private static DeliveryResult once(Set<String> done, String marker, java.util.function.Supplier<DeliveryResult> send) {
        if (marker != null && done.contains(marker)) {
            return DeliveryResult.sent();
        }
        DeliveryResult result = send.get();
        if (marker != null && result instanceof DeliveryResult.Sent) {
            done.add(marker);
        }
        return result;
    }

    private void forget(String marker) {
        if (marker != null) {
            chatDone.remove(marker);
            emailDone.remove(marker);
        }
    }

    @Override
    public Optional<Boolean> delivered(String target, String marker) {
        Optional<Contacts.Reach> reach = contacts.of(target);
        // an SMTP server cannot be asked whether a mail arrived: such a row is sent again (same Message-ID)
        return reach.isPresent() && reach.get().prefers().byEmail() ? Optional.empty() : chat.delivered(target, marker);
    }
}
