package com.palmpos.sync.api;

import java.util.List;

/** Up to 500 orders uploaded in one call. */
public record OrderBatch(List<OrderUpload> orders) {
    public static final int MAX_ORDERS = 500;

    public OrderBatch {
        orders = List.copyOf(orders);
    }
}
