package com.palmpos.pos.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void createsAndMigratesADatabaseFileInTheDataDirectory() throws SQLException {
        try (Database db = Database.open(dataDir, null, "pos");
             Connection c = db.connection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM outbox")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        assertThat(dataDir.resolve("palmpos.mv.db")).isRegularFile();
    }

    @Test
    void createsAMissingDataDirectoryReadableByItsOwnerOnly() throws Exception {
        Path fresh = dataDir.resolve("new-terminal");
        Database.open(fresh, null, "pos").close();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rwx------");
    }

    @Test
    void closingCleanlyLeavesNoH2TraceFile() throws Exception {
        Database db = Database.open(dataDir, null, "pos");
        try (Connection a = db.connection(); Connection b = db.connection(); Connection c = db.connection()) {
            a.createStatement().execute("SELECT 1");
            b.createStatement().execute("SELECT 1");
            c.createStatement().execute("SELECT 1");
        }
        db.close();
        assertThat(dataDir.resolve("palmpos.trace.db")).doesNotExist();
    }

    @Test
    void refusesASecondOpenOfTheSameDataDirectory() {
        try (Database first = Database.open(dataDir, null, "pos")) {
            assertThatThrownBy(() -> Database.open(dataDir, null, "pos"))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("already in use by another PalmPOS process")
                    .hasMessageContaining("--data");
        }
    }

    @Test
    void releasesTheDirectoryOnClose() {
        Database.open(dataDir, null, "pos").close();
        try (Database again = Database.open(dataDir, null, "pos")) {
            assertThat(again.dataDir()).isEqualTo(dataDir.toAbsolutePath().normalize());
        }
    }

    @Test
    void keepsDataAcrossReopen() {
        try (Database db = Database.open(dataDir, null, "pos")) {
            db.inTransaction(c -> c.createStatement().executeUpdate("CREATE TABLE note (text VARCHAR(20))"
                    + "; INSERT INTO note VALUES ('kept')"));
        }
        try (Database db = Database.open(dataDir, null, "pos")) {
            String text = db.inTransaction(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT text FROM note")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(text).isEqualTo("kept");
        }
    }

    @Test
    void rollsBackATransactionThatThrows() {
        try (Database db = Database.open(dataDir, null, "pos")) {
            db.inTransaction(c -> c.createStatement().executeUpdate("CREATE TABLE t (n INT)"));
            assertThatThrownBy(() -> db.inTransaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            long rows = db.inTransaction(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(rows).isZero();
        }
    }

    @Test
    void explainsADamagedDatabaseFileAndReleasesTheDirectory() throws Exception {
        Files.write(dataDir.resolve("palmpos.mv.db"), "this is not an H2 file".repeat(200).getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> Database.open(dataDir, null, "pos"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("palmpos.mv.db")
                .hasMessageContaining("restore a backup");
        Files.delete(dataDir.resolve("palmpos.mv.db"));
        Database.open(dataDir, null, "pos").close();
    }

    @Test
    void encryptedDatabaseRefusesTheWrongKey() {
        Database.open(dataDir, "right-key-0123456789".toCharArray(), "pos").close();
        assertThatThrownBy(() -> Database.open(dataDir, "wrong-key-0123456789".toCharArray(), "pos"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("encrypted with another key");
        Database.open(dataDir, "right-key-0123456789".toCharArray(), "pos").close();
    }

    @Test
    void refusesADataDirectoryThatIsAFile() throws Exception {
        Path file = Files.writeString(dataDir.resolve("plain-file"), "x");
        assertThatThrownBy(() -> Database.open(file, null, "pos"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot use data directory");
    }

    @Test
    void aCleanCloseLetsTheNextOpenSkipTheSafetyCopyUntilTheFileIsOpenAgain() throws Exception {
        Path file = dataDir.resolve("palmpos.mv.db");
        Database.open(dataDir, null, "pos").close();
        assertThat(Database.needsSafetyCopy(file)).isFalse();
        try (Database db = Database.open(dataDir, null, "pos")) {
            // the record is gone while the file is open: a crash now means a copy at the next start
            assertThat(Database.cleanCloseRecord(file)).doesNotExist();
            assertThat(Database.needsSafetyCopy(file)).isTrue();
        }
        assertThat(Database.needsSafetyCopy(file)).isFalse();
    }

    @Test
    void aFileChangedAfterACleanCloseGetsTheSafetyCopy() throws Exception {
        Path file = dataDir.resolve("palmpos.mv.db");
        Database.open(dataDir, null, "pos").close();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01; // one bit, same size, possibly the same kernel time stamp
        Files.write(file, bytes);
        assertThat(Database.needsSafetyCopy(file)).isTrue();
    }

    @Test
    void aDatabaseWithoutACleanCloseRecordGetsTheSafetyCopy() throws Exception {
        Path file = dataDir.resolve("palmpos.mv.db");
        Database.open(dataDir, null, "pos").close();
        Files.delete(Database.cleanCloseRecord(file)); // as a kill -9 or a power cut leaves it
        assertThat(Database.needsSafetyCopy(file)).isTrue();
    }

    @Test
    void anOpenOnACurrentSchemaSkipsFlywayAndAChangedMigrationSetRunsItAgain() throws Exception {
        try (Database db = Database.open(dataDir, null, "pos")) {
            assertThat(Database.migrationsFingerprint("pos")).hasSize(64);
            assertThat(Database.schemaIsCurrent(db.dataSource(), "pos")).isTrue();
            db.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM palmpos_schema_fingerprints"));
            assertThat(Database.schemaIsCurrent(db.dataSource(), "pos")).isFalse();
        }
        try (Database db = Database.open(dataDir, null, "pos")) { // Flyway ran, found nothing new, recorded it
            assertThat(Database.schemaIsCurrent(db.dataSource(), "pos")).isTrue();
        }

        // an upgrade that brings a new migration: the next open applies it
        Path classes = dataDir.resolve("classes");
        Path migrations = Files.createDirectories(classes.resolve("db/migration/upgrade"));
        Files.writeString(migrations.resolve("V1__first.sql"), "CREATE TABLE first_table (id INT);");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                before)) {
            thread.setContextClassLoader(loader);
            Path upgraded = dataDir.resolve("upgraded");
            Database.open(upgraded, null, "upgrade").close();
            Files.writeString(migrations.resolve("V2__second.sql"), "CREATE TABLE second_table (id INT);");
            try (Database db = Database.open(upgraded, null, "upgrade")) {
                assertThat(Database.schemaIsCurrent(db.dataSource(), "upgrade")).isTrue();
                long rows = db.inTransaction(c -> {
                    try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM second_table")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
                assertThat(rows).isZero();
            }
            // an edited migration: Flyway runs and its validation refuses the file, as without the fingerprint
            Files.writeString(migrations.resolve("V2__second.sql"), "CREATE TABLE second_table (id BIGINT);");
            assertThatThrownBy(() -> Database.open(upgraded, null, "upgrade")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("checksum");
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
