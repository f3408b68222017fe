package app.baton.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The token and query rules of ClientSearch, without a database. */
class ClientSearchTest {

    @Test
    void tokensCoverNamesCodesAndContacts() {
        Client client = new Client();
        client.name = "UAB „Šiluma“";
        client.vatCode = "LT 1000-0123";
        ClientAlias alias = new ClientAlias();
        alias.name = "Шилума";
        client.aliases.add(alias);
        Contact contact = new Contact();
        contact.name = "Rūta Petraitė";
        contact.phone = "+370 (612) 34-567";
        contact.email = "Ruta.P@Siluma.LT";
        client.contacts.add(contact);

        Set<String> tokens = ClientSearch.tokens(client);
        for (String expected : List.of("uab", "siluma", "шилума", "lt10000123", "lt", "10000123", "ruta",
                "petraite", "ruta.p@siluma.lt", "p", "37061234567", "61234567")) {
            assertTrue(tokens.contains(expected), expected + " in " + tokens);
        }
    }

    @Test
    void mostlyDigitsIsOnePhoneOrCode() {
        assertEquals(List.of(List.of("37061234567", "61234567")), ClientSearch.terms("+370 612 34567"));
        assertEquals(List.of(List.of("61234567")), ClientSearch.terms("6123-4567"));
        assertEquals(List.of(List.of("100001234567", "01234567")), ClientSearch.terms("LT100001234567"));
        assertEquals(List.of(List.of("baltic"), List.of("2000")), ClientSearch.terms("Baltic 2000"));
        assertEquals(List.of(List.of("siluma"), List.of("uab")), ClientSearch.terms("Šiluma, UAB"));
        assertEquals(List.of(), ClientSearch.terms(" %_ "));
    }
}
