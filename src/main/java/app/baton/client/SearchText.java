package app.baton.client;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds text for search the same way on both sides, index and query: lower case, without
 * diacritics ("Šiluma" and "siluma" fold alike; "Ёлка" and "елка" too), split into words.
 */
public final class SearchText {

    /** Longest token stored; longer words are cut, which still matches their prefixes. */
    public static final int MAX_TOKEN = 100;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** Lower case, diacritics removed, letters the decomposition keeps whole replaced. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT)
                .replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace('ß', 's')
                .replace("æ", "ae").replace("œ", "oe");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The words of a text, folded; each at most MAX_TOKEN characters. */
    public static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : NOT_WORD.split(fold(text))) {
            if (!word.isEmpty()) {
                words.add(word.length() > MAX_TOKEN ? word.substring(0, MAX_TOKEN) : word);
            }
        }
        return words;
    }

    /** Only the digits, for phone numbers written with spaces, dashes or a leading plus. */
    public static String digits(String text) {
        return text == null ? "" : text.replaceAll("\\D", "");
    }
}
