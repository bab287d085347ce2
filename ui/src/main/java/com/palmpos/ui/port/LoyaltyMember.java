package com.palmpos.ui.port;

import com.palmpos.pos.customer.CustomerProfile;
import java.util.Objects;

/** A loyalty account holder with the points available now (cloud balance plus this terminal's unsent entries). */
public record LoyaltyMember(CustomerProfile profile, long points) {
    public LoyaltyMember {
        Objects.requireNonNull(profile, "profile");
        if (profile.loyaltyId() == null) {
            throw new IllegalArgumentException("customer " + profile.customerId() + " has no loyalty account");
        }
    }
}
