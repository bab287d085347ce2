package com.palmpos.pos.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.crypto.KeyException;
import com.palmpos.pos.crypto.TerminalKeys;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEncryptionTest {
    private static final byte[] TEMPLATE = "palm-code-of-sam-0123456789".getBytes();

    @TempDir
    Path dir;
    Terminal t;

    @BeforeEach
    void open() {
        t = new Terminal(dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private byte[] stored(String customerId) throws SQLException {
        try (Connection c = t.db.connection();
             PreparedStatement s = c.prepareStatement("SELECT template FROM palm_templates WHERE customer_id = ?")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    private void write(String sql, Object... args) throws SQLException {
        try (Connection c = t.db.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private static CustomerStore withKey(Terminal t, byte fill) {
        byte[] master = new byte[32];
        java.util.Arrays.fill(master, fill);
        return new CustomerStore(t.db, t.clock, TerminalKeys.load(Path.of("unused"),
                Optional.of(Base64.getEncoder().encodeToString(master))).templateCipher());
    }

    @Test
    void storesTemplatesEncryptedAndReadsThemBack() throws SQLException {
        t.customers.savePalmTemplate("cust-1", TEMPLATE);
        byte[] raw = stored("cust-1");
        assertThat(raw).isNotEqualTo(TEMPLATE).hasSize(1 + 12 + TEMPLATE.length + 16);
        assertThat(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("palm-code-of-sam");
        assertThat(t.customers.palmTemplate("cust-1")).hasValueSatisfying(b -> assertThat(b).isEqualTo(TEMPLATE));
        assertThat(t.customers.allPalmTemplates()).containsOnlyKeys("cust-1");
    }

    @Test
    void anotherTerminalsKeyGivesAClearErrorAndNoGalleryEntry() {
        t.customers.savePalmTemplate("cust-1", TEMPLATE);
        CustomerStore foreign = withKey(t, (byte) 7);
        assertThatThrownBy(() -> foreign.palmTemplate("cust-1")).isInstanceOf(KeyException.class)
                .hasMessageContaining("customer cust-1").hasMessageContaining("another terminal's key");
        assertThat(foreign.allPalmTemplates()).isEmpty();
    }

    @Test
    void aTamperedTemplateIsNeverReturned() throws SQLException {
        t.customers.savePalmTemplate("cust-1", TEMPLATE);
        byte[] raw = stored("cust-1");
        raw[raw.length - 5] ^= 1;
        write("UPDATE palm_templates SET template = ? WHERE customer_id = ?", raw, "cust-1");
        assertThatThrownBy(() -> t.customers.palmTemplate("cust-1")).isInstanceOf(KeyException.class)
                .hasMessageContaining("altered");
        assertThat(t.customers.allPalmTemplates()).isEmpty();
    }

    @Test
    void aTemplateCopiedOntoAnotherCustomerDoesNotDecrypt() throws SQLException {
        t.customers.savePalmTemplate("cust-1", TEMPLATE);
        t.customers.savePalmTemplate("cust-2", new byte[] {1, 2, 3});
        write("UPDATE palm_templates SET template = ? WHERE customer_id = ?", stored("cust-1"), "cust-2");
        assertThat(t.customers.allPalmTemplates()).containsOnlyKeys("cust-1");
    }

    @Test
    void sealsPlaintextTemplatesLeftByAnOlderVersion() throws SQLException {
        write("INSERT INTO palm_templates (customer_id, template, updated_at) VALUES (?, ?, ?)", "old-1", TEMPLATE,
                java.sql.Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(t.customers.palmTemplate("old-1")).hasValueSatisfying(b -> assertThat(b).isEqualTo(TEMPLATE));
        assertThat(t.customers.sealLegacyTemplates()).isEqualTo(1);
        assertThat(stored("old-1")).isNotEqualTo(TEMPLATE);
        assertThat(t.customers.palmTemplate("old-1")).hasValueSatisfying(b -> assertThat(b).isEqualTo(TEMPLATE));
        assertThat(t.customers.sealLegacyTemplates()).isZero();
    }

    @Test
    void keepsOnlyThePhoneDigitsAndGivesTheLastFour() {
        t.customers.savePhone("cust-1", "+1 (312) 555-0147");
        assertThat(t.customers.phoneLastFour("cust-1")).contains("0147");
        t.customers.savePhone("cust-1", " ");
        assertThat(t.customers.phoneLastFour("cust-1")).isEmpty();
        assertThat(t.customers.phoneLastFour("nobody")).isEmpty();
    }

    @Test
    void sealingInTheBackgroundNeitherOverwritesNorBlocksTemplatesSavedMeanwhile() throws Exception {
        int customers = 300;
        for (int i = 0; i < customers; i++) {
            write("INSERT INTO palm_templates (customer_id, template, updated_at) VALUES (?, ?, ?)", "old-" + i,
                    ("legacy-" + i).getBytes(), java.sql.Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
        }
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Integer> sealing = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return t.customers.sealLegacyTemplates();
                });
        go.countDown();
        // the cashier re-enrolls every other customer while the sealing runs (from the end, to meet it midway)
        for (int i = customers - 1; i >= 0; i -= 2) {
            t.customers.savePalmTemplate("old-" + i, ("new-" + i).getBytes());
        }
        int sealed = sealing.get(2, java.util.concurrent.TimeUnit.MINUTES);

        assertThat(sealed).isBetween(customers / 2, customers);
        java.util.Map<String, byte[]> all = t.customers.allPalmTemplates();
        assertThat(all).hasSize(customers);
        for (int i = 0; i < customers; i++) {
            String expected = (i % 2 == 1 ? "new-" : "legacy-") + i;
            assertThat(new String(all.get("old-" + i))).as("customer %d", i).isEqualTo(expected);
            assertThat(stored("old-" + i)).as("customer %d stored sealed", i).isNotEqualTo(expected.getBytes());
        }
        assertThat(t.customers.sealLegacyTemplates()).isZero();
    }
}
