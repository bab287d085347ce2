package com.palmpos.cloud.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.cloud.CloudEmulator;
import com.palmpos.cloud.internal.Seeder;
import com.palmpos.cloud.internal.StrictInput;
import com.palmpos.pos.store.Database;
import com.palmpos.sync.api.CustomerProfile;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.support.CloudFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded cloud's H2 file from before envelope encryption (schema V5, rows in clear) opens with this version:
 * the rows are sealed at the first start, the file keeps no page of them in clear, and the API answers them as before.
 */
class LegacyH2DatabaseTest {
    private static final String NAME = "Zelda Legacyperson";
    private static final String EMAIL = "zelda.legacy@example.test";
    private static final byte[] PALM = "PALM-TEMPLATE-IN-CLEAR-0123456789".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void anOldDatabaseOpensAndItsClearRowsAreSealed() throws Exception {
        Path cloudDir = dir.resolve("cloud");
        writeVersion5Database(cloudDir);
        assertThat(fileContains(cloudDir, NAME)).as("the old file holds the name in clear").isTrue();

        try (CloudEmulator cloud = CloudEmulator.start(0, cloudDir)) {
            AtomicReference<String> token = new AtomicReference<>();
            try (CloudClient client = new CloudClient(CloudFixture.fastSettings(cloud), () -> Optional.ofNullable(token.get()))) {
                token.set(client.register(new RegisterTerminalRequest("DEMO-0001", "till"), UUID.randomUUID().toString())
                        .token());
                CustomerProfile zelda = client.customerChanges(null, 100).items().stream()
                        .filter(p -> p.customerId().equals("cus-legacy")).findFirst().orElseThrow();
                assertThat(zelda.displayName()).isEqualTo(NAME);
                assertThat(zelda.email()).isEqualTo(EMAIL);
                assertThat(zelda.palmTemplates()).singleElement().isEqualTo(PALM);
            }
        }

        try (Database raw = Database.open(cloudDir, null);
             Connection c = raw.connection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT c.display_name, c.email, t.template, t.sealed FROM customer c"
                             + " JOIN palm_template t ON t.customer_id = c.customer_id WHERE c.customer_id = 'cus-legacy'");
             ResultSet rs = select.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("enc:v1:").doesNotContain(NAME);
            assertThat(rs.getString(2)).startsWith("enc:v1:");
            assertThat(new String(rs.getBytes(3), StandardCharsets.ISO_8859_1)).doesNotContain("PALM-TEMPLATE");
            assertThat(rs.getBoolean(4)).isTrue();
        }
        assertThat(fileContains(cloudDir, NAME)).as("no page of the clear rows is left in the file").isFalse();
        assertThat(fileContains(cloudDir, "PALM-TEMPLATE-IN-CLEAR")).isFalse();
    }

    /** The cloud's H2 store as the previous version left it: migrated to V5, a customer and a template in clear. */
    private static void writeVersion5Database(Path cloudDir) throws Exception {
        try (Database db = Database.open(cloudDir, null)) {
            Flyway.configure().dataSource(db.dataSource())
                    .locations("classpath:db/migration/cloud/h2", "classpath:db/migration/cloud/common")
                    .table("flyway_history_cloud").baselineOnMigrate(true).baselineVersion("0").target("5")
                    .load().migrate();
            String[] template = Seeder.storeTemplate(StrictInput.mapper());
            Timestamp now = Timestamp.from(Instant.now());
            try (Connection c = db.connection()) {
                execute(c, "INSERT INTO store (store_id, settings_json, menu_json) VALUES ('demo-store', ?, ?)",
                        template[0], template[1]);
                execute(c, "INSERT INTO activation_code (code, store_id) VALUES ('DEMO-0001', 'demo-store')");
                try (PreparedStatement customer = c.prepareStatement("INSERT INTO customer (customer_id, display_name,"
                        + " email, phone, consent_json, change_seq, updated_at) VALUES ('cus-legacy', ?, ?, '+1 555 0100',"
                        + " '{\"policyVersion\":\"v1\"}', NEXT VALUE FOR customer_change_seq, ?)")) {
                    customer.setString(1, NAME);
                    customer.setString(2, EMAIL);
                    customer.setTimestamp(3, now);
                    customer.executeUpdate();
                }
                execute(c, "INSERT INTO customer_store (customer_id, store_id) VALUES ('cus-legacy', 'demo-store')");
                try (PreparedStatement palm = c.prepareStatement(
                        "INSERT INTO palm_template (customer_id, template) VALUES ('cus-legacy', ?)")) {
                    palm.setBytes(1, PALM);
                    palm.executeUpdate();
                }
            }
        }
    }

    private static void execute(Connection c, String sql, String... values) throws Exception {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static boolean fileContains(Path cloudDir, String text) throws Exception {
        byte[] file = Files.readAllBytes(cloudDir.resolve("palmpos.mv.db"));
        return new String(file, StandardCharsets.ISO_8859_1).contains(text);
    }
}
