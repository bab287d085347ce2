package com.palmpos.pos.enrollment;

/** Why an enrollment, pre-enrollment completion or loyalty link step was refused; the UI picks its sentence by it. */
public enum EnrollmentProblem {
    /** A step needs the customer's consent first (no palm capture before consent). */
    CONSENT_REQUIRED,
    /** A step was called out of order, or after the session ended (committed, declined or cancelled). */
    WRONG_STEP,
    /** Typed or read input is malformed (name, e-mail, card number, code...); the message names the field. */
    INVALID_INPUT,
    /** The palm, the customer or the session is already enrolled. */
    DUPLICATE,
    /** The card processor refused the card (invalid number, expired, declined). */
    CARD_REJECTED,
    /** The cloud cannot be reached: for steps that need it, try again when the terminal is online. */
    OFFLINE,
    /** No pre-enrollment with this code: check the code the customer shows. */
    UNKNOWN_CODE,
    /** The pre-enrollment code has expired: the customer must pre-enroll again or enroll at the counter. */
    CODE_EXPIRED,
    /** The pre-enrollment code was already used. */
    CODE_USED,
    /** The loyalty number belongs to another customer. */
    LOYALTY_TAKEN,
    /** The customer or loyalty member is not known. */
    UNKNOWN_CUSTOMER,
    /** Several loyalty members have the phone number searched: ask for the loyalty number instead. */
    AMBIGUOUS_PHONE
}
