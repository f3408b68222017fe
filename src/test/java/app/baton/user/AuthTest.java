package app.baton.user;

import static app.baton.support.Api.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import app.baton.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthTest {

    @Test
    void firstAdministratorLogsInAndGetsABearerToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", Api.ADMIN_EMAIL, "password", Api.ADMIN_PASSWORD))
                .post("/api/auth/login")
                .then().statusCode(200)
                .body("token", startsWith("bt_"))
                .body("expiresAt", notNullValue());
        asAdmin().get("/api/users/me").then().statusCode(200)
                .body("email", equalTo(Api.ADMIN_EMAIL))
                .body("roles", hasItem("ADMIN"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("password")));
    }

    @Test
    void wrongPasswordIsA401Problem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", Api.ADMIN_EMAIL, "password", "not-the-password"))
                .post("/api/auth/login")
                .then().statusCode(401)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(401));
    }

    @Test
    void apiWithoutCredentialsIs401AndBadTokenToo() {
        given().get("/api/departments").then().statusCode(401)
                .contentType(containsString("application/problem+json"));
        Api.as("bt_not-a-real-token").get("/api/departments").then().statusCode(401);
    }

    @Test
    void logoutEndsTheToken() {
        String token = Api.login(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        Api.as(token).post("/api/auth/logout").then().statusCode(204);
        Api.as(token).get("/api/users/me").then().statusCode(401);
    }

    @Test
    void passwordsShorterThanTwelveCharactersAreRefusedField() {
        asAdmin().body(Map.of("email", "short." + Api.unique() + "@test.baton", "name", "Short",
                        "password", "tooshort", "roles", List.of("STAFF")))
                .post("/api/users")
                .then().statusCode(400)
                .body("errors.field", hasItem("password"));
    }

    @Test
    void aNewUserCanLogInWithTheirPassword() {
        String department = Api.createDepartment("Service");
        Api.Person tech = Api.createUser("Tomas Tech", department);
        tech.api().get("/api/users/me").then().statusCode(200)
                .body("departments", hasItem(department))
                .body("language", equalTo("en"));
    }
}
