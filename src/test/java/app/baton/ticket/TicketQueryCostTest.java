package app.baton.ticket;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.client.Client;
import app.baton.client.ClientAccess;
import app.baton.escalation.Escalation;
import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.Statements;
import app.baton.support.TestClients;
import app.baton.user.AccessScope;
import app.baton.web.InList;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Lists cost a constant number of statements, and the open queue reads its index. */
@QuarkusTest
class TicketQueryCostTest {

    @Inject
    EntityManagerFactory emf;

    @Inject
    EntityManager em;

    @Test
    void listingTwentyTicketsCostsAConstantNumberOfStatements() {
        TicketFixture f = new TicketFixture();
        Person watcher = Api.createUser("Watcher", f.requesting);
        for (int i = 0; i < 20; i++) {
            Map<String, Object> body = f.body("Ticket " + i);
            body.put("watchers", List.of(watcher.id(), f.staff.id()));
            body.put("contact", TestClients.createContact(f.client, "Contact " + i));
            String key = f.createResponse(body).statusCode(201).extract().path("key");
            if (i % 2 == 0) {
                f.acknowledge(key);
            }
        }
        long few = statementsFor(() -> f.requester.api().queryParam("department", f.receiving).queryParam("size", 2)
                .get("/api/tickets").then().statusCode(200).body("items", hasSize(2)));
        long twenty = statementsFor(() -> f.requester.api().queryParam("department", f.receiving)
                .get("/api/tickets").then().statusCode(200).body("items", hasSize(20)));
        long queue = statementsFor(() -> f.requester.api().get("/api/queues/" + f.receiving)
                .then().statusCode(200).body("items", hasSize(20)));
        // 5: the person, the open and the closed part of the list (read apart, each in an index's
        // order), the page's watchers and requesting departments (4 before the list was read in
        // two parts; 5 before the signed-in person's departments came with the person)
        assertTrue(twenty <= 5, "listing 20 tickets took " + twenty + " statements");
        // the list's statements plus the escalation steps of the page
        assertTrue(queue <= 5, "the queue of 20 tickets took " + queue + " statements");
        // the page of 2 needs a count query that the page of 20 (the whole result) does not
        assertTrue(twenty <= few, "20 tickets took " + twenty + " statements, 2 took " + few);
    }

    /**
     * Hibernate keeps no plan for a query with a list-valued parameter: the queue's escalation
     * read and a client search's page of clients ask one placeholder per id (InList), so a second
     * page of as many rows (padded to a power of two) reuses the first page's plan.
     */
    @Test
    void pagesReadTheirRowsByIdWithAKeptQueryPlan() {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        QuarkusTransaction.requiringNew().run(() -> Escalation.currentOf(List.of(1L, 2L, 3L)));
        QuarkusTransaction.requiringNew().run(() -> Client.inOrder(List.of(1L, 2L, 3L)));
        long hits = statistics.getQueryPlanCacheHitCount();
        long misses = statistics.getQueryPlanCacheMissCount();
        QuarkusTransaction.requiringNew().run(() -> Escalation.currentOf(List.of(4L, 5L, 6L, 7L)));
        QuarkusTransaction.requiringNew().run(() -> Client.inOrder(List.of(7L, 6L, 5L)));
        // two hits a query: its parsed text and its SQL plan (with "in ?1" and a list, only the text: 3)
        assertEquals(hits + 4, statistics.getQueryPlanCacheHitCount(), "texts and plans reused");
        assertEquals(misses, statistics.getQueryPlanCacheMissCount(), "plans built");
    }

    /**
     * A list only reads: its transaction ends without Hibernate flushing the session, which
     * walked every request, client and person the page had loaded (ReadsOnly).
     */
    @Test
    void listsEndTheirTransactionWithoutAFlush() {
        TicketFixture f = new TicketFixture();
        f.createResponse(f.body("Printer jammed")).statusCode(201);
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        f.staff.api().get("/api/queues/" + f.receiving).then().statusCode(200);
        long flushes = statistics.getFlushCount();
        f.staff.api().get("/api/queues/" + f.receiving).then().statusCode(200).body("items", hasSize(1));
        f.staff.api().queryParam("department", f.receiving).get("/api/tickets").then().statusCode(200)
                .body("items", hasSize(1));
        f.staff.api().accept("text/html").get("/queues/" + f.receiving).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Printer jammed"));
        // the queues page and My work, which read the person's departments and lists
        f.staff.api().accept("text/html").get("/queues").then().statusCode(200);
        f.requester.api().accept("text/html").get("/").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Printer jammed"));
        assertEquals(flushes, statistics.getFlushCount(), "flushes");
    }

    /**
     * Every list a non-administrator reads carries the visibility rule, which names their
     * departments: one parameter each (AccessScope.departmentsIn), as the statuses of a search,
     * so that two people with as many departments share the list's SQL plan. With one
     * list-valued parameter Hibernate built the SQL again on every call.
     */
    @Test
    void aStaffMembersSearchKeepsItsQueryPlan() {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        // nobody and no department that exists: the page is empty, so no count follows it
        long nobody = 900_000_000L;
        Runnable first = () -> search(new AccessScope(nobody, false, Set.of(nobody), Set.of(nobody + 1)), "NEW,ACKNOWLEDGED");
        Runnable second = () -> search(new AccessScope(nobody + 2, false, Set.of(nobody + 3, nobody + 4), Set.of()),
                "IN_PROGRESS,WAITING");
        first.run();
        long hits = statistics.getQueryPlanCacheHitCount();
        long misses = statistics.getQueryPlanCacheMissCount();
        second.run();
        // the two parts of the page (open, closed) reuse their parsed texts and SQL plans; with
        // lists only the texts: 2 (the count is not run: the page is empty)
        assertEquals(hits + 4, statistics.getQueryPlanCacheHitCount(), "texts and plans reused");
        assertEquals(misses, statistics.getQueryPlanCacheMissCount(), "plans built");
    }

    private void search(AccessScope scope, String statuses) {
        QuarkusTransaction.requiringNew().run(() -> {
            TicketQuery query = new TicketQuery(java.time.Instant.now());
            InList in = InList.of(List.of(statuses.split(",")).stream().map(TicketStatus::valueOf).toList());
            query.and("t.status in " + in.placeholders("status"), in.parameters("status"));
            TicketPermissions.restrictSearch(scope, query);
            assertEquals(0, query.mostUrgentPage(em, 0, 20, TicketSearch.EXACT_COUNT).items().size());
        });
    }

    /**
     * On a handful of rows MariaDB rightly scans the table, so the department gets 3000 finished
     * tickets and another department 3000 open ones before the plan is read.
     */
    @Test
    void openQueueReadsItsIndexInOrder() {
        Noisy noisy = noisyDepartments();
        TicketFixture f = noisy.fixture();
        long department = noisy.department();
        long otherDepartment = noisy.otherDepartment();
        // the SQL Hibernate generates for TicketSearch.queue(view=open)
        List<?> plan = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "EXPLAIN SELECT t.* FROM tickets t WHERE 1=1 AND (t.receiving_department_id=?1)"
                        + " AND (t.is_open=1) ORDER BY t.resolve_due_at, t.id LIMIT 0, 50")
                .setParameter(1, department).getResultList());
        Object[] row = (Object[]) plan.get(0);
        assertEquals("ix_tickets_queue", String.valueOf(row[5]), "plan: " + java.util.Arrays.toString(row));
        assertTrue(row[9] == null || !String.valueOf(row[9]).contains("filesort"), "plan: " + java.util.Arrays.toString(row));
        Api.asAdmin().get("/api/queues/" + f.receiving).then().statusCode(200).body("total",
                org.hamcrest.Matchers.equalTo(6));

        // the same queue read by a member (restricted clients filtered) and by someone of another
        // department (the whole visibility rule): still the index, in its order
        AccessScope member = new AccessScope(f.staff.id(), false, Set.of(department), Set.of());
        AccessScope outsider = new AccessScope(f.requester.id(), false, Set.of(otherDepartment), Set.of());
        for (String visible : List.of(ClientAccess.sqlClientIdCondition(member, "t.client_id"),
                TicketPermissions.sqlCondition(outsider, "t"))) {
            List<?> restricted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "EXPLAIN SELECT t.* FROM tickets t WHERE 1=1 AND (t.receiving_department_id=?1)"
                            + " AND (t.is_open=1) AND " + visible + " ORDER BY t.resolve_due_at, t.id LIMIT 0, 50")
                    .setParameter(1, department).getResultList());
            Object[] first = (Object[]) restricted.get(0);
            assertEquals("ix_tickets_queue", String.valueOf(first[5]), "plan: " + java.util.Arrays.toString(first));
            assertTrue(first[9] == null || !String.valueOf(first[9]).contains("filesort"),
                    "plan: " + java.util.Arrays.toString(first));
        }
        f.staff.api().get("/api/queues/" + f.receiving).then().statusCode(200).body("total",
                org.hamcrest.Matchers.equalTo(6));
    }

    /**
     * The one-statement tab counts of the queue (TicketSearch.queueCounts; the department's own
     * people run it, administrators and outsiders count per view) read the department's open rows
     * as one range of ix_tickets_queue, whoever's condition it carries: not the department's 3000
     * closed rows, not the table. For an administrator and a member they read the index only
     * (V16 carries what the counts test): on V15's index every open request's row was read, 17 ms
     * for a department with 4,902 open requests at 1M.
     */
    @Test
    void theQueueCountsReadOnlyTheDepartmentsOpenRowsOfTheQueueIndex() {
        Noisy noisy = noisyDepartments();
        TicketFixture f = noisy.fixture();
        long department = noisy.department();
        long otherDepartment = noisy.otherDepartment();
        AccessScope member = new AccessScope(f.staff.id(), false, Set.of(department), Set.of());
        AccessScope outsider = new AccessScope(f.requester.id(), false, Set.of(otherDepartment), Set.of());
        // the SQL Hibernate generates for TicketSearch.queueCounts, for an administrator, a member and an outsider
        for (String visible : List.of("1 = 1", ClientAccess.sqlClientIdCondition(member, "t.client_id"),
                TicketPermissions.sqlCondition(outsider, "t"))) {
            List<?> plan = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "EXPLAIN SELECT count(t.id),"
                            + " sum(case when t.due_at<?2 and t.due_at<coalesce(t.waiting_since,?2) then 1 else 0 end),"
                            + " sum(case when t.warn_at<=?2 and t.warn_at<=coalesce(t.waiting_since,?2)"
                            + " and t.due_at>=coalesce(t.waiting_since,?2) then 1 else 0 end),"
                            + " sum(case when t.status='NEW' then 1 else 0 end)"
                            + " FROM tickets t WHERE t.receiving_department_id=?1 AND t.is_open=1 AND " + visible)
                    .setParameter(1, department).setParameter(2, java.time.LocalDateTime.now()).getResultList());
            Object[] row = (Object[]) plan.get(0);
            String shown = java.util.Arrays.toString(row);
            assertEquals("t", String.valueOf(row[2]), "plan: " + shown);
            assertEquals("ix_tickets_queue", String.valueOf(row[5]), "plan: " + shown);
            // equality on both of (receiving_department_id, is_open): the department's open rows only
            assertTrue(List.of("ref", "range").contains(String.valueOf(row[3])), "plan: " + shown);
            assertEquals("const,const", String.valueOf(row[7]), "plan: " + shown);
            assertTrue(Long.parseLong(String.valueOf(row[8])) < 100, "plan: " + shown);
            // the outsider's condition names people and watchers, which no queue index carries
            if (!visible.equals(TicketPermissions.sqlCondition(outsider, "t"))) {
                assertIndexOnly(row);
            }
        }
        f.staff.api().get("/api/queues/" + f.receiving).then().statusCode(200).body("total",
                org.hamcrest.Matchers.equalTo(6));
    }

    /**
     * The overdue and at-risk counts of a department (the queue's tabs and totals) read only the
     * index (V15): it carries waiting_since, due_at and client_id, which their conditions and the
     * member's restricted-client test need. On (department, due_at) alone every candidate's row
     * was read, 1.5-2 ms a count at 1M requests. Another department's 3000 open requests, all
     * overdue, and this department's 3000 closed ones make the index worth choosing.
     */
    @Test
    void theOverdueAndAtRiskCountsReadOnlyTheirIndex() {
        Noisy noisy = noisyDepartments();
        TicketFixture f = noisy.fixture();
        long department = noisy.department();
        long otherDepartment = noisy.otherDepartment();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE tickets SET ack_due_at = resolve_due_at"
                + " - INTERVAL 30 DAY, ack_warn_at = resolve_due_at - INTERVAL 31 DAY WHERE receiving_department_id = ?1")
                .setParameter(1, otherDepartment).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("ANALYZE TABLE tickets").getResultList());
        AccessScope member = new AccessScope(f.staff.id(), false, Set.of(department), Set.of());
        Map<String, String> counts = Map.of(
                "ix_tickets_department_due", "t.due_at < ?2 AND t.due_at < coalesce(t.waiting_since, ?2)",
                "ix_tickets_department_warn", "t.warn_at <= ?2 AND t.warn_at <= coalesce(t.waiting_since, ?2)"
                        + " AND t.due_at >= coalesce(t.waiting_since, ?2)");
        for (Map.Entry<String, String> count : counts.entrySet()) {
            // as TicketSearch counts for an administrator and for a member of the department
            for (String visible : List.of("1 = 1", ClientAccess.sqlClientIdCondition(member, "t.client_id"))) {
                List<?> plan = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "EXPLAIN SELECT count(t.id) FROM tickets t WHERE t.receiving_department_id = ?1 AND "
                                + count.getValue() + " AND " + visible)
                        .setParameter(1, department).setParameter(2, java.time.LocalDateTime.now()).getResultList());
                Object[] row = (Object[]) plan.get(0);
                String shown = java.util.Arrays.toString(row);
                assertEquals(count.getKey(), String.valueOf(row[5]), "plan: " + shown);
                assertIndexOnly(row);
            }
        }
        f.staff.api().queryParam("view", "overdue").get("/api/queues/" + f.receiving).then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
    }

    /**
     * The request list's most urgent order, read as its two parts (TicketQuery.mostUrgentPage):
     * each part in an index's order, so no page sorts the department's requests (as one ORDER BY
     * with a CASE, every page sorted every matching request: 0.4 s at 1M without a filter).
     */
    @Test
    void theRequestListReadsBothPartsOfItsOrderFromAnIndex() {
        Noisy noisy = noisyDepartments();
        TicketFixture f = noisy.fixture();
        // the SQL Hibernate generates for /tickets?department=X, open part then closed part; the
        // closed part names the department's index (aFilteredListsClosedRequestsAreReadThroughTheFiltersIndex)
        for (String part : List.of("t.due_at IS NOT NULL ORDER BY t.due_at, t.id", "t.due_at IS NULL ORDER BY t.id DESC")) {
            String hint = part.contains("DESC") ? "USE INDEX (ix_tickets_department_due)" : "";
            List<?> plan = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "EXPLAIN SELECT t.* FROM tickets t " + hint + " JOIN departments r ON r.id = t.receiving_department_id"
                            + " WHERE r.code = ?1 AND " + part + " LIMIT 0, 25")
                    .setParameter(1, f.receiving).getResultList());
            Object[] tickets = (Object[]) plan.get(plan.size() - 1);
            assertEquals("ix_tickets_department_due", String.valueOf(tickets[5]), part + ": " + java.util.Arrays.toString(tickets));
            assertTrue(tickets[9] == null || !String.valueOf(tickets[9]).contains("filesort"),
                    part + ": " + java.util.Arrays.toString(tickets));
        }
        f.staff.api().queryParam("department", f.receiving).queryParam("size", 7).get("/api/tickets").then()
                .statusCode(200).body("total", org.hamcrest.Matchers.equalTo(3006))
                .body("items[5].status", org.hamcrest.Matchers.equalTo("NEW"))
                .body("items[6].status", org.hamcrest.Matchers.equalTo("CLOSED"));
    }

    /**
     * The closed part of a filtered list, newest first, names the filter's own index to MariaDB
     * (TicketQuery.CLOSED_PART): without it MariaDB 10.11 walked the primary key backwards from
     * the newest request of all, as if the department's requests were spread evenly over the
     * years, and for a department whose requests are older than the rest read every newer one
     * first (613,511 rows, 0.67 s, for a page of 25 at 1M requests). On a test-sized table the
     * optimizer does not fall into it, so this checks the statement Baton sends (MariaDB's general
     * log) and its plan: the department's index, read backwards in its own order, no sort.
     */
    @Test
    void aFilteredListsClosedRequestsAreReadThroughTheFiltersIndex() {
        Noisy noisy = noisyDepartments();
        TicketFixture f = noisy.fixture();
        f.acknowledge(f.create());
        List<String> sent = statementsSent(() -> f.staff.api().queryParam("department", f.receiving)
                .queryParam("status", "CLOSED").queryParam("size", 25).get("/api/tickets").then().statusCode(200)
                .body("items", hasSize(25))
                .body("items.status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("CLOSED"))));
        String closedPart = sent.stream().filter(sql -> sql.contains("order by t1_0.id desc")).findFirst()
                .orElseThrow(() -> new AssertionError("no closed part among " + sent));
        assertTrue(closedPart.contains("use index (ix_tickets_department_due)"), closedPart);
        List<?> plan = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("EXPLAIN " + closedPart)
                .getResultList());
        Object[] tickets = plan.stream().map(Object[].class::cast).filter(row -> "t1_0".equals(String.valueOf(row[2])))
                .findFirst().orElseThrow();
        String shown = java.util.Arrays.toString(tickets);
        assertEquals("ix_tickets_department_due", String.valueOf(tickets[5]), shown);
        assertTrue(tickets[9] == null || !String.valueOf(tickets[9]).contains("filesort"), shown);

        // every filter with an index of its own, on the API, the export and the HTML page (closed
        // requests only, so that each reads the closed part): MariaDB takes the statement with
        // the indexes named (a misplaced USE INDEX, as in a statement with joins, would be a 500)
        for (Map.Entry<String, Object> filter : Map.<String, Object>of("department", f.receiving,
                "requestingDepartment", f.requesting, "requester", f.requester.id(), "assignee", f.staff.id(),
                "client", f.client).entrySet()) {
            List<String> filtered = statementsSent(() -> {
                f.staff.api().queryParam(filter.getKey(), filter.getValue()).queryParam("status", "CLOSED")
                        .get("/api/tickets").then().statusCode(200);
                f.staff.api().queryParam(filter.getKey(), filter.getValue()).queryParam("status", "CLOSED")
                        .queryParam("format", "csv").get("/api/tickets").then().statusCode(200);
                f.staff.api().accept("text/html").queryParam(filter.getKey(), filter.getValue())
                        .queryParam("status", "CLOSED").get("/tickets").then().statusCode(200);
            });
            assertEquals(3, filtered.stream().filter(sql -> sql.contains("use index")).count(),
                    filter.getKey() + ": " + filtered);
        }
    }

    /**
     * The statements Baton sent to MariaDB during {@code call}, from the server's general log (to
     * its table, for this call only). Connector/J sends the statements with their values in.
     */
    private List<String> statementsSent(Runnable call) {
        String output = QuarkusTransaction.requiringNew().call(() -> String.valueOf(
                em.createNativeQuery("SELECT @@GLOBAL.log_output").getSingleResult()));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("SET GLOBAL log_output = 'TABLE'").executeUpdate();
            em.createNativeQuery("TRUNCATE TABLE mysql.general_log").executeUpdate();
            em.createNativeQuery("SET GLOBAL general_log = 1").executeUpdate();
        });
        try {
            call.run();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("SET GLOBAL general_log = 0").executeUpdate();
                em.createNativeQuery("SET GLOBAL log_output = ?1").setParameter(1, output).executeUpdate();
            });
        }
        List<?> arguments = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log WHERE command_type = 'Query'"
                        + " AND argument LIKE '%from tickets%' ORDER BY event_time").getResultList());
        return arguments.stream().map(String::valueOf).toList();
    }

    /**
     * My work's "I requested" list (every status but CLOSED and CANCELLED, MyWorkPage) reads the
     * requester's requests that are not closed from ix_tickets_requester_status. Its second part
     * (resolved and rejected, newest first) read ix_tickets_due from the newest closed request of
     * anyone, 11,380 rows and 25 ms at 1M requests; here 3000 resolved requests of someone else
     * come first in that order (and fill ix_tickets_status_created), and the requester has 3000
     * older closed ones besides.
     */
    @Test
    void theRequestersUnfinishedRequestsAreReadWithoutTheirClosedOnes() {
        TicketFixture f = new TicketFixture();
        String key = f.create();
        f.create();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Object[] noise : List.of(new Object[] {f.requester.id(), "CLOSED"}, new Object[] {f.staff.id(), "RESOLVED"})) {
                em.createNativeQuery("INSERT INTO tickets (ticket_key, type_id, title, client_id, priority, status,"
                                + " requester_id, receiving_department_id, ack_due_at, resolve_due_at, created_at, updated_at)"
                                + " SELECT CONCAT('Y', ?1, '-', seq), type_id, title, client_id, priority, ?3, ?1,"
                                + " receiving_department_id, ack_due_at, resolve_due_at, created_at, updated_at"
                                + " FROM tickets, seq_1_to_3000 WHERE ticket_key = ?2")
                        .setParameter(1, noise[0]).setParameter(2, key).setParameter(3, noise[1]).executeUpdate();
            }
        });
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("ANALYZE TABLE tickets").getResultList());
        String unfinished = "t.requester_id = ?1 AND t.status IN ('NEW','ACKNOWLEDGED','IN_PROGRESS','WAITING',"
                + "'RESOLVED','REJECTED') AND ";
        List<?> plan = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "EXPLAIN SELECT t.* FROM tickets t WHERE " + unfinished + "t.due_at IS NULL ORDER BY t.id DESC LIMIT 0, 25")
                .setParameter(1, f.requester.id()).getResultList());
        Object[] tickets = (Object[]) plan.get(0);
        assertEquals("ix_tickets_requester_status", String.valueOf(tickets[5]), java.util.Arrays.toString(tickets));
        f.requester.api().queryParam("requester", f.requester.id())
                .queryParam("status", "NEW,ACKNOWLEDGED,IN_PROGRESS,WAITING,RESOLVED,REJECTED")
                .get("/api/tickets").then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(2));
    }

    /** A ticket fixture's department and another one, with the noise of {@link #withNoise}. */
    private record Noisy(TicketFixture fixture, long department, long otherDepartment) {
    }

    private Noisy noisyDepartments() {
        TicketFixture f = new TicketFixture();
        String other = Api.createDepartment("Noise");
        long department = departmentId(f.receiving);
        long otherDepartment = departmentId(other);
        withNoise(f, department, other, otherDepartment);
        return new Noisy(f, department, otherDepartment);
    }

    private void withNoise(TicketFixture f, long department, String other, long otherDepartment) {
        for (int i = 0; i < 5; i++) {
            f.create();
        }
        String key = f.create();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Object[] noise : List.of(new Object[] {department, "CLOSED", "X" + f.receiving},
                    new Object[] {otherDepartment, "NEW", "X" + other})) {
                em.createNativeQuery("INSERT INTO tickets (ticket_key, type_id, title, client_id, priority, status,"
                                + " requester_id, receiving_department_id, ack_due_at, resolve_due_at, created_at, updated_at)"
                                + " SELECT CONCAT(?3, '-', seq), type_id, title, client_id, priority, ?2, requester_id, ?1,"
                                + " ack_due_at, resolve_due_at + INTERVAL seq MINUTE, created_at, updated_at"
                                + " FROM tickets, seq_1_to_3000 WHERE ticket_key = ?4")
                        .setParameter(1, noise[0]).setParameter(2, noise[1]).setParameter(3, noise[2])
                        .setParameter(4, key).executeUpdate();
            }
        });
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("ANALYZE TABLE tickets").getResultList());
    }

    private long departmentId(String code) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT id FROM departments WHERE code = ?1").setParameter(1, code).getSingleResult()).longValue());
    }

    /** The EXPLAIN row reads its index only ("Using index", not "Using index condition", which reads rows). */
    private static void assertIndexOnly(Object[] row) {
        String extra = String.valueOf(row[9]);
        assertTrue(extra.contains("Using index") && !extra.contains("Using index condition"),
                "index only: " + java.util.Arrays.toString(row));
    }

    private long statementsFor(Runnable call) {
        return Statements.fewestOf(2, emf, call);
    }
}
