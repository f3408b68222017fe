package app.baton.ticket;

import static app.baton.ticket.TicketStatus.ACKNOWLEDGED;
import static app.baton.ticket.TicketStatus.CANCELLED;
import static app.baton.ticket.TicketStatus.CLOSED;
import static app.baton.ticket.TicketStatus.IN_PROGRESS;
import static app.baton.ticket.TicketStatus.NEW;
import static app.baton.ticket.TicketStatus.REJECTED;
import static app.baton.ticket.TicketStatus.RESOLVED;
import static app.baton.ticket.TicketStatus.WAITING;

import app.baton.web.ProblemException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The request lifecycle as data: which action is allowed from which status and where it leads.
 * Plain Java so that the whole matrix is unit-tested without the application.
 */
public final class TicketTransitions {

    /** Actions that leave the status as it is. */
    private static final Set<TicketAction> STAYING = EnumSet.of(TicketAction.ASSIGN, TicketAction.COMMENT,
            TicketAction.UPDATE, TicketAction.ACCEPT_PROPOSAL, TicketAction.DECLINE_PROPOSAL);

    private static final Map<TicketAction, Set<TicketStatus>> FROM = new EnumMap<>(TicketAction.class);
    private static final Map<TicketAction, TicketStatus> TO = new EnumMap<>(TicketAction.class);

    static {
        rule(TicketAction.ACKNOWLEDGE, EnumSet.of(NEW), ACKNOWLEDGED);
        rule(TicketAction.REJECT, EnumSet.of(NEW, ACKNOWLEDGED), REJECTED);
        rule(TicketAction.RESUBMIT, EnumSet.of(REJECTED), NEW);
        rule(TicketAction.START, EnumSet.of(ACKNOWLEDGED), IN_PROGRESS);
        rule(TicketAction.WAIT, EnumSet.of(ACKNOWLEDGED, IN_PROGRESS), WAITING);
        rule(TicketAction.RESUME, EnumSet.of(WAITING), IN_PROGRESS);
        rule(TicketAction.RESOLVE, EnumSet.of(ACKNOWLEDGED, IN_PROGRESS), RESOLVED);
        rule(TicketAction.CLOSE, EnumSet.of(RESOLVED), CLOSED);
        rule(TicketAction.REOPEN, EnumSet.of(RESOLVED), IN_PROGRESS);
        rule(TicketAction.CANCEL, EnumSet.of(NEW, ACKNOWLEDGED, IN_PROGRESS, WAITING, REJECTED), CANCELLED);
        rule(TicketAction.FORWARD, EnumSet.of(NEW, ACKNOWLEDGED, IN_PROGRESS, WAITING), NEW);
        rule(TicketAction.ASSIGN, TicketStatus.OPEN, null);
        // A counter-proposal is made when acknowledging; the requester answers it while work goes on.
        rule(TicketAction.ACCEPT_PROPOSAL, EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, WAITING), null);
        rule(TicketAction.DECLINE_PROPOSAL, EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, WAITING), null);
        // Rejected tickets are revised before they are resubmitted.
        rule(TicketAction.UPDATE, EnumSet.of(NEW, ACKNOWLEDGED, IN_PROGRESS, WAITING, REJECTED), null);
        rule(TicketAction.COMMENT, EnumSet.allOf(TicketStatus.class), null);
    }

    private TicketTransitions() {
    }

    private static void rule(TicketAction action, Set<TicketStatus> from, TicketStatus to) {
        FROM.put(action, Collections.unmodifiableSet(EnumSet.copyOf(from)));
        if (to != null) {
            TO.put(action, to);
        }
    }

    public static boolean allowed(TicketAction action, TicketStatus from) {
        return FROM.get(action).contains(from);
    }

    /** Whether the action moves the ticket to another status (its event records from and to). */
    public static boolean changesStatus(TicketAction action) {
        return !STAYING.contains(action);
    }

    /** The statuses the action may be taken from. */
    public static Set<TicketStatus> allowedFrom(TicketAction action) {
        return FROM.get(action);
    }

    /** The actions that may be taken from a status, in a stable order. */
    public static Set<TicketAction> allowedActions(TicketStatus from) {
        return Arrays.stream(TicketAction.values()).filter(a -> allowed(a, from))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TicketAction.class)));
    }

    /** The status after the action, or a 409 problem naming what is allowed instead. */
    public static TicketStatus target(TicketAction action, TicketStatus from) {
        if (!allowed(action, from)) {
            throw ProblemException.conflict("Cannot " + action.label + " a ticket that is " + from + "; "
                    + action.label + " is allowed from " + names(allowedFrom(action))
                    + ". From " + from + " you can: "
                    + allowedActions(from).stream().map(a -> a.label).collect(Collectors.joining(", ")) + ".");
        }
        return STAYING.contains(action) ? from : TO.get(action);
    }

    private static String names(Set<TicketStatus> statuses) {
        return statuses.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
