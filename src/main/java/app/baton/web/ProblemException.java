package app.baton.web;

import java.util.List;

/**
 * A failure the caller can act on, answered as problem+json with its status. Services throw it
 * instead of returning error codes, so that a refused change rolls the whole transaction back.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "Not Found", what + " was not found", null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, null);
    }

    public static ProblemException staleVersion(String what) {
        return new ProblemException(409, "Conflict",
                what + " was changed by someone else; reload it and apply your change again", null);
    }

    public static ProblemException badField(String field, String message) {
        return new ProblemException(400, "Bad Request", "The request has invalid fields",
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, null);
    }

    public int status() {
        return status;
    }

    public Problem toProblem() {
        return new Problem("about:blank", title, status, getMessage(), errors);
    }
}
