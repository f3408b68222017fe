package app.baton.user;

import app.baton.audit.AuditAction;
import app.baton.audit.AuditTrail;
import app.baton.web.Problem;
import jakarta.transaction.Transactional;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import io.vertx.core.http.HttpServerRequest;
import java.time.Instant;

/** Login for scripts: an email and password in, a bearer token out. */
@Path("/api/auth")
public class AuthResource {

    @Inject
    IdentityLookup lookup;

    @Inject
    TokenService tokens;

    @Inject
    AuditTrail audit;

    public record Login(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 1000) String password) {
    }

    public record LoginAnswer(String token, Instant expiresAt) {
    }

    @POST
    @Path("/login")
    public Response login(@Valid Login body, @Context HttpServerRequest request) {
        var identity = lookup.byPassword(body.email(), body.password(), ClientAddress.of(request));
        if (identity.isEmpty()) {
            return Response.status(401).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(401, "Unauthorized", "Wrong email or password")).build();
        }
        Long userId = identity.get().getAttribute(IdentityLookup.USER_ID);
        TokenService.Issued issued = tokens.issueLoginToken(User.findById(userId));
        return Response.ok(new LoginAnswer(issued.secret(), issued.token().expiresAt)).build();
    }

    /** Ends the bearer login this request was made with. */
    @POST
    @Path("/logout")
    @Authenticated
    @Transactional
    public Response logout(@HeaderParam("Authorization") String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "bearer ", 0, 7)) {
            tokens.revoke(authorization.substring(7).trim()).ifPresent(t ->
                    audit.record(AuditAction.LOGOUT, "user:" + t.user.id, "api"));
        }
        return Response.noContent().build();
    }
}
