package app.baton.client;

import app.baton.client.ClientHistory.ChangeView;
import app.baton.client.ClientView.AliasView;
import app.baton.client.ClientView.ContactView;
import app.baton.user.CurrentUser;
import app.baton.web.Idempotency;
import app.baton.web.PageResult;
import app.baton.web.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/clients")
@Authenticated
public class ClientResource {

    @Inject
    ClientService clients;

    @Inject
    ClientSearch search;

    @Inject
    ClientHistory history;

    @Inject
    ClientTimeline timeline;

    @Inject
    CurrentUser currentUser;

    @Inject
    Idempotency idempotency;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @POST
    public Response create(@HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull ClientService.CreateClient body) {
        return idempotency.once(key, currentUser.id(), "POST /api/clients", body, () -> {
            Client client = clients.create(body);
            return Response.created(URI.create("/api/clients/" + client.id)).entity(ClientView.of(client)).build();
        });
    }

    @GET
    public PageResult<ClientView> list(@QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        if (q != null && q.length() > ClientSearch.MAX_QUERY) {
            throw ProblemException.badField("q", "must be at most " + ClientSearch.MAX_QUERY + " characters");
        }
        ClientSearch.Hits hits = search.find(q, page, size);
        List<ClientView> items = Client.inOrder(hits.ids()).stream().map(ClientView::of).toList();
        return new PageResult<>(items, page, size, hits.total());
    }

    @GET
    @Path("/{id}")
    public ClientView get(@PathParam("id") long id) {
        Client client = clients.find(id);
        List<ClientView.Subsidiary> subsidiaries = Client.<Client>list("parentId", Sort.by("name"), id).stream()
                .map(c -> new ClientView.Subsidiary(c.id, c.name)).toList();
        return ClientView.of(client, subsidiaries);
    }

    @Transactional
    @PATCH
    @Path("/{id}")
    public ClientView update(@PathParam("id") long id,
            @RequestBody(content = @Content(schema = @Schema(implementation = ClientService.UpdateClient.class)))
            JsonNode body) throws JsonProcessingException {
        ClientService.UpdateClient update = read(body, ClientService.UpdateClient.class);
        return ClientView.of(clients.update(id, update, fieldsOf(body)));
    }

    @Transactional
    @POST
    @Path("/{id}/aliases")
    public Response addAlias(@PathParam("id") long id, @Valid @NotNull ClientService.NewAlias body) {
        ClientAlias alias = clients.addAlias(id, body);
        return Response.created(URI.create("/api/clients/" + id + "/aliases/" + alias.id))
                .entity(AliasView.of(alias)).build();
    }

    @Transactional
    @DELETE
    @Path("/{id}/aliases/{aliasId}")
    public void removeAlias(@PathParam("id") long id, @PathParam("aliasId") long aliasId) {
        clients.removeAlias(id, aliasId);
    }

    @Transactional
    @POST
    @Path("/{id}/contacts")
    public Response addContact(@PathParam("id") long id, @Valid @NotNull ClientService.NewContact body) {
        Contact contact = clients.addContact(id, body);
        return Response.created(URI.create("/api/clients/" + id + "/contacts/" + contact.id))
                .entity(ContactView.of(contact)).build();
    }

    @Transactional
    @PATCH
    @Path("/{id}/contacts/{contactId}")
    public ContactView updateContact(@PathParam("id") long id, @PathParam("contactId") long contactId,
            @RequestBody(content = @Content(schema = @Schema(implementation = ClientService.UpdateContact.class)))
            JsonNode body) throws JsonProcessingException {
        ClientService.UpdateContact update = read(body, ClientService.UpdateContact.class);
        return ContactView.of(clients.updateContact(id, contactId, update, fieldsOf(body)));
    }

    @Transactional
    @POST
    @Path("/{id}/interactions")
    public Response addInteraction(@PathParam("id") long id, @Valid @NotNull ClientService.NewInteraction body) {
        Interaction interaction = clients.addInteraction(id, body);
        return Response.created(URI.create("/api/clients/" + id + "/interactions/" + interaction.id))
                .entity(InteractionView.of(interaction)).build();
    }

    @GET
    @Path("/{id}/timeline")
    public PageResult<ClientTimeline.Item> timeline(@PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        return timeline.page(clients.find(id).id, page, size);
    }

    @GET
    @Path("/{id}/history")
    public PageResult<ChangeView> history(@PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        return history.page(clients.find(id).id, page, size);
    }

    @Transactional
    @POST
    @Path("/{id}/history/{changeId}/revert")
    public ChangeView revert(@PathParam("id") long id, @PathParam("changeId") long changeId) {
        return ChangeView.of(clients.revert(id, changeId));
    }

    /**
     * PATCH bodies are read by hand so that a field sent as null (clear it) can be told apart
     * from a field left out (keep it).
     */
    private <T> T read(JsonNode body, Class<T> type) throws JsonProcessingException {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("The body must be a JSON object");
        }
        T value = json.treeToValue(body, type);
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }

    private static Set<String> fieldsOf(JsonNode body) {
        Set<String> fields = new HashSet<>();
        body.fieldNames().forEachRemaining(fields::add);
        return fields;
    }
}
