package app.baton.user;

import app.baton.audit.AuditAction;
import app.baton.audit.AuditTrail;
import app.baton.web.PageResult;
import app.baton.web.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * API tokens for other systems: create (the secret is shown once), list, revoke. Everyone manages
 * their own; administrators also list ({@code ?user=}) and revoke other people's.
 */
@Path("/api/tokens")
@Authenticated
public class TokenResource {

    static final List<String> SCOPES = List.of("read", "write", "admin");
    static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);

    @Inject
    TokenService tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    IdentityCache identityCache;

    @Inject
    Administrators admins;

    @Inject
    AuditTrail audit;

    public record CreateToken(
            @NotBlank @Size(max = 100) String name,
            @NotEmpty List<@NotNull @Pattern(regexp = "read|write|admin", message = "must be read, write or admin") String> scopes,
            Instant expiresAt) {
    }

    /** The answer to a create, the only one that carries the secret. */
    public record CreatedToken(Long id, String name, List<String> scopes, Instant expiresAt, Instant createdAt,
            String token) {
    }

    public record TokenView(Long id, Long user, String name, List<String> scopes, Instant createdAt,
            Instant expiresAt, Instant lastUsedAt, boolean revoked, Instant revokedAt) {

        static TokenView of(ApiToken t) {
            return new TokenView(t.id, t.user.id, t.name, scopeList(t.scopes), t.createdAt, t.expiresAt,
                    t.lastUsedAt, t.revokedAt != null, t.revokedAt);
        }
    }

    @POST
    @Transactional
    public Response create(@Valid @NotNull CreateToken body) {
        User user = currentUser.get();
        Instant now = clock.instant();
        Instant expiresAt = body.expiresAt() != null ? body.expiresAt() : now.plus(DEFAULT_LIFETIME);
        if (!expiresAt.isAfter(now)) {
            throw ProblemException.badField("expiresAt", "must be in the future");
        }
        if (expiresAt.isAfter(now.atOffset(ZoneOffset.UTC).plusYears(1).toInstant())) {
            throw ProblemException.badField("expiresAt", "must be at most one year ahead");
        }
        if (body.scopes().contains("admin") && !user.roles.contains(Role.ADMIN)) {
            throw ProblemException.forbidden("Only administrators may create tokens with the admin scope");
        }
        // A token must not mint a stronger one: a write token cannot make an admin token.
        if (strength(body.scopes()) > strength(admins.scopes())) {
            throw ProblemException.forbidden("A token cannot create a token with a stronger scope than its own");
        }
        // Kept in a fixed order so that the stored text does not depend on how the caller listed them.
        List<String> scopes = SCOPES.stream().filter(body.scopes()::contains).toList();
        TokenService.Issued issued = tokens.issue(user, ApiToken.API, body.name().trim(), String.join(",", scopes),
                expiresAt);
        ApiToken t = issued.token();
        audit.record(AuditAction.TOKEN_CREATED, "token:" + t.id,
                "\"" + t.name + "\" for user:" + user.id + "; scopes " + t.scopes + "; expires " + t.expiresAt);
        return Response.created(URI.create("/api/tokens/" + t.id))
                .entity(new CreatedToken(t.id, t.name, scopes, t.expiresAt, t.createdAt, issued.secret()))
                .build();
    }

    /** The caller's tokens, or with {@code user} (administrators only) that person's. */
    @GET
    @Transactional
    public PageResult<TokenView> list(@QueryParam("user") Long user,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        long owner = currentUser.id();
        if (user != null && user != owner) {
            admins.require("see other people's tokens");
            owner = user;
        }
        PanacheQuery<ApiToken> query = ApiToken.find("user.id = ?1 and kind = ?2",
                Sort.by("createdAt").descending().and("id", Sort.Direction.Descending), owner, ApiToken.API)
                .page(Page.of(page, size));
        return new PageResult<>(query.list().stream().map(TokenView::of).toList(), page, size, query.count());
    }

    /**
     * Revoking works at once on this instance (the token's cached identity goes with it; other
     * instances notice within baton.identity-cache.ttl). Someone else's token is 404 unless the
     * caller is an administrator.
     */
    @DELETE
    @Path("/{id}")
    @Transactional
    public Response revoke(@PathParam("id") long id) {
        ApiToken token = ApiToken.<ApiToken>find("id = ?1 and kind = ?2", id, ApiToken.API).firstResultOptional()
                .filter(t -> t.user.id.equals(currentUser.id()) || admins.isAdmin())
                .orElseThrow(() -> ProblemException.notFound("Token " + id));
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant();
            audit.record(AuditAction.TOKEN_REVOKED, "token:" + token.id,
                    "\"" + token.name + "\" of user:" + token.user.id);
        }
        identityCache.forgetToken(token.tokenHash);
        return Response.noContent().build();
    }

    /** Scopes nest: admin includes write, write includes read. */
    static int strength(java.util.Collection<String> scopes) {
        return scopes.stream().mapToInt(SCOPES::indexOf).max().orElse(-1);
    }

    static List<String> scopeList(String scopes) {
        return scopes == null || scopes.isBlank() ? List.of()
                : new ArrayList<>(Arrays.stream(scopes.split(",")).map(String::trim).toList());
    }
}
