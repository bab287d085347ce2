package com.palmpos.pos.order;

/**
 * Where an order is in its life: {@code OPEN -> SENT (to kitchen) -> PAID -> COMPLETED}, or {@code VOIDED}.
 * Counter service often takes payment first, so {@code OPEN -> PAID} is allowed and a paid order may still send its
 * lines to the kitchen. Refunds keep the status and are recorded on the order.
 */
public enum OrderStatus {
    OPEN, SENT, PAID, COMPLETED, VOIDED;

    /** Lines and discounts may change only before payment. */
    public boolean editable() {
        return this == OPEN || this == SENT;
    }

    /** Takes tenders before payment completes, and after it when a declined offline payment left money due. */
    public boolean acceptsTenders() {
        return this == OPEN || this == SENT || this == PAID || this == COMPLETED;
    }

    public boolean refundable() {
        return this == PAID || this == COMPLETED;
    }
}
