package com.palmpos.sync.api;

/** A sellable item; the price includes tax and is in the menu's currency. */
public record MenuItem(String sku, String name, long priceMinor, boolean available) {
}
