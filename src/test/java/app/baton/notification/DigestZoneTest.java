package app.baton.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The morning digest fires at 07:00 in the configured zone, not the server's. Kathmandu's odd
 * offset (+05:45) makes a zone that was ignored impossible to miss: 07:00 there is 01:15 UTC.
 */
@QuarkusTest
@TestProfile(DigestZoneTest.InKathmandu.class)
class DigestZoneTest {

    static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");

    public static class InKathmandu implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("baton.digest.cron", "0 0 7 * * ?", "baton.digest.zone", KATHMANDU.getId());
        }
    }

    @Inject
    Scheduler scheduler;

    @Test
    void theDigestIsDueAtSevenInTheConfiguredZone() {
        Trigger digest = scheduler.getScheduledJob("daily-digest");
        assertNotNull(digest, "the digest is scheduled");
        Instant next = digest.getNextFireTime();
        assertEquals(LocalTime.of(7, 0), next.atZone(KATHMANDU).toLocalTime(), next.toString());
        assertTrue(next.isAfter(Instant.now()) && next.isBefore(Instant.now().plus(Duration.ofDays(1))), next.toString());
    }
}
