package app.baton.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: real UTC time unless a test moves it. A test that moves it
 * must call {@link #reset()} when done, since all tests share the running application.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant frozenAt;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant frozen = frozenAt;
        return frozen != null ? frozen : Instant.now().plus(offset);
    }

    /** Stops time at the current instant (truncated to microseconds, as the database stores it). */
    public Instant freeze() {
        frozenAt = instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return frozenAt;
    }

    public void advance(Duration by) {
        Instant frozen = frozenAt;
        if (frozen != null) {
            frozenAt = frozen.plus(by);
        } else {
            offset = offset.plus(by);
        }
    }

    public void reset() {
        frozenAt = null;
        offset = Duration.ZERO;
    }
}
