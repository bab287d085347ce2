package com.palmpos.pos.menu;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedArgumentException;
import com.palmpos.pos.internal.Jdbc;
import com.palmpos.pos.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current menu and what is off sale right now ("86'd"). Availability survives restarts (stored in H2) and is kept
 * in memory for the lookups made on every button press. Thread-safe; {@link #isAvailable} is O(1) with no I/O,
 * the mark methods write one row.
 */
public final class MenuService {
    private final Database database;
    private final Clock clock;
    private final Menu menu;
    private final Set<String> unavailable = ConcurrentHashMap.newKeySet();

    public MenuService(Database database, Menu menu, Clock clock) {
        this.database = database;
        this.menu = menu;
        this.clock = clock;
        database.inTransaction(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT item_id FROM item_availability")) {
                while (rs.next()) {
                    unavailable.add(rs.getString(1));
                }
            }
            return null;
        });
    }

    public Menu menu() {
        return menu;
    }

    public boolean isAvailable(String itemId) {
        return !unavailable.contains(itemId);
    }

    /** Ids of items currently 86'd. */
    public Set<String> unavailableItems() {
        return Set.copyOf(unavailable);
    }

    /** Takes an item off sale until {@link #markAvailable}; idempotent. */
    public void markUnavailable(String itemId, String staffId) {
        requireItem(itemId);
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO item_availability (item_id, unavailable_since,"
                    + " marked_by) KEY (item_id) VALUES (?, ?, ?)")) {
                Jdbc.bind(s, itemId, clock.instant(), staffId);
                return s.executeUpdate();
            }
        });
        unavailable.add(itemId);
    }

    public void markAvailable(String itemId) {
        requireItem(itemId);
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM item_availability WHERE item_id = ?")) {
                Jdbc.bind(s, itemId);
                return s.executeUpdate();
            }
        });
        unavailable.remove(itemId);
    }

    private void requireItem(String itemId) {
        if (menu.item(itemId).isEmpty()) {
            throw new RefusedArgumentException(RefusalCode.ITEM_NOT_ON_MENU, "item '" + itemId + "' is not on the menu "
                    + menu.name(), itemId, menu.name());
        }
    }
}
