package com.palmpos.sync.menu;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuFormatException;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.menu.PulledMenuStore;
import com.palmpos.pos.menu.PulledMenuStore.PulledMenu;
import com.palmpos.sync.api.ApiJson;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the terminal's menu in step with the store's menu in the cloud ({@code GET /v1/stores/{store}/menu}): a menu
 * whose {@code version} differs from the stored one is validated (the same checks as a menu file, plus the store, the
 * currency and at least one item), kept in H2 ({@link PulledMenuStore}, so an offline start sells from it) and handed
 * to the running terminal ({@link MenuService#replace}, which the counter's menu grid follows). A bad menu is refused
 * with one clear log line and the last good menu stays. Items 86'd by the manager stay 86'd.
 * Runs on a schedule ({@link #start(Duration)}) and on demand ({@link #pullNow()}). Thread-safe; pulls never overlap.
 */
public final class MenuPull implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MenuPull.class);

    /** What a pull did. */
    public enum Status { UPDATED, UNCHANGED, REFUSED }

    /** @param detail why a menu was refused; empty otherwise */
    public record Result(Status status, String version, String detail) {
    }

    private final CloudClient client;
    private final String storeId;
    private final PulledMenuStore store;
    private final MenuService menus;
    private final MenuLoader loader = new MenuLoader();
    private final ObjectMapper json = ApiJson.newMapper();
    private String lastRefused;
    private ScheduledExecutorService scheduler;

    /** @param storeId the store this terminal is registered to */
    public MenuPull(CloudClient client, String storeId, PulledMenuStore store, MenuService menus) {
        this.client = Objects.requireNonNull(client, "client");
        this.storeId = Objects.requireNonNull(storeId, "storeId");
        this.store = Objects.requireNonNull(store, "store");
        this.menus = Objects.requireNonNull(menus, "menus");
    }

    /**
     * Pulls the store's menu and applies it if it changed. Blocks for the network time (never on the FX thread).
     *
     * @throws CloudException if the cloud cannot be reached or refuses the call (malformed JSON included); the
     *                        menu in use stays
     */
    public synchronized Result pullNow() {
        com.palmpos.sync.api.Menu pulled = client.menu(storeId);
        Optional<PulledMenu> stored = store.latest(storeId);
        if (pulled.version() != null && stored.map(s -> s.version().equals(pulled.version())).orElse(false)) {
            return new Result(Status.UNCHANGED, pulled.version(), "");
        }
        String document;
        Menu menu;
        try {
            document = check(pulled, menus.menu());
            menu = PulledMenuStore.parse(loader, pulled.version(), document);
            if (menu.items().isEmpty()) {
                throw new IllegalArgumentException("it has no item on sale, which would leave nothing to sell");
            }
        } catch (IllegalArgumentException | MenuFormatException e) {
            return refuse(pulled.version(), e.getMessage(), stored);
        }
        // stored first: if the terminal stops now, it starts with this menu
        store.save(storeId, pulled.version(), document);
        menus.replace(menu);
        lastRefused = null;
        LOG.info("Menu version {} pulled from the cloud: {} items in {} categories, now on sale", pulled.version(),
                menu.items().size(), menu.categories().size());
        return new Result(Status.UPDATED, pulled.version(), "");
    }

    private String check(com.palmpos.sync.api.Menu pulled, Menu running) {
        if (pulled.version() == null || pulled.version().isBlank()) {
            throw new IllegalArgumentException("it has no version");
        }
        if (!storeId.equals(pulled.storeId())) {
            throw new IllegalArgumentException("it is the menu of store '" + pulled.storeId() + "', not " + storeId);
        }
        if (!running.currency().getCurrencyCode().equals(pulled.currency())) {
            throw new IllegalArgumentException("it is in " + pulled.currency() + " but this terminal sells in "
                    + running.currency() + " (a currency change needs a new terminal set-up)");
        }
        return CloudMenuDocument.of(pulled, running.name(), json);
    }

    private Result refuse(String version, String reason, Optional<PulledMenu> stored) {
        String keeping = stored.map(s -> "the menu version " + s.version() + " pulled at " + s.pulledAt())
                .orElse("the bundled menu");
        // once per bad version at ERROR: the next pulls find the same menu until the back office fixes it
        if (!Objects.equals(version, lastRefused)) {
            LOG.error("Menu version {} from the cloud refused: {}. Keeping {}; fix the menu in the back office",
                    version, reason, keeping);
        } else {
            LOG.debug("Menu version {} from the cloud still refused: {}", version, reason);
        }
        lastRefused = version;
        return new Result(Status.REFUSED, version, reason);
    }

    /** Pulls now and then every {@code interval} on a background thread; failures are logged and retried next time. */
    public synchronized void start(Duration interval) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "palmpos-menu-pull");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::pullQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pullQuietly() {
        try {
            pullNow();
        } catch (CloudException e) {
            LOG.info("Menu pull postponed: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Menu pull failed; the menu in use stays", e);
        }
    }

    /** Stops the schedule; a pull in progress finishes. */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
