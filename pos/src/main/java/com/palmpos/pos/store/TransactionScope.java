package com.palmpos.pos.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The transaction a thread has open on one database: {@link #run} joins it when there is one, else opens one on a
 * connection of the pool (commit when the work returns, roll back when it throws). Shared by the terminal's
 * {@link Database} and the cloud's database so both keep the same rules. Thread-safe (one transaction per thread).
 */
public final class TransactionScope {
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    /** Whether the calling thread is inside a transaction of this scope. */
    public boolean joined() {
        return current.get() != null;
    }

    /**
     * Runs {@code work} in the calling thread's transaction, or in a new one on a connection of {@code pool}.
     *
     * @throws StoreException wrapping any {@link SQLException}
     */
    public <T> T run(DataSource pool, Transaction<T> work) {
        Connection joined = current.get();
        try {
            if (joined != null) {
                return work.run(joined);
            }
            try (Connection connection = pool.getConnection()) {
                connection.setAutoCommit(false);
                current.set(connection);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    current.remove();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("database transaction failed: " + e.getMessage(), e);
        }
    }
}
