package app.baton.user;

import app.baton.web.Problem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one place where an API token's scopes limit what it may do: `read` allows safe methods,
 * `write` and `admin` allow everything. Form sessions and login tokens carry all scopes.
 */
public class TokenScopeFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> checkScopes(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") || path.equals("/api/auth/logout") || path.equals("/api/auth/login")) {
            return Uni.createFrom().nullItem();
        }
        boolean safe = SAFE_METHODS.contains(request.getMethod());
        // A failed authentication fails this Uni and is answered as 401 by the exception mappers.
        return identities.getDeferredIdentity().map(identity -> allowed(identity, safe) ? null
                : Response.status(403).type(Problem.MEDIA_TYPE)
                        .entity(Problem.of(403, "Forbidden", safe
                                ? "This token has no scope that allows reading"
                                : "This token has only the read scope; changes need the write scope"))
                        .build());
    }

    static boolean allowed(SecurityIdentity identity, boolean safe) {
        if (identity.isAnonymous()) {
            return true; // the endpoint's own checks answer 401
        }
        String scopes = identity.getAttribute(IdentityLookup.SCOPES);
        if (scopes == null) {
            return true;
        }
        Set<String> granted = Set.copyOf(TokenResource.scopeList(scopes));
        if (granted.contains("admin") || granted.contains("write")) {
            return true;
        }
        return safe && granted.contains("read");
    }
}
