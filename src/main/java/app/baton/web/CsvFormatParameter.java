package app.baton.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code ?format=csv} on any API address means {@code Accept: text/csv}, for links a browser
 * follows (the pages' "Download CSV") and tools that cannot set headers.
 */
public class CsvFormatParameter {

    @ServerRequestFilter(preMatching = true)
    public void formatToAccept(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return; // pages answer HTML only
        }
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if (format != null && format.trim().equalsIgnoreCase("csv")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, Csv.MEDIA_TYPE);
        }
    }
}
