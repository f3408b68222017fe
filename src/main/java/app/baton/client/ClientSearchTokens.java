package app.baton.client;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The rows of client_search_tokens for one client, built one way for every writer (the client
 * API and the demo and benchmark loaders): folded words of names and aliases, codes whole, as
 * words and as digits, contact names, emails whole and in parts, phone digits whole and as the
 * last 8 (numbers are often typed without the country code).
 */
public final class ClientSearchTokens {

    /** What search needs of a contact. */
    public record ContactText(String name, String phone, String email) {
    }

    static final int PHONE_TAIL = 8;

    private ClientSearchTokens() {
    }

    public static Set<String> of(String name, Collection<String> aliases, String registrationCode,
            String vatCode, Collection<ContactText> contacts) {
        Set<String> tokens = new LinkedHashSet<>(SearchText.words(name));
        for (String alias : aliases) {
            tokens.addAll(SearchText.words(alias));
        }
        addCode(tokens, registrationCode);
        addCode(tokens, vatCode);
        for (ContactText contact : contacts) {
            tokens.addAll(SearchText.words(contact.name()));
            if (contact.email() != null && !contact.email().isBlank()) {
                tokens.add(cut(SearchText.fold(contact.email().trim())));
                tokens.addAll(SearchText.words(contact.email()));
            }
            String phone = SearchText.digits(contact.phone());
            if (!phone.isEmpty()) {
                tokens.add(cut(phone));
                if (phone.length() > PHONE_TAIL) {
                    tokens.add(phone.substring(phone.length() - PHONE_TAIL));
                }
            }
        }
        return tokens;
    }

    /** A code whole without separators, its words, and its digits (a VAT code searched without "LT"). */
    private static void addCode(Set<String> tokens, String code) {
        if (code == null || code.isBlank()) {
            return;
        }
        Set<String> words = SearchText.words(code);
        if (!words.isEmpty()) {
            tokens.add(cut(String.join("", words)));
            tokens.addAll(words);
        }
        String digits = SearchText.digits(code);
        if (!digits.isEmpty()) {
            tokens.add(cut(digits));
        }
    }

    static String cut(String token) {
        return token.length() > SearchText.MAX_TOKEN ? token.substring(0, SearchText.MAX_TOKEN) : token;
    }
}
