package app.baton.notification;

import app.baton.user.User;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a comment mentions. The syntax: {@code @} followed by a person's whole email address
 * ({@code @rita.jones@example.com}) or by its part before the {@code @} ({@code @rita.jones}).
 * The short form counts only when exactly one person's address has that local part. An
 * {@code @} inside a word (an email address written as such) is not a mention.
 */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+@-])@([\\p{L}\\p{N}._%+-]+(?:@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)?)");

    private Mentions() {
    }

    /** The handles written after {@code @}, without trailing punctuation, lower case, each once. */
    public static Set<String> handles(String text) {
        Set<String> handles = new LinkedHashSet<>();
        if (text == null) {
            return handles;
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String handle = m.group(1).replaceAll("[._%+-]+$", "");
            if (!handle.isEmpty()) {
                handles.add(handle.toLowerCase(Locale.ROOT));
            }
        }
        return handles;
    }

    /** The people the text mentions, found by address or unambiguous local part. */
    public static List<User> resolve(String text) {
        Set<User> users = new LinkedHashSet<>();
        for (String handle : handles(text)) {
            if (handle.contains("@")) {
                User.findByEmail(handle).ifPresent(users::add);
            } else {
                List<User> matches = User.find("lower(email) like ?1 escape '!'", escapeLike(handle) + "@%")
                        .page(0, 2).list();
                if (matches.size() == 1) {
                    users.add(matches.get(0));
                }
            }
        }
        return List.copyOf(users);
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
