package com.palmpos.cloud.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.cloud.CloudEmulator;
import com.palmpos.cloud.MasterKey;
import com.palmpos.cloud.cli.CloudCommand;
import com.palmpos.sync.api.CustomerProfile;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.support.CloudFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The master key: a wrong one is refused at start, a rotation re-wraps the chains' keys, bad keys are named. */
class MasterKeyTest {
    private static final byte[] PALM = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 42};

    @TempDir
    Path dir;

    private CloudEmulator start(MasterKey key) {
        return CloudEmulator.start(InetAddress.getLoopbackAddress(), 0, dir.resolve("cloud"), null, key, null,
                Clock.systemUTC());
    }

    @Test
    void aCloudStartedWithAnotherMasterKeyRefusesToStartAndSaysWhy() {
        MasterKey first = MasterKey.random();
        start(first).close(Duration.ZERO);
        MasterKey other = MasterKey.random();

        assertThatThrownBy(() -> start(other)).hasMessageContaining("wrapped by master key " + first.id())
                .hasMessageContaining("rotate-master-key");
        start(first).close(Duration.ZERO); // the refusal changed nothing
    }

    @Test
    void rotationReWrapsTheChainKeysAndTheDataStaysReadable() throws Exception {
        Path oldKeyFile = dir.resolve("old.key");
        Path newKeyFile = dir.resolve("new.key");
        MasterKey oldKey = writeKey(oldKeyFile);
        MasterKey newKey = writeKey(newKeyFile);
        try (CloudEmulator cloud = start(oldKey)) {
            cloud.seedPalmTemplates("cus-demo-alice", List.of(PALM));
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new CloudCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("admin", "rotate-master-key", "--data", dir.resolve("cloud").toString(),
                        "--master-key-file", oldKeyFile.toString(), "--new-master-key-file", newKeyFile.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("re-wrapped from master key " + oldKey.id() + " to " + newKey.id());
        assertThatThrownBy(() -> start(oldKey)).hasMessageContaining("wrapped by master key " + newKey.id());
        try (CloudEmulator cloud = start(newKey)) {
            AtomicReference<String> token = new AtomicReference<>();
            try (CloudClient client = new CloudClient(CloudFixture.fastSettings(cloud), () -> Optional.ofNullable(token.get()))) {
                token.set(client.register(new RegisterTerminalRequest("DEMO-0001", "till"), UUID.randomUUID().toString())
                        .token());
                CustomerProfile alice = client.customerChanges(null, 100).items().stream()
                        .filter(p -> p.customerId().equals("cus-demo-alice")).findFirst().orElseThrow();
                assertThat(alice.displayName()).isEqualTo("Alice Martin");
                assertThat(alice.palmTemplates()).singleElement().isEqualTo(PALM);
            }
        }
    }

    @Test
    void rotationWithTheWrongCurrentKeyChangesNothing() throws Exception {
        MasterKey key = writeKey(dir.resolve("real.key"));
        start(key).close(Duration.ZERO);
        Path wrong = dir.resolve("wrong.key");
        writeKey(wrong);
        writeKey(dir.resolve("next.key"));

        StringWriter err = new StringWriter();
        int exit = new CommandLine(new CloudCommand()).setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()))
                .execute("admin", "rotate-master-key", "--data", dir.resolve("cloud").toString(),
                        "--master-key-file", wrong.toString(), "--new-master-key-file", dir.resolve("next.key").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("palmpos cloud admin: the chains' data keys are wrapped by master key "
                + key.id()).doesNotContain("\n");
        start(key).close(Duration.ZERO);
    }

    @Test
    void malformedKeysAreNamedWithTheFix() throws Exception {
        Path shortKey = dir.resolve("short.key");
        Files.writeString(shortKey, "c2hvcnQ=");
        assertThatThrownBy(() -> MasterKey.fromFile(shortKey)).hasMessageContaining("has 5 bytes, not 32")
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> MasterKey.of("not base64 !", "the test")).hasMessageContaining("is not base64");
        assertThatThrownBy(() -> MasterKey.fromFile(dir.resolve("missing.key"))).hasMessageContaining("cannot read");
        assertThatThrownBy(() -> MasterKey.fromEnvironment(Map.of())).hasMessageContaining(MasterKey.VARIABLE);
    }

    @Test
    void anH2CloudWithoutAKeyCreatesAnOwnerOnlyKeyFileAndReusesIt() throws Exception {
        Path file = dir.resolve("cloud").resolve("master.key");
        MasterKey created = MasterKey.fromEnvironmentOrFile(Map.of(), file);
        assertThat(MasterKey.fromEnvironmentOrFile(Map.of(), file).id()).isEqualTo(created.id());
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        MasterKey fromEnvironment = MasterKey.random();
        assertThat(MasterKey.fromEnvironmentOrFile(Map.of(MasterKey.VARIABLE, base64(fromEnvironment)), file).id())
                .isEqualTo(fromEnvironment.id());
    }

    @Test
    void anEmbeddedCloudDerivesItsMasterKeyFromItsFileKeyAndWritesNoKeyFile() {
        char[] fileKey = "terminal-file-key-0123456789".toCharArray();
        assertThat(MasterKey.derivedFrom(fileKey).id()).isEqualTo(MasterKey.derivedFrom(fileKey.clone()).id())
                .isNotEqualTo(MasterKey.derivedFrom("another-key".toCharArray()).id());
        try (CloudEmulator cloud = CloudEmulator.start(0, dir.resolve("embedded"), null, Clock.systemUTC(), fileKey)) {
            cloud.seedPalmTemplates("cus-demo-alice", List.of(PALM));
        }
        try (CloudEmulator reopened = CloudEmulator.start(0, dir.resolve("embedded"), null, Clock.systemUTC(), fileKey)) {
            assertThat(reopened.url()).isNotNull();
        }
        assertThat(dir.resolve("embedded").resolve("master.key")).doesNotExist();
    }

    private static MasterKey writeKey(Path file) throws Exception {
        MasterKey key = MasterKey.random();
        Files.writeString(file, base64(key) + "\n");
        return MasterKey.fromFile(file);
    }

    private static String base64(MasterKey key) {
        return java.util.Base64.getEncoder().encodeToString(key.secretKey().getEncoded());
    }
}
