package com.palmpos.sync.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A customer as the terminal caches it. A profile with {@code deleted} set is a tombstone: the terminal must erase
 * everything it holds about that customer. An empty {@code palmTemplates} list means the terminal must erase the
 * customer's cached templates (consent withdrawn or biometrics deleted).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerProfile(String customerId, String displayName, String email, String phone, String loyaltyNumber,
                              long loyaltyPoints, boolean biometricConsent, List<byte[]> palmTemplates,
                              boolean deleted, Instant updatedAt) {
    public CustomerProfile {
        palmTemplates = palmTemplates == null ? List.of() : List.copyOf(palmTemplates);
    }

    @Override
    public String toString() {
        return "CustomerProfile[customerId=" + customerId + ", deleted=" + deleted + ", templates="
                + palmTemplates.size() + "]";
    }
}
