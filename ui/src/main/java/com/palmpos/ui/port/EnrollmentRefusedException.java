package com.palmpos.ui.port;

import java.util.Objects;

/**
 * An enrollment step the back office refused; the reason picks the sentence the screen shows, the message is for
 * the log (it never contains card numbers, templates or codes in full).
 */
public final class EnrollmentRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why, as far as the screens need to know. */
    public enum Reason {
        /** The pre-enrollment code is unknown. */
        WRONG_CODE,
        /** The code was used already. */
        CODE_USED,
        /** The code has expired. */
        CODE_EXPIRED,
        /** The cloud cannot be reached (pre-enrollment and loyalty need it). */
        OFFLINE,
        /** The card reader gave no usable card. */
        CARD_NOT_READ,
        /** The card processor refused the card (invalid, expired, declined). */
        CARD_REFUSED,
        /** This palm (or customer) is enrolled already. */
        ALREADY_ENROLLED,
        /** The back office refused typed data; the message names the field. */
        INVALID_INPUT,
        /** The customer or loyalty member is not known. */
        NOT_FOUND,
        /** The loyalty account belongs to another customer. */
        LOYALTY_TAKEN,
        /** Several loyalty members have the phone number searched: ask for the loyalty number. */
        AMBIGUOUS_PHONE,
        /** Enrollment is not set up on this terminal. */
        UNAVAILABLE
    }

    private final Reason reason;

    public EnrollmentRefusedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public EnrollmentRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
