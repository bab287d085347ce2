package com.palmpos.ui.internal.payment;

import java.time.Instant;
import java.util.Objects;

/**
 * The palm read that authorised a palm payment: whose palm it matched and how closely. Personal data (the customer
 * id): only the audit log may keep it.
 *
 * @param score similarity 0..1 reported by the palm engine
 */
public record PalmIdentification(String customerId, double score, Instant at) {
    public PalmIdentification {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(at, "at");
    }
}
