package app.baton.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each person's choice per kind: IMMEDIATE unless they said otherwise; escalations always IMMEDIATE. */
@ApplicationScoped
public class NotificationPreferences {

    @Inject
    EntityManager em;

    /** The mode of {@code kind} for each of these users (missing ones are IMMEDIATE). */
    public Map<Long, DeliveryMode> modes(Collection<Long> userIds, NotificationKind kind) {
        Map<Long, DeliveryMode> modes = new HashMap<>();
        if (kind.escalation || userIds.isEmpty()) {
            return modes;
        }
        // no flush first: preferences are written by statements of their own (set), never by
        // the entities a flush writes, and flushing the changing transaction's entities before
        // this query was a sixth of the new-request notification's CPU (async-profiler)
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT user_id, mode FROM notification_preferences WHERE kind = ?1 AND user_id IN (?2)")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, kind.name()).setParameter(2, userIds).getResultList();
        for (Object[] row : rows) {
            modes.put(((Number) row[0]).longValue(), DeliveryMode.valueOf((String) row[1]));
        }
        return modes;
    }

    /** Every kind with a preference, and this person's mode for it. */
    public Map<NotificationKind, DeliveryMode> of(long userId) {
        Map<NotificationKind, DeliveryMode> all = new EnumMap<>(NotificationKind.class);
        NotificationKind.withPreference().forEach(k -> all.put(k, DeliveryMode.IMMEDIATE));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT kind, mode FROM notification_preferences WHERE user_id = ?1")
                .setParameter(1, userId).getResultList();
        for (Object[] row : rows) {
            try {
                NotificationKind kind = NotificationKind.valueOf((String) row[0]);
                if (!kind.escalation) {
                    all.put(kind, DeliveryMode.valueOf((String) row[1]));
                }
            } catch (IllegalArgumentException ignored) {
                // a kind that no longer exists
            }
        }
        return all;
    }

    /** Stores one choice; IMMEDIATE, the default, is stored as no row. */
    public void set(long userId, NotificationKind kind, DeliveryMode mode) {
        if (mode == DeliveryMode.IMMEDIATE) {
            em.createNativeQuery("DELETE FROM notification_preferences WHERE user_id = ?1 AND kind = ?2")
                    .setParameter(1, userId).setParameter(2, kind.name()).executeUpdate();
        } else {
            em.createNativeQuery("INSERT INTO notification_preferences (user_id, kind, mode) VALUES (?1, ?2, ?3) "
                            + "ON DUPLICATE KEY UPDATE mode = VALUES(mode)")
                    .setParameter(1, userId).setParameter(2, kind.name()).setParameter(3, mode.name()).executeUpdate();
        }
    }
}
