package app.baton.ticket;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import app.baton.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every action that the lifecycle does not allow from a status is refused with 409 and changes nothing. */
@QuarkusTest
class IllegalTransitionApiTest {

    private static TicketFixture fixture;
    private static String otherDepartment;
    /** One ticket per status; refused actions leave them as they are, so they are shared. */
    private static final Map<TicketStatus, String> TICKETS = new EnumMap<>(TicketStatus.class);
    private static final Map<TicketStatus, Integer> EVENTS = new EnumMap<>(TicketStatus.class);

    static Stream<Arguments> illegal() {
        List<Arguments> all = new ArrayList<>();
        for (TicketStatus from : TicketStatus.values()) {
            for (TicketAction action : TicketAction.values()) {
                if (!TicketTransitions.allowed(action, from)) {
                    all.add(Arguments.of(from, action));
                }
            }
        }
        return all.stream();
    }

    private static synchronized String ticketIn(TicketStatus status) {
        if (fixture == null) {
            fixture = new TicketFixture();
            otherDepartment = Api.createDepartment("Elsewhere");
        }
        return TICKETS.computeIfAbsent(status, s -> {
            String key = fixture.inStatus(s);
            EVENTS.put(s, fixture.get(key).extract().jsonPath().getList("events").size());
            return key;
        });
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("illegal")
    void isRefused(TicketStatus from, TicketAction action) {
        String key = ticketIn(from);
        TicketFixture f = fixture;
        ValidatableResponse response = switch (action) {
            case ACKNOWLEDGE -> f.act(f.staff, key, "acknowledge", Map.of("assignee", f.staff.id()));
            case REJECT -> f.act(f.staff, key, "reject", Map.of("reason", "Not ours"));
            case WAIT -> f.act(f.staff, key, "wait", Map.of("on", "DEPARTMENT"));
            case FORWARD -> f.act(f.staff, key, "forward", Map.of("department", otherDepartment, "reason", "Theirs"));
            // each action by someone whose role allows it, so that only the status refuses it
            case ASSIGN -> Api.asAdmin().body(Map.of("assignee", f.staff.id())).post("/api/tickets/" + key + "/assign")
                    .then();
            case UPDATE -> f.requester.api().body(Map.of("title", "Changed")).patch("/api/tickets/" + key).then();
            case COMMENT -> f.act(f.staff, key, "comments", Map.of("body", "Hello"));
            case CANCEL, ACCEPT_PROPOSAL, DECLINE_PROPOSAL, RESUBMIT, CLOSE, REOPEN ->
                    f.act(f.requester, key, action.label, Map.of());
            default -> f.act(f.staff, key, action.label, Map.of());
        };
        response.statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("Cannot " + action.label + " a ticket that is " + from));
        f.get(key).body("status", equalTo(from.name())).body("events", hasSize(EVENTS.get(from)))
                .body("receivingDepartment", equalTo(f.receiving));
    }
}
