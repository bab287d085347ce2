package com.palmpos.pos.menu;

import com.palmpos.pos.internal.Jdbc;
import com.palmpos.pos.store.Database;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last good menu pulled from the cloud (table {@code pulled_menu}), kept in the PalmPOS menu format so an offline
 * start sells from it. Thread-safe; each call is one small transaction (the document is tens of kilobytes).
 */
public final class PulledMenuStore {
    private static final Logger LOG = LoggerFactory.getLogger(PulledMenuStore.class);

    /** A stored menu: its cloud version, its document (PalmPOS menu format) and when it was pulled. */
    public record PulledMenu(String storeId, String version, String document, Instant pulledAt) {
        public PulledMenu {
            Objects.requireNonNull(storeId, "storeId");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(pulledAt, "pulledAt");
        }
    }

    private final Database database;
    private final Clock clock;

    public PulledMenuStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Keeps {@code document} (already validated) as {@code storeId}'s menu, replacing the one before. */
    public PulledMenu save(String storeId, String version, String document) {
        PulledMenu pulled = new PulledMenu(storeId, version, document, clock.instant());
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO pulled_menu (store_id, version, document,"
                    + " pulled_at) KEY (store_id) VALUES (?, ?, ?, ?)")) {
                Jdbc.bind(s, storeId, version, document, pulled.pulledAt());
                return s.executeUpdate();
            }
        });
        return pulled;
    }

    /** The menu last pulled for {@code storeId}, if any. */
    public Optional<PulledMenu> latest(String storeId) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT version, document, pulled_at FROM pulled_menu WHERE store_id = ?")) {
                Jdbc.bind(s, storeId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new PulledMenu(storeId, rs.getString(1), rs.getString(2),
                            Jdbc.instant(rs.getTimestamp(3)))) : Optional.<PulledMenu>empty();
                }
            }
        });
    }

    /**
     * The menu a starting terminal sells from: the last one pulled for {@code storeId}, else the bundled demo menu.
     * A stored menu that no longer loads (e.g. written by a newer version) is logged and skipped.
     */
    public Menu startMenu(String storeId, MenuLoader loader) {
        Optional<PulledMenu> pulled = latest(storeId);
        if (pulled.isPresent()) {
            try {
                Menu menu = parse(loader, pulled.get().version(), pulled.get().document());
                LOG.info("Selling from the menu version {} pulled from the cloud at {}", pulled.get().version(),
                        pulled.get().pulledAt());
                return menu;
            } catch (MenuFormatException e) {
                LOG.error("The stored cloud menu version {} cannot be read ({}): selling from the bundled menu until"
                        + " the next pull", pulled.get().version(), e.getMessage());
            }
        } else {
            LOG.info("No menu was pulled from the cloud yet: selling from the bundled menu");
        }
        return loader.loadDemo();
    }

    /**
     * Loads a menu document (PalmPOS menu format) pulled as {@code version}.
     *
     * @throws MenuFormatException naming every problem, if it is not a valid menu
     */
    public static Menu parse(MenuLoader loader, String version, String document) {
        try {
            return loader.load(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                    "cloud menu " + version);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a byte array does not fail
        }
    }
}
