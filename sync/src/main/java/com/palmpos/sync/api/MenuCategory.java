package com.palmpos.sync.api;

import java.util.List;

/** A menu section, e.g. "Bowls". */
public record MenuCategory(String id, String name, List<MenuItem> items) {
    public MenuCategory {
        items = List.copyOf(items);
    }
}
