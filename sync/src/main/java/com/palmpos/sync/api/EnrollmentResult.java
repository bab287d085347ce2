package com.palmpos.sync.api;

/** The enrolled customer. */
public record EnrollmentResult(String customerId, String loyaltyNumber) {
}
