package app.baton.client;

import static app.baton.support.Api.asAdmin;
import static app.baton.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A restricted client exists only for the people and departments named on it and for
 * administrators: for anyone else every path to it answers 404 and no list or search shows it.
 */
@QuarkusTest
class RestrictedClientApiTest {

    @Test
    void onlyTheNamedPeopleAndDepartmentsSeeARestrictedClient() {
        String named = Api.createDepartment("Named");
        String elsewhere = Api.createDepartment("Elsewhere");
        Person namedUser = Api.createUser("Named Person", elsewhere);
        Person member = Api.createUser("Named Member", named);
        Person outsider = Api.createUser("Outsider", elsewhere);
        String word = "secret" + unique().replaceAll("[0-9]", "q");
        long id = asAdmin().body(Map.of("name", "Client " + word, "restricted", true,
                        "allowedUsers", List.of(namedUser.id()), "allowedDepartments", List.of(named),
                        "contacts", List.of(Map.of("name", "Carla Contact"))))
                .post("/api/clients").then().statusCode(201).extract().jsonPath().getLong("id");
        asAdmin().body(Map.of("region", "Riga")).patch("/api/clients/" + id).then().statusCode(200);
        long change = asAdmin().get("/api/clients/" + id + "/history").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        long contact = asAdmin().get("/api/clients/" + id).then().extract().jsonPath().getLong("contacts[0].id");

        for (Person allowed : List.of(namedUser, member)) {
            allowed.api().get("/api/clients/" + id).then().statusCode(200);
            allowed.api().queryParam("q", word).get("/api/clients").then().body("items.id", hasItem((int) id));
            allowed.api().get("/api/clients/" + id + "/timeline").then().statusCode(200);
            allowed.api().get("/api/clients/" + id + "/history").then().statusCode(200);
        }

        List<Consumer<Person>> everyPath = List.of(
                p -> p.api().get("/api/clients/" + id).then().statusCode(404),
                p -> p.api().get("/api/clients/" + id + "/timeline").then().statusCode(404),
                p -> p.api().get("/api/clients/" + id + "/history").then().statusCode(404),
                p -> p.api().body(Map.of("region", "Tallinn")).patch("/api/clients/" + id).then().statusCode(404),
                p -> p.api().body(Map.of("name", "Alias", "kind", "BRAND")).post("/api/clients/" + id + "/aliases")
                        .then().statusCode(404),
                p -> p.api().body(Map.of("name", "Someone")).post("/api/clients/" + id + "/contacts").then()
                        .statusCode(404),
                p -> p.api().body(Map.of("phone", "+37060000000")).patch("/api/clients/" + id + "/contacts/" + contact)
                        .then().statusCode(404),
                p -> p.api().body(Map.of("kind", "CALL", "summary", "Called")).post("/api/clients/" + id
                        + "/interactions").then().statusCode(404),
                p -> p.api().post("/api/clients/" + id + "/history/" + change + "/revert").then().statusCode(404),
                p -> p.api().queryParam("q", word).get("/api/clients").then().statusCode(200)
                        .body("items.id", not(hasItem((int) id))).body("total", equalTo(0)),
                p -> p.api().queryParam("q", "Carla").queryParam("size", 200).get("/api/clients").then()
                        .body("items.id", not(hasItem((int) id))),
                p -> p.api().queryParam("client", id).get("/api/promises").then().statusCode(200)
                        .body("total", equalTo(0)),
                p -> {
                    // nor among the client choices when sending a request
                    String html = PageSession.signIn(p.email(), Api.PASSWORD).get("/tickets/new/clients?clientQuery="
                            + word).then().statusCode(200).extract().asString();
                    if (html.contains(word)) {
                        throw new AssertionError("restricted client offered on /tickets/new: " + html);
                    }
                });
        for (Consumer<Person> path : everyPath) {
            path.accept(outsider);
        }
        asAdmin().get("/api/clients/" + id).then().statusCode(200).body("region", equalTo("Riga"));

        // only administrators decide who may see it: an allowed person cannot open it up
        namedUser.api().body(Map.of("restricted", false)).patch("/api/clients/" + id).then().statusCode(403);
        namedUser.api().body(Map.of("allowedUsers", List.of(outsider.id()))).patch("/api/clients/" + id).then()
                .statusCode(403);
        namedUser.api().body(Map.of("region", "Tartu")).patch("/api/clients/" + id).then().statusCode(200);
        outsider.api().body(Map.of("name", "Own secret " + word, "restricted", true)).post("/api/clients").then()
                .statusCode(403);
        outsider.api().body(Map.of("name", "Open " + word)).post("/api/clients").then().statusCode(201);
        asAdmin().body(Map.of("allowedUsers", List.of(namedUser.id(), outsider.id()))).patch("/api/clients/" + id)
                .then().statusCode(200);
        outsider.api().get("/api/clients/" + id).then().statusCode(200);
    }
}
