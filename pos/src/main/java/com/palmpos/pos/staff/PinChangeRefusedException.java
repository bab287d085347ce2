package com.palmpos.pos.staff;

/**
 * {@link StaffService#changePin} did not change the PIN; {@link #reason()} says why and the message says what to do.
 * An {@link IllegalArgumentException}, as the refusal is about what was typed.
 */
public final class PinChangeRefusedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Why the PIN was not changed. */
    public enum Reason {
        /** The current PIN given was wrong (it counted as a failed sign-in). */
        WRONG_CURRENT_PIN,
        /** The account is locked after too many wrong PINs. */
        LOCKED_OUT,
        /** The new PIN breaks the rules: length, digits only, not trivial, not the current or default one. */
        WEAK_PIN
    }

    private final Reason reason;

    public PinChangeRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
