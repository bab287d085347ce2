package com.palmpos.sync.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A card payment.
 *
 * @param status      {@code AUTHORIZED}, {@code DECLINED}, {@code CAPTURED} or {@code VOIDED} (released, nothing charged)
 * @param declineCode why a {@code DECLINED} payment was refused, e.g. {@code insufficient_funds}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Payment(String paymentId, String orderId, String status, long amountMinor, long capturedMinor,
                      String currency, String brand, String last4, String declineCode) {
    public static final String AUTHORIZED = "AUTHORIZED";
    public static final String DECLINED = "DECLINED";
    public static final String CAPTURED = "CAPTURED";
    public static final String VOIDED = "VOIDED";
}
