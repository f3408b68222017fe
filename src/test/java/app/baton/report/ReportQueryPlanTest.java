package app.baton.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.Statements;
import app.baton.support.TestClients;
import app.baton.ticket.TicketPermissions;
import app.baton.user.AccessScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reports read a bounded slice of an index, whatever the size of the tickets table: the
 * department gets 4000 requests spread over three years and another department 3000, then the
 * plans of the report queries are read (on a handful of rows MariaDB rightly scans the table).
 */
@QuarkusTest
class ReportQueryPlanTest {

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory emf;

    @Test
    void reportsReadTheirIndexesAndCostAFewStatements() {
        String rcv = Api.createDepartment("Service");
        String other = Api.createDepartment("Noise");
        long type = Api.createRequestType(rcv, "Repair");
        Person requester = Api.createUser("Rita", other);
        Person head = Api.createHead("Hanna", rcv);
        long client = TestClients.createClient("Client");
        String key = requester.api().body(Map.of("type", type, "title", "Seed", "client", client))
                .post("/api/tickets").then().statusCode(201).extract().path("key");
        long department = id("departments", "code", rcv);
        long otherDepartment = id("departments", "code", other);
        QuarkusTransaction.requiringNew().run(() -> {
            for (Object[] noise : List.of(new Object[] {department, 4000, "X" + rcv},
                    new Object[] {otherDepartment, 3000, "X" + other})) {
                em.createNativeQuery("INSERT INTO tickets (ticket_key, type_id, title, client_id, priority, status,"
                                + " requester_id, receiving_department_id, ack_due_at, resolve_due_at, acknowledged_at,"
                                + " resolved_at, created_at, updated_at)"
                                + " SELECT CONCAT(?3, '-', seq), type_id, title, client_id, priority, 'RESOLVED',"
                                + " requester_id, ?1, ack_due_at, resolve_due_at, created_at, created_at,"
                                + " created_at - INTERVAL seq * 6 HOUR, updated_at"
                                + " FROM tickets, seq_1_to_" + noise[1] + " WHERE ticket_key = ?2")
                        .setParameter(1, noise[0]).setParameter(2, key).setParameter(3, noise[2]).executeUpdate();
            }
            em.createNativeQuery("ANALYZE TABLE tickets").getResultList();
        });
        Instant end = Instant.now();
        Instant start = LocalDateTime.ofInstant(end, ZoneOffset.UTC).minusMonths(3).toInstant(ZoneOffset.UTC);
        AccessScope outsider = new AccessScope(requester.id(), false, Set.of(otherDepartment), Set.of());
        for (String visible : List.of("1 = 1", TicketPermissions.sqlCondition(outsider, "t"))) {
            // the SQL of Reports.sla and Reports.clients: the department's requests in the range
            Object[] sla = plan("EXPLAIN SELECT t.type_id, t.status, t.created_at, t.ack_due_at, t.acknowledged_at,"
                    + " t.resolve_due_at, t.resolved_at, t.waiting_since FROM tickets t"
                    + " WHERE t.receiving_department_id = ?1 AND t.created_at >= ?2 AND t.created_at < ?3 AND "
                    + visible, department, start, end);
            assertEquals("ix_tickets_department_created", String.valueOf(sla[5]), "plan: " + Arrays.toString(sla));
            assertEquals("range", String.valueOf(sla[3]), "plan: " + Arrays.toString(sla));
            assertTrue(Long.parseLong(String.valueOf(sla[8])) < 1000, "rows read: " + Arrays.toString(sla));
            // Reports.workload: the department's open requests
            Object[] workload = plan("EXPLAIN SELECT t.assignee_id, COUNT(*), MIN(t.created_at) FROM tickets t"
                    + " WHERE t.receiving_department_id = ?1 AND t.is_open = 1 AND " + visible
                    + " GROUP BY t.assignee_id", department, null, null);
            assertEquals("ix_tickets_queue", String.valueOf(workload[5]), "plan: " + Arrays.toString(workload));
        }

        // whatever the number of requests: the caller, the department, the scope, the rows, the type names
        long sla = statementsFor(() -> head.api().queryParam("department", rcv).get("/api/reports/sla").then()
                .statusCode(200));
        long workload = statementsFor(() -> head.api().queryParam("department", rcv).get("/api/reports/workload")
                .then().statusCode(200));
        assertTrue(sla <= 9, "the SLA report took " + sla + " statements");
        assertTrue(workload <= 8, "the workload report took " + workload + " statements");
    }

    private Object[] plan(String sql, long department, Instant start, Instant end) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql).setParameter(1, department);
            if (start != null) {
                query.setParameter(2, LocalDateTime.ofInstant(start, ZoneOffset.UTC))
                        .setParameter(3, LocalDateTime.ofInstant(end, ZoneOffset.UTC));
            }
            return query.getResultList();
        });
        return (Object[]) rows.get(0);
    }

    private long id(String table, String column, String value) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT id FROM " + table + " WHERE " + column + " = ?1").setParameter(1, value).getSingleResult())
                .longValue());
    }

    private long statementsFor(Runnable call) {
        return Statements.fewestOf(2, emf, call);
    }
}
