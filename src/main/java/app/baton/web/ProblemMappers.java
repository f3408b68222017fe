package app.baton.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import app.baton.user.LoginThrottledException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become answers: problem+json for the API, never a stack trace.
 * Page requests without a session are sent to the login page instead of getting a 401.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return answer(e.toProblem());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toCollection(ArrayList::new));
        return answer(new Problem("about:blank", "Bad Request", 400, "The request has invalid fields", errors));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return answer(new Problem("about:blank", "Bad Request", 400, "The request has invalid fields",
                    List.of(new Problem.FieldError(field, "has a value of the wrong type or format"))));
        }
        return answer(Problem.of(400, "Bad Request", "The body is not valid JSON"));
    }

    /**
     * Quarkus REST has its own mapper for wrong types, formats and unknown enum values (its body
     * is not a problem document); this more specific one takes precedence over it.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        if (e.getCause() instanceof LoginThrottledException throttled) {
            return throttled(throttled, uri);
        }
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response throttled(LoginThrottledException e, UriInfo uri) {
        if (uri.getPath().endsWith("/j_security_check")) {
            return Response.seeOther(URI.create("/login?error=throttled")).build();
        }
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header("Retry-After", e.retryAfterSeconds())
                .entity(Problem.of(429, "Too Many Requests",
                        "Too many failed logins; try again in " + e.retryAfterSeconds() + " seconds"))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return answer(Problem.of(403, "Forbidden", "You are not allowed to do this"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return answer(Problem.of(500, "Internal Server Error", "Something went wrong on our side"));
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 404 -> "There is nothing at this address";
            case 405 -> "This method is not allowed here";
            case 406 -> "This representation is not available";
            case 413 -> "The request body is too large";
            case 415 -> "Send the body as application/json";
            default -> title;
        };
        return answer(Problem.of(status, title, detail));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return answer(Problem.of(409, "Conflict",
                        "This was changed by someone else at the same time; reload it and try again"));
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return answer(Problem.of(409, "Conflict", "This conflicts with data that already exists"));
            }
            if (cause instanceof ConstraintViolationException violation) {
                return invalid(violation);
            }
            if (cause instanceof java.sql.SQLException sql && sql.getMessage() != null
                    && sql.getMessage().contains("acquisition timeout")) {
                // every pooled connection is busy: an overload the caller may retry, not a bug
                LOG.warn("No database connection free in time; answered 503");
                return Response.fromResponse(answer(Problem.of(503, "Service Unavailable",
                        "Baton is busy; try again in a moment"))).header("Retry-After", "2").build();
            }
        }
        LOG.error("Request failed", e);
        return answer(Problem.of(500, "Internal Server Error", "Something went wrong on our side"));
    }

    private Response unauthenticated(UriInfo uri) {
        String path = uri.getPath();
        if (path.endsWith("/j_security_check")) {
            // With lazy authentication a failed form login ends up here, not at the form's error page.
            return Response.seeOther(URI.create("/login?error=true")).build();
        }
        if (path.startsWith("/api") || path.startsWith("/q")) {
            return answer(Problem.of(401, "Unauthorized", "Sign in or send a bearer token"));
        }
        return Response.seeOther(URI.create("/login")).build();
    }

    static Response answer(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** "create.body.title" becomes "title": the caller knows its body, not our method names. */
    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                // a query parameter is named by itself; a body's fields follow it
                field.setLength(0);
                field.append(node.getName());
                continue;
            }
            if (node.getKind() == ElementKind.PROPERTY && field.length() > 0 && isBodyParameter(field)) {
                field.setLength(0);
            }
            // The index of a list element sits on the node after the list: contacts[0].name
            if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null)) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static boolean isBodyParameter(StringBuilder field) {
        String name = field.toString();
        return name.equals("body") || name.equals("request") || name.startsWith("arg");
    }
}
