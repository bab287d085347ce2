package com.palmpos.app;

import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigKeys;
import com.palmpos.pos.crypto.TerminalKeys;
import com.palmpos.pos.store.Database;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of a running terminal: opens the store, builds the services and the screens, and closes
 * them in reverse order. The only place where modules meet.
 */
public final class Terminal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Terminal.class);

    private final Config config;
    private final Database database;

    private Terminal(Config config, Database database) {
        this.config = config;
        this.database = database;
    }

    /** Claims the data directory, starts logging there and opens the database. */
    public static Terminal open(Config config) {
        LogSetup.toDirectory(config.dataDir().resolve("logs"), config.get(ConfigKeys.LOG_LEVEL));
        LOG.info("Starting PalmPOS terminal {} of store {} in {}", config.get(ConfigKeys.TERMINAL_ID),
                config.get(ConfigKeys.STORE_ID), config.dataDir());
        TerminalKeys keys = TerminalKeys.load(config.dataDir(), config.masterKey());
        char[] fileKey = keys.databaseFileKey();
        Database database;
        try {
            database = Database.open(config.dataDir(), fileKey, "pos");
        } finally {
            Arrays.fill(fileKey, '\0');
        }
        return new Terminal(config, database);
    }

    /** Shows the screens and returns when the cashier window is closed. */
    public void runUntilClosed() {
        throw new UnsupportedOperationException("the terminal shell lands with the ui module");
    }

    @Override
    public void close() {
        database.close();
        LOG.info("Terminal {} stopped", config.get(ConfigKeys.TERMINAL_ID));
    }
}
