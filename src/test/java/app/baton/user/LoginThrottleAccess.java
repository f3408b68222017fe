package app.baton.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Lets tests outside this package forget failed logins (they all come from 127.0.0.1). */
@ApplicationScoped
public class LoginThrottleAccess {

    @Inject
    LoginThrottle throttle;

    public void clear() {
        throttle.clear();
    }
}
