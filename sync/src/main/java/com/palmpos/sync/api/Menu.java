package com.palmpos.sync.api;

import java.util.List;

/** A store's menu; {@code version} changes whenever anything in it does. */
public record Menu(String storeId, String version, String currency, List<MenuCategory> categories) {
    public Menu {
        categories = List.copyOf(categories);
    }
}
