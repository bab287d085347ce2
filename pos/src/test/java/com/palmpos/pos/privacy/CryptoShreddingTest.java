package com.palmpos.pos.privacy;

import static com.palmpos.pos.privacy.ByteScan.contains;
import static com.palmpos.pos.privacy.ByteScan.pieces;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.Terminal;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.consent.ConsentDecision;
import com.palmpos.pos.consent.ConsentRecord;
import com.palmpos.pos.crypto.CustomerKeys;
import com.palmpos.pos.crypto.KeyException;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.pos.enrollment.CustomerMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasure is verifiable without compaction (issue #18): a customer is enrolled (profile, phone, template, the queued
 * enrollment with their e-mail, a receipt copy), used, erased, and the terminal closed as production closes it. The
 * whole database file is then read byte by byte, free pages included (the test terminal's file is not encrypted, so
 * the bytes are what {@code CIPHER=AES} decrypts to), and so is every other file of the data directory: no plain
 * template, name, e-mail or phone is left, and the sealed copies H2 may keep in free pages cannot be opened because
 * the customer's keys no longer exist anywhere, neither as files nor inside the database.
 */
class CryptoShreddingTest {
    private static final String GONE = "cust-gone";
    private static final String KEPT = "cust-kept";
    private static final String NAME = "Wilhelmina Quartermaine";
    private static final String EMAIL = "wilhelmina.q@example.org";
    private static final String PHONE = "+49 170 5550123";
    private static final String PHONE_DIGITS = "491705550123";

    @TempDir
    Path dir;

    @Test
    void anErasedCustomerLeavesNothingReadableAfterANormalClose() throws Exception {
        byte[] template = template(1);
        byte[] keptTemplate = template(2);
        byte[] sealed;
        List<byte[]> keyFiles;
        try (Terminal t = new Terminal(dir)) {
            enroll(t, GONE, NAME, EMAIL, PHONE, template);
            keyFiles = keyFiles();
            enroll(t, KEPT, "Bartholomew Kept", "kept@example.org", "+44 20 7946 0958", keptTemplate);
            t.customers.markSeen(GONE);
            sealed = storedTemplate(t, GONE);
            Files.createDirectories(dir.resolve("receipts"));
            Files.writeString(dir.resolve("receipts/" + "20261125-120000-000-receipt-7.txt"), "Thank you, " + NAME);
            Files.writeString(dir.resolve("receipts/" + "20261125-120500-000-receipt-8.txt"), "Thank you, Bartholomew");
            insertOrder(t, GONE, 7);
        }
        assertThat(contains(databaseFile(), NAME.getBytes(StandardCharsets.UTF_8)))
                .as("sealed at rest even before the erasure").isFalse();

        try (Terminal t = new Terminal(dir)) {
            new PrivacyService(t.db, t.customers, t.outbox, new AuditLog(t.db, t.clock, "t1"), t.clock)
                    .deleteProfile(GONE, "manager");
        }

        byte[] file = databaseFile();
        assertThat(pieces(file, template)).as("plain template pieces").isZero();
        for (String personal : List.of(NAME, "Quartermaine", EMAIL, PHONE_DIGITS, "5550123")) {
            assertThat(contains(file, personal.getBytes(StandardCharsets.UTF_8))).as(personal).isFalse();
        }
        assertThat(everyFileUnder(dir)).as("the customer's name in any file of the data directory")
                .noneMatch(bytes -> contains(bytes, NAME.getBytes(StandardCharsets.UTF_8)));
        assertThat(keyFiles).as("a biometric and a personal key").hasSize(2);
        for (byte[] wrapped : keyFiles) {
            assertThat(everyFileUnder(dir)).as("the erased customer's wrapped keys, in any file")
                    .allMatch(bytes -> pieces(bytes, wrapped) == 0);
        }
        try (Terminal t = new Terminal(dir)) {
            CustomerKeys keys = Terminal.templateCipher().customerKeys(dir.resolve(CustomerStore.KEYS_FOLDER));
            assertThat(keys.has(GONE, CustomerKeys.Purpose.BIOMETRIC)).isFalse();
            assertThat(keys.has(GONE, CustomerKeys.Purpose.PERSONAL)).isFalse();
            assertThatThrownBy(() -> keys.open(GONE, CustomerKeys.Purpose.BIOMETRIC, sealed))
                    .as("a sealed copy left in a free page cannot be opened").isInstanceOf(KeyException.class);
            assertThat(t.customers.palmTemplate(KEPT)).hasValueSatisfying(b -> assertThat(b).isEqualTo(keptTemplate));
            assertThat(t.customers.find(KEPT)).map(CustomerProfile::name).hasValue("Bartholomew Kept");
            assertThat(t.outboxEntries()).filteredOn(e -> e.message().entityId().equals(GONE))
                    .extracting(e -> e.message().kind()).doesNotContain(CustomerMessages.KIND_ENROLLED);
        }
        assertThat(dir.resolve("receipts/20261125-120000-000-receipt-7.txt")).doesNotExist();
        assertThat(dir.resolve("receipts/20261125-120500-000-receipt-8.txt")).as("another customer's receipt").exists();
    }

    private static void enroll(Terminal t, String id, String name, String email, String phone, byte[] template) {
        CustomerProfile profile = new CustomerProfile(id, name, null, "L-" + id, Set.of(), Set.of(),
                new LinkedCard("tok_" + id, "VISA", "4242"), 0, null, 1, Instant.parse("2026-11-25T11:00:00Z"));
        ConsentRecord consent = new ConsentRecord(id, "bio-2026-11", ConsentDecision.ACCEPTED, t.clock.instant(), "t1");
        t.db.inTransaction(c -> {
            t.customers.upsert(profile);
            t.customers.savePalmTemplate(id, template);
            t.customers.savePhone(id, phone);
            t.outbox.append(c, CustomerMessages.enrolled(profile, email, phone, consent, t.customers::sealPersonal));
            return null;
        });
    }

    private static void insertOrder(Terminal t, String customerId, int number) throws SQLException {
        try (Connection c = t.db.connection(); PreparedStatement s = c.prepareStatement("INSERT INTO orders (id,"
                + " number, store_id, terminal_id, business_date, status, mode, customer_id, currency, total_minor,"
                + " revision, opened_at, updated_at, document) VALUES ('o-1', ?, 's', 't1', DATE '2026-11-25',"
                + " 'COMPLETED', 'DINE_IN', ?, 'USD', 100, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '{}')")) {
            s.setInt(1, number);
            s.setString(2, customerId);
            s.executeUpdate();
        }
    }

    private static byte[] storedTemplate(Terminal t, String customerId) throws SQLException {
        try (Connection c = t.db.connection();
             PreparedStatement s = c.prepareStatement("SELECT template FROM palm_templates WHERE customer_id = ?")) {
            s.setString(1, customerId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    private List<byte[]> keyFiles() throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve(CustomerStore.KEYS_FOLDER))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                out.add(Files.readAllBytes(f));
            }
        }
        return out;
    }

    private byte[] databaseFile() throws IOException {
        return Files.readAllBytes(dir.resolve("palmpos.mv.db"));
    }

    private static List<byte[]> everyFileUnder(Path root) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isRegularFile(p)) {
                    out.add(Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    private static byte[] template(long seed) {
        byte[] bytes = new byte[768];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
