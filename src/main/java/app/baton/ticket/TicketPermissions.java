package app.baton.ticket;

import app.baton.client.Client;
import app.baton.client.ClientAccess;
import app.baton.department.Department;
import app.baton.department.RequestType;
import app.baton.user.AccessScope;
import app.baton.user.CurrentAccess;
import app.baton.user.User;
import app.baton.web.EntityIds;
import app.baton.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may see and do what with tickets: the one place for these rules (docs/user-guide.md,
 * "Who sees what").
 * <p>
 * Seeing: administrators see every request. Anyone else sees a request their departments
 * (belonged to or headed) sent or received, or that they requested, are assigned to or watch,
 * and only while they may see its client: a request inherits its client's restriction, so a
 * member of the receiving department who is not allowed on a restricted client does not see it.
 * An invisible request is answered 404, like a missing one.
 * <p>
 * Doing: the receiving side (members and heads of the receiving department) works the request;
 * the requesting side (the requester and the heads of the requesting department) answers for it;
 * heads of the receiving department assign; anyone who sees it comments. Refusals are 403.
 * <p>
 * Lists use the same rule as a query condition ({@link #restrictSearch}, {@link #hqlCondition},
 * {@link #sqlCondition}), built from the person's {@link AccessScope}, so that no list costs a
 * query per row. The HQL form names the person by parameters, so everybody's lists share one
 * parsed text (docs/performance.md, "The first parse of a query").
 */
@ApplicationScoped
public class TicketPermissions {

    /** Actions of the receiving department: its members and heads. */
    static final Set<TicketAction> RECEIVING = EnumSet.of(TicketAction.ACKNOWLEDGE, TicketAction.REJECT,
            TicketAction.START, TicketAction.WAIT, TicketAction.RESUME, TicketAction.RESOLVE, TicketAction.FORWARD);

    /** Actions of the requesting side: the requester and the heads of the requesting department. */
    static final Set<TicketAction> REQUESTING = EnumSet.of(TicketAction.CANCEL, TicketAction.ACCEPT_PROPOSAL,
            TicketAction.DECLINE_PROPOSAL, TicketAction.RESUBMIT);

    /** Actions of either side: confirming or reopening the result, and editing the request. */
    static final Set<TicketAction> EITHER_SIDE = EnumSet.of(TicketAction.CLOSE, TicketAction.REOPEN,
            TicketAction.UPDATE);

    @Inject
    CurrentAccess currentAccess;

    // --- checks that answer a problem -------------------------------------------------------

    /** The client must be one the requester may see (else it is unknown to them, 400 like a missing id). */
    public void checkCreate(User actor, RequestType type, Client client) {
        if (!ClientAccess.canSee(scope(actor), client)) {
            throw ProblemException.badField("client", "no client has the id " + client.id);
        }
    }

    /** The department a request is sent from must be one the requester belongs to or heads. */
    public void checkRequestingDepartment(User actor, Department requesting) {
        AccessScope scope = scope(actor);
        if (requesting != null && !scope.admin() && !scope.inDepartment(requesting.id)) {
            throw ProblemException.badField("requestingDepartment", "you are not a member of " + requesting.code);
        }
    }

    public void checkView(User actor, Ticket ticket) {
        if (!canView(scope(actor), ticket)) {
            throw ProblemException.notFound("Ticket " + ticket.key);
        }
    }

    /** 404 when the ticket is invisible to the actor, 403 when visible but the action is not theirs. */
    public void checkAction(User actor, TicketAction action, Ticket ticket) {
        AccessScope scope = scope(actor);
        if (!canView(scope, ticket)) {
            throw ProblemException.notFound("Ticket " + ticket.key);
        }
        if (!may(scope, action, ticket)) {
            throw ProblemException.forbidden(refusal(action, ticket));
        }
    }

    /**
     * Acknowledging names an assignee: members of the receiving department take the request
     * themselves; giving it to someone else is assigning, which heads and administrators do.
     */
    public void checkAssignee(User actor, Ticket ticket, Long assigneeId) {
        AccessScope scope = scope(actor);
        if (!Objects.equals(assigneeId, actor.id) && !may(scope, TicketAction.ASSIGN, ticket)) {
            throw ProblemException.forbidden("Only a head of " + ticket.receivingDepartment.code
                    + " or an administrator may give this request to someone else; acknowledge it as your own");
        }
    }

    // --- answers ------------------------------------------------------------------------------

    public boolean canView(User user, Ticket ticket) {
        return canView(scope(user), ticket);
    }

    /** Relations first (no query), then the client, whose allowed lists load only when it is restricted. */
    public static boolean canView(AccessScope scope, Ticket t) {
        if (scope.admin()) {
            return true;
        }
        return related(scope, t) && ClientAccess.canSee(scope, t.client);
    }

    private static boolean related(AccessScope scope, Ticket t) {
        long me = scope.userId();
        return scope.inDepartment(EntityIds.of(t.receivingDepartment))
                || scope.inDepartment(EntityIds.of(t.requestingDepartment))
                || Objects.equals(EntityIds.of(t.requester), me)
                || Objects.equals(EntityIds.of(t.assignee), me)
                || t.watchers.contains(me);
    }

    /** Whether the person's role and relation to the ticket allow the action (visibility aside). */
    public static boolean may(AccessScope scope, TicketAction action, Ticket t) {
        if (scope.admin()) {
            return true;
        }
        if (action == TicketAction.COMMENT) {
            return true;
        }
        if (action == TicketAction.ASSIGN) {
            return scope.heads(EntityIds.of(t.receivingDepartment));
        }
        boolean receiving = scope.inDepartment(EntityIds.of(t.receivingDepartment));
        boolean requesting = Objects.equals(EntityIds.of(t.requester), scope.userId())
                || scope.heads(EntityIds.of(t.requestingDepartment));
        if (RECEIVING.contains(action)) {
            return receiving;
        }
        if (REQUESTING.contains(action)) {
            return requesting;
        }
        return EITHER_SIDE.contains(action) && (receiving || requesting);
    }

    /** What this person may do to the ticket now: what its status allows and their role permits. */
    public Set<TicketAction> allowedActions(User actor, Ticket ticket) {
        AccessScope scope = scope(actor);
        return TicketTransitions.allowedActions(ticket.status).stream().filter(a -> may(scope, a, ticket))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TicketAction.class)));
    }

    private static String refusal(TicketAction action, Ticket t) {
        if (action == TicketAction.ASSIGN) {
            return "Only a head of " + t.receivingDepartment.code + " or an administrator may assign this request";
        }
        if (RECEIVING.contains(action)) {
            return "Only the receiving department " + t.receivingDepartment.code + " may " + action.label
                    + " this request";
        }
        if (REQUESTING.contains(action)) {
            return "Only the requester or a head of the requesting department may " + action.label + " this request";
        }
        return "Only the requesting or the receiving side may " + action.label + " this request";
    }

    // --- the same rule as a query condition ---------------------------------------------------

    /** Narrows a ticket search (HQL over {@code Ticket t}) to what the actor may see. */
    void restrictSearch(User actor, TicketQuery query) {
        restrictSearch(scope(actor), query);
    }

    static void restrictSearch(AccessScope scope, TicketQuery query) {
        String condition = hqlCondition(scope, "t");
        if (condition != null) {
            query.and(condition, scope.hqlParameters());
        }
    }

    /**
     * A department's queue: its members and heads see all of it but restricted clients they are
     * not allowed on, so the condition stays a filter on the rows ix_tickets_queue yields in order.
     */
    void restrictQueue(User actor, Department department, TicketQuery query) {
        restrictQueue(scope(actor), department, query);
    }

    static void restrictQueue(AccessScope scope, Department department, TicketQuery query) {
        if (scope.admin()) {
            return;
        }
        if (scope.inDepartment(department.id)) {
            query.and(ClientAccess.hqlClientIdCondition(scope, "t.client.id"), scope.hqlParameters());
        } else {
            query.and(hqlCondition(scope, "t"), scope.hqlParameters());
        }
    }

    /**
     * The visibility rule in HQL over the Ticket alias {@code t}; null for administrators. The
     * person is named by parameters: bind them with {@link AccessScope#bind} or
     * {@link AccessScope#hqlParameters}.
     */
    public static String hqlCondition(AccessScope scope, String t) {
        if (scope.admin()) {
            return null;
        }
        String departments = scope.departmentsIn();
        String me = ":" + AccessScope.USER_PARAMETER;
        return "(" + t + ".receivingDepartment.id in " + departments
                + " or " + t + ".requestingDepartment.id in " + departments
                + " or " + t + ".requester.id = " + me
                + " or " + t + ".assignee.id = " + me
                + " or " + t + ".id in (select tw.id from Ticket tw join tw.watchers w where w = " + me + "))"
                + " and " + ClientAccess.hqlClientIdCondition(scope, t + ".client.id");
    }

    /**
     * The relation part of the rule in SQL over the tickets table under {@code t}: true for the
     * requests the person's departments sent or received, or that they requested, are assigned
     * to or watch. Callers that have not already checked the client add
     * {@link ClientAccess#sqlClientIdCondition}; {@link #sqlCondition} does both.
     */
    public static String sqlRelation(AccessScope scope, String t) {
        if (scope.admin()) {
            return "1 = 1";
        }
        String departments = scope.departmentList();
        long me = scope.userId();
        return "(" + t + ".receiving_department_id IN (" + departments + ")"
                + " OR " + t + ".requesting_department_id IN (" + departments + ")"
                + " OR " + t + ".requester_id = " + me
                + " OR " + t + ".assignee_id = " + me
                + " OR " + t + ".id IN (SELECT tw.ticket_id FROM ticket_watchers tw WHERE tw.user_id = " + me + "))";
    }

    /** The whole rule in SQL over the tickets table under {@code t}. */
    public static String sqlCondition(AccessScope scope, String t) {
        if (scope.admin()) {
            return "1 = 1";
        }
        return sqlRelation(scope, t) + " AND " + ClientAccess.sqlClientIdCondition(scope, t + ".client_id");
    }

    /** The signed-in person's scope, or any other person's (one query). */
    public AccessScope scope(User user) {
        return currentAccess.of(user);
    }
}
