package app.baton.department;

import app.baton.department.RequestTypeService.RequestTypeView;
import app.baton.web.PageResult;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

@Path("/api/request-types")
@Authenticated
public class RequestTypeResource {

    @Inject
    RequestTypeService types;

    @Transactional
    @POST
    public Response create(@Valid @NotNull RequestTypeService.CreateRequestType body) {
        RequestType type = types.create(body);
        return Response.created(URI.create("/api/request-types/" + type.id)).entity(RequestTypeView.of(type)).build();
    }

    /** The catalogue is small (tens of types): one page, optionally one department's. */
    @GET
    public PageResult<RequestTypeView> list(@QueryParam("department") String department) {
        List<RequestType> found = department == null
                ? RequestType.list("from RequestType t join fetch t.department", Sort.by("t.department.code").and("t.name"))
                : RequestType.list("from RequestType t join fetch t.department where t.department.code = ?1",
                        Sort.by("t.name"), department.toUpperCase());
        List<RequestTypeView> views = found.stream().map(RequestTypeView::of).toList();
        return new PageResult<>(views, 0, Math.max(views.size(), 1), views.size());
    }

    @GET
    @Path("/{id}")
    public RequestTypeView get(@PathParam("id") long id) {
        return RequestTypeView.of(types.find(id));
    }

    @Transactional
    @PATCH
    @Path("/{id}")
    public RequestTypeView update(@PathParam("id") long id, @Valid @NotNull RequestTypeService.UpdateRequestType body) {
        return RequestTypeView.of(types.update(id, body));
    }
}
