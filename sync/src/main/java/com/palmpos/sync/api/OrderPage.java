package com.palmpos.sync.api;

import java.util.List;

/** A page of a store's orders in the order the cloud received them, for reconciliation. */
public record OrderPage(List<OrderUpload> orders, String nextCursor, boolean hasMore) {
    public OrderPage {
        orders = List.copyOf(orders);
    }
}
