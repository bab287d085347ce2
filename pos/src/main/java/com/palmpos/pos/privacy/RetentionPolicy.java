package com.palmpos.pos.privacy;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the terminal keeps personal data after the customer's last interaction here.
 *
 * <p>Default 365 days for palm templates: long enough that a customer who comes back after a summer away or once a
 * season is still recognised, a third of BIPA's outer limit (3 years after the last interaction), and in line with
 * GDPR's "no longer than necessary" for a convenience feature. Purchase history (what feeds recommendations) follows the
 * same period. Delivered outbox messages (order copies already in the cloud) are kept 7 days for support, the same
 * default as the terminal's {@code outbox.retention-days} (the app passes that setting in).
 *
 * @param biometrics        palm templates are deleted this long after the last interaction (1 day .. 3 years)
 * @param purchaseHistory   the per-customer purchase index is trimmed to this period (orders themselves stay: books)
 * @param deliveredOutbox   messages the cloud has acknowledged are deleted after this long
 * @param runEvery          how often the scheduled job runs
 */
public record RetentionPolicy(Duration biometrics, Duration purchaseHistory, Duration deliveredOutbox, Duration runEvery) {
    /** BIPA: destroy biometric identifiers at the latest 3 years after the individual's last interaction. */
    public static final Duration LEGAL_MAXIMUM = Duration.ofDays(3 * 365);

    public RetentionPolicy {
        Objects.requireNonNull(biometrics, "biometrics");
        Objects.requireNonNull(purchaseHistory, "purchaseHistory");
        Objects.requireNonNull(deliveredOutbox, "deliveredOutbox");
        Objects.requireNonNull(runEvery, "runEvery");
        if (biometrics.compareTo(Duration.ofDays(1)) < 0 || biometrics.compareTo(LEGAL_MAXIMUM) > 0) {
            throw new IllegalArgumentException("palm template retention must be 1 to " + LEGAL_MAXIMUM.toDays()
                    + " days (BIPA's limit), was " + biometrics.toDays() + " days");
        }
        if (purchaseHistory.compareTo(Duration.ofDays(1)) < 0 || deliveredOutbox.isNegative()) {
            throw new IllegalArgumentException("purchase history must be kept at least a day and outbox retention must"
                    + " not be negative");
        }
        if (runEvery.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("the retention job runs at most once a minute, was every " + runEvery);
        }
    }

    /** 365 days for templates and purchase history, 7 days for delivered outbox messages, run daily. */
    public static RetentionPolicy defaults() {
        return new RetentionPolicy(Duration.ofDays(365), Duration.ofDays(365), Duration.ofDays(7), Duration.ofDays(1));
    }

    /** This policy with delivered outbox messages kept {@code days} days ({@code outbox.retention-days}). */
    public RetentionPolicy withDeliveredOutboxDays(int days) {
        return new RetentionPolicy(biometrics, purchaseHistory, Duration.ofDays(days), runEvery);
    }

    /** The defaults with templates (and purchase history) kept {@code days} days. */
    public static RetentionPolicy ofDays(int days) {
        RetentionPolicy d = defaults();
        return new RetentionPolicy(Duration.ofDays(days), Duration.ofDays(days), d.deliveredOutbox(), d.runEvery());
    }
}
