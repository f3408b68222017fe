package app.baton.user;

import java.time.DateTimeException;
import java.time.ZoneId;

/** A person's time zone, in which their dates are read and shown; UTC when theirs is unknown. */
public final class Zones {

    private Zones() {
    }

    public static ZoneId of(User user) {
        try {
            return user == null || user.timeZone == null ? ZoneId.of("UTC") : ZoneId.of(user.timeZone);
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
