package com.palmpos.pos.payment;

import com.palmpos.pos.order.TenderType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Store-and-forward limits for card and palm payments taken while the gateway is unreachable. The store carries the
 * risk of these payments, so both a per-payment and a total exposure cap apply. Amounts are in minor units of the
 * menu's currency.
 *
 * @param enabled                  false refuses every offline card/palm payment
 * @param perPaymentLimitMinor     largest single offline payment, tip included
 * @param totalOutstandingMinor    most money that may wait to be forwarded at once, tip included
 * @param allowedTypes             tenders that may be taken offline (e.g. PALM only)
 */
public record OfflineSettings(boolean enabled, long perPaymentLimitMinor, long totalOutstandingMinor,
                              Set<TenderType> allowedTypes) {
    public OfflineSettings {
        if (perPaymentLimitMinor < 0 || totalOutstandingMinor < 0) {
            throw new IllegalArgumentException("offline limits must not be negative");
        }
        allowedTypes = allowedTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowedTypes));
    }

    /** Enabled for card and palm: at most 50.00 per payment and 500.00 outstanding. */
    public static OfflineSettings defaults() {
        return new OfflineSettings(true, 50_00, 500_00, Set.of(TenderType.CARD, TenderType.PALM));
    }
}
