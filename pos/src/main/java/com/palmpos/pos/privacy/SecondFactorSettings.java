package com.palmpos.pos.privacy;

import com.palmpos.pos.money.Money;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When a palm payment also asks for the last four digits of the customer's phone. A visible-light palm match can be
 * fooled by a good photograph of the hand; the second factor bounds what such a fraud can take.
 *
 * @param threshold   payments (tip included) of this amount or more need the second factor; empty turns it off
 * @param maxAttempts wrong answers before palm payment is refused for the customer for {@code cooldown}
 * @param cooldown    how long palm payment stays refused after too many wrong answers
 */
public record SecondFactorSettings(Optional<Money> threshold, int maxAttempts, Duration cooldown) {
    public SecondFactorSettings {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(cooldown, "cooldown");
        if (threshold.isPresent() && !threshold.get().isPositive()) {
            throw new IllegalArgumentException("the second-factor threshold must be positive, was " + threshold.get()
                    + " (leave it empty to turn the second factor off)");
        }
        if (maxAttempts < 1 || maxAttempts > 5) {
            throw new IllegalArgumentException("second-factor attempts must be 1..5, was " + maxAttempts);
        }
    }

    /** No second factor. */
    public static SecondFactorSettings off() {
        return new SecondFactorSettings(Optional.empty(), 3, Duration.ofMinutes(15));
    }

    /** A second factor from {@code threshold} on, 3 attempts, 15 minutes cool-down. */
    public static SecondFactorSettings above(Money threshold) {
        return new SecondFactorSettings(Optional.of(threshold), 3, Duration.ofMinutes(15));
    }
}
