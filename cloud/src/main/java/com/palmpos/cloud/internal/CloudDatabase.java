package com.palmpos.cloud.internal;

import com.palmpos.pos.store.Database;
import com.palmpos.pos.store.StoreException;
import com.palmpos.pos.store.Transaction;
import com.palmpos.pos.store.TransactionScope;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cloud's store: an H2 file in a data directory (the embedded default, optionally encrypted, through pos's
 * {@link Database}: directory lock, {@code CIPHER=AES}, compaction) or PostgreSQL through a HikariCP pool. Both are
 * migrated by Flyway from {@code db/migration/cloud/<vendor>} (the baseline, one per dialect) plus
 * {@code db/migration/cloud/common} (later changes, SQL both accept). Thread-safe.
 */
public final class CloudDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CloudDatabase.class);
    private static final String HISTORY = "flyway_history_cloud";
    private static final int POOL_SIZE = 16;

    /** The SQL dialect, for the few statements that differ. */
    public enum Dialect {
        H2("NEXT VALUE FOR customer_change_seq"),
        POSTGRESQL("nextval('customer_change_seq')");

        private final String nextChangeSeq;

        Dialect(String nextChangeSeq) {
            this.nextChangeSeq = nextChangeSeq;
        }

        /** The expression drawing the next customer change number. */
        public String nextChangeSeq() {
            return nextChangeSeq;
        }
    }

    private final Database h2;
    private final HikariDataSource pool;
    private final Dialect dialect;
    private final String description;
    private final TransactionScope transactions = new TransactionScope();

    private CloudDatabase(Database h2, HikariDataSource pool, Dialect dialect, String description) {
        this.h2 = h2;
        this.pool = pool;
        this.dialect = dialect;
        this.description = description;
    }

    /**
     * Opens (or creates) the H2 store in {@code dataDir}.
     *
     * @param fileKey the H2 file key, or {@code null} for a plain file
     */
    public static CloudDatabase h2(Path dataDir, char[] fileKey) {
        Database db = Database.open(dataDir, fileKey);
        try {
            migrate(db.dataSource(), "h2");
            return new CloudDatabase(db, null, Dialect.H2, db.dataDir().toString());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Connects to PostgreSQL at {@code jdbcUrl} (e.g. {@code jdbc:postgresql://db:5432/palmpos}) and migrates it.
     * Several cloud instances may share one database.
     *
     * @throws StoreException if the database cannot be reached or migrated
     */
    public static CloudDatabase postgres(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db must be a jdbc:postgresql:// URL, was " + redact(jdbcUrl));
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("cloud-db");
        config.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to PostgreSQL at " + redact(jdbcUrl) + ": " + e.getMessage(), e);
        }
        try {
            migrate(pool, "postgresql");
            LOG.info("Cloud database ready: PostgreSQL at {}", redact(jdbcUrl));
            return new CloudDatabase(null, pool, Dialect.POSTGRESQL, redact(jdbcUrl));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static void migrate(DataSource source, String vendor) {
        try {
            Flyway.configure()
                    .dataSource(source)
                    .locations("classpath:db/migration/cloud/" + vendor, "classpath:db/migration/cloud/common")
                    .table(HISTORY)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot migrate the cloud database: " + e.getMessage(), e);
        }
    }

    /** A JDBC URL without its query string (which may carry a password). */
    static String redact(String jdbcUrl) {
        int q = jdbcUrl.indexOf('?');
        return q < 0 ? jdbcUrl : jdbcUrl.substring(0, q) + "?...";
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Where the data lives: the H2 directory or the PostgreSQL URL without its parameters. */
    public String description() {
        return description;
    }

    /** A pooled connection in auto-commit mode; the caller closes it. */
    public Connection connection() throws SQLException {
        return h2 != null ? h2.connection() : pool.getConnection();
    }

    /**
     * Runs {@code work} in one transaction: commits when it returns, rolls back when it throws; a nested call joins
     * the outer transaction.
     *
     * @throws StoreException wrapping any {@link SQLException}
     */
    public <T> T inTransaction(Transaction<T> work) {
        if (h2 != null) {
            return h2.inTransaction(work);
        }
        return transactions.run(pool, work);
    }

    /**
     * On H2, rewrites the file so that no old page keeps a value that was since replaced (e.g. rows in clear before
     * they were sealed); nothing to do on PostgreSQL (its VACUUM reclaims dead rows). Not inside a transaction.
     */
    public void compactH2() {
        if (h2 != null) {
            h2.compactNow();
        }
    }

    @Override
    public void close() {
        if (h2 != null) {
            h2.close();
        } else {
            pool.close();
        }
    }
}
