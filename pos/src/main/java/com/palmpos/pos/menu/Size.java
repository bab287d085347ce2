package com.palmpos.pos.menu;

import com.palmpos.pos.money.Money;

/** A size of an item with its own price, e.g. cup / bowl. */
public record Size(String id, String name, Money price) {
}
