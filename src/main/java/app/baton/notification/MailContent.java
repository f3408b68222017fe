package app.baton.notification;

import java.util.List;

/**
 * What one mail says, already in its recipient's language; the templates
 * {@code mail/notification.html} and {@code .txt} lay it out.
 *
 * @param headline  one sentence: what happened
 * @param quote     words of a person (a comment, a reason, a promise), or null
 * @param note      a remark below the quote, or null
 * @param details   label/value lines about the request
 * @param link      where to act, or null
 * @param sections  the lists of the daily digest; empty for other mail
 */
public record MailContent(String language, String subject, String greetingName, String headline, String quote,
        String note, List<Detail> details, String link, List<Section> sections) {

    public record Detail(String label, String value) {
    }

    public record Section(String title, List<Line> lines, int more) {
    }

    public record Line(String text, String link) {
    }
}
