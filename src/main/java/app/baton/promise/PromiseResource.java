package app.baton.promise;

import app.baton.promise.PromiseService.CreatePromise;
import app.baton.promise.PromiseService.PromiseNote;
import app.baton.promise.PromiseService.RenegotiatePromise;
import app.baton.user.CurrentUser;
import app.baton.web.Idempotency;
import app.baton.web.PageResult;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Promises to clients over JSON. Keep and break answer the promise as it is after the change;
 * renegotiate answers 201 with the new promise that replaces it.
 */
@Path("/api/promises")
@Authenticated
public class PromiseResource {

    @Inject
    PromiseService promises;

    @Inject
    PromiseSearch search;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser currentUser;

    @Inject
    Validator validator;

    @POST
    public Response create(@Valid @NotNull CreatePromise body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.once(idempotencyKey, currentUser.id(), "POST /api/promises", body, () -> {
            Promise promise = promises.create(body);
            return Response.created(URI.create("/api/promises/" + promise.id)).entity(promises.view(promise)).build();
        });
    }

    @GET
    public PageResult<PromiseView> list(@QueryParam("owner") String owner,
            @QueryParam("client") String client,
            @QueryParam("ticket") String ticket,
            @QueryParam("status") List<String> status,
            @QueryParam("due") String due,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return search.search(new PromiseSearch.Filter(owner, client, ticket, status, due, page, size));
    }

    @GET
    @Path("/{id}")
    @Transactional
    public PromiseView get(@PathParam("id") long id) {
        return promises.view(promises.find(id));
    }

    @POST
    @Path("/{id}/keep")
    @Transactional
    public PromiseView keep(@PathParam("id") long id, @Valid PromiseNote body) {
        return promises.view(promises.keep(id, orEmpty(body, new PromiseNote(null, null))));
    }

    @POST
    @Path("/{id}/break")
    @Transactional
    public PromiseView breakPromise(@PathParam("id") long id, @Valid PromiseNote body) {
        return promises.view(promises.breakPromise(id, orEmpty(body, new PromiseNote(null, null))));
    }

    @POST
    @Path("/{id}/renegotiate")
    @Transactional
    public Response renegotiate(@PathParam("id") long id, @Valid RenegotiatePromise body) {
        Promise next = promises.renegotiate(id,
                orEmpty(body, new RenegotiatePromise(null, null, null, null, null, null)));
        return Response.created(URI.create("/api/promises/" + next.id)).entity(promises.view(next)).build();
    }

    /** A left-out body is an empty one: its required fields are reported like any missing field. */
    private <T> T orEmpty(T body, T empty) {
        if (body != null) {
            return body;
        }
        Set<ConstraintViolation<T>> violations = validator.validate(empty);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return empty;
    }
}
