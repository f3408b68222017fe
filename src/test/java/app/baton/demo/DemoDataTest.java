package app.baton.demo;

import static app.baton.support.Api.as;
import static app.baton.support.Api.login;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.client.SearchText;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a newcomer notices after starting Baton with BATON_DEMO_DATA=true on an empty database. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

    /**
     * Its own database, so the demo data does not meet the data other tests make; named after
     * -Dbaton.test-db, so that runs in parallel on one server do not clean each other's.
     */
    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String db = System.getProperty("baton.test-db", "baton_test") + "_demo";
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    "jdbc:mariadb://127.0.0.1:3306/" + db + "?createDatabaseIfNotExist=true",
                    "baton.demo-data", "true");
        }
    }

    private static final List<String> STATUSES = List.of("NEW", "ACKNOWLEDGED", "IN_PROGRESS", "WAITING",
            "RESOLVED", "CLOSED", "REJECTED", "CANCELLED");

    @Inject
    DemoData demo;

    @Inject
    AgroalDataSource dataSource;

    /**
     * Startup waits for the load. On a quiet machine it takes about half a second; the test box is
     * shared by several builds, so the firm bound is on CPU time and the clock only gets a loose one.
     */
    @Test
    void theLoginPageListsTheDemoLogins() {
        io.restassured.RestAssured.given().get("/login").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("rasa@demo.baton"))
                .body(org.hamcrest.Matchers.containsString("baton-demo-2026"));
    }

    @Test
    void loadsAtStartupQuickly() {
        DemoData.Outcome load = demo.lastLoad();
        assertNotNull(load, "the demo data was loaded at startup");
        String took = load.took().toMillis() + " ms, " + load.cpu().toMillis() + " ms CPU";
        assertTrue(load.cpu().compareTo(Duration.ofMillis(1500)) < 0, took);
        assertTrue(load.took().compareTo(Duration.ofSeconds(6)) < 0, took);
    }

    @Test
    void aDemoUserLogsInAndSeesTheDepartments() {
        String token = login("rasa@demo.baton", DemoCompany.PASSWORD);
        as(token).get("/api/users/me").then().statusCode(200)
                .body("roles", hasItems("HEAD", "STAFF"))
                .body("departments", hasItems("SAL"))
                .body("language", equalTo("lt"));
        as(token).get("/api/departments").then().statusCode(200)
                .body("items.code", hasItems("SAL", "SRV", "ACC", "DLV", "PRC"));
        as(login("janis@demo.baton", DemoCompany.PASSWORD)).get("/api/users/me").then().statusCode(200)
                .body("language", equalTo("lv")).body("timeZone", equalTo("Europe/Riga"));
    }

    @Test
    void aboutThreeHundredTicketsInEveryStatus() {
        long total = number("SELECT COUNT(*) FROM tickets");
        assertTrue(total >= 250 && total <= 350, total + " tickets");
        List<String> statuses = strings("SELECT DISTINCT status FROM tickets");
        assertTrue(statuses.containsAll(STATUSES), "statuses " + statuses);
        assertTrue(number("SELECT COUNT(DISTINCT requesting_department_id) FROM tickets") >= 3,
                "sent by several departments");
        assertTrue(number("SELECT COUNT(*) FROM tickets WHERE created_at < UTC_TIMESTAMP(6) - INTERVAL 60 DAY") > 0,
                "history reaches two months back");
    }

    @Test
    void someOpenTicketsAreOverdueAndSomeAtRisk() {
        long overdue = number("SELECT COUNT(*) FROM tickets WHERE is_open AND resolve_due_at < UTC_TIMESTAMP(6)");
        assertTrue(overdue >= 3 && overdue <= 30, overdue + " overdue");
        long atRisk = number("SELECT COUNT(*) FROM tickets WHERE is_open AND status <> 'NEW'"
                + " AND resolve_due_at > UTC_TIMESTAMP(6) AND TIMESTAMPDIFF(SECOND, created_at, UTC_TIMESTAMP(6))"
                + " > 0.75 * TIMESTAMPDIFF(SECOND, created_at, resolve_due_at)");
        assertTrue(atRisk >= 3, atRisk + " at risk");
        // what a department head sees: the queues the API serves, from the same rows
        String head = login("rasa@demo.baton", DemoCompany.PASSWORD);
        int overdueInQueues = 0;
        int atRiskInQueues = 0;
        for (String code : List.of("SRV", "ACC", "DLV", "PRC", "SAL")) {
            overdueInQueues += as(head).get("/api/queues/" + code + "?view=overdue").then().statusCode(200)
                    .extract().jsonPath().getInt("total");
            atRiskInQueues += as(head).get("/api/queues/" + code + "?view=at-risk").then().statusCode(200)
                    .extract().jsonPath().getInt("total");
        }
        assertTrue(overdueInQueues >= 3, overdueInQueues + " overdue in the queues");
        assertTrue(atRiskInQueues >= 3, atRiskInQueues + " at risk in the queues");
        assertEquals(0, number("SELECT COUNT(*) FROM tickets WHERE"
                + " ack_due_at <> created_at + INTERVAL (SELECT s.ack_minutes FROM request_type_sla s"
                + " WHERE s.request_type_id = type_id AND s.priority = tickets.priority) MINUTE"
                + " OR resolve_due_at <> created_at + INTERVAL (SELECT s.resolve_minutes FROM request_type_sla s"
                + " WHERE s.request_type_id = type_id AND s.priority = tickets.priority) MINUTE"),
                "due dates are the type's SLA counted in plain minutes");
    }

    @Test
    void keysAreUniqueAndConsecutivePerReceivingDepartment() throws SQLException {
        Map<String, Integer> last = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT t.ticket_key, d.code FROM tickets t"
                        + " JOIN departments d ON d.id = t.receiving_department_id ORDER BY t.created_at, t.id");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String key = rs.getString(1);
                String code = rs.getString(2);
                int expected = last.merge(code, 1, Integer::sum);
                assertEquals(code + "-" + expected, key, "keys follow creation order");
            }
        }
        for (Map.Entry<String, Integer> department : last.entrySet()) {
            assertEquals(department.getValue().longValue(), number("SELECT c.last_number FROM ticket_key_counters c"
                    + " JOIN departments d ON d.id = c.department_id WHERE d.code = '" + department.getKey() + "'"),
                    "counter of " + department.getKey());
        }
        assertEquals(number("SELECT COUNT(*) FROM tickets"), number("SELECT COUNT(DISTINCT ticket_key) FROM tickets"));
    }

    @Test
    void everyHistoryStartsWithCreatedAndEndsInTheTicketsStatus() {
        assertEquals(0, number("SELECT COUNT(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_events e"
                + " WHERE e.ticket_id = t.id AND e.kind = 'CREATED' AND e.at = t.created_at)"));
        assertEquals(0, number("SELECT COUNT(*) FROM tickets t WHERE t.status <> (SELECT e.to_status"
                + " FROM ticket_events e WHERE e.ticket_id = t.id AND e.to_status IS NOT NULL"
                + " ORDER BY e.at DESC, e.id DESC LIMIT 1)"), "the last transition leads to the status");
        assertEquals(0, number("SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id"
                + " WHERE e.at < t.created_at OR e.at > UTC_TIMESTAMP(6)"), "events between creation and now");
        assertEquals(0, number("SELECT COUNT(*) FROM ticket_events WHERE kind <> UPPER(kind)"));
        assertEquals(0, number("SELECT COUNT(*) FROM tickets t WHERE t.acknowledged_at IS NOT NULL AND NOT EXISTS"
                + " (SELECT 1 FROM user_departments ud WHERE ud.user_id = t.assignee_id"
                + " AND ud.department_id = t.receiving_department_id)"), "assignees work in the receiving department");
        assertEquals(0, number("SELECT COUNT(*) FROM tickets WHERE (status = 'REJECTED') <> (reject_reason IS NOT NULL)"
                + " OR (status = 'WAITING') <> (waiting_on IS NOT NULL AND waiting_since IS NOT NULL)"
                + " OR (status = 'CLOSED') <> (closed_at IS NOT NULL)"
                + " OR (status IN ('RESOLVED', 'CLOSED') AND resolved_at IS NULL)"
                + " OR (status IN ('NEW', 'REJECTED') AND acknowledged_at IS NOT NULL)"
                + " OR (status IN ('ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED')"
                + "     AND (acknowledged_at IS NULL OR assignee_id IS NULL))"));
        assertTrue(number("SELECT COUNT(*) FROM tickets WHERE proposed_due_at IS NOT NULL") > 0);
        assertTrue(number("SELECT COUNT(*) FROM ticket_comments WHERE internal") > 0);
        assertTrue(number("SELECT COUNT(*) FROM ticket_watchers") > 0);
        assertEquals(3, number("SELECT COUNT(DISTINCT status) FROM promises"), "open, kept and broken promises");
        assertEquals(0, number("SELECT COUNT(*) FROM promises p WHERE NOT EXISTS (SELECT 1 FROM promise_history h"
                + " WHERE h.promise_id = p.id AND h.kind = 'CREATED')"), "every promise's history starts with it");
        assertEquals(0, number("SELECT COUNT(*) FROM promises WHERE status = 'OPEN' AND due_at > UTC_TIMESTAMP()"
                + " AND remind_at IS NULL AND overdue_notified_at IS NULL"), "open promises get a reminder");
        assertEquals(5, number("SELECT COUNT(DISTINCT kind) FROM interactions"));
        assertEquals(0, number("SELECT COUNT(*) FROM tickets WHERE status IN ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS')"
                + " AND next_escalation_at IS NULL"), "every running clock is on the escalation ladder");
    }

    @Test
    void searchTokensFindFormerNamesCyrillicSpellingsAndPhones() {
        assertEquals(0, number("SELECT COUNT(*) FROM clients c WHERE NOT EXISTS"
                + " (SELECT 1 FROM client_search_tokens t WHERE t.client_id = c.id)"));
        assertEquals(List.of("UAB Šiluma"), clientsWithTokenStarting("vesa"));
        String severny = SearchText.words("Северный").iterator().next();
        assertEquals(List.of("OOO Severny Kholod"), clientsWithTokenStarting(severny.substring(0, 5)));
        assertTrue(clientsWithTokenStarting("kholod").contains("OOO Severny Kholod"));

        String phone = strings("SELECT phone FROM contacts WHERE phone LIKE '+370%' ORDER BY id LIMIT 1").get(0);
        String digits = SearchText.digits(phone);
        assertFalse(clientsWithTokenStarting(digits.substring(digits.length() - 8)).isEmpty(),
                "the last 8 digits of " + phone);
        assertTrue(number("SELECT COUNT(*) FROM clients WHERE parent_id IS NOT NULL") >= 6, "corporate groups");
        assertTrue(number("SELECT COUNT(*) FROM contacts WHERE left_company") > 0);
    }

    @Test
    void loadingAgainAddsNothing() {
        Map<String, Long> before = counts();
        DemoData.Outcome again = demo.loadIfEmpty();
        assertFalse(again.loaded());
        assertEquals(before, counts());
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : Set.of("users", "departments", "clients", "tickets", "ticket_events", "promises",
                "client_search_tokens")) {
            counts.put(table, number("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    private List<String> clientsWithTokenStarting(String prefix) {
        return strings("SELECT DISTINCT c.name FROM client_search_tokens t JOIN clients c ON c.id = t.client_id"
                + " WHERE t.token LIKE '" + prefix.replace("'", "") + "%' ORDER BY c.name");
    }

    private long number(String sql) {
        return Long.parseLong(strings(sql).get(0));
    }

    private List<String> strings(String sql) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
