package app.baton.attachment;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Files on a ticket: upload as multipart (the part is named {@code file}), list, download. A
 * download is always offered as a file to save, never shown inline, so an uploaded page or
 * script cannot run in Baton's origin.
 */
@Path("/api/tickets/{key}/attachments")
@Authenticated
public class AttachmentResource {

    @Inject
    AttachmentService attachments;

    @POST
    @Transactional
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("key") String key, @RestForm("file") FileUpload file) {
        Attachment a = attachments.attach(key, upload(file));
        return Response.created(URI.create("/api/tickets/" + a.ticket.key + "/attachments/" + a.id))
                .entity(AttachmentView.of(a)).build();
    }

    @GET
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    public List<AttachmentView> list(@PathParam("key") String key) {
        return attachments.list(key).stream().map(AttachmentView::of).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response download(@PathParam("key") String key, @PathParam("id") long id) {
        Attachment a = attachments.find(key, id);
        return Response.ok(attachments.open(a), a.contentType)
                .header("Content-Disposition", disposition(a.fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Length", a.size)
                .header("Cache-Control", "private, no-store")
                .build();
    }

    static AttachmentService.Upload upload(FileUpload file) {
        return file == null ? null : new AttachmentService.Upload(file.uploadedFile(), file.fileName(), file.contentType());
    }

    /** attachment; an ASCII fallback name and the real one in RFC 5987 form for any script. */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
