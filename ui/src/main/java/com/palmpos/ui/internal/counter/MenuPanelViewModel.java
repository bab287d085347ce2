package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.i18n.MoneyText;
import com.palmpos.pos.menu.Category;
import com.palmpos.pos.menu.Combo;
import com.palmpos.pos.menu.ComboSlot;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuItem;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.money.Money;
import com.palmpos.ui.internal.i18n.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The menu grid: one category at a time (its items, then its meal deals), or every item and deal whose name matches
 * the search text. Keeps a keyboard selection so Enter picks the highlighted tile. Reads the in-memory menu only (no I/O), so it runs on the FX
 * thread. FX thread only; testable without a toolkit.
 */
public final class MenuPanelViewModel {

    private final String title;
    private final EmptyState emptyState;
    private final MenuService menus;
    private final MoneyText money;
    private final String storeId;
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(this, "category");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<MenuTile> tiles = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final Consumer<MenuItem> onChoose;
    private final Consumer<Combo> onChooseDeal;

    /**
     * @param storeId  prices are this store's (the menu may override them per store)
     * @param onChoose     called with the item the cashier picked (click or Enter); it opens the choices or adds it
     * @param onChooseDeal called with the meal deal the cashier picked; it opens the deal's choices
     */
    public MenuPanelViewModel(Messages messages, MenuService menus, String storeId, Consumer<MenuItem> onChoose,
            Consumer<Combo> onChooseDeal) {
        this.title = messages.get("counter.menu.title");
        this.emptyState = new EmptyState(messages.get("counter.menu.empty"), messages.get("counter.menu.emptyHint"));
        this.menus = menus;
        this.money = new MoneyText(messages.locale());
        this.onChoose = onChoose;
        this.onChooseDeal = onChooseDeal;
        this.storeId = storeId;
        categories.setAll(sellableCategories(menus.menu()));
        category.addListener((obs, old, now) -> refresh());
        search.addListener((obs, old, now) -> refresh());
        category.set(categories.isEmpty() ? null : categories.get(0));
        refresh();
    }

    /**
     * Shows the menu now in force (after a pull from the cloud replaced it): new categories and tiles, the same
     * category when it is still there, and the search kept. FX thread.
     */
    public void menuChanged() {
        Category current = category.get();
        List<Category> now = sellableCategories(menus.menu());
        Category same = current == null ? null : now.stream().filter(c -> c.id().equals(current.id()))
                .findFirst().orElse(null);
        Category next = same != null ? same : now.isEmpty() ? null : now.get(0);
        // the category first, so the view draws the new buttons with the right one selected
        if (Objects.equals(next, current)) {
            refresh();
        } else {
            category.set(next);
        }
        categories.setAll(now);
    }

    /** Categories with something to sell: an item, or a meal deal filed under them. */
    private static List<Category> sellableCategories(Menu menu) {
        return menu.categories().stream()
                .filter(c -> !menu.itemsIn(c.id()).isEmpty() || menu.combos().stream().anyMatch(d -> inCategory(d, c)))
                .toList();
    }

    public String title() {
        return title;
    }

    public EmptyState emptyState() {
        return emptyState;
    }

    /** The category buttons, in menu order; they change when the menu is replaced. */
    public ObservableList<Category> categories() {
        return categories;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The buttons to show, in menu order. */
    public ObservableList<MenuTile> tiles() {
        return tiles;
    }

    /** Index of the keyboard-highlighted tile, -1 when there is none. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** Moves the highlight by {@code delta} tiles (arrow keys), staying inside the grid. */
    public void moveSelection(int delta) {
        if (tiles.isEmpty()) {
            return;
        }
        int next = selected.get() < 0 ? 0 : selected.get() + delta;
        selected.set(Math.max(0, Math.min(tiles.size() - 1, next)));
    }

    /** Picks the highlighted tile (Enter); false when nothing available is highlighted. */
    public boolean chooseSelected() {
        int index = selected.get();
        if (index < 0 || index >= tiles.size()) {
            return false;
        }
        return choose(tiles.get(index));
    }

    /** Picks {@code tile} (a click) and clears the search; false for an item that is off sale. */
    public boolean choose(MenuTile tile) {
        if (!tile.available()) {
            return false;
        }
        // the search has done its job: the next keys (+, -, the next search) start from a clean field
        search.set("");
        if (tile.isDeal()) {
            onChooseDeal.accept(tile.deal());
        } else {
            onChoose.accept(tile.item());
        }
        return true;
    }

    /** Re-reads availability (after an item is 86'd) and the filter. */
    public void refresh() {
        String query = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        Menu menu = menus.menu();
        List<MenuTile> next = new ArrayList<>();
        if (query.isEmpty()) {
            Category shown = category.get();
            if (shown != null) {
                menu.itemsIn(shown.id()).forEach(item -> next.add(tile(item)));
                menu.combos().stream().filter(deal -> inCategory(deal, shown)).forEach(deal -> next.add(tile(deal)));
            }
        } else {
            menu.items().stream().filter(i -> matches(i.name(), query)).forEach(item -> next.add(tile(item)));
            menu.combos().stream().filter(d -> matches(d.name(), query)).forEach(deal -> next.add(tile(deal)));
        }
        tiles.setAll(next);
        selected.set(tiles.isEmpty() ? -1 : query.isEmpty() ? -1 : 0);
    }

    private MenuTile tile(MenuItem item) {
        Menu menu = menus.menu();
        Money from = item.hasSizes()
                ? item.sizes().stream().map(size -> menu.priceAt(storeId, item, size))
                        .min(Comparator.naturalOrder()).orElseThrow()
                : menu.priceAt(storeId, item, null);
        return MenuTile.of(item, money.format(from), menus.isAvailable(item.id()));
    }

    /** A deal is on sale while every slot has at least one item on sale. */
    private MenuTile tile(Combo deal) {
        boolean available = deal.slots().stream()
                .allMatch((ComboSlot slot) -> slot.itemIds().stream().anyMatch(menus::isAvailable));
        return MenuTile.of(deal, money.format(deal.price()), available);
    }

    private static boolean inCategory(Combo deal, Category category) {
        return category.id().equals(deal.categoryId());
    }

    private static boolean matches(String name, String query) {
        return name.toLowerCase(Locale.ROOT).contains(query);
    }
}
