package app.baton.client;

import static app.baton.support.Api.asAdmin;
import static app.baton.support.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientSearchApiTest {

    /** A word of letters only, unique in this run, so a search finds just this test's clients. */
    static String word() {
        StringBuilder word = new StringBuilder();
        for (char c : unique().toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return word.toString();
    }

    static String digits(int n) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < n; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }

    static long create(Map<String, Object> body) {
        return asAdmin().body(body).post("/api/clients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void found(String q, long id) {
        asAdmin().queryParam("q", q).get("/api/clients").then().statusCode(200).body("items.id", hasItem((int) id));
    }

    static void notFound(String q, long id) {
        asAdmin().queryParam("q", q).get("/api/clients").then().statusCode(200).body("items.id", not(hasItem((int) id)));
    }

    @Test
    void diacriticsAndCaseAreIgnored() {
        String w = word();
        long id = create(Map.of("name", "UAB Šiluma " + w));
        found("siluma " + w, id);
        found("ŠILUMA " + w.toUpperCase(), id);
        found("uab " + w.substring(0, 4), id);
        notFound("siluma nothing" + w, id);
    }

    @Test
    void cyrillicAliasIsFoundByACyrillicQuery() {
        String w = word();
        long id = create(Map.of("name", "Siluma " + w,
                "aliases", List.of(Map.of("name", "Шилума " + w, "kind", "SPELLING"))));
        found("Шилума " + w, id);
        found("шил " + w, id);
    }

    @Test
    void formerNameFindsTheCardAfterARename() {
        String old = word();
        long id = create(Map.of("name", "Senoji " + old));
        asAdmin().body(Map.of("name", "Naujoji " + word())).patch("/api/clients/" + id).then().statusCode(200);
        found(old, id);
        found("senoji " + old, id);
    }

    @Test
    void aliasAddedLaterAndRemovedAgain() {
        String brand = word();
        long id = create(Map.of("name", "Brand owner " + word()));
        notFound(brand, id);
        long alias = asAdmin().body(Map.of("name", "Brand " + brand, "kind", "BRAND"))
                .post("/api/clients/" + id + "/aliases").then().statusCode(201).extract().jsonPath().getLong("id");
        found(brand, id);
        asAdmin().delete("/api/clients/" + id + "/aliases/" + alias).then().statusCode(204);
        notFound(brand, id);
    }

    @Test
    void contactNamePhoneAndEmailFindTheClient() {
        String person = word();
        String local = digits(8);
        String email = person + ".jonaitis@" + word() + ".lt";
        long id = create(Map.of("name", "Contacts " + word(), "contacts", List.of(Map.of(
                "name", "Jonas " + person, "phone", "+370 " + local.substring(0, 3) + " " + local.substring(3),
                "email", email))));
        found(person, id);
        found(local, id);
        found("370" + local, id);
        found("+370 " + local, id);
        found("8 " + local, id);
        found(email, id);
        found(email.toUpperCase(), id);

        // A changed phone is searchable at once, the old one no more.
        int version = asAdmin().get("/api/clients/" + id).then().extract().path("contacts[0].version");
        long contact = asAdmin().get("/api/clients/" + id).then().extract().jsonPath().getLong("contacts[0].id");
        String newer = digits(8);
        asAdmin().body(Map.of("version", version, "phone", "+370 " + newer))
                .patch("/api/clients/" + id + "/contacts/" + contact).then().statusCode(200);
        found(newer, id);
        notFound(local, id);
    }

    @Test
    void registrationAndVatCodesFindTheClient() {
        String code = "9" + digits(8);
        String vat = "LT" + digits(10);
        long id = create(Map.of("name", "Coded " + word(), "registrationCode", code, "vatCode", vat));
        found(code, id);
        found(vat, id);
        found(vat.toLowerCase(), id);
        found(vat.substring(2), id);
    }

    @Test
    void namesStartingWithTheQueryComeFirst() {
        String w = word();
        long inside = create(Map.of("name", "Aaa " + w));
        long starting = create(Map.of("name", w + " Zzz"));
        asAdmin().queryParam("q", w).get("/api/clients").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains((int) starting, (int) inside));
        asAdmin().queryParam("q", w).queryParam("size", 1).queryParam("page", 1).get("/api/clients").then()
                .statusCode(200).body("items.id", contains((int) inside)).body("total", equalTo(2));
    }

    @Test
    void punctuationOnlyQueryListsEveryone() {
        asAdmin().queryParam("q", "%_ -").get("/api/clients").then().statusCode(200);
    }
}
