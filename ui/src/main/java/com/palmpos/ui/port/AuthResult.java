package com.palmpos.ui.port;

import java.time.Instant;
import java.util.Objects;

/**
 * Outcome of {@link ManagerAuthenticator#verify(char[])}. Immutable values; one of four kinds.
 */
public sealed interface AuthResult
        permits AuthResult.Ok, AuthResult.Wrong, AuthResult.LockedOut, AuthResult.MustChange {

    /** The PIN is right and need not be changed: open the manager area. */
    record Ok() implements AuthResult {}

    /**
     * The PIN is wrong.
     *
     * @param remainingAttempts wrong tries left before a lockout; 0 means the next wrong PIN locks out
     */
    record Wrong(int remainingAttempts) implements AuthResult {
        public Wrong {
            if (remainingAttempts < 0) {
                throw new IllegalArgumentException("remainingAttempts must be >= 0, was " + remainingAttempts);
            }
        }
    }

    /**
     * Too many wrong PINs: no PIN is checked until {@code until}, not even the right one.
     *
     * @param until the instant from which PINs are checked again
     */
    record LockedOut(Instant until) implements AuthResult {
        public LockedOut {
            Objects.requireNonNull(until, "until");
        }
    }

    /** The PIN is right but is the factory default (or otherwise expired): it must be changed before use. */
    record MustChange() implements AuthResult {}

    static AuthResult ok() {
        return new Ok();
    }

    static AuthResult mustChange() {
        return new MustChange();
    }

    static AuthResult wrong(int remainingAttempts) {
        return new Wrong(remainingAttempts);
    }

    static AuthResult lockedOut(Instant until) {
        return new LockedOut(until);
    }
}
