package com.palmpos.pos.staff;

import java.time.Instant;

/** The answer to a manager approval request; each outcome is audited. */
public sealed interface ApprovalResult {
    /** Approved: pass {@code approval} to the audited action. */
    record Granted(Approval approval) implements ApprovalResult {
    }

    /** Wrong PIN (or unknown id, indistinguishable on purpose); {@code attemptsLeft} before the account locks. */
    record WrongPin(int attemptsLeft) implements ApprovalResult {
    }

    /** Too many wrong PINs: the account is locked until {@code until}. */
    record LockedOut(Instant until) implements ApprovalResult {
    }

    /** The PIN was right but the person is not a manager. */
    record NotAManager(String name) implements ApprovalResult {
    }

    /** A sentence for the screen. */
    default String message() {
        if (this instanceof Granted) {
            return "approved";
        } else if (this instanceof WrongPin w) {
            return "wrong manager PIN: " + w.attemptsLeft() + " attempts left before the account locks";
        } else if (this instanceof LockedOut l) {
            return "this manager account is locked until " + l.until() + ": ask another manager";
        }
        return ((NotAManager) this).name() + " is not a manager: ask a manager to approve";
    }
}
