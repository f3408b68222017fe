package app.baton.page;

import app.baton.attachment.AttachmentService;
import app.baton.web.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The attach form on a request page (multipart, with its CSRF token). A refused file comes back
 * on the request page with the reason next to the file field; downloads use the API's address,
 * which the browser's session may call.
 */
@Path("/tickets/{key}/attachments")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AttachmentPages {

    @Inject
    AttachmentService attachments;

    @Inject
    TicketPages ticketPages;

    @Inject
    PageContext page;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response attach(@PathParam("key") String key, @RestForm("file") FileUpload file) {
        Form form = new Form("attach");
        String back = "/tickets/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        Msg msg = page.msg();
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            form.error("file", msg.attach_empty());
        } else {
            try {
                attachments.attach(key, new AttachmentService.Upload(file.uploadedFile(), file.fileName(),
                        file.contentType()));
                return Response.seeOther(URI.create(back + "#files")).build();
            } catch (ProblemException e) {
                switch (e.status()) {
                    case 413 -> form.error("file", msg.attach_too_large());
                    case 415 -> form.error("file", msg.attach_type_refused());
                    case 400 -> form.error("file", msg.attach_empty());
                    default -> throw e;
                }
            }
        }
        int status = form.errorOf("file").equals(msg.attach_too_large()) ? 413 : 400;
        return Response.status(status).type(MediaType.TEXT_HTML).entity(ticketPages.showRefused(key, form)).build();
    }
}
