package com.palmpos.pos.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalKeysTest {
    @TempDir
    Path dataDir;

    @Test
    void createsAnOwnerOnlyKeyStoreOnFirstUseAndReadsTheSameKeysLater() throws Exception {
        TerminalKeys first = TerminalKeys.load(dataDir, Optional.empty());
        Path file = dataDir.resolve(TerminalKeys.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        TerminalKeys again = TerminalKeys.load(dataDir, Optional.empty());
        assertThat(again.databaseFileKey()).isEqualTo(first.databaseFileKey());
        byte[] sealed = first.templateCipher().encrypt("c1", new byte[] {1, 2, 3});
        assertThat(again.templateCipher().decrypt("c1", sealed)).containsExactly(1, 2, 3);
    }

    @Test
    void refusesAKeyStoreOthersCanRead() throws Exception {
        TerminalKeys.load(dataDir, Optional.empty());
        Path file = dataDir.resolve(TerminalKeys.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> TerminalKeys.load(dataDir, Optional.empty()))
                .isInstanceOf(KeyException.class)
                .hasMessageContaining("chmod 600");
    }

    @Test
    void refusesADamagedKeyStore() throws Exception {
        TerminalKeys.load(dataDir, Optional.empty());
        Path file = dataDir.resolve(TerminalKeys.FILE_NAME);
        Files.write(file, new byte[] {0x30, 0x01, 0x02});
        assertThatThrownBy(() -> TerminalKeys.load(dataDir, Optional.empty()))
                .isInstanceOf(KeyException.class)
                .hasMessageContaining("is damaged or truncated (3 bytes").hasMessageContaining("restore keys.p12 from your backup");
    }

    @Test
    void aMasterKeyFromTheEnvironmentReplacesTheKeyStore() {
        String master = Base64.getEncoder().encodeToString(new byte[32]);
        TerminalKeys keys = TerminalKeys.load(dataDir, Optional.of(master));
        assertThat(dataDir.resolve(TerminalKeys.FILE_NAME)).doesNotExist();
        assertThat(keys.databaseFileKey()).isEqualTo(TerminalKeys.load(dataDir, Optional.of(master)).databaseFileKey());
    }

    @Test
    void refusesAMasterKeyOfTheWrongLengthOrEncoding() {
        assertThatThrownBy(() -> TerminalKeys.load(dataDir, Optional.of("c2hvcnQ=")))
                .isInstanceOf(KeyException.class).hasMessageContaining("must be 32 bytes");
        assertThatThrownBy(() -> TerminalKeys.load(dataDir, Optional.of("not base64 !!")))
                .isInstanceOf(KeyException.class).hasMessageContaining("not Base64");
    }

    @Test
    void theDatabaseFileIsUnreadableWithoutTheKey() throws Exception {
        TerminalKeys keys = TerminalKeys.load(dataDir, Optional.empty());
        try (Database db = Database.open(dataDir, keys.databaseFileKey(), "pos")) {
            db.inTransaction(c -> c.createStatement().executeUpdate(
                    "CREATE TABLE secret (v VARCHAR(40)); INSERT INTO secret VALUES ('Anna Example likes soup')"));
        }
        byte[] file = Files.readAllBytes(dataDir.resolve("palmpos.mv.db"));
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Anna Example");
        assertThatThrownBy(() -> Database.open(dataDir, null, "pos")).hasMessageContaining("palmpos.mv.db");
    }
}
