package com.palmpos.pos.payment;

import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.TenderType;

/**
 * Decides whether a card or palm payment may be stored and forwarded while the gateway is unreachable. Pure and
 * thread-safe.
 */
public final class OfflinePolicy {
    private final OfflineSettings settings;

    public OfflinePolicy(OfflineSettings settings) {
        this.settings = settings;
    }

    /** Accept, or a refusal saying why and what the cashier can do. */
    public sealed interface Decision {
        record Accept() implements Decision {
        }

        record Refuse(String reason) implements Decision {
        }
    }

    /**
     * @param charge      the payment's amount plus tip
     * @param outstanding offline payments already waiting to be forwarded
     */
    public Decision decide(TenderType type, Money charge, Money outstanding) {
        if (!settings.enabled()) {
            return new Decision.Refuse("card payments cannot be taken offline at this store: ask for cash");
        }
        if (!settings.allowedTypes().contains(type)) {
            return new Decision.Refuse(type + " payments cannot be taken offline: ask for cash or another card");
        }
        if (charge.minor() > settings.perPaymentLimitMinor()) {
            return new Decision.Refuse("offline payments are limited to " + limit(charge, settings.perPaymentLimitMinor())
                    + " each: split the bill or ask for cash");
        }
        if (outstanding.minor() + charge.minor() > settings.totalOutstandingMinor()) {
            return new Decision.Refuse("offline payments waiting to be sent would exceed "
                    + limit(charge, settings.totalOutstandingMinor()) + ": ask for cash until the connection is back");
        }
        return new Decision.Accept();
    }

    private static String limit(Money like, long minor) {
        return Money.ofMinor(minor, like.currency()).toString();
    }
}
