package com.palmpos.sync.api;

import java.util.List;

/** One result per uploaded order, in upload order. */
public record OrderBatchResult(List<OrderResult> results) {
    public OrderBatchResult {
        results = List.copyOf(results);
    }
}
