package com.palmpos.app;

import com.palmpos.app.config.Config;
import com.palmpos.pos.crypto.TerminalKeys;
import com.palmpos.pos.store.Database;
import com.palmpos.pos.store.OwnerOnly;
import com.palmpos.pos.store.StoreException;
import com.palmpos.app.wiring.CloudLink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Opens what the terminal keeps in its data directory, for the terminal itself and the support commands
 * ({@code palmpos privacy}, {@code palmpos audit}): the directory created readable by its owner only before anything
 * is written there, the keys, the database, and everything in the directory tightened to owner-only afterwards
 * (libraries such as H2 and logback create their files with the process umask). Stateless.
 */
public final class TerminalStorage {
    private static final int WRONG_KEY = 90049;

    /** The keys and the open database of a data directory; closing closes the database. */
    public record Opened(TerminalKeys keys, Database database) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
        }
    }

    private TerminalStorage() {
    }

    /** Creates the data directory {@code rwx------} (or tightens an existing one) and starts the file log there. */
    public static void prepare(Config config) {
        OwnerOnly.createDirectories(config.dataDir());
        LogSetup.toDirectory(config.dataDir().resolve("logs"), config.get(com.palmpos.app.config.ConfigKeys.LOG_LEVEL));
    }

    /**
     * Loads the keys and opens the database of {@code config}'s data directory; call {@link #prepare} first.
     *
     * @throws com.palmpos.pos.crypto.KeyException if the key store is missing beside a database, empty or damaged
     * @throws StoreException if the database is damaged, encrypted with another key or in use; the message says which
     */
    public static Opened open(Config config) {
        Path dir = config.dataDir();
        TerminalKeys keys = TerminalKeys.load(dir, config.masterKey());
        char[] fileKey = keys.databaseFileKey();
        Database database;
        try {
            database = Database.open(dir, fileKey, "pos", "sync");
        } catch (StoreException e) {
            throw explain(dir, keys, e);
        } finally {
            Arrays.fill(fileKey, '\0');
        }
        try {
            keys.recordDatabaseKey(dir);
            OwnerOnly.tighten(dir);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new Opened(keys, database);
    }

    /**
     * The embedded cloud emulator's store in {@code emulatorDir}, encrypted with a key derived from the terminal's: a
     * store an older version wrote in the clear is encrypted in place first (H2's {@code ChangeFileEncryption}; the
     * plain file is replaced, so its free pages go with it).
     */
    public static CloudLink.EmbeddedStore embeddedCloudStore(Path emulatorDir, TerminalKeys keys) {
        char[] key = keys.emulatorFileKey();
        Path file = emulatorDir.resolve("palmpos.mv.db");
        try {
            if (Files.exists(file) && !TerminalKeys.isEncryptedDatabase(file)) {
                org.h2.tools.ChangeFileEncryption.execute(emulatorDir.toString(), "palmpos", "AES", null, key, true);
                LOG.info("Encrypted the embedded cloud emulator's store {} (written in the clear by an older version)",
                        file);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot encrypt the embedded cloud emulator's store " + file + ": "
                    + e.getMessage() + " (move the folder aside to start the emulator afresh)", e);
        }
        OwnerOnly.createDirectories(emulatorDir);
        return new CloudLink.EmbeddedStore(emulatorDir, key);
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TerminalStorage.class);

    // H2 says "wrong password" for a damaged encrypted file too: the key check written at creation tells them apart
    private static StoreException explain(Path dir, TerminalKeys keys, StoreException e) {
        if (!(e.getCause() instanceof SQLException sql) || sql.getErrorCode() != WRONG_KEY) {
            return e;
        }
        String file = dir.resolve("palmpos.mv.db").toString();
        return switch (keys.checkDatabaseKey(dir)) {
            case SAME_KEY -> new StoreException("the database " + file + " is damaged: the key is the right one (it"
                    + " matches the key check made with the database) but the file does not decrypt. Restore"
                    + " palmpos.mv.db from a backup; the file was left as it is", e);
            case OTHER_KEY -> new StoreException("the database " + file + " was encrypted with another key than the"
                    + " one in keys.p12 (or PALMPOS_MASTER_KEY): restore the key store that belongs to it. The files"
                    + " were left as they are", e);
            case UNKNOWN -> new StoreException("the database " + file + " does not open with this terminal's key: it"
                    + " is either encrypted with another key or damaged. Restore keys.p12 or palmpos.mv.db from the"
                    + " same backup; the files were left as they are", e);
        };
    }
}
