package com.palmpos.pos.menu;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedArgumentException;
import com.palmpos.pos.internal.Jdbc;
import com.palmpos.pos.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current menu and what is off sale right now ("86'd"). Availability survives restarts (stored in H2) and is kept
 * in memory for the lookups made on every button press; it is kept by item id, so it also survives a menu
 * {@link #replace} (a pull from the cloud). Thread-safe; {@link #menu} and {@link #isAvailable} are O(1) with no I/O,
 * the mark methods write one row.
 */
public final class MenuService {
    private static final Logger LOG = LoggerFactory.getLogger(MenuService.class);

    private final Database database;
    private final Clock clock;
    private volatile Menu menu;
    private final Set<String> unavailable = ConcurrentHashMap.newKeySet();
    private final List<Consumer<Menu>> listeners = new CopyOnWriteArrayList<>();

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

    /** The menu sold from now; a later {@link #replace} may change it, so read it again instead of keeping it. */
    public Menu menu() {
        return menu;
    }

    /**
     * Sells from {@code next} from now on (orders already rung up keep their lines and prices) and tells the
     * listeners. Items 86'd stay 86'd. Cheap; the listeners run on the calling thread.
     *
     * @throws IllegalArgumentException if {@code next} is in another currency (amounts, limits and open orders are
     *                                  in the running one: a currency change needs a new terminal set-up)
     */
    public void replace(Menu next) {
        Objects.requireNonNull(next, "next");
        if (!next.currency().equals(menu.currency())) {
            throw new IllegalArgumentException("menu '" + next.name() + "' is in " + next.currency()
                    + " but this terminal sells in " + menu.currency() + ": fix the menu's currency in the back office");
        }
        menu = next;
        for (Consumer<Menu> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.error("A menu listener failed; its screen shows the new menu after a restart", e);
            }
        }
    }

    /** Calls {@code listener} with each new menu after {@link #replace}, on the replacing thread; keep it quick. */
    public void addListener(Consumer<Menu> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
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
        Menu menu = this.menu;
        if (menu.item(itemId).isEmpty()) {
            throw new RefusedArgumentException(RefusalCode.ITEM_NOT_ON_MENU, "item '" + itemId + "' is not on the menu "
                    + menu.name(), itemId, menu.name());
        }
    }
}
