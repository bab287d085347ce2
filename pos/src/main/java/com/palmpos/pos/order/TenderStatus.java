package com.palmpos.pos.order;

/**
 * The state of one tender. {@code OFFLINE_PENDING} was accepted while the gateway was unreachable and waits to be
 * forwarded; {@code DECLINED} was accepted offline and then refused, so its amount is due again on the order.
 */
public enum TenderStatus {
    APPROVED, OFFLINE_PENDING, DECLINED;

    /** Whether the tender counts towards what the customer has paid. */
    public boolean counts() {
        return this != DECLINED;
    }
}
