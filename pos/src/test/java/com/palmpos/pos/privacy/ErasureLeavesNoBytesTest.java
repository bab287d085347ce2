package com.palmpos.pos.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.audit.AuditLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasure is verifiable: after a customer is deleted and the database compacted, no piece of their template, neither
 * the plaintext nor the stored ciphertext, is left in the database file. The database is opened without file
 * encryption here so that the bytes are visible at all: with {@code CIPHER=AES} nothing readable is in the file
 * either way. The same search first finds the stored ciphertext, which shows it would see a leftover.
 */
class ErasureLeavesNoBytesTest {

    @TempDir
    Path dir;

    private static byte[] template(long seed) {
        byte[] bytes = new byte[768];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] storedBytes(Terminal t, String customerId) throws SQLException {
        try (Connection c = t.db.connection();
             PreparedStatement s = c.prepareStatement("SELECT template FROM palm_templates WHERE customer_id = ?")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    /** How many 16-byte pieces of {@code needle} occur anywhere in the database file. */
    private static long piecesInFile(Path dir, byte[] needle) throws IOException {
        return ByteScan.pieces(Files.readAllBytes(dir.resolve("palmpos.mv.db")), needle);
    }

    private static void shutdownCompact(Terminal t) throws SQLException {
        try (Connection c = t.db.connection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
    }

    @Test
    void noTemplateBytesOfAnErasedCustomerRemainAfterCompaction() throws Exception {
        byte[] erased = template(1);
        byte[] kept = template(2);
        byte[] erasedSealed;
        byte[] keptSealed;
        try (Terminal t = new Terminal(dir)) {
            t.customers.savePalmTemplate("cust-gone", erased);
            t.customers.savePalmTemplate("cust-kept", kept);
            erasedSealed = storedBytes(t, "cust-gone");
            keptSealed = storedBytes(t, "cust-kept");
            shutdownCompact(t);
        }
        assertThat(piecesInFile(dir, erasedSealed)).as("stored ciphertext visible before erasure").isPositive();
        assertThat(piecesInFile(dir, erased)).as("plaintext never stored").isZero();

        try (Terminal t = new Terminal(dir)) {
            new PrivacyService(t.db, t.customers, t.outbox, new AuditLog(t.db, t.clock, "t1"), t.clock)
                    .deleteProfile("cust-gone", "manager");
            shutdownCompact(t);
        }

        assertThat(piecesInFile(dir, erasedSealed)).as("ciphertext pieces left after erasure").isZero();
        assertThat(piecesInFile(dir, erased)).as("plaintext pieces left after erasure").isZero();
        assertThat(piecesInFile(dir, keptSealed)).as("the other customer's template is still there").isPositive();
        assertThat(piecesInFile(dir, kept)).isZero();
    }
}
