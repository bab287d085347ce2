package com.palmpos.sync.api;

import java.time.Instant;

/** A pre-enrollment code the customer shows at the counter to complete enrollment with palm captures. */
public record PreEnrollment(String code, Instant expiresAt) {
}
