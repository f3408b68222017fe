package app.baton.web;

import app.baton.page.PageContext;
import app.baton.user.ClientAddress;
import app.baton.user.IdentityLookup;
import app.baton.user.SessionCookie;
import app.baton.user.Sessions;
import io.quarkus.oidc.OidcSession;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import app.baton.user.User;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Date;
import java.util.List;
import app.baton.demo.DemoData;
import io.quarkus.panache.common.Sort;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The browser's way in: the login form (it posts to Quarkus's form authentication at
 * /j_security_check) and sign-out. The page a signed-in person lands on is app.baton.page.MyWorkPage.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    /** Where the sign-in through the company's identity provider starts and ends. */
    public static final String OIDC_PATH = "/login/oidc";

    @Inject
    PageContext page;

    @Inject
    Sessions sessions;

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "baton.demo-data")
    boolean demoData;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "baton-session")
    String sessionCookie;

    @ConfigProperty(name = "baton.oidc.enabled", defaultValue = "false")
    boolean oidcEnabled;

    @ConfigProperty(name = "baton.oidc.provider-name")
    Optional<String> oidcProviderName;

    @ConfigProperty(name = "baton.oidc.allow-unverified-email", defaultValue = "false")
    boolean oidcAllowUnverifiedEmail;

    @Inject
    IdentityLookup lookup;

    @Inject
    SessionCookie cookies;

    @Inject
    Instance<OidcSession> oidcSession;

    @Inject
    RoutingContext routing;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String error, List<User> demoUsers, String demoPassword, Oidc oidc);

        static native TemplateInstance oidcRefused();
    }

    /** The "Sign in with ..." link: {@code name} is the provider's display name, or null for the generic text. */
    public record Oidc(String name) {
    }

    @GET
    @Path("login")
    @PermitAll
    @Operation(hidden = true)
    public String login(@QueryParam("error") String error) {
        // A newcomer trying the demo should not have to look the logins up elsewhere.
        List<User> demoUsers = demoData ? User.list("active = true and email like ?1", Sort.by("email"),
                "%@" + DemoData.EMAIL_DOMAIN) : List.of();
        return page.render(Templates.login(error == null || error.isBlank() || error.equals("false") ? null : error,
                demoUsers, DemoData.PASSWORD, oidcEnabled ? new Oidc(oidcProviderName.orElse(null)) : null));
    }

    /**
     * The end of a sign-in through the company's identity provider. Quarkus OIDC runs the
     * authorization code flow on this path only (quarkus.http.auth.permission.oidc-login) and
     * arrives here with the provider's ID token. Its verified email must belong to an active
     * Baton user; then this opens an ordinary page session (the same cookie, row in
     * user_sessions and audit entry as form login) and the provider's own session cookie is
     * dropped, so that signing out of Baton signs out. Anyone else gets a 403 page and no session.
     */
    @GET
    @Path("login/oidc")
    @PermitAll
    @Operation(hidden = true)
    public Response oidc() {
        if (!oidcEnabled) {
            throw new NotFoundException();
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken idToken)) {
            return Response.seeOther(URI.create("/login")).build();
        }
        String email = idToken.getClaim(Claims.email.name());
        boolean verified = oidcAllowUnverifiedEmail || isTrue(idToken.getClaim(Claims.email_verified.name()));
        Optional<SecurityIdentity> signedIn = lookup.signInByProvider(email, verified, ClientAddress.of(routing.request()));
        oidcSession.get().logout().await().indefinitely();
        if (signedIn.isEmpty()) {
            return Response.status(Response.Status.FORBIDDEN).entity(page.render(Templates.oidcRefused())).build();
        }
        cookies.write(signedIn.get(), routing);
        return Response.seeOther(URI.create("/")).build();
    }

    /** email_verified is a JSON boolean, though some providers send the string "true". */
    private static boolean isTrue(Object claim) {
        if (claim instanceof jakarta.json.JsonValue json) {
            return json.getValueType() == jakarta.json.JsonValue.ValueType.TRUE
                    || json.toString().equals("\"true\"");
        }
        return claim != null && "true".equalsIgnoreCase(claim.toString());
    }

    /**
     * Ends the session on the server (a copy of the cookie stops working too) and tells the
     * browser to drop the cookie.
     */
    @GET
    @Path("logout")
    @PermitAll
    @Operation(hidden = true)
    public Response logout() {
        try {
            sessions.signOut(identity);
        } catch (AuthenticationFailedException e) {
            // the session had already ended (or the person was deactivated): just drop the cookie
        }
        NewCookie expired = new NewCookie.Builder(sessionCookie)
                .value("")
                .path("/")
                .maxAge(0)
                .expiry(new Date(0))
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        return Response.seeOther(URI.create("/login")).cookie(expired).build();
    }

    @POST
    @Path("logout")
    @PermitAll
    @Operation(hidden = true)
    public Response logoutByForm() {
        return logout();
    }
}
