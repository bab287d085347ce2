package com.palmpos.cloud.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.cloud.TestCard;
import com.palmpos.cloud.TestClouds;
import com.palmpos.sync.api.CardToken;
import com.palmpos.sync.api.CardTokenizeRequest;
import com.palmpos.sync.api.ConsentRecord;
import com.palmpos.sync.api.CustomerProfile;
import com.palmpos.sync.api.EnrollmentRequest;
import com.palmpos.sync.api.EnrollmentResult;
import com.palmpos.sync.api.PreEnrollmentRequest;
import com.palmpos.sync.support.CloudFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Envelope encryption, checked from below: after enrolments, a pre-enrollment, a tokenized card and template
 * seeding through the real HTTP API, every column of every table (H2 or PostgreSQL, as the run's store) is read
 * raw and holds no name, e-mail, phone, template or customer card token in clear, while the API still answers them.
 */
class DataAtRestTest {
    private static final ConsentRecord CONSENT = new ConsentRecord("v1", Instant.parse("2026-12-01T10:00:00Z"), "counter");
    /** The tables of the emulated payment processor: a card token is its key there, as at a real processor. */
    private static final Set<String> PROCESSOR_TABLES = Set.of("card", "payment");

    @TempDir
    Path dir;

    @Test
    void noPersonalFieldOrTemplateIsStoredInClear() throws Exception {
        byte[] template = new byte[512];
        new SecureRandom().nextBytes(template);
        byte[] aliceTemplate = new byte[256];
        new SecureRandom().nextBytes(aliceTemplate);
        List<String> personal = new ArrayList<>(List.of("Zephyrine Quackenbush", "zephyrine@example.test",
                "+33 6 12 34 56 78", "Octavia Pemberton", "octavia@example.test", "+44 20 7946 0000",
                "Alice Martin", "alice@example.com", "Bruno Costa", "Chen Wei", "+33600000003"));
        String cardToken;
        try (CloudFixture cloud = CloudFixture.start(dir.resolve("cloud"))) {
            CardToken card = cloud.client().tokenizeCard(new CardTokenizeRequest(TestCard.APPROVES.pan(), 12, 2031),
                    UUID.randomUUID().toString());
            cardToken = card.token();
            EnrollmentResult enrolled = cloud.client().enroll(new EnrollmentRequest("Zephyrine Quackenbush",
                    "zephyrine@example.test", "+33 6 12 34 56 78", CONSENT, List.of(template), cardToken, null),
                    UUID.randomUUID().toString());
            cloud.client().preEnroll(new PreEnrollmentRequest("Octavia Pemberton", "octavia@example.test",
                    "+44 20 7946 0000", CONSENT), UUID.randomUUID().toString());
            cloud.emulator().seedPalmTemplates("cus-demo-alice", List.of(aliceTemplate));

            List<CustomerProfile> profiles = cloud.client().customerChanges(null, 100).items();
            CustomerProfile zephyrine = profiles.stream()
                    .filter(p -> p.customerId().equals(enrolled.customerId())).findFirst().orElseThrow();
            assertThat(zephyrine.displayName()).isEqualTo("Zephyrine Quackenbush");
            assertThat(zephyrine.phone()).isEqualTo("+33 6 12 34 56 78");
            assertThat(zephyrine.palmTemplates()).singleElement().isEqualTo(template);
            assertThat(zephyrine.card().token()).isEqualTo(cardToken);
            assertThat(zephyrine.card().last4()).isEqualTo("4242");
            assertThat(profiles.stream().filter(p -> p.customerId().equals("cus-demo-alice")).findFirst().orElseThrow()
                    .palmTemplates()).singleElement().isEqualTo(aliceTemplate);
        }

        List<String> found = new ArrayList<>();
        int cells = 0;
        try (Connection raw = TestClouds.rawConnection(dir.resolve("cloud"))) {
            for (String table : tables(raw)) {
                try (Statement select = raw.createStatement();
                     ResultSet rs = select.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            cells++;
                            String where = table + "." + meta.getColumnName(i);
                            byte[] bytes = binary(meta.getColumnType(i)) ? rs.getBytes(i) : null;
                            String text = bytes != null ? new String(bytes, StandardCharsets.ISO_8859_1) : rs.getString(i);
                            if (text == null) {
                                continue;
                            }
                            for (String value : personal) {
                                if (text.contains(value)) {
                                    found.add(value + " in " + where);
                                }
                            }
                            for (byte[] palm : List.of(template, aliceTemplate)) {
                                if (contains(bytes, palm) || text.contains(Base64.getEncoder().encodeToString(palm))
                                        || text.toLowerCase().contains(HexFormat.of().formatHex(palm))) {
                                    found.add("a palm template in " + where);
                                }
                            }
                            if (!PROCESSOR_TABLES.contains(table.toLowerCase()) && text.contains(cardToken)) {
                                found.add("the card token in " + where);
                            }
                        }
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(100);
        assertThat(found).isEmpty();
    }

    static List<String> tables(Connection raw) throws Exception {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = raw.getMetaData();
        String schema = TestClouds.POSTGRES ? "public" : "PUBLIC";
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertThat(tables).isNotEmpty();
        return tables;
    }

    private static boolean binary(int type) {
        return type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        if (haystack == null) {
            return false;
        }
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
