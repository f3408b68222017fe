package app.baton.user;

import app.baton.web.PageResult;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

@Path("/api/users")
@Authenticated
public class UserResource {

    @Inject
    UserService users;

    @Inject
    CurrentUser currentUser;

    @Inject
    Deactivation deactivation;

    @Transactional
    @POST
    public Response create(@Valid @NotNull UserService.CreateUser body) {
        User user = users.create(body);
        return Response.created(URI.create("/api/users/" + user.id)).entity(UserView.of(user)).build();
    }

    @GET
    public PageResult<UserView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size,
            @QueryParam("department") String department,
            @QueryParam("active") Boolean active) {
        StringBuilder where = new StringBuilder("1 = 1");
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
        if (department != null) {
            where.append(" and exists (select 1 from User u join u.departments d where u = user and d.code = :dept)");
            params.and("dept", department);
        }
        if (active != null) {
            where.append(" and active = :active");
            params.and("active", active);
        }
        PanacheQuery<User> query = User.find("from User user where " + where, Sort.by("name"), params)
                .page(Page.of(page, size));
        return new PageResult<>(query.list().stream().map(UserView::of).toList(), page, size, query.count());
    }

    /** Optional body: {@code handTo}, the colleague who takes over. */
    public record Deactivate(Long handTo) {
    }

    @POST
    @Path("/{id}/deactivate")
    public Deactivation.Summary deactivate(@PathParam("id") long id, Deactivate body) {
        return deactivation.deactivate(id, body == null ? null : body.handTo());
    }

    @GET
    @Path("/me")
    public UserView me() {
        return UserView.of(currentUser.get());
    }

    @GET
    @Path("/{id}")
    public UserView get(@PathParam("id") long id) {
        return UserView.of(users.find(id));
    }

    @Transactional
    @PATCH
    @Path("/{id}")
    public UserView update(@PathParam("id") long id, @Valid @NotNull UserService.UpdateUser body) {
        return UserView.of(users.update(id, body));
    }
}
