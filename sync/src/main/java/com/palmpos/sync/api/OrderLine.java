package com.palmpos.sync.api;

/** One line of an order; {@code totalMinor} = quantity x unit price, tax included. */
public record OrderLine(String sku, String name, int quantity, long unitPriceMinor, long totalMinor) {
}
