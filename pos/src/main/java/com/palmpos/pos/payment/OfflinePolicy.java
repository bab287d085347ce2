package com.palmpos.pos.payment;

import com.palmpos.pos.Refusal;
import com.palmpos.pos.RefusalCode;
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

        /** @param reason the English sentence for the log; {@code refusal} the same for the screen */
        record Refuse(String reason, Refusal refusal) implements Decision {
        }
    }

    /**
     * @param charge      the payment's amount plus tip
     * @param outstanding offline payments already waiting to be forwarded
     */
    public Decision decide(TenderType type, Money charge, Money outstanding) {
        if (!settings.enabled()) {
            return new Decision.Refuse("card payments cannot be taken offline at this store: ask for cash",
                    Refusal.of(RefusalCode.OFFLINE_OFF));
        }
        if (!settings.allowedTypes().contains(type)) {
            return new Decision.Refuse(type + " payments cannot be taken offline: ask for cash or another card",
                    Refusal.of(RefusalCode.OFFLINE_TYPE, type));
        }
        if (charge.minor() > settings.perPaymentLimitMinor()) {
            Money limit = Money.ofMinor(settings.perPaymentLimitMinor(), charge.currency());
            return new Decision.Refuse("offline payments are limited to " + limit + " each: split the bill or ask"
                    + " for cash", Refusal.of(RefusalCode.OFFLINE_PAYMENT_LIMIT, limit));
        }
        if (outstanding.minor() + charge.minor() > settings.totalOutstandingMinor()) {
            Money limit = Money.ofMinor(settings.totalOutstandingMinor(), charge.currency());
            return new Decision.Refuse("offline payments waiting to be sent would exceed " + limit
                    + ": ask for cash until the connection is back", Refusal.of(RefusalCode.OFFLINE_TOTAL_LIMIT, limit));
        }
        return new Decision.Accept();
    }
}
