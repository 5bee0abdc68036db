package dk.referent.bot.platform.email;

import dk.referent.scheduler.ChatDelivery;
import dk.referent.scheduler.DeliveryResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Reminders and the digest by e-mail over SMTP (STARTTLS): a Danish subject, a plain-text and an HTML part (UTF-8),
 * and for a reminder its Udført / Udsæt links. The Message-ID comes from the outbox's marker, so a mail sent again
 * after a lost outcome is recognisably the same message. A connection failure or a 4xx reply is retried by the
 * outbox; a 5xx reply, an invalid address or a refused login fails for good.
 */
public final class EmailDelivery implements ChatDelivery {

    private static final int SUBJECT_LENGTH = 90;

    private final SmtpSettings smtp;
    private final Session session;
    private final Function<String, Optional<String>> addressOf;
    /** Null when REFERENT_LINK_SECRET is not set: the mail then tells people to act in chat. */
    private final ActionLinks links;
    private final Clock clock;

    /** {@code addressOf}: a target's e-mail address ({@link Contacts}). */
    public EmailDelivery(SmtpSettings smtp, Function<String, Optional<String>> addressOf, ActionLinks links, Clock clock) {
        this.smtp = smtp;
        this.addressOf = addressOf;
        this.links = links;
        this.clock = clock;
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", String.valueOf(smtp.port()));
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", String.valueOf(smtp.startTlsRequired()));
        props.put("mail.smtp.auth", String.valueOf(smtp.user() != null));
        props.put("mail.smtp.from", smtp.from());
        // a hanging server must not hold the outbox thread: its rows' lease is two minutes
        props.put("mail.smtp.connectiontimeout", "15000");
        props.put("mail.smtp.timeout", "30000");
        props.put("mail.smtp.writetimeout", "30000");
        this.session = Session.getInstance(props);
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
        Optional<String> to = addressOf.apply(target);
        if (to.isEmpty()) {
            return DeliveryResult.failed("no e-mail address for " + target);
        }
        try {
            MimeMessage message = compose(to.get(), text, followUpId, marker);
            if (smtp.user() == null) {
                Transport.send(message);
            } else {
                Transport.send(message, smtp.user(), smtp.password());
            }
            return DeliveryResult.sent();
        } catch (MessagingException e) {
            return outcome(e);
        }
    }

    /** The mail, as sent; package-private for the tests. */
    MimeMessage compose(String to, String text, Long followUpId, String marker) throws MessagingException {
        MimeMessage message = new MarkedMessage(session, marker, domain(smtp.from()));
        message.setFrom(new InternetAddress(smtp.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject(text, followUpId), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        List<Link> actions = followUpId == null || links == null ? List.of()
                : List.of(ActionLinks.Action.values()).stream().map(a -> new Link(a.label(), links.link(followUpId, a))).toList();
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(plain(text, followUpId, actions), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(html(text, followUpId, actions), StandardCharsets.UTF_8.name(), "html");
        // plain first: a client shows the last part it understands
        message.setContent(new MimeMultipart("alternative", plain, html));
        message.saveChanges();
        return message;
    }

    private record Link(String label, String url) {
    }

    static String subject(String text, Long followUpId) {
        String first = text.lines().findFirst().orElse("").strip().replaceAll(":$", "");
        if (first.length() > SUBJECT_LENGTH) {
            first = first.substring(0, SUBJECT_LENGTH - 1).strip() + "…";
        }
        return (followUpId != null ? "Påmindelse: " : "Referent: ") + first;
    }

    private static final String FOOTER = "Du får denne e-mail fra Referent, fordi du har valgt påmindelser på e-mail."
            + " Skriv »påmindelser i chat« til Referent for at få dem i chatten i stedet.";

    private static String plain(String text, Long followUpId, List<Link> actions) {
        StringBuilder body = new StringBuilder(text).append("\n\n");
        if (!actions.isEmpty()) {
            actions.forEach(a -> body.append(a.label()).append(": ").append(a.url()).append('\n'));
            body.append("(Hvert link virker én gang.)\n\n");
        } else if (followUpId != null) {
            body.append("Skriv »udført ").append(followUpId).append("« eller »udsæt ").append(followUpId).append(" 7« til Referent.\n\n");
        }
        return body.append("-- \n").append(FOOTER).append('\n').toString();
    }

    private static String html(String text, Long followUpId, List<Link> actions) {
        StringBuilder body = new StringBuilder("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"></head><body>\n<p>")
                .append(escape(text).replace("\n", "<br>\n")).append("</p>\n");
        if (!actions.isEmpty()) {
            body.append("<p>");
            for (int i = 0; i < actions.size(); i++) {
                body.append(i == 0 ? "" : " &middot; ").append("<a href=\"").append(escape(actions.get(i).url())).append("\">")
                        .append(escape(actions.get(i).label())).append("</a>");
            }
            body.append("<br><small>Hvert link virker én gang.</small></p>\n");
        } else if (followUpId != null) {
            body.append("<p>Skriv »udført ").append(followUpId).append("« eller »udsæt ").append(followUpId).append(" 7« til Referent.</p>\n");
        }
        return body.append("<p><small>").append(escape(FOOTER)).append("</small></p>\n</body></html>\n").toString();
    }

    /** Text from the minutes is text: nothing in it becomes markup or a link. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String domain(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "referent.invalid" : address.substring(at + 1);
    }

    /**
     * Transient (connection, timeout, 4xx) → retry; permanent (5xx, an address the server refuses, a refused login)
     * → failed. The reason names the reply, never a credential.
     */
    static DeliveryResult outcome(MessagingException e) {
        if (e instanceof jakarta.mail.internet.AddressException) {
            return DeliveryResult.failed("invalid e-mail address: " + e.getMessage());
        }
        int code = -1;
        for (Exception x = e; x != null; x = next(x)) {
            if (x instanceof SMTPAddressFailedException a) {
                code = a.getReturnCode();
            } else if (x instanceof SMTPSenderFailedException s) {
                code = s.getReturnCode();
            } else if (x instanceof SMTPSendFailedException s) {
                code = s.getReturnCode();
            }
            if (code > 0) {
                break;
            }
        }
        String reason = "SMTP: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().strip());
        if (code >= 400 && code < 500) {
            return DeliveryResult.retry(Duration.ZERO, reason);
        }
        if (code >= 500) {
            return DeliveryResult.failed(reason);
        }
        if (e instanceof AuthenticationFailedException) {
            return DeliveryResult.failed("SMTP: the server refused REFERENT_SMTP_USER's login");
        }
        if (e instanceof SendFailedException sent && sent.getInvalidAddresses() != null && sent.getInvalidAddresses().length > 0) {
            return DeliveryResult.failed(reason);
        }
        if (e instanceof MailConnectException || e.getCause() instanceof IOException) {
            return DeliveryResult.retry(Duration.ZERO, reason);
        }
        // unknown: retried, and the outbox gives up after its attempts — never silently dropped
        return DeliveryResult.retry(Duration.ZERO, reason);
    }

    private static Exception next(Exception x) {
        if (x instanceof MessagingException m && m.getNextException() != null && m.getNextException() != x) {
            return m.getNextException();
        }
        return x.getCause() instanceof Exception c && c != x ? c : null;
    }

    /** A message whose Message-ID is derived from the outbox marker: the same reminder sent again has the same id. */
    private static final class MarkedMessage extends MimeMessage {
        private final String marker;
        private final String domain;

        MarkedMessage(Session session, String marker, String domain) {
            super(session);
            this.marker = marker;
            this.domain = domain;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (marker == null) {
                super.updateMessageID();
            } else {
                setHeader("Message-ID", "<" + marker + "@" + domain + ">");
            }
        }
    }
}
