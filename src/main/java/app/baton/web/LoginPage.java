package app.baton.web;

import app.baton.page.PageContext;
import app.baton.user.Sessions;
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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String error, List<User> demoUsers, String demoPassword);
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
                demoUsers, DemoData.PASSWORD));
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
