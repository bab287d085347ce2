package com.palmpos.app.wiring;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.customer.LinkedCard;
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
    private final TemplateChanges listener;

    /** Told about each template the cache stored or erased, after it is committed (keeps the live gallery current). */
    public interface TemplateChanges {
        void saved(String customerId, byte[] template);

        void removed(String customerId);

        TemplateChanges NONE = new TemplateChanges() {
            @Override
            public void saved(String customerId, byte[] template) {
            }

            @Override
            public void removed(String customerId) {
            }
        };
    }

    public CustomerCacheSink(CustomerStore customers, PrivacyService privacy) {
        this(customers, privacy, TemplateChanges.NONE);
    }

    /** @param privacy applies (and audits) erasures the cloud reports */
    public CustomerCacheSink(CustomerStore customers, PrivacyService privacy, TemplateChanges listener) {
        this.customers = customers;
        this.privacy = privacy;
        this.listener = listener;
    }

    @Override
    public void apply(List<com.palmpos.sync.api.CustomerProfile> changes) {
        for (com.palmpos.sync.api.CustomerProfile change : changes) {
            if (change.deleted()) {
                if (privacy.applyCloudErasure(change.customerId(), ErasureScope.PROFILE).foundHere()) {
                    listener.removed(change.customerId());
                }
                continue;
            }
            // the card linked to the palm (token, brand, last 4) comes with the profile; a profile without one
            // keeps a card linked at this counter that the cloud has not confirmed yet
            LinkedCard card = change.card() != null
                    ? new LinkedCard(change.card().token(), change.card().brand(), change.card().last4())
                    : customers.find(change.customerId()).map(CustomerProfile::card).orElse(null);
            customers.upsert(toCache(change, card));
            customers.savePhone(change.customerId(), change.phone());
            if (change.palmTemplates().isEmpty() || !change.biometricConsent()) {
                if (privacy.applyCloudErasure(change.customerId(), ErasureScope.BIOMETRICS).foundHere()) {
                    listener.removed(change.customerId());
                }
            } else {
                byte[] newest = change.palmTemplates().get(change.palmTemplates().size() - 1);
                customers.savePalmTemplate(change.customerId(), newest);
                listener.saved(change.customerId(), newest);
            }
        }
    }

    static CustomerProfile toCache(com.palmpos.sync.api.CustomerProfile cloud) {
        return toCache(cloud, null);
    }

    static CustomerProfile toCache(com.palmpos.sync.api.CustomerProfile cloud, LinkedCard card) {
        String name = cloud.displayName() == null || cloud.displayName().isBlank() ? cloud.customerId() : cloud.displayName();
        String preferred = name.split("\\s+")[0];
        // the contract does not carry dietary preferences yet: the cache keeps none rather than guessing
        return new CustomerProfile(cloud.customerId(), name, preferred, cloud.loyaltyNumber(), Set.of(), Set.of(), card,
                cloud.loyaltyPoints(), cloud.updatedAt(), cloud.updatedAt().toEpochMilli(), cloud.updatedAt());
    }
}
