package app.baton.notification;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/** Turns {@link MailContent} into the subject, plain text and HTML of one mail. */
@ApplicationScoped
public class MailRenderer {

    /** Languages with a {@code messages/mail_xx.properties}; anyone else reads English. */
    static final Set<String> LANGUAGES = Set.of("en", "lt", "lv", "ru");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Location("mail/notification.html")
    Template html;

    @Location("mail/notification.txt")
    Template text;

    public record Rendered(String subject, String text, String html) {
    }

    public static String language(String preferred) {
        return preferred != null && LANGUAGES.contains(preferred) ? preferred : "en";
    }

    /** The texts of the mail in this language. */
    public static MailMessages messages(String language) {
        return MessageBundles.get(MailMessages.class, Localized.Literal.of(language(language)));
    }

    /** An instant as the recipient reads it: their local date and time, and their zone. */
    public static String at(Instant instant, ZoneId zone) {
        return instant == null ? "—" : WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    public static ZoneId zone(String timeZone) {
        try {
            return timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
        } catch (java.time.DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }

    /** As Qute escapes an expression in an HTML template. */
    static String escapeHtml(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public Rendered render(MailContent content) {
        Locale locale = Locale.forLanguageTag(language(content.language()));
        String body = text.data("m", content).setAttribute(MessageBundles.ATTRIBUTE_LOCALE, locale).render();
        String page = html.data("m", content).setAttribute(MessageBundles.ATTRIBUTE_LOCALE, locale).render();
        return new Rendered(content.subject(), body.strip() + "\n", page);
    }
}
