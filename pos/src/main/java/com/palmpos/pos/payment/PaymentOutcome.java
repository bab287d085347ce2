package com.palmpos.pos.payment;

import com.palmpos.pos.Refusal;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.Order;

/**
 * The result of taking a payment.
 *
 * @param order   the order after the payment (unchanged when declined or refused)
 * @param status  what happened
 * @param change  cash to hand back (zero for cards)
 * @param message a sentence for the cashier when declined or refused, else empty (English, for the log)
 * @param refusal why it was declined or refused, for the screen's own text; null when accepted
 */
public record PaymentOutcome(Order order, Status status, Money change, String message, Refusal refusal) {

    /** An outcome without a refusal (accepted). */
    public PaymentOutcome(Order order, Status status, Money change, String message) {
        this(order, status, change, message, null);
    }

    public enum Status {
        APPROVED, STORED_OFFLINE, DECLINED, REFUSED_OFFLINE
    }

    public boolean accepted() {
        return status == Status.APPROVED || status == Status.STORED_OFFLINE;
    }
}
