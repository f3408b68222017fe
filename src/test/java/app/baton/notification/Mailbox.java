package app.baton.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A real SMTP server in the test JVM on the port the application mails to
 * ({@code %test.quarkus.mailer.port}); it can be stopped and started again to play an outage.
 */
final class Mailbox {

    /** One received mail, its parts decoded. */
    record Received(String to, String subject, String text, String html, String outboxId) {
    }

    private GreenMail server;

    void start() {
        int port = ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Forgets the mail received so far; the server keeps running. */
    void clear() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every mail received so far for this address. */
    List<Received> to(String email) {
        return all().stream().filter(r -> r.to().equalsIgnoreCase(email)).toList();
    }

    List<Received> all() {
        List<Received> all = new ArrayList<>();
        try {
            for (MimeMessage m : server.getReceivedMessages()) {
                StringBuilder text = new StringBuilder();
                StringBuilder html = new StringBuilder();
                collect(m, text, html);
                String[] ids = m.getHeader("X-Baton-Outbox-Id");
                for (Address a : m.getRecipients(Message.RecipientType.TO)) {
                    all.add(new Received(a.toString().toLowerCase(Locale.ROOT), m.getSubject(), text.toString(),
                            html.toString(), ids == null ? null : ids[0]));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html) throws Exception {
        if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), text, html);
            }
        }
    }
}
