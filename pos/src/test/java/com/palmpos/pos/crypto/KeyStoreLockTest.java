package com.palmpos.pos.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key store is locked by a secret of the machine (or its service credential), not by a constant in the code. */
class KeyStoreLockTest {
    @TempDir
    Path root;

    private KeyStoreLock machine(String id) throws Exception {
        Path file = root.resolve("machine-id-" + id);
        Files.writeString(file, id + "\n");
        return KeyStoreLock.detect(Optional.empty(), List.of(file));
    }

    @Test
    void theKeyStoreDoesNotOpenWithTheOldFixedPassword() throws Exception {
        Path data = root.resolve("data");
        TerminalKeys.load(data, Optional.empty(), machine("4f1c0a"));

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(data.resolve(TerminalKeys.FILE_NAME))) {
            assertThatThrownBy(() -> store.load(in, "palmpos-terminal-keys".toCharArray()))
                    .hasCauseInstanceOf(java.security.UnrecoverableKeyException.class);
        }
    }

    @Test
    void aCopyOfTheDataDirectoryDoesNotOpenOnAnotherMachineAndIsLeftAsItIs() throws Exception {
        Path data = root.resolve("data");
        TerminalKeys.load(data, Optional.empty(), machine("4f1c0a"));
        byte[] before = Files.readAllBytes(data.resolve(TerminalKeys.FILE_NAME));

        assertThatThrownBy(() -> TerminalKeys.load(data, Optional.empty(), machine("9b77e2")))
                .isInstanceOf(KeyException.class)
                .hasMessageContaining("is locked with another secret than this machine's id")
                .hasMessageContaining("palmpos keys export").hasMessageContaining("palmpos keys import");
        assertThat(Files.readAllBytes(data.resolve(TerminalKeys.FILE_NAME))).isEqualTo(before);
    }

    @Test
    void aKeyStoreWithTheOldFixedPasswordIsRelockedOnFirstReadWithTheSameKeys() throws Exception {
        Path data = root.resolve("data");
        TerminalKeys old = TerminalKeys.load(data, Optional.empty(), KeyStoreLock.legacy());
        KeyStoreLock here = machine("4f1c0a");

        TerminalKeys relocked = TerminalKeys.load(data, Optional.empty(), here);

        assertThat(relocked.databaseFileKey()).isEqualTo(old.databaseFileKey());
        assertThatThrownBy(() -> TerminalKeys.load(data, Optional.empty(), machine("9b77e2")))
                .hasMessageContaining("locked with another secret");
        assertThat(TerminalKeys.load(data, Optional.empty(), here).databaseFileKey()).isEqualTo(old.databaseFileKey());
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve(TerminalKeys.FILE_NAME)))).isEqualTo("rw-------");
    }

    @Test
    void aSystemdCredentialComesBeforeTheMachineId() throws Exception {
        Path credentials = Files.createDirectory(root.resolve("credentials"));
        Files.writeString(credentials.resolve(KeyStoreLock.CREDENTIAL_NAME), "tpm-unsealed-secret");
        Path machineId = root.resolve("machine-id");
        Files.writeString(machineId, "4f1c0a");

        KeyStoreLock lock = KeyStoreLock.detect(Optional.of(credentials), List.of(machineId));

        assertThat(lock.source()).isEqualTo("the systemd credential palmpos-keystore");
        assertThat(lock.password()).isNotEqualTo(KeyStoreLock.detect(Optional.empty(), List.of(machineId)).password());
        assertThat(KeyStoreLock.detect(Optional.of(root.resolve("none")), List.of(machineId)).source())
                .isEqualTo("this machine's id (" + machineId + ")");
    }

    @Test
    void anEmptyCredentialIsRefusedNotSilentlyReplaced() throws Exception {
        Path credentials = Files.createDirectory(root.resolve("credentials"));
        Files.writeString(credentials.resolve(KeyStoreLock.CREDENTIAL_NAME), "\n");
        assertThatThrownBy(() -> KeyStoreLock.detect(Optional.of(credentials), List.of()))
                .isInstanceOf(KeyException.class).hasMessageContaining("is empty or unreadable");
    }

    @Test
    void withoutAnySecretTheLockSaysItIsOnlyTheFilePermission() {
        KeyStoreLock lock = KeyStoreLock.detect(Optional.empty(), List.of(root.resolve("absent")));
        assertThat(lock.isLegacy()).isTrue();
        assertThat(lock.source()).contains("file permissions only");
    }

    @Test
    void keysMoveToNewHardwareThroughAPassphraseProtectedExport() throws Exception {
        Path oldData = root.resolve("old");
        TerminalKeys keys = TerminalKeys.load(oldData, Optional.empty(), machine("4f1c0a"));
        keys.recordDatabaseKey(oldData);
        Path export = root.resolve("till-7.keys");
        char[] passphrase = "correct horse battery".toCharArray();
        keys.exportTo(export, passphrase);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(export)))
                .isEqualTo("rw-------");

        // the new machine receives the data directory (database and key check) but not the old keys.p12
        Path newData = Files.createDirectory(root.resolve("new"));
        Files.copy(oldData.resolve("keys.check"), newData.resolve("keys.check"));
        KeyStoreLock newMachine = machine("9b77e2");
        assertThatThrownBy(() -> TerminalKeys.importInto(newData, export, "wrong passphrase!".toCharArray(), newMachine))
                .isInstanceOf(KeyException.class).hasMessageContaining("the passphrase does not open");
        TerminalKeys imported = TerminalKeys.importInto(newData, export, passphrase, newMachine);

        assertThat(imported.databaseFileKey()).isEqualTo(keys.databaseFileKey());
        assertThat(TerminalKeys.load(newData, Optional.empty(), newMachine).databaseFileKey())
                .isEqualTo(keys.databaseFileKey());
        assertThatThrownBy(() -> TerminalKeys.importInto(newData, export, passphrase, newMachine))
                .hasMessageContaining("has a key store already");
    }

    @Test
    void anExportNeedsALongPassphraseNeverOverwritesAndBelongsToItsDatabase() throws Exception {
        Path data = root.resolve("data");
        TerminalKeys keys = TerminalKeys.load(data, Optional.empty(), machine("4f1c0a"));
        assertThatThrownBy(() -> keys.exportTo(root.resolve("short.keys"), "1234".toCharArray()))
                .hasMessageContaining("at least 12 characters");
        assertThat(root.resolve("short.keys")).doesNotExist();
        Path existing = Files.writeString(root.resolve("existing.keys"), "keep me");
        assertThatThrownBy(() -> keys.exportTo(existing, "a long enough passphrase".toCharArray()))
                .hasMessageContaining("exists already");
        assertThat(Files.readString(existing)).isEqualTo("keep me");

        // an export of another terminal next to this terminal's database (its key check) is refused
        Path other = root.resolve("other");
        Path export = root.resolve("other.keys");
        TerminalKeys.load(other, Optional.empty(), machine("4f1c0a")).exportTo(export, "another long passphrase".toCharArray());
        Path restored = Files.createDirectory(root.resolve("restored"));
        keys.recordDatabaseKey(restored);
        assertThatThrownBy(() -> TerminalKeys.importInto(restored, export, "another long passphrase".toCharArray(),
                machine("9b77e2"))).hasMessageContaining("holds other keys than the ones the database");
        assertThat(restored.resolve(TerminalKeys.FILE_NAME)).doesNotExist();
        Files.writeString(root.resolve("garbage.keys"), "not a key file", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TerminalKeys.importInto(Files.createDirectory(root.resolve("g")),
                root.resolve("garbage.keys"), "another long passphrase".toCharArray(), machine("9b77e2")))
                .hasMessageContaining("is damaged or not a PalmPOS key export");
    }
}
