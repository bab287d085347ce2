package com.palmpos.sync.profile;

import com.palmpos.sync.api.CustomerProfile;
import java.util.List;

/**
 * Where pulled customer changes go: the app wires it to the pos customer store. Each call carries one page in
 * change order; apply it completely (upsert profiles, replace cached templates, erase tombstones) and
 * idempotently: after a crash the same page may come again. Throwing leaves the cursor where it was.
 * Called on the sync thread.
 */
@FunctionalInterface
public interface ProfileSink {
    void apply(List<CustomerProfile> changes);
}
