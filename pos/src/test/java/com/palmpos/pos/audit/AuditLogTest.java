package com.palmpos.pos.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path dir;
    Terminal t;
    AuditLog log;

    @BeforeEach
    void open() {
        t = new Terminal(dir);
        log = new AuditLog(t.db, t.clock, "t1");
    }

    @AfterEach
    void close() {
        t.close();
    }

    private void writeThree() {
        log.record("manager", AuditAction.VOID, "order-1", "OK", "customer changed their mind");
        t.clock.advance(Duration.ofSeconds(1));
        log.record("manager", AuditAction.BIOMETRICS_DELETED, "cust-1", "OK", "asked at the counter");
        t.clock.advance(Duration.ofSeconds(1));
        log.record("system", AuditAction.RETENTION_RUN, "retention", "OK", "0 templates");
    }

    /** What an attacker with the file and the key could do: lift the trigger and write SQL. */
    private void tamper(String sql) throws SQLException {
        try (Connection c = t.db.connection(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_append_only");
            s.execute(sql);
        }
    }

    @Test
    void chainsEntriesAndVerifiesThem() {
        writeThree();
        List<AuditEntry> recent = log.recent(10);
        assertThat(recent).extracting(AuditEntry::seq).containsExactly(3L, 2L, 1L);
        assertThat(recent.get(0).prevHash()).isEqualTo(recent.get(1).hash());
        assertThat(log.forSubject("cust-1")).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.BIOMETRICS_DELETED));
        AuditVerification verification = log.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.rowsChecked()).isEqualTo(3);
    }

    @Test
    void verifiesAnEmptyLog() {
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void detectsAnEditedEntry() throws SQLException {
        writeThree();
        tamper("UPDATE audit_log SET actor = 'cashier' WHERE seq = 2");
        AuditVerification verification = log.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenAt()).contains(2L);
        assertThat(verification.problem().orElseThrow()).contains("altered");
    }

    @Test
    void detectsARemovedEntry() throws SQLException {
        writeThree();
        tamper("DELETE FROM audit_log WHERE seq = 2");
        assertThat(log.verify().problem().orElseThrow()).contains("entry 2 is missing");
    }

    @Test
    void detectsACutOffTail() throws SQLException {
        writeThree();
        tamper("DELETE FROM audit_log WHERE seq = 3");
        assertThat(log.verify().problem().orElseThrow()).contains("newest entries were removed");
    }

    private void resetHead(long seq, String hash) throws SQLException {
        try (Connection c = t.db.connection(); Statement s = c.createStatement()) {
            s.execute("UPDATE audit_head SET seq = " + seq + ", hash = '" + hash + "' WHERE id = 1");
        }
    }

    private static final String GENESIS = "0".repeat(64);

    @Test
    void detectsALogEmptiedByTruncateEvenWithTheHeadReset() throws SQLException {
        writeThree();
        try (Connection c = t.db.connection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE TABLE audit_log");
        }
        resetHead(0, GENESIS);
        AuditVerification verification = log.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenAt()).contains(1L);
        assertThat(verification.problem().orElseThrow()).contains("emptied or shortened").contains("entry 3");
    }

    @Test
    void detectsAShortenedLogWithAConsistentHead() throws SQLException {
        writeThree();
        String second = log.recent(2).get(1).hash();
        tamper("DELETE FROM audit_log WHERE seq = 3");
        resetHead(2, second);
        AuditVerification verification = log.verify();
        assertThat(verification.brokenAt()).contains(3L);
        assertThat(verification.problem().orElseThrow()).contains("ends at entry 2");
    }

    @Test
    void detectsALogRewrittenFromScratch() throws SQLException {
        writeThree();
        try (Connection c = t.db.connection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE TABLE audit_log");
        }
        resetHead(0, GENESIS);
        // a forger's new chain of the same length, valid in itself, written without the anchor (straight SQL)
        t.db.inTransaction(c -> {
            for (int i = 0; i < 3; i++) {
                log.append(c, "manager", AuditAction.VOID, "order-" + i, "OK", "forged");
            }
            return null;
        });
        AuditVerification verification = log.verify();
        assertThat(verification.brokenAt()).contains(3L);
        assertThat(verification.problem().orElseThrow()).contains("rewritten");
    }

    @Test
    void theAnchorFollowsTheCommittedHeadOnly() {
        writeThree();
        assertThatThrownBy(() -> t.db.inTransaction(c -> {
            log.append(c, "manager", AuditAction.VOID, "order-9", "OK", "rolled back");
            throw new IllegalStateException("abort");
        })).isInstanceOf(IllegalStateException.class);
        log.anchor();
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        writeThree();
        for (String sql : List.of("UPDATE audit_log SET detail = 'x'", "DELETE FROM audit_log")) {
            assertThatThrownBy(() -> {
                try (Connection c = t.db.connection(); Statement s = c.createStatement()) {
                    s.execute(sql);
                }
            }).hasMessageContaining("append-only");
        }
        assertThat(log.verify().rowsChecked()).isEqualTo(3);
    }

    @Test
    void keepsAnEntryOnlyWhenItsTransactionCommits() {
        assertThatThrownBy(() -> t.db.inTransaction(c -> {
            log.append(c, "manager", AuditAction.REFUND, "order-9", "OK", "");
            throw new IllegalStateException("the refund failed");
        })).hasMessageContaining("refund failed");
        assertThat(log.recent(10)).isEmpty();
        log.record("manager", AuditAction.REFUND, "order-9", "FAILED", "the refund failed");
        assertThat(log.recent(10)).singleElement().satisfies(e -> assertThat(e.seq()).isEqualTo(1));
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                int n = i;
                done.add(pool.submit(() -> log.record("staff-" + (n % 4), AuditAction.SECOND_FACTOR, "cust-" + n, "OK", "")));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        AuditVerification verification = log.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.rowsChecked()).isEqualTo(80);
    }

    @Test
    void refusesAnEntryWithoutActorAndCutsLongDetail() {
        assertThatThrownBy(() -> log.record(" ", AuditAction.VOID, "order-1", "OK", ""))
                .hasMessageContaining("actor must be 1..60");
        AuditEntry long500 = log.record("manager", AuditAction.SETTINGS_CHANGED, "retention.days", "OK", "x".repeat(900));
        assertThat(long500.detail()).hasSize(500);
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void storeExceptionNamesTheAuditProblem() {
        assertThatThrownBy(() -> t.db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM audit_head");
            }
            return log.append(c, "manager", AuditAction.VOID, "order-1", "OK", "");
        })).isInstanceOf(StoreException.class).hasMessageContaining("head row is missing");
    }
}
