package com.palmpos.pos.customer;

import java.util.Optional;

/**
 * What this terminal holds about one customer, opened: their cached profile (if it arrived), their phone digits (if on
 * file) and whether a palm template is stored. For privacy searches and exports; never logged.
 */
public record HeldCustomer(String customerId, Optional<CustomerProfile> profile, Optional<String> phoneDigits,
        boolean hasTemplate) {
}
