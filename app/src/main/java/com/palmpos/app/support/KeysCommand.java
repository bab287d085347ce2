package com.palmpos.app.support;

import com.palmpos.app.cli.ConfigOptions;
import com.palmpos.app.config.Config;
import com.palmpos.pos.crypto.KeyException;
import com.palmpos.pos.crypto.KeyStoreLock;
import com.palmpos.pos.crypto.TerminalKeys;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code palmpos keys export|import}: carries a terminal's keys to new hardware. {@code keys.p12} is locked with a
 * secret of the machine (see {@link KeyStoreLock}), so a copied data directory does not open elsewhere; the export is
 * a copy locked with a passphrase only, typed twice (or two lines on standard input). Local-admin rule: whoever runs
 * as the terminal's OS account can read {@code keys.p12} anyway, so no manager PIN is asked; the export is as
 * sensitive as the keys and belongs offline.
 */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Move the terminal's keys to new hardware.",
        subcommands = {KeysCommand.Export.class, KeysCommand.Import.class})
public final class KeysCommand {
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the keys to FILE, locked with a passphrase (at least 12 characters, typed twice).")
    static final class Export implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the export to write (new file)")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Config config = options.load();
            refuseMasterKey(config);
            TerminalKeys keys = TerminalKeys.load(config.dataDir(), config.masterKey());
            char[] passphrase = twice();
            try {
                keys.exportTo(out, passphrase);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
            PrintWriter w = spec.commandLine().getOut();
            w.println("keys of " + config.dataDir() + " written to " + out + " (owner-only, locked with the"
                    + " passphrase): keep it offline and delete it after 'palmpos keys import' on the new terminal");
            w.flush();
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Install the keys of an export as this data directory's keys.p12, locked to this machine.")
    static final class Import implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Option(names = "--in", required = true, paramLabel = "FILE", description = "the export to read")
        Path in;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Config config = options.load();
            refuseMasterKey(config);
            KeyStoreLock lock = KeyStoreLock.fromEnvironment();
            char[] passphrase = PinInput.readSecret("Passphrase of " + in + ": ");
            try {
                TerminalKeys.importInto(config.dataDir(), in, passphrase, lock);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
            PrintWriter w = spec.commandLine().getOut();
            w.println("keys installed in " + config.dataDir() + " (locked with " + lock.source() + "); delete " + in
                    + " now");
            w.flush();
            return 0;
        }
    }

    static void refuseMasterKey(Config config) {
        if (config.masterKey().isPresent()) {
            throw new KeyException("this terminal's keys come from PALMPOS_MASTER_KEY, not keys.p12: give the new"
                    + " terminal the same master key from your vault instead", null);
        }
    }

    private static char[] twice() {
        char[] first = PinInput.readSecret("New passphrase for the export (at least " + TerminalKeys.MIN_PASSPHRASE
                + " characters): ");
        char[] second = PinInput.readSecret("The same passphrase again: ");
        try {
            if (!Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw new KeyException("the two passphrases differ: nothing was written", null);
            }
            return first;
        } finally {
            Arrays.fill(second, '\0');
        }
    }
}
