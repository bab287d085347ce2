package com.palmpos.pos.order;

import com.palmpos.pos.money.Money;
import java.time.Instant;

/**
 * A payment applied to an order. Card data is limited to the processor's token, the brand and the last four digits:
 * no card number ever reaches the terminal.
 *
 * @param amount        what this tender pays of the order total (for cash: after change)
 * @param tip           tip paid with this tender, on top of {@code amount}
 * @param cashGiven     cash handed over, or null for cards
 * @param change        cash given back, zero for cards
 * @param token         processor token of the card (card and palm), else null
 * @param authCode      the gateway's approval code, null while offline or declined
 * @param declineReason why the gateway refused a stored offline payment, else null
 */
public record Tender(String paymentId, TenderType type, Money amount, Money tip, Money cashGiven, Money change,
                     String token, String brand, String last4, TenderStatus status, String authCode,
                     String declineReason, Instant at) {
    public Tender {
        if (amount.isNegative() || tip.isNegative() || change.isNegative()) {
            throw new IllegalArgumentException("tender amounts must not be negative");
        }
        if (type.viaGateway() && (token == null || token.isBlank())) {
            throw new IllegalArgumentException(type + " tender needs a processor token");
        }
        if (last4 != null && !last4.matches("\\d{4}")) {
            throw new IllegalArgumentException("last4 must be four digits, was '" + last4 + "'");
        }
    }

    public Tender declined(String reason) {
        return new Tender(paymentId, type, amount, tip, cashGiven, change, token, brand, last4, TenderStatus.DECLINED,
                null, reason, at);
    }

    public Tender approved(String code) {
        return new Tender(paymentId, type, amount, tip, cashGiven, change, token, brand, last4, TenderStatus.APPROVED,
                code, null, at);
    }
}
