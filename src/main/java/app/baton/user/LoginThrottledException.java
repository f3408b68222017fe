package app.baton.user;

import java.time.Duration;

/**
 * Too many failed logins: the attempt was refused without checking the password. The form
 * login's identity provider wraps it in an AuthenticationFailedException, as Quarkus expects.
 */
public class LoginThrottledException extends RuntimeException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as the Retry-After header wants them. */
    public long retryAfterSeconds() {
        long seconds = (retryAfter.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
