package app.baton.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Who may see what is part of every request list's query, and the person is named by parameters,
 * not written into the query text: a second person opening the same pages reuses the parsed
 * queries of the first. With the ids inlined, each of hundreds of people had query texts of their
 * own; Hibernate parsed them all (seconds each the first time) and they crowded its plan cache
 * (issue 6's benchmark).
 */
@QuarkusTest
class QueryPlanSharingTest {

    @Inject
    EntityManagerFactory emf;

    @Test
    void aSecondPersonsFirstVisitParsesNoNewQueries() {
        String service = Api.createDepartment("Service");
        String sales = Api.createDepartment("Sales");
        long type = Api.createRequestType(service, "Repair");
        Person requester = Api.createUser("Rita Requester", sales);
        Person firstHead = Api.createHead("Hugo Head", service);
        Person secondHead = Api.createHead("Helga Head", service);
        Api.asAdmin().body(Map.of("heads", List.of(firstHead.id(), secondHead.id())))
                .patch("/api/departments/" + service).then().statusCode(200);
        Person firstStaff = Api.createUser("Sam Staff", sales);
        Person secondStaff = Api.createUser("Sue Staff", sales);
        long client = Api.asAdmin().body(Map.of("name", "Plan Client " + Api.unique())).post("/api/clients").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        requester.api().body(Map.of("type", type, "title", "Broken", "client", client, "priority", "NORMAL"))
                .post("/api/tickets").then().statusCode(201);
        List<String> pages = List.of("/queues/" + service + "?view=overdue", "/queues/" + service, "/tickets",
                "/tickets?department=" + service, "/");

        visit(firstHead, pages);
        assertEquals(Set.of(), newQueries(() -> visit(secondHead, pages)), "a second head's queries");
        visit(firstStaff, pages);
        assertEquals(Set.of(), newQueries(() -> visit(secondStaff, pages)), "a second staff member's queries");
    }

    private static void visit(Person person, List<String> pages) {
        PageSession session = PageSession.signIn(person.email(), Api.PASSWORD);
        for (String page : pages) {
            session.get(page).then().statusCode(200);
        }
        person.api().get("/api/tickets").then().statusCode(200);
    }

    private Set<String> newQueries(Runnable visit) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        Set<String> before = new HashSet<>(Arrays.asList(statistics.getQueries()));
        visit.run();
        Set<String> added = new HashSet<>(Arrays.asList(statistics.getQueries()));
        added.removeAll(before);
        return added;
    }
}
