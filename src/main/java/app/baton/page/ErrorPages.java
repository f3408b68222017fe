package app.baton.page;

import app.baton.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * People get error pages in their language, not problem+json: a failure answered to a page
 * request (not under /api or /q, and a browser asking for HTML) is shown as a page with a way
 * back. The API keeps its problem documents from ProblemMappers.
 */
public class ErrorPages {

    @Inject
    PageContext page;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String detail);
    }

    @ServerResponseFilter
    public void toPage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !forPeople(request)) {
            return;
        }
        String detail = problem.status() >= 500 ? null : problem.detail();
        String html;
        try {
            html = page.render(Templates.error(problem.status(), detail));
        } catch (RuntimeException e) {
            // the page itself needs the database (who is signed in, their language); when that is
            // what failed, the problem document still tells the truth
            return;
        }
        response.setEntity(html, null, MediaType.TEXT_HTML_TYPE);
    }

    static boolean forPeople(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api") || path.startsWith("/q/")) {
            return false;
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }
}
