package com.palmpos.pos.menu;

import com.palmpos.pos.money.Money;

/** One choice in a modifier group, e.g. "Oat milk" at +0.60. */
public record ModifierOption(String id, String name, Money price) {
}
