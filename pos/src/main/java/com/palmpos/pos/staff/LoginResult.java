package com.palmpos.pos.staff;

import java.time.Instant;

/** The outcome of a PIN sign-in. */
public sealed interface LoginResult {
    /** Signed in; if {@code member.mustChangePin()} the UI must ask for a new PIN before anything else. */
    record Success(StaffMember member) implements LoginResult {
    }

    /** Wrong PIN (or unknown staff id, indistinguishable on purpose); {@code attemptsLeft} before lockout. */
    record WrongPin(int attemptsLeft) implements LoginResult {
    }

    /** Too many wrong PINs: try again after {@code until}. */
    record LockedOut(Instant until) implements LoginResult {
    }
}
