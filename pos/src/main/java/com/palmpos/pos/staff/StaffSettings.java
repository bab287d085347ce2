package com.palmpos.pos.staff;

import java.time.Duration;

/**
 * Sign-in rules.
 *
 * @param maxAttempts      wrong PINs in a row before the account locks
 * @param lockout          how long it stays locked
 * @param pinIterations    PBKDF2 iterations for new hashes; at least 210,000 (OWASP 2023 for PBKDF2-HMAC-SHA256)
 * @param minPinLength     shortest PIN accepted when a PIN is set
 */
public record StaffSettings(int maxAttempts, Duration lockout, int pinIterations, int minPinLength) {
    public static final int MIN_ITERATIONS = 210_000;

    public StaffSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (lockout.isNegative()) {
            throw new IllegalArgumentException("lockout must not be negative");
        }
        if (pinIterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("pinIterations must be at least " + MIN_ITERATIONS + ", was " + pinIterations);
        }
        if (minPinLength < 4) {
            throw new IllegalArgumentException("minPinLength must be at least 4, was " + minPinLength);
        }
    }

    /** 5 attempts, 5 minutes lockout, 210,000 iterations, PINs of 4+ digits. */
    public static StaffSettings defaults() {
        return new StaffSettings(5, Duration.ofMinutes(5), MIN_ITERATIONS, 4);
    }
}
