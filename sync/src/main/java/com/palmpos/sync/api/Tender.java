package com.palmpos.sync.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How (part of) an order was paid.
 *
 * @param type {@code CARD}, {@code CASH} or {@code LOYALTY}; card tenders carry token, brand, last 4 and payment id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tender(String type, long amountMinor, String cardToken, String brand, String last4, String paymentId) {
}
