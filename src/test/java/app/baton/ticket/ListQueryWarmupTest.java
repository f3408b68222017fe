package app.baton.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.escalation.EscalationPass;
import app.baton.support.Api;
import app.baton.web.HqlQueries;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * With the warm-up on, the request-list queries are created after the start, so the lists that
 * members, people of other departments and administrators open, and the first escalation pass,
 * meet no text Hibernate has not parsed yet.
 */
@QuarkusTest
@TestProfile(ListQueryWarmupTest.WarmupOn.class)
class ListQueryWarmupTest {

    public static class WarmupOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("baton.hql-warmup.enabled", "true");
        }
    }

    @Inject
    ListQueryWarmup warmup;

    @Inject
    EscalationPass pass;

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory emf;

    @Test
    void listsAfterTheStartMeetOnlyCreatedTexts() throws Exception {
        // generous: the first parse takes seconds of CPU on a busy machine
        int texts = warmup.finished().get(120, TimeUnit.SECONDS);
        assertTrue(texts >= 30, "the warm-up created " + texts + " texts");
        TicketFixture f = new TicketFixture();
        f.create();
        int created = HqlQueries.createdCount();
        List<Supplier<RequestSpecification>> people = List.of(f.requester::api, f.staff::api, Api::asAdmin);
        for (Supplier<RequestSpecification> who : people) {
            for (String view : List.of("open", "overdue", "at-risk", "unacknowledged")) {
                who.get().queryParam("view", view).queryParam("size", 1).get("/api/queues/" + f.receiving)
                        .then().statusCode(200);
            }
            who.get().queryParam("size", 1).get("/api/tickets").then().statusCode(200);
        }
        for (Supplier<RequestSpecification> who : List.<Supplier<RequestSpecification>>of(f.staff::api, Api::asAdmin)) {
            who.get().queryParam("department", f.receiving).get("/api/reports/workload").then().statusCode(200);
            who.get().queryParam("department", f.receiving).get("/api/reports/sla").then().statusCode(200);
        }
        assertEquals(created, HqlQueries.createdCount(), "texts created by the lists after the warm-up");
    }

    @Test
    void theFirstEscalationPassAfterTheStartMeetsOnlyCreatedTexts() throws Exception {
        warmup.finished().get(120, TimeUnit.SECONDS);
        TicketFixture f = new TicketFixture();
        String key = f.create();
        long ticket = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select t.id from Ticket t where t.key = :key", Long.class).setParameter("key", key).getSingleResult());
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        long misses = statistics.getQueryPlanCacheMissCount();
        Set<String> before = Set.of(statistics.getQueries());
        // a day later: warning, breach and second breach all due, the department told (no assignee)
        int steps = QuarkusTransaction.requiringNew().call(
                () -> pass.takeSteps(List.of(ticket), Instant.now().plus(Duration.ofDays(1))));
        assertEquals(3, steps);
        // a native statement with a new number of IN values counts as a miss too, but needs no
        // HQL parse; Baton writes native SQL in capitals and HQL in small letters
        List<String> newNative = Arrays.stream(statistics.getQueries())
                .filter(q -> !before.contains(q) && q.startsWith("SELECT ")).toList();
        assertEquals(misses + newNative.size(), statistics.getQueryPlanCacheMissCount(),
                "HQL texts the pass parsed after the warm-up (native: " + newNative + ")");
    }
}
