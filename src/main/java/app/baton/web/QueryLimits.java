package app.baton.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits every JSON API call's query the same way, before any endpoint runs: search text
 * ({@code q}) at most 200 characters, any other value at most 1000, {@code page} a whole number
 * from 0 and {@code size} from 1 to 200 (API.md). A breach is a 400 naming the parameter.
 */
public class QueryLimits {

    public static final int MAX_SEARCH = 200;
    static final int MAX_VALUE = 1000;
    static final int MAX_PAGE = 1_000_000;

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String name = parameter.getKey();
            for (String value : parameter.getValue()) {
                String refusal = refusal(name, value);
                if (refusal != null) {
                    return ProblemMappers.answer(ProblemException.badField(name, refusal).toProblem());
                }
            }
        }
        return null;
    }

    static String refusal(String name, String value) {
        if (value == null) {
            return null;
        }
        if (name.equals("q") && value.length() > MAX_SEARCH) {
            return "must be at most " + MAX_SEARCH + " characters";
        }
        if (value.length() > MAX_VALUE) {
            return "must be at most " + MAX_VALUE + " characters";
        }
        return switch (name) {
            case "page" -> whole(value, 0, MAX_PAGE);
            case "size" -> whole(value, 1, PageResult.MAX_SIZE);
            default -> null;
        };
    }

    private static String whole(String value, int min, int max) {
        String message = "must be a whole number from " + min + " to " + max;
        if (value.isBlank()) {
            return null; // left to the endpoint's default
        }
        try {
            long n = Long.parseLong(value.trim());
            return n < min || n > max ? message : null;
        } catch (NumberFormatException e) {
            return message;
        }
    }
}
