package app.baton.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes rows with JDBC batches on one connection, one prepared statement per table. When any
 * table has a full batch, every pending batch is sent in {@link DemoTable} order, so parents
 * always reach the database before their children and memory stays flat for large volumes.
 * The caller owns the connection and its transaction.
 */
final class BatchInserter implements RowSink {

    private final Connection connection;
    private final int batchSize;
    private final Map<DemoTable, PreparedStatement> statements = new EnumMap<>(DemoTable.class);
    private final Map<DemoTable, Integer> pending = new EnumMap<>(DemoTable.class);
    private final Map<DemoTable, Long> written = new EnumMap<>(DemoTable.class);

    BatchInserter(Connection connection, int batchSize) {
        this.connection = connection;
        this.batchSize = batchSize;
    }

    @Override
    public void insert(DemoTable table, Object... values) {
        if (values.length != table.columns.size()) {
            throw new IllegalArgumentException(table.table + " takes " + table.columns.size()
                    + " values, got " + values.length);
        }
        try {
            PreparedStatement statement = statements.get(table);
            if (statement == null) {
                statement = connection.prepareStatement(table.insertSql());
                statements.put(table, statement);
            }
            for (int i = 0; i < values.length; i++) {
                bind(statement, i + 1, values[i]);
            }
            statement.addBatch();
            int count = pending.merge(table, 1, Integer::sum);
            if (count >= batchSize) {
                flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert into " + table.table, e);
        }
    }

    /** Sends every pending batch, parents first. */
    void flush() throws SQLException {
        for (DemoTable table : DemoTable.values()) {
            int count = pending.getOrDefault(table, 0);
            if (count > 0) {
                statements.get(table).executeBatch();
                pending.put(table, 0);
                written.merge(table, (long) count, Long::sum);
            }
        }
    }

    /** Rows sent so far per table. */
    Map<DemoTable, Long> written() {
        return written;
    }

    void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }

    /** DATETIME(6) columns hold UTC: instants are bound as their UTC wall time. */
    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof LocalDate date) {
            statement.setObject(index, date);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else {
            throw new IllegalArgumentException("Cannot bind " + value.getClass().getName());
        }
    }
}
