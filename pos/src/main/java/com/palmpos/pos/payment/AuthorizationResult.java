package com.palmpos.pos.payment;

/** The processor's answer: approved, declined, or not reachable at all. */
public sealed interface AuthorizationResult {
    record Approved(String authorizationCode) implements AuthorizationResult {
    }

    record Declined(String reason) implements AuthorizationResult {
    }

    record Unreachable(String reason) implements AuthorizationResult {
    }
}
