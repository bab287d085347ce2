package com.palmpos.ui.port;

import com.palmpos.pos.customer.CustomerProfile;
import java.util.Objects;
import java.util.Optional;

/**
 * A completed pre-enrollment: who was enrolled and, if this terminal has their profile already (it may arrive later
 * with the next customer pull), the profile.
 */
public record PreEnrolled(String customerId, String loyaltyId, Optional<CustomerProfile> profile) {
    public PreEnrolled {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(profile, "profile");
    }
}
