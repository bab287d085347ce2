package com.palmpos.ui.internal.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether the manager area is open without asking for the PIN again. "Back to counter" leaves the session open for
 * a short grace period (so a manager can step out and back); "Lock" ends it at once. UI thread only.
 */
final class ManagerSession {

    private final Clock clock;
    private final Duration gracePeriod;
    private Instant unlockedUntil = Instant.MIN;
    private boolean inside;

    ManagerSession(Clock clock, Duration gracePeriod) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.gracePeriod = Objects.requireNonNull(gracePeriod, "gracePeriod");
    }

    /** The PIN was accepted: the manager is in the manager area. */
    void unlock() {
        inside = true;
    }

    /** The manager went back to the counter: the grace period starts now. */
    void leave() {
        if (inside) {
            inside = false;
            unlockedUntil = clock.instant().plus(gracePeriod);
        }
    }

    void lock() {
        inside = false;
        unlockedUntil = Instant.MIN;
    }

    boolean isUnlocked() {
        return inside || clock.instant().isBefore(unlockedUntil);
    }
}
