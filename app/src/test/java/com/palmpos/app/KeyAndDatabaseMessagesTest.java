package com.palmpos.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.app.cli.Cli;
import com.palmpos.app.cli.GuiCommand;
import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigLoader;
import com.palmpos.app.support.AuditCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A terminal whose key store or database is missing, empty, truncated or damaged refuses to start with one sentence
 * that says which and what to do: exit 1, no stack trace on the console, no new key, the files untouched. Run through
 * {@code palmpos audit verify}, which opens the data directory exactly as the terminal does.
 */
class KeyAndDatabaseMessagesTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void createATerminal() {
        Config config = new ConfigLoader(Map.of(), dir).load(Optional.empty(), Optional.of(dir));
        TerminalStorage.prepare(config);
        TerminalStorage.open(config).close();
    }

    private int run() {
        PrintStream systemErr = System.err;
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            CommandLine commandLine = Cli.create(new GuiCommand(), List.of(new AuditCommand()));
            commandLine.setOut(new PrintWriter(new StringWriter(), true));
            commandLine.setErr(new PrintWriter(err, true));
            return commandLine.execute("audit", "verify", "--data", dir.toString());
        } finally {
            System.setErr(systemErr);
        }
    }

    private void assertRefusedWithOneSentence(String... phrases) {
        assertThat(err.toString()).contains(phrases).doesNotContain("\tat ");
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aDatabaseWithoutItsKeyStoreRefusesAndCreatesNoNewKey() throws Exception {
        byte[] database = Files.readAllBytes(dir.resolve("palmpos.mv.db"));
        Files.delete(dir.resolve("keys.p12"));

        assertThat(run()).isEqualTo(1);

        assertRefusedWithOneSentence("keys.p12", "is missing", "restore keys.p12 from your backup");
        assertThat(dir.resolve("keys.p12")).doesNotExist();
        assertThat(Files.readAllBytes(dir.resolve("palmpos.mv.db"))).isEqualTo(database);
    }

    @Test
    void anEmptyKeyStoreIsCalledEmpty() throws Exception {
        Files.write(dir.resolve("keys.p12"), new byte[0]);
        assertThat(run()).isEqualTo(1);
        assertRefusedWithOneSentence("is empty (0 bytes)", "restore keys.p12");
        assertThat(Files.size(dir.resolve("keys.p12"))).isZero();
    }

    @Test
    void aTruncatedKeyStoreIsCalledDamagedOrTruncated() throws Exception {
        byte[] whole = Files.readAllBytes(dir.resolve("keys.p12"));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        Files.write(dir.resolve("keys.p12"), half);
        assertThat(run()).isEqualTo(1);
        assertRefusedWithOneSentence("is damaged or truncated (" + half.length + " bytes", "restore keys.p12");
        assertThat(Files.readAllBytes(dir.resolve("keys.p12"))).isEqualTo(half);
    }

    @Test
    void aDamagedDatabaseIsCalledDamagedNotAnotherKey() throws Exception {
        Path file = dir.resolve("palmpos.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        // garble the file header and the first pages, as a disk fault or a half-copied backup would
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            bytes[i] ^= (byte) 0x5a;
        }
        Files.write(file, bytes);

        assertThat(run()).isEqualTo(1);

        assertRefusedWithOneSentence("palmpos.mv.db", "is damaged", "Restore palmpos.mv.db from a backup");
        assertThat(err.toString()).doesNotContain("another key");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void aDatabaseOfAnotherKeyIsCalledSo() throws Exception {
        Path other = Files.createDirectory(dir.resolve("other"));
        Config config = new ConfigLoader(Map.of(), other).load(Optional.empty(), Optional.of(other));
        TerminalStorage.prepare(config);
        TerminalStorage.open(config).close();
        Files.copy(other.resolve("keys.p12"), dir.resolve("keys.p12"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(run()).isEqualTo(1);

        assertRefusedWithOneSentence("encrypted with another key", "restore the key store that belongs to it");
    }

    @Test
    void aPartlyDamagedUsedDatabaseRefusesToStartInsteadOfRunning() throws Exception {
        // a used database: a few thousand audit rows spread over many pages
        Config config = new ConfigLoader(Map.of(), dir).load(Optional.empty(), Optional.of(dir));
        try (TerminalStorage.Opened storage = TerminalStorage.open(config)) {
            com.palmpos.pos.audit.AuditLog audit = new com.palmpos.pos.audit.AuditLog(storage.database(),
                    java.time.Clock.systemUTC(), "till-1");
            for (int i = 0; i < 1000; i++) {
                audit.record("manager", com.palmpos.pos.audit.AuditAction.SETTINGS_CHANGED, "setting-" + i, "ok",
                        "printer.queue changed to queue-" + i + " by the night shift");
            }
        }
        TerminalStorage.open(config).close(); // compacted at open: the whole file is live data now
        Path file = dir.resolve("palmpos.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        // garble 16 KB in the middle of the file, leaving the header intact, as a bad sector would
        int from = bytes.length / 2;
        for (int i = from; i < Math.min(bytes.length, from + 16384); i++) {
            bytes[i] ^= (byte) 0xa5;
        }
        Files.write(file, bytes);

        assertThat(run()).isEqualTo(1);

        assertRefusedWithOneSentence("palmpos.mv.db", "is damaged", "restore a backup", "left as it is");
        assertThat(err.toString()).doesNotContain("SQL statement").doesNotContain("SHUTDOWN");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }
}
