package com.palmpos.pos.payment;

import com.palmpos.pos.order.TenderType;

/** A card presented for payment: the processor token and what to show. {@code type} is CARD or PALM. */
public record CardDetails(TenderType type, String token, String brand, String last4) {
    public CardDetails {
        if (!type.viaGateway()) {
            throw new IllegalArgumentException("card details need a CARD or PALM tender type, not " + type);
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("card details need the processor token");
        }
    }
}
