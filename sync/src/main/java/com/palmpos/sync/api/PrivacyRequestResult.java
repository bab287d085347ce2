package com.palmpos.sync.api;

import java.time.Instant;

/** A completed privacy request; terminals learn of it through the customer delta feed. */
public record PrivacyRequestResult(String requestId, String customerId, String scope, Instant completedAt) {
}
