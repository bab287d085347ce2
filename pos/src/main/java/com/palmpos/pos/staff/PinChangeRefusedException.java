package com.palmpos.pos.staff;

import com.palmpos.pos.Refusal;
import com.palmpos.pos.Refused;

/**
 * {@link StaffService#changePin} did not change the PIN; {@link #reason()} says why and the message says what to do.
 * An {@link IllegalArgumentException}, as the refusal is about what was typed.
 */
public final class PinChangeRefusedException extends IllegalArgumentException implements Refused {
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
    private final transient Refusal refusal;

    /** @param refusal the screen's form of {@code message} */
    public PinChangeRefusedException(Reason reason, String message, Refusal refusal) {
        super(message);
        this.reason = reason;
        this.refusal = refusal;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }

    public Reason reason() {
        return reason;
    }
}
