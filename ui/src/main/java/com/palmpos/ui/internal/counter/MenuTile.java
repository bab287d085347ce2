package com.palmpos.ui.internal.counter;

import com.palmpos.pos.menu.Combo;
import com.palmpos.pos.menu.MenuItem;
import java.util.Objects;

/**
 * One button of the menu grid: an item or a meal deal, its price text (the smallest size price for sized items, the
 * deal price for a deal) and whether it is on sale right now. Exactly one of {@code item} and {@code deal} is set.
 * Immutable.
 */
public record MenuTile(MenuItem item, Combo deal, String priceText, boolean available) {

    public MenuTile {
        if ((item == null) == (deal == null)) {
            throw new IllegalArgumentException("a menu tile is an item or a meal deal, not both or neither");
        }
        Objects.requireNonNull(priceText, "priceText");
    }

    public static MenuTile of(MenuItem item, String priceText, boolean available) {
        return new MenuTile(item, null, priceText, available);
    }

    public static MenuTile of(Combo deal, String priceText, boolean available) {
        return new MenuTile(null, deal, priceText, available);
    }

    /** The item or deal id; unique on one menu (node ids are "menu-item-" + id). */
    public String id() {
        return item != null ? item.id() : deal.id();
    }

    public String name() {
        return item != null ? item.name() : deal.name();
    }

    public String icon() {
        return item != null ? item.icon() : deal.icon();
    }

    public boolean isDeal() {
        return deal != null;
    }
}
