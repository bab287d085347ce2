package com.palmpos.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.app.TerminalStorage;
import com.palmpos.app.cli.Cli;
import com.palmpos.app.cli.GuiCommand;
import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigLoader;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.customer.LinkedCard;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Moving a terminal's keys to new hardware with {@code palmpos keys export|import}, on real data directories. */
class KeysCommandTest {
    private static final String PASSPHRASE = "blue counter at the window";

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final InputStream stdin = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private static Config config(Path dir, Map<String, String> env) {
        return new ConfigLoader(env, dir).load(Optional.empty(), Optional.of(dir));
    }

    private int run(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        CommandLine commandLine = Cli.create(new GuiCommand(), List.of(new KeysCommand()));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static void enrollAda(Config config) {
        TerminalStorage.prepare(config);
        try (TerminalStorage.Opened storage = TerminalStorage.open(config)) {
            new CustomerStore(storage.database(), Clock.systemUTC(), storage.keys().templateCipher()).upsert(
                    new CustomerProfile("cust-ada", "Ada Lovelace", "Ada", "L-ADA", Set.of(), Set.of(),
                            new LinkedCard("tok_ada", "VISA", "4242"), 120, null, 1,
                            Instant.parse("2026-12-01T10:00:00Z")));
        }
    }

    @Test
    void theDatabaseOpensOnTheNewTerminalWithTheImportedKeys() throws Exception {
        Path old = root.resolve("old");
        enrollAda(config(old, Map.of()));
        Path export = root.resolve("till.keys");

        assertThat(run(PASSPHRASE + "\n" + PASSPHRASE + "\n", "keys", "export", "--out", export.toString(),
                "--data", old.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("written to " + export);

        // the new terminal gets the data directory from the backup (database, customer keys, key check), not keys.p12
        Path fresh = root.resolve("new");
        try (var files = Files.walk(old)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = fresh.resolve(old.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("keys.p12")) {
                    Files.copy(file, target);
                }
            }
        }
        assertThat(run(PASSPHRASE + "\n", "keys", "import", "--in", root.resolve("absent.keys").toString(),
                "--data", fresh.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist");
        assertThat(run(PASSPHRASE + "\n", "keys", "import", "--in", export.toString(), "--data", fresh.toString()))
                .as(err.toString()).isZero();

        try (TerminalStorage.Opened storage = TerminalStorage.open(config(fresh, Map.of()))) {
            CustomerStore customers = new CustomerStore(storage.database(), Clock.systemUTC(),
                    storage.keys().templateCipher());
            assertThat(customers.find("cust-ada")).map(CustomerProfile::name).contains("Ada Lovelace");
        }
    }

    @Test
    void twoDifferentPassphrasesWriteNothing() {
        Path old = root.resolve("old");
        enrollAda(config(old, Map.of()));
        Path export = root.resolve("till.keys");

        assertThat(run(PASSPHRASE + "\nanother passphrase!!\n", "keys", "export", "--out", export.toString(),
                "--data", old.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("palmpos: the two passphrases differ: nothing was written");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(export).doesNotExist();
    }

    @Test
    void aTerminalOnAVaultMasterKeyHasNoKeyFileToExport() {
        Path dir = root.resolve("vault");
        Config config = config(dir, Map.of("PALMPOS_MASTER_KEY", Base64.getEncoder().encodeToString(new byte[32])));

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> KeysCommand.refuseMasterKey(config)))
                .hasMessageContaining("come from PALMPOS_MASTER_KEY").hasMessageContaining("same master key");
        assertThat(dir.resolve("keys.p12")).doesNotExist();
    }
}
