package com.palmpos.pos.order;

/** How a tender was paid. {@code PALM} is a card linked to the customer's palm, charged through its processor token. */
public enum TenderType {
    CASH, CARD, PALM;

    /** Card-like tenders go through the payment gateway and may be stored and forwarded while offline. */
    public boolean viaGateway() {
        return this != CASH;
    }
}
