package app.baton.page;

import app.baton.web.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Every address no page or API resource has. Without it Quarkus REST answers the 404 on the I/O
 * thread, where the signed-in person cannot be looked up, so the error page could not speak
 * their language. Answered here, on a worker thread, {@link ErrorPages} renders it like any other
 * 404, and API paths keep their problem+json.
 */
@Path("/")
@PermitAll
public class UnknownPages {

    @GET
    @Path("{path: .+}")
    @Operation(hidden = true)
    public jakarta.ws.rs.core.Response get(@PathParam("path") String path) {
        throw notFound(path);
    }

    @POST
    @Path("{path: .+}")
    @Operation(hidden = true)
    public jakarta.ws.rs.core.Response post(@PathParam("path") String path) {
        throw notFound(path);
    }

    @PUT
    @Path("{path: .+}")
    @Operation(hidden = true)
    public jakarta.ws.rs.core.Response put(@PathParam("path") String path) {
        throw notFound(path);
    }

    @PATCH
    @Path("{path: .+}")
    @Operation(hidden = true)
    public jakarta.ws.rs.core.Response patch(@PathParam("path") String path) {
        throw notFound(path);
    }

    @DELETE
    @Path("{path: .+}")
    @Operation(hidden = true)
    public jakarta.ws.rs.core.Response delete(@PathParam("path") String path) {
        throw notFound(path);
    }

    private static ProblemException notFound(String path) {
        // people get the page's own words; API callers the usual detail
        String detail = path.startsWith("api/") ? "There is nothing at this address" : null;
        return new ProblemException(404, "Not Found", detail, null);
    }
}
