package app.baton.user;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Two replicas started together on an empty database both find no users and both create the
 * configured administrator: the one that loses must start all the same, not crash and wait for
 * its orchestrator to restart it.
 */
@QuarkusTest
class FirstAdministratorTest {

    @Inject
    FirstAdministrator firstAdministrator;

    @Test
    void theInstanceThatLosesTheRaceForTheFirstAdministratorStartsAllTheSame() {
        // this instance made admin@test.baton at its start: here it plays the second replica
        assertDoesNotThrow(() -> firstAdministrator.createFirst());
        long admins = QuarkusTransaction.requiringNew().call(
                () -> User.count("email", "admin@test.baton"));
        assertEquals(1, admins, "still one administrator");
    }
}
