package com.palmpos.pos.privacy;

import java.time.Instant;

/** The answer to a second-factor check; each is audited. */
public sealed interface SecondFactorResult {
    /** The digits match. */
    record Passed() implements SecondFactorResult {
    }

    /** The digits do not match; {@code attemptsLeft} before palm payment is refused for a while. */
    record Wrong(int attemptsLeft) implements SecondFactorResult {
    }

    /** Too many wrong answers: no palm payment for this customer until {@code until}; pay another way. */
    record TooManyAttempts(Instant until) implements SecondFactorResult {
    }

    /** No phone on file: the second factor cannot be checked, so palm payment above the threshold is refused. */
    record NoPhoneOnFile() implements SecondFactorResult {
    }
}
