package app.baton.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** When every pooled connection is busy, callers are told to come back, not that Baton broke. */
class OverloadAnswerTest {

    @Test
    void poolExhaustedIsA503WithRetryAfter() {
        Response answer = new ProblemMappers().unexpected(
                new IllegalStateException(new SQLException("Sorry, acquisition timeout!")));
        assertEquals(503, answer.getStatus());
        assertEquals("2", answer.getHeaderString("Retry-After"));
        assertEquals(503, ((Problem) answer.getEntity()).status());
    }
}
