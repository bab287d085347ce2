package com.palmpos.ui.internal.session;

/**
 * Who the next palm event is for. The counter's customer recognition takes palms by default; a palm payment or an
 * enrollment takes them over while its page is on the customer display, so a palm held out to pay or to enrol never
 * also greets, switches or attaches a customer. Each {@link CompanionPage} names its owner; the session answers
 * {@link CounterSession#palmOwner()} from the page shown.
 */
public enum PalmOwner {
    /** The customer journey: identify, greet, attach the customer to the open order. */
    RECOGNITION,
    /** A payment is waiting for, or confirming, the customer's palm (or a second factor). */
    PAYMENT,
    /** An enrollment asks for consent or captures the palm. */
    ENROLLMENT
}
