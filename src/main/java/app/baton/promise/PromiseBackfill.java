package app.baton.promise;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives promises written in bulk with plain SQL (the demo company) what {@link PromiseService}
 * gives every promise it makes: a history that starts with their creation (and ends with their
 * closing when kept or broken), and a reminder time while they are open. Runs on the caller's
 * connection, inside its transaction.
 */
@ApplicationScoped
public class PromiseBackfill {

    @ConfigProperty(name = "baton.promises.remind-before", defaultValue = "PT1H")
    Duration remindBefore;

    public void complete(Connection connection, Instant now) throws SQLException {
        LocalDateTime nowUtc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        execute(connection, "INSERT INTO promise_history (promise_id, at, actor_id, kind, old_due_at, new_due_at, note)"
                + " SELECT p.id, p.created_at, p.made_by_id, 'CREATED', NULL, p.due_at, NULL FROM promises p"
                + " WHERE NOT EXISTS (SELECT 1 FROM promise_history h WHERE h.promise_id = p.id)", null);
        execute(connection, "INSERT INTO promise_history (promise_id, at, actor_id, kind, old_due_at, new_due_at, note)"
                + " SELECT p.id, p.updated_at, p.owner_id, p.status, NULL, NULL, NULL FROM promises p"
                + " WHERE p.status IN ('KEPT', 'BROKEN') AND NOT EXISTS"
                + " (SELECT 1 FROM promise_history h WHERE h.promise_id = p.id AND h.kind = p.status)", null);
        if (!remindBefore.isZero() && !remindBefore.isNegative()) {
            execute(connection, "UPDATE promises SET remind_at = GREATEST(due_at - INTERVAL " + remindBefore.toSeconds()
                    + " SECOND, ?) WHERE status = 'OPEN' AND remind_at IS NULL AND reminded_at IS NULL"
                    + " AND overdue_notified_at IS NULL AND due_at > ?", nowUtc);
        }
    }

    private static void execute(Connection connection, String sql, LocalDateTime now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (now != null) {
                statement.setObject(1, now);
                statement.setObject(2, now);
            }
            statement.executeUpdate();
        }
    }
}
