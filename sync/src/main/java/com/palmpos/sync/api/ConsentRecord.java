package com.palmpos.sync.api;

import java.time.Instant;

/**
 * Proof that the customer agreed to biometric processing.
 *
 * @param policyVersion the version of the consent text shown
 * @param grantedAt     when the customer agreed
 * @param channel       where, e.g. {@code counter} or {@code web}
 */
public record ConsentRecord(String policyVersion, Instant grantedAt, String channel) {
}
