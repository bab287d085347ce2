package com.palmpos.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.app.wiring.CloudLink;
import com.palmpos.pos.crypto.TerminalKeys;
import com.palmpos.pos.store.Database;
import com.palmpos.cloud.CloudEmulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded cloud emulator's store lives in the terminal's data directory and holds names, e-mails, phones, card
 * tokens and templates: it is encrypted with a key derived from the terminal's, and a store an older version wrote in
 * the clear is encrypted in place at the next start, keeping its data.
 */
class EmbeddedCloudStoreTest {
    @TempDir
    Path dir;

    private static String head(Path file) throws Exception {
        return new String(Files.readAllBytes(file), 0, 9, StandardCharsets.US_ASCII);
    }

    private static int customers(Path store, char[] key) throws Exception {
        try (Database db = Database.open(store, key); Connection c = db.connection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM customer")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aPlainStoreOfAnOlderVersionIsEncryptedInPlaceAndKeepsItsData() throws Exception {
        Path store = dir.resolve("cloud-emulator");
        CloudEmulator.start(0, store).close();
        assertThat(head(store.resolve("palmpos.mv.db"))).isNotEqualTo("H2encrypt");
        int seeded = customers(store, null);
        assertThat(seeded).isPositive();

        TerminalKeys keys = TerminalKeys.load(dir, Optional.empty());
        CloudLink.EmbeddedStore encrypted = TerminalStorage.embeddedCloudStore(store, keys);
        CloudEmulator.start(0, encrypted.dir(), null, java.time.Clock.systemUTC(), encrypted.fileKey()).close();

        assertThat(head(store.resolve("palmpos.mv.db"))).isEqualTo("H2encrypt");
        assertThat(new String(Files.readAllBytes(store.resolve("palmpos.mv.db")), StandardCharsets.ISO_8859_1))
                .doesNotContain("Alice Martin");
        assertThat(customers(store, keys.emulatorFileKey())).isEqualTo(seeded);
    }
}
