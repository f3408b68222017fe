package app.baton.demo;

import app.baton.client.SearchText;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The rows of client_search_tokens for one client: the folded words of its name, aliases,
 * registration and VAT codes, contact names and emails, and each phone's digits whole and as
 * the last 8 (numbers are typed without the country code). Written for the demo loader; the
 * client API should build its tokens the same way, so the two can be unified into one class.
 */
public final class ClientSearchTokens {

    /** What search needs of a contact. */
    public record ContactText(String name, String phone, String email) {
    }

    private static final int LOCAL_DIGITS = 8;

    private ClientSearchTokens() {
    }

    public static Set<String> of(String name, Collection<String> aliases, String registrationCode,
            String vatCode, Collection<ContactText> contacts) {
        Set<String> tokens = new LinkedHashSet<>(SearchText.words(name));
        for (String alias : aliases) {
            tokens.addAll(SearchText.words(alias));
        }
        tokens.addAll(SearchText.words(registrationCode));
        tokens.addAll(SearchText.words(vatCode));
        for (ContactText contact : contacts) {
            tokens.addAll(SearchText.words(contact.name()));
            tokens.addAll(SearchText.words(contact.email()));
            String digits = SearchText.digits(contact.phone());
            if (!digits.isEmpty()) {
                tokens.add(digits);
                if (digits.length() > LOCAL_DIGITS) {
                    tokens.add(digits.substring(digits.length() - LOCAL_DIGITS));
                }
            }
        }
        return tokens;
    }
}
