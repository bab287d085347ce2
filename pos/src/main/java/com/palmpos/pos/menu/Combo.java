package com.palmpos.pos.menu;

import com.palmpos.pos.money.Money;
import java.util.List;

/** A meal deal sold at one price: one item per slot, e.g. "Soup + half sandwich + drink". */
public record Combo(String id, String name, String icon, String categoryId, Money price, String taxClass,
                    List<ComboSlot> slots) {
    public Combo {
        slots = List.copyOf(slots);
    }
}
