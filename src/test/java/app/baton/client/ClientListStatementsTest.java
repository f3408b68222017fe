package app.baton.client;

import static app.baton.support.Api.asAdmin;
import static app.baton.support.Api.unique;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import app.baton.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Listing clients must not cost a query per client for its aliases, contacts or access lists. */
@QuarkusTest
class ClientListStatementsTest {

    @Inject
    EntityManagerFactory emf;

    @Test
    void listingTwentyClientsCostsAFewStatements() {
        String dept = Api.createDepartment("Batch");
        Api.Person person = Api.createUser("Batch Person", dept);
        String word = "batch" + unique().replaceAll("[0-9]", "x");
        for (int i = 0; i < 20; i++) {
            asAdmin().body(Map.of("name", "Client " + i + " " + word, "owner", person.id(),
                    "allowedUsers", List.of(person.id()), "allowedDepartments", List.of(dept),
                    "aliases", List.of(Map.of("name", "Alias " + i, "kind", "BRAND")),
                    "contacts", List.of(Map.of("name", "Contact " + i), Map.of("name", "Second " + i))))
                    .post("/api/clients").then().statusCode(201);
        }
        long five = statements(word, 5);
        long twenty = statements(word, 20);
        assertEquals(five, twenty, "statements must not grow with the number of clients listed");
        assertTrue(twenty <= 12, "listing 20 clients took " + twenty + " statements");
    }

    private long statements(String q, int size) {
        return Statements.fewestOf(2, emf, () -> asAdmin().queryParam("q", q).queryParam("size", size)
                .get("/api/clients").then().statusCode(200).body("items", hasSize(size)));
    }
}
