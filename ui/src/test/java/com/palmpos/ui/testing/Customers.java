package com.palmpos.ui.testing;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.LinkedCard;
import java.time.Instant;
import java.util.Set;

/** Customer profiles for screen tests. */
public final class Customers {

    private Customers() {
    }

    /** Sam, with a Visa linked to their palm and {@code points} loyalty points. */
    public static CustomerProfile withCard(String customerId, long points) {
        return new CustomerProfile(customerId, "Samantha Doe", "Sam", "L-" + customerId, Set.of(), Set.of(),
                new LinkedCard("tok_linked_" + customerId, "Visa", "1881"), points, Instant.EPOCH, 1, Instant.EPOCH);
    }

    public static CustomerProfile withoutCard(String customerId) {
        return new CustomerProfile(customerId, "Alex Roe", null, "L-" + customerId, Set.of(), Set.of(), null, 0,
                Instant.EPOCH, 1, Instant.EPOCH);
    }
}
