package app.baton.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.PageSession;
import app.baton.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Who sees which request, on every read path. Two requests go from the requesting department
 * REQ to the receiving department RCV: one for an ordinary client, one for a restricted client
 * that names the department REQ and one member of RCV ("allowed member"). Each person below
 * must see exactly what the table says, and the same on every path: the request itself, the
 * list, its count, the text search, the receiving department's queues, the client's timeline,
 * the promises list, the pages, the CSV export of the list and the reports' figures.
 */
@QuarkusTest
class VisibilityMatrixTest {

    /** Person, then whether they see the request for the open client and for the restricted one. */
    static final String EXPECTED = """
            person                       | open client | restricted client
            requester (REQ)              | sees        | sees
            colleague in REQ             | sees        | sees
            member of RCV                | sees        | -
            assignee (member of RCV)     | sees        | -
            allowed member of RCV        | sees        | sees
            watcher from OTH             | sees        | -
            member of OTH                | -           | -
            head of RCV                  | sees        | -
            head of OTH                  | -           | -
            administrator                | sees        | sees
            """;

    String rcv;
    String req;
    String oth;
    String marker;
    long openClient;
    long restrictedClient;
    String openKey;
    String restrictedKey;
    final Map<String, Person> people = new LinkedHashMap<>();

    private void world() {
        rcv = Api.createDepartment("Receiving");
        req = Api.createDepartment("Requesting");
        oth = Api.createDepartment("Other");
        long type = Api.createRequestType(rcv, "Repair");
        Person requester = Api.createUser("Requester", req);
        Person assignee = Api.createUser("Assignee", rcv);
        Person allowed = Api.createUser("Allowed", rcv);
        Person watcher = Api.createUser("Watcher", oth);
        people.put("requester (REQ)", requester);
        people.put("colleague in REQ", Api.createUser("Colleague", req));
        people.put("member of RCV", Api.createUser("Member", rcv));
        people.put("assignee (member of RCV)", assignee);
        people.put("allowed member of RCV", allowed);
        people.put("watcher from OTH", watcher);
        people.put("member of OTH", Api.createUser("Outsider", oth));
        people.put("head of RCV", Api.createHeadOutside("Receiving Head", rcv));
        people.put("head of OTH", Api.createHeadOutside("Other Head", oth));
        people.put("administrator", new Person(0, Api.ADMIN_EMAIL, Api.adminToken()));

        marker = "vis" + Api.unique();
        openClient = TestClients.createClient("Open client");
        restrictedClient = Api.asAdmin().body(Map.of("name", "Restricted client " + marker, "restricted", true,
                        "allowedUsers", List.of(allowed.id()), "allowedDepartments", List.of(req)))
                .post("/api/clients").then().statusCode(201).extract().jsonPath().getLong("id");
        openKey = create(requester, type, openClient, watcher);
        restrictedKey = create(requester, type, restrictedClient, watcher);
        acknowledge(assignee, openKey);
        acknowledge(allowed, restrictedKey);
    }


    private String create(Person requester, long type, long client, Person watcher) {
        return requester.api().body(Map.of("type", type, "title", "Fix " + marker, "client", client,
                        "watchers", List.of(watcher.id()),
                        "promise", Map.of("text", "We call back", "dueAt", "2100-01-01T10:00:00Z")))
                .post("/api/tickets").then().statusCode(201).extract().path("key");
    }

    private static void acknowledge(Person who, String key) {
        who.api().body(Map.of("assignee", who.id())).post("/api/tickets/" + key + "/acknowledge").then()
                .statusCode(200);
    }

    @Test
    void everyReadPathShowsExactlyWhatTheTableSays() {
        world();
        List<String> mismatches = new ArrayList<>();
        for (String[] row : rows()) {
            Person who = people.get(row[0]);
            List<String> expected = new ArrayList<>();
            if (row[1].equals("sees")) {
                expected.add(openKey);
            }
            if (row[2].equals("sees")) {
                expected.add(restrictedKey);
            }
            for (Map.Entry<String, Function<Person, List<String>>> path : paths().entrySet()) {
                List<String> seen = path.getValue().apply(who).stream()
                        .filter(k -> k.equals(openKey) || k.equals(restrictedKey) || k.startsWith("#")).sorted()
                        .toList();
                // a count path answers "#n": how many of the two requests it counts
                List<String> wanted = path.getKey().contains("count") ? List.of("#" + expected.size())
                        : expected.stream().sorted().toList();
                if (!seen.equals(wanted)) {
                    mismatches.add(row[0] + " on " + path.getKey() + ": expected " + expected + " but saw " + seen);
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    private static List<String[]> rows() {
        return EXPECTED.lines().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split("\\|")).map(c -> new String[] {c[0].trim(), c[1].trim(), c[2].trim()}).toList();
    }

    /** Each read path, answering the keys of the two requests that it shows this person. */
    private Map<String, Function<Person, List<String>>> paths() {
        Map<String, Function<Person, List<String>>> paths = new LinkedHashMap<>();
        paths.put("get", p -> keysWhere(k -> p.api().get("/api/tickets/" + k).statusCode() == 200));
        paths.put("list", p -> p.api().queryParam("department", rcv).queryParam("size", 200).get("/api/tickets")
                .then().statusCode(200).extract().jsonPath().getList("items.key", String.class));
        paths.put("count", p -> List.of("#" + p.api().queryParam("q", marker).queryParam("size", 1)
                .get("/api/tickets").then().statusCode(200).extract().path("total")));
        paths.put("search", p -> p.api().queryParam("q", marker).get("/api/tickets").then().statusCode(200)
                .extract().jsonPath().getList("items.key", String.class));
        paths.put("export", p -> p.api().accept("text/csv").queryParam("department", rcv).get("/api/tickets").then()
                .statusCode(200).extract().asString().lines().skip(1).map(l -> l.split(",")[0]).toList());
        paths.put("report count (sla)", p -> List.of("#" + p.api().queryParam("department", rcv)
                .get("/api/reports/sla").then().statusCode(200).extract().path("total.requests")));
        paths.put("report count (workload)", p -> List.of("#" + p.api().queryParam("department", rcv)
                .get("/api/reports/workload").then().statusCode(200).extract().path("open")));
        paths.put("report count (promises)", p -> List.of("#" + p.api().queryParam("department", rcv)
                .get("/api/reports/promises").then().statusCode(200).extract().path("open")));
        paths.put("report count (clients)", p -> List.of("#" + p.api().queryParam("department", rcv)
                .get("/api/reports/clients").then().statusCode(200).extract().jsonPath()
                .getList("clients.requests", Integer.class).stream().mapToInt(Integer::intValue).sum()));
        paths.put("queue (every view)", p -> {
            List<String> keys = new ArrayList<>();
            for (String view : List.of("open", "at-risk", "overdue", "unacknowledged")) {
                keys.addAll(p.api().queryParam("view", view).get("/api/queues/" + rcv).then().statusCode(200)
                        .extract().jsonPath().getList("items.key", String.class));
            }
            return keys.stream().distinct().toList();
        });
        paths.put("queue count", p -> List.of("#" + p.api().queryParam("size", 1).get("/api/queues/" + rcv).then()
                .statusCode(200).extract().path("total")));
        paths.put("client timeline", p -> {
            List<String> keys = new ArrayList<>();
            for (long client : List.of(openClient, restrictedClient)) {
                var response = p.api().queryParam("size", 200).get("/api/clients/" + client + "/timeline");
                if (response.statusCode() == 200) {
                    JsonPath json = response.jsonPath();
                    keys.addAll(json.getList("items.findAll { it.kind == 'TICKET' }.ticket", String.class));
                    // the promise on each request is listed only with it
                    List<String> promised = json.getList("items.findAll { it.kind == 'PROMISE' }.ticket", String.class);
                    if (!promised.equals(json.getList("items.findAll { it.kind == 'TICKET' }.ticket", String.class))) {
                        keys.add("#promises " + promised + " beside requests");
                    }
                }
            }
            return keys;
        });
        paths.put("promises", p -> {
            List<String> keys = new ArrayList<>();
            keys.addAll(p.api().queryParam("client", openClient).get("/api/promises").then().statusCode(200)
                    .extract().jsonPath().getList("items.ticket", String.class));
            keys.addAll(p.api().queryParam("client", restrictedClient).get("/api/promises").then().statusCode(200)
                    .extract().jsonPath().getList("items.ticket", String.class));
            return keys;
        });
        paths.put("promise by id", p -> keysWhere(k -> {
            long promise = Api.asAdmin().queryParam("ticket", k).get("/api/promises").then().statusCode(200)
                    .extract().jsonPath().getLong("items[0].id");
            return p.api().get("/api/promises/" + promise).statusCode() == 200;
        }));
        paths.put("page of the request", p -> {
            PageSession page = PageSession.signIn(p.email(), p.id() == 0 ? Api.ADMIN_PASSWORD : Api.PASSWORD);
            return keysWhere(k -> page.get("/tickets/" + k).statusCode() == 200);
        });
        paths.put("page list", p -> {
            PageSession page = PageSession.signIn(p.email(), p.id() == 0 ? Api.ADMIN_PASSWORD : Api.PASSWORD);
            String html = page.get("/tickets?q=" + marker).then().statusCode(200).extract().asString();
            return keysWhere(html::contains);
        });
        return paths;
    }

    private List<String> keysWhere(java.util.function.Predicate<String> shown) {
        return List.of(openKey, restrictedKey).stream().filter(shown).toList();
    }
}
