package app.baton.department;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

@Path("/api/departments")
@Authenticated
public class DepartmentResource {

    @Inject
    DepartmentService departments;

    @Transactional
    @POST
    public Response create(@Valid @NotNull DepartmentService.CreateDepartment body) {
        Department department = departments.create(body);
        return Response.created(URI.create("/api/departments/" + department.code))
                .entity(DepartmentView.of(department)).build();
    }

    /** Departments are few (tens): the whole list in one page. */
    @GET
    public PageResult<DepartmentView> list() {
        List<DepartmentView> all = Department.<Department>listAll(Sort.by("code")).stream()
                .map(DepartmentView::of).toList();
        return new PageResult<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @GET
    @Path("/{code}")
    public DepartmentView get(@PathParam("code") String code) {
        return DepartmentView.of(departments.find(code));
    }

    @Transactional
    @PATCH
    @Path("/{code}")
    public DepartmentView update(@PathParam("code") String code,
            @Valid @NotNull DepartmentService.UpdateDepartment body) {
        return DepartmentView.of(departments.update(code, body));
    }
}
