package com.palmpos.sync.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A customer as the terminal caches it. A profile with {@code deleted} set is a tombstone: the terminal must erase
 * everything it holds about that customer. An empty {@code palmTemplates} list means the terminal must erase the
 * customer's cached templates (consent withdrawn or biometrics deleted).
 *
 * @param card the payment card linked to the palm (the processor's token, brand, last 4 and expiry, never the number),
 *             so a palm enrolled at one counter pays at every counter of the chain; null when none is linked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerProfile(String customerId, String displayName, String email, String phone, String loyaltyNumber,
                              long loyaltyPoints, boolean biometricConsent, List<byte[]> palmTemplates,
                              boolean deleted, Instant updatedAt, CardToken card) {
    public CustomerProfile {
        palmTemplates = palmTemplates == null ? List.of() : List.copyOf(palmTemplates);
    }

    /** A profile without a linked card. */
    public CustomerProfile(String customerId, String displayName, String email, String phone, String loyaltyNumber,
                           long loyaltyPoints, boolean biometricConsent, List<byte[]> palmTemplates, boolean deleted,
                           Instant updatedAt) {
        this(customerId, displayName, email, phone, loyaltyNumber, loyaltyPoints, biometricConsent, palmTemplates,
                deleted, updatedAt, null);
    }

    @Override
    public String toString() {
        return "CustomerProfile[customerId=" + customerId + ", deleted=" + deleted + ", templates="
                + palmTemplates.size() + "]";
    }
}
