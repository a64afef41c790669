package kz.sabaq.core.notify;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import kz.sabaq.api.notify.Notification;
import kz.sabaq.api.notify.Notifier;
import kz.sabaq.api.notify.Recipient;
import kz.sabaq.core.config.SabaqConfig;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each notification as a plain-text UTF-8 e-mail over SMTP ({@code mail} in sabaq.yaml), in
 * the recipient's language, with the link made absolute. People without an address are skipped.
 */
public final class EmailNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(EmailNotifier.class);
    /** A slow or dead SMTP server must not hold the request that caused the notification for long. */
    private static final String TIMEOUT_MILLIS = "10000";

    private final Session session;
    private final String from;
    private final String publicUrl;
    private final Map<String, String> institutionName;
    private final Messages messages;
    private final Clock clock;

    public EmailNotifier(SabaqConfig.Mail mail, String publicUrl, Map<String, String> institutionName,
                         Messages messages, Clock clock) {
        this.session = Session.getInstance(properties(mail), authenticator(mail));
        this.from = mail.from;
        this.publicUrl = publicUrl;
        this.institutionName = Map.copyOf(institutionName);
        this.messages = messages;
        this.clock = clock;
    }

    private static Properties properties(SabaqConfig.Mail mail) {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", mail.host);
        p.put("mail.smtp.port", String.valueOf(mail.port));
        p.put("mail.smtp.auth", String.valueOf(!mail.username.isBlank()));
        p.put("mail.smtp.starttls.enable", String.valueOf(mail.startTls));
        p.put("mail.smtp.starttls.required", String.valueOf(mail.startTls));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        p.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        p.put("mail.mime.charset", "UTF-8");
        return p;
    }

    private static Authenticator authenticator(SabaqConfig.Mail mail) {
        if (mail.username.isBlank()) {
            return null;
        }
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(mail.username, mail.password);
            }
        };
    }

    @Override
    public String id() {
        return "email";
    }

    @Override
    public void deliver(Notification notification, Recipient recipient, String text) {
        if (recipient.email() == null || recipient.email().isBlank()) {
            return;
        }
        Language language = Language.of(recipient.locale());
        String institution = institutionName.getOrDefault(language.code(), institutionName.getOrDefault("en", "Sabaq"));
        InternetAddress to;
        try {
            to = new InternetAddress(recipient.email().trim(), recipient.displayName(), "UTF-8");
            to.validate();
        } catch (AddressException | UnsupportedEncodingException e) {
            LOG.warn("User {} has an e-mail address that cannot receive mail: {}", recipient.userId(), e.getMessage());
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(sender(institution));
            message.setRecipient(Message.RecipientType.TO, to);
            message.setSubject(messages.get(language, "core.notify.mail.subject", institution), "UTF-8");
            message.setText(body(language, institution, notification, text), "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("SMTP server " + session.getProperty("mail.smtp.host") + ":"
                    + session.getProperty("mail.smtp.port") + " did not take the message", e);
        }
    }

    private InternetAddress sender(String institution) throws AddressException {
        InternetAddress sender = new InternetAddress(from);
        if (sender.getPersonal() == null) {
            try {
                sender.setPersonal(institution, "UTF-8");
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return sender;
    }

    private String body(Language language, String institution, Notification notification, String text) {
        StringBuilder body = new StringBuilder(text).append("\n\n");
        NotificationLink.absolute(publicUrl, notification.link())
                .ifPresent(url -> body.append(messages.get(language, "core.notify.mail.link", url)).append("\n\n"));
        body.append("-- \n").append(messages.get(language, "core.notify.mail.footer", institution)).append('\n');
        return body.toString();
    }

    /** Jakarta Mail finds its providers through the context class loader; give it core's. */
    private void send(MimeMessage message) throws MessagingException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EmailNotifier.class.getClassLoader());
        try {
            Transport.send(message);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
