package app.baton.ticket;

import static app.baton.ticket.TicketStatus.ACKNOWLEDGED;
import static app.baton.ticket.TicketStatus.CANCELLED;
import static app.baton.ticket.TicketStatus.CLOSED;
import static app.baton.ticket.TicketStatus.IN_PROGRESS;
import static app.baton.ticket.TicketStatus.NEW;
import static app.baton.ticket.TicketStatus.REJECTED;
import static app.baton.ticket.TicketStatus.RESOLVED;
import static app.baton.ticket.TicketStatus.WAITING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.web.ProblemException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole lifecycle matrix, written out by hand from the product brief. */
class TicketTransitionsTest {

    /** action -> (from -> to); a status missing from the inner map is not allowed. */
    static final Map<TicketAction, Map<TicketStatus, TicketStatus>> EXPECTED = new EnumMap<>(TicketAction.class);

    static {
        allow(TicketAction.ACKNOWLEDGE, ACKNOWLEDGED, NEW);
        allow(TicketAction.REJECT, REJECTED, NEW, ACKNOWLEDGED);
        allow(TicketAction.RESUBMIT, NEW, REJECTED);
        allow(TicketAction.START, IN_PROGRESS, ACKNOWLEDGED);
        allow(TicketAction.WAIT, WAITING, ACKNOWLEDGED, IN_PROGRESS);
        allow(TicketAction.RESUME, IN_PROGRESS, WAITING);
        allow(TicketAction.RESOLVE, RESOLVED, ACKNOWLEDGED, IN_PROGRESS);
        allow(TicketAction.CLOSE, CLOSED, RESOLVED);
        allow(TicketAction.REOPEN, IN_PROGRESS, RESOLVED);
        allow(TicketAction.CANCEL, CANCELLED, NEW, ACKNOWLEDGED, IN_PROGRESS, WAITING, REJECTED);
        allow(TicketAction.FORWARD, NEW, NEW, ACKNOWLEDGED, IN_PROGRESS, WAITING);
        stay(TicketAction.ASSIGN, NEW, ACKNOWLEDGED, IN_PROGRESS, WAITING);
        stay(TicketAction.ACCEPT_PROPOSAL, ACKNOWLEDGED, IN_PROGRESS, WAITING);
        stay(TicketAction.DECLINE_PROPOSAL, ACKNOWLEDGED, IN_PROGRESS, WAITING);
        stay(TicketAction.UPDATE, NEW, ACKNOWLEDGED, IN_PROGRESS, WAITING, REJECTED);
        stay(TicketAction.COMMENT, TicketStatus.values());
    }

    private static void allow(TicketAction action, TicketStatus to, TicketStatus... from) {
        Map<TicketStatus, TicketStatus> map = EXPECTED.computeIfAbsent(action, a -> new EnumMap<>(TicketStatus.class));
        for (TicketStatus f : from) {
            map.put(f, to);
        }
    }

    private static void stay(TicketAction action, TicketStatus... from) {
        Map<TicketStatus, TicketStatus> map = EXPECTED.computeIfAbsent(action, a -> new EnumMap<>(TicketStatus.class));
        for (TicketStatus f : from) {
            map.put(f, f);
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        for (TicketAction action : TicketAction.values()) {
            for (TicketStatus from : TicketStatus.values()) {
                all.add(Arguments.of(action, from));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("matrix")
    void everyActionFromEveryStatus(TicketAction action, TicketStatus from) {
        TicketStatus expected = EXPECTED.get(action).get(from);
        if (expected != null) {
            assertTrue(TicketTransitions.allowed(action, from));
            assertEquals(expected, TicketTransitions.target(action, from));
        } else {
            assertFalse(TicketTransitions.allowed(action, from));
            ProblemException e = assertThrows(ProblemException.class, () -> TicketTransitions.target(action, from));
            assertEquals(409, e.status());
            assertTrue(e.getMessage().contains(action.label), e.getMessage());
            assertTrue(e.getMessage().contains(from.name()), e.getMessage());
        }
    }

    @Test
    void everyActionHasARule() {
        assertEquals(TicketAction.values().length, EXPECTED.size());
    }

    @Test
    void refusalSaysWhatIsAllowed() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> TicketTransitions.target(TicketAction.CLOSE, IN_PROGRESS));
        assertEquals("Cannot close a ticket that is IN_PROGRESS; close is allowed from RESOLVED. From IN_PROGRESS"
                + " you can: accept-proposal, decline-proposal, wait, resolve, cancel, forward, assign, comment, update.",
                e.getMessage());
    }

    @Test
    void onlyStatusChangingActionsRecordFromAndTo() {
        for (TicketAction action : TicketAction.values()) {
            boolean staying = EXPECTED.get(action).entrySet().stream().allMatch(e -> e.getKey() == e.getValue());
            assertEquals(!staying, TicketTransitions.changesStatus(action), action.name());
        }
    }
}
