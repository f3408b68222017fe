package app.baton.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A person clicking through the pages is not looked up again on every page (IdentityCache), and
 * what changes who they are still counts from the next page on. Signing out and deactivation,
 * which end the session, are checked in AuditLogTest and DeactivationTest.
 */
@QuarkusTest
class PageSessionCacheTest {

    @Inject
    EntityManagerFactory emf;

    @Test
    void theNextPagesOfASessionDoNotReadItAgain() {
        Person p = Api.createUser("Klaudijus Clicks", Api.createDepartment("Clicks"));
        PageSession pages = PageSession.signIn(p.email(), Api.PASSWORD);
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        long before = sessionReads(statistics);
        pages.get("/").then().statusCode(200);
        assertEquals(1, sessionReads(statistics) - before, "the first page looks the session up");
        pages.get("/me").then().statusCode(200);
        pages.get("/tickets").then().statusCode(200);
        assertEquals(1, sessionReads(statistics) - before, "the pages after it do not");
    }

    @Test
    void aRoleGivenOrTakenCountsFromTheNextPage() {
        Person p = Api.createUser("Rolanda Roles", Api.createDepartment("Roles"));
        PageSession pages = PageSession.signIn(p.email(), Api.PASSWORD);
        pages.get("/admin/users").then().statusCode(403);
        Api.asAdmin().body(Map.of("roles", List.of("ADMIN", "STAFF"))).patch("/api/users/" + p.id())
                .then().statusCode(200);
        pages.get("/admin/users").then().statusCode(200);
        Api.asAdmin().body(Map.of("roles", List.of("STAFF"))).patch("/api/users/" + p.id())
                .then().statusCode(200);
        pages.get("/admin/users").then().statusCode(403);
    }

    private static long sessionReads(Statistics statistics) {
        return statistics.getEntityStatistics(UserSession.class.getName()).getLoadCount();
    }
}
