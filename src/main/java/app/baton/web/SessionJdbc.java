package app.baton.web;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * A plain JDBC statement on the transaction's connection, for hot paths where the ORM's
 * auto-flush and query planning cost more than the statement. It is prepared through Hibernate,
 * so it still shows in Hibernate's statistics (the statement-count tests see it) and is closed
 * with the session's other resources.
 */
public final class SessionJdbc {

    @FunctionalInterface
    public interface Work<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private SessionJdbc() {
    }

    public static <T> T run(EntityManager em, String sql, boolean generatedKeys, Work<T> work) {
        JdbcCoordinator jdbc = em.unwrap(SharedSessionContractImplementor.class).getJdbcCoordinator();
        PreparedStatement statement = generatedKeys
                ? jdbc.getStatementPreparer().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            return work.run(statement);
        } catch (SQLException e) {
            throw jdbc.getJdbcSessionOwner().getJdbcSessionContext().getJdbcServices().getSqlExceptionHelper()
                    .convert(e, "could not execute " + sql, sql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }
}
