package com.palmpos.app.wiring;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.privacy.ErasureScope;
import com.palmpos.pos.privacy.PrivacyService;
import com.palmpos.sync.profile.ProfileSink;
import java.util.List;
import java.util.Set;

/**
 * Applies the cloud's customer changes to the terminal's customer cache. Idempotent: a page applied twice changes
 * nothing the second time (profiles carry the cloud's version; templates are replaced, tombstones erase). The terminal
 * keeps one template per customer, the newest the cloud lists, encrypted by the store. Erasures (a tombstone, or no
 * templates / no biometric consent) go through {@link PrivacyService#applyCloudErasure}, which audits them when this
 * terminal held something. Called on the sync thread.
 */
public final class CustomerCacheSink implements ProfileSink {
    private final CustomerStore customers;
    private final PrivacyService privacy;

    public CustomerCacheSink(CustomerStore customers, PrivacyService privacy) {
        this.customers = customers;
        this.privacy = privacy;
    }

    @Override
    public void apply(List<com.palmpos.sync.api.CustomerProfile> changes) {
        for (com.palmpos.sync.api.CustomerProfile change : changes) {
            if (change.deleted()) {
                privacy.applyCloudErasure(change.customerId(), ErasureScope.PROFILE);
                continue;
            }
            customers.upsert(toCache(change));
            customers.savePhone(change.customerId(), change.phone());
            if (change.palmTemplates().isEmpty() || !change.biometricConsent()) {
                privacy.applyCloudErasure(change.customerId(), ErasureScope.BIOMETRICS);
            } else {
                customers.savePalmTemplate(change.customerId(), change.palmTemplates().get(change.palmTemplates().size() - 1));
            }
        }
    }

    static CustomerProfile toCache(com.palmpos.sync.api.CustomerProfile cloud) {
        String name = cloud.displayName() == null || cloud.displayName().isBlank() ? cloud.customerId() : cloud.displayName();
        String preferred = name.split("\\s+")[0];
        // the contract does not carry dietary preferences yet: the cache keeps none rather than guessing
        return new CustomerProfile(cloud.customerId(), name, preferred, cloud.loyaltyNumber(), Set.of(), Set.of(), null,
                cloud.loyaltyPoints(), cloud.updatedAt(), cloud.updatedAt().toEpochMilli(), cloud.updatedAt());
    }
}
