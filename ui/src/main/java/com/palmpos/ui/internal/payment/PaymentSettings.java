package com.palmpos.ui.internal.payment;

import java.time.Duration;
import java.util.Objects;

/**
 * Timings of the pay screen.
 *
 * @param palmTimeout     how long the pay screen waits for the customer's palm before offering card or cash again
 * @param thankYouShown   how long the customer display thanks the customer before it returns to its welcome page
 */
public record PaymentSettings(Duration palmTimeout, Duration thankYouShown) {

    /** 20 s is long enough to hold a hand over the reader twice, short enough that a queue does not wait. */
    public static final Duration PALM_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration THANK_YOU_SHOWN = Duration.ofSeconds(5);

    public PaymentSettings {
        Objects.requireNonNull(palmTimeout, "palmTimeout");
        Objects.requireNonNull(thankYouShown, "thankYouShown");
        if (palmTimeout.isNegative() || palmTimeout.isZero()) {
            throw new IllegalArgumentException("palm payment timeout must be positive, was " + palmTimeout);
        }
    }

    public static PaymentSettings defaults() {
        return new PaymentSettings(PALM_TIMEOUT, THANK_YOU_SHOWN);
    }
}
