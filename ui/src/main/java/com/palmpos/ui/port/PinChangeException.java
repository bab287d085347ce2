package com.palmpos.ui.port;

import java.util.Objects;

/**
 * Thrown by {@link ManagerAuthenticator#changePin(char[], char[])} when the PIN was not changed. The UI shows a
 * sentence chosen by {@link #reason()}; the message is for the log and must never contain a PIN.
 */
public class PinChangeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the change was refused; decides what the cashier is told. */
    public enum Reason {
        /** The current PIN given was wrong (counts as a failed attempt in the store). */
        WRONG_CURRENT_PIN,
        /** The new PIN breaks the store's rules (too short, too simple, the default, ...). */
        REJECTED_BY_POLICY,
        /** Too many wrong PINs: changes are refused until the lockout ends. */
        LOCKED_OUT
    }

    private final Reason reason;

    public PinChangeException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
