package app.baton.client;

import app.baton.user.AccessScope;
import app.baton.user.CurrentAccess;
import app.baton.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may see which client card. Every read path (single card, list, search, timeline, history,
 * writes that first read the card) asks here, so that restricted clients are enforced in one
 * place. A client is visible company-wide unless it is restricted; a restricted client is visible
 * only to administrators, to the users named on it and to the members and heads of the
 * departments named on it. Requests and promises of a client inherit this (TicketPermissions).
 */
@ApplicationScoped
public class ClientAccess {

    @Inject
    CurrentAccess currentAccess;

    /** Whether the signed-in person may see the client. */
    public boolean canSee(Client client) {
        return canSee(currentAccess.get(), client);
    }

    public static boolean canSee(AccessScope scope, Client client) {
        if (client == null) {
            return false;
        }
        if (!client.restricted || scope.admin()) {
            return true;
        }
        return client.allowedUsers.stream().anyMatch(u -> u.id == scope.userId())
                || client.allowedDepartments.stream().anyMatch(d -> scope.inDepartment(d.id));
    }

    /** A client the caller may not see answers 404 like a missing one, so its existence does not leak. */
    public Client requireVisible(Client client, long id) {
        if (client == null || !canSee(client)) {
            throw ProblemException.notFound("Client " + id);
        }
        return client;
    }

    /** An SQL condition on the clients table under {@code alias} that keeps only clients the caller may see. */
    public String sqlCondition(String alias) {
        return sqlCondition(currentAccess.get(), alias);
    }

    /**
     * The same for any person. Unrestricted clients pass on the first test; the two lookups use
     * the primary keys of the allowed-user and allowed-department tables.
     */
    public static String sqlCondition(AccessScope scope, String alias) {
        if (scope.admin()) {
            return "1 = 1";
        }
        return "(" + alias + ".restricted = 0"
                + " OR EXISTS (SELECT 1 FROM client_allowed_users au WHERE au.client_id = " + alias + ".id"
                + " AND au.user_id = " + scope.userId() + ")"
                + " OR EXISTS (SELECT 1 FROM client_allowed_departments ad WHERE ad.client_id = " + alias + ".id"
                + " AND ad.department_id IN (" + scope.departmentList() + ")))";
    }

    /**
     * An SQL condition on a client id column ({@code clientIdColumn}) that is false for the
     * restricted clients the person may not see. Restricted clients are few: the subquery reads
     * them through ix_clients_restricted once, and each row is then a lookup in that small set.
     */
    public static String sqlClientIdCondition(AccessScope scope, String clientIdColumn) {
        if (scope.admin()) {
            return "1 = 1";
        }
        return clientIdColumn + " NOT IN (SELECT hc.id FROM clients hc WHERE hc.restricted = 1"
                + " AND NOT EXISTS (SELECT 1 FROM client_allowed_users au WHERE au.client_id = hc.id"
                + " AND au.user_id = " + scope.userId() + ")"
                + " AND NOT EXISTS (SELECT 1 FROM client_allowed_departments ad WHERE ad.client_id = hc.id"
                + " AND ad.department_id IN (" + scope.departmentList() + ")))";
    }

    /**
     * {@link #sqlClientIdCondition} in HQL, for queries over entities. It names the person by
     * parameters ({@link AccessScope#bind}, {@link AccessScope#hqlParameters}), so that its text
     * is the same for everybody.
     */
    public static String hqlClientIdCondition(AccessScope scope, String clientIdPath) {
        if (scope.admin()) {
            return "1 = 1";
        }
        return clientIdPath + " not in (select hc.id from Client hc where hc.restricted = true"
                + " and not exists (select 1 from Client au join au.allowedUsers u where au = hc and u.id = :"
                + AccessScope.USER_PARAMETER + ")"
                + " and not exists (select 1 from Client ad join ad.allowedDepartments d where ad = hc and d.id in "
                + scope.departmentsIn() + "))";
    }
}
