package com.palmpos.ui.internal.counter;

import com.palmpos.pos.menu.MenuItem;

/**
 * One button of the menu grid: an item, its price text (the smallest size price for sized items) and whether it is
 * on sale right now. Immutable.
 */
public record MenuTile(MenuItem item, String priceText, boolean available) {

    public String id() {
        return item.id();
    }
}
