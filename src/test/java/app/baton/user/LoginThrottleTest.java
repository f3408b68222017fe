package app.baton.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

import app.baton.support.Api;
import app.baton.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginThrottleTest {

    @Inject
    TestClock clock;

    @Inject
    LoginThrottle throttle;

    /** Every test logs in from 127.0.0.1: leave no failures behind for the address limit. */
    @BeforeEach
    @AfterEach
    void forget() {
        clock.reset();
        throttle.clear();
    }

    private static Response apiLogin(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .post("/api/auth/login");
    }

    private static Response formLogin(String email, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", email).formParam("j_password", password)
                .post("/j_security_check");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenForTheRightOne() {
        Api.Person person = Api.createUser("Greta Guess", Api.createDepartment("Throttle"));
        clock.freeze();
        for (int i = 0; i < 5; i++) {
            apiLogin(person.email(), "wrong-password-" + i).then().statusCode(401);
        }
        apiLogin(person.email(), Api.PASSWORD).then().statusCode(429)
                .contentType(containsString("application/problem+json"))
                .header("Retry-After", equalTo("900"))
                .body("status", equalTo(429));

        clock.advance(Duration.ofMinutes(10));
        apiLogin(person.email(), Api.PASSWORD).then().statusCode(429).header("Retry-After", equalTo("300"));

        clock.advance(Duration.ofMinutes(5));
        apiLogin(person.email(), Api.PASSWORD).then().statusCode(200).body("token", notNullValue());
    }

    @Test
    void aSuccessResetsTheAccountsCount() {
        Api.Person person = Api.createUser("Sven Success", Api.createDepartment("Throttle"));
        for (int i = 0; i < 4; i++) {
            apiLogin(person.email(), "wrong-password-" + i).then().statusCode(401);
        }
        apiLogin(person.email(), Api.PASSWORD).then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            apiLogin(person.email(), "wrong-password-" + i).then().statusCode(401);
        }
        apiLogin(person.email(), Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void twentyFailuresFromOneAddressLockEveryAccountFromIt() {
        Api.Person person = Api.createUser("Adam Address", Api.createDepartment("Throttle"));
        clock.freeze();
        for (int i = 0; i < 20; i++) {
            apiLogin("nobody-" + i + "." + Api.unique() + "@test.baton", "wrong-password").then().statusCode(401);
        }
        apiLogin(person.email(), Api.PASSWORD).then().statusCode(429).header("Retry-After", notNullValue());
        formLogin(person.email(), Api.PASSWORD).then().statusCode(oneOf(302, 303))
                .header("Location", endsWith("/login?error=throttled"));
        clock.advance(Duration.ofMinutes(15));
        apiLogin(person.email(), Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void theFormLoginIsThrottledToo() {
        Api.Person person = Api.createUser("Fiona Form", Api.createDepartment("Throttle"));
        clock.freeze();
        for (int i = 0; i < 5; i++) {
            formLogin(person.email(), "wrong-password-" + i).then().statusCode(oneOf(302, 303))
                    .header("Location", endsWith("/login?error=true"));
        }
        Response throttled = formLogin(person.email(), Api.PASSWORD);
        throttled.then().statusCode(oneOf(302, 303)).header("Location", endsWith("/login?error=throttled"));
        String session = throttled.getCookie("baton-session");
        org.junit.jupiter.api.Assertions.assertTrue(session == null || session.isBlank(), "no session when throttled");
        // the API login counts the same account
        apiLogin(person.email(), Api.PASSWORD).then().statusCode(429);

        given().get("/login?error=throttled").then().statusCode(200)
                .body(containsString("Please wait 15 minutes"))
                .body(not(containsString("Wrong email or password")));

        clock.advance(Duration.ofMinutes(15));
        formLogin(person.email(), Api.PASSWORD).then().statusCode(302).header("Location", endsWith("/"));
    }
}
