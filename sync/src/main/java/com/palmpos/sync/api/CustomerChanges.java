package com.palmpos.sync.api;

import java.util.List;

/**
 * One page of the customer delta feed. Pass {@code nextCursor} to the next pull; the cursor is opaque and issued by
 * the cloud, so the terminal's clock plays no part in what it receives.
 */
public record CustomerChanges(List<CustomerProfile> items, String nextCursor, boolean hasMore) {
    public CustomerChanges {
        items = List.copyOf(items);
    }
}
