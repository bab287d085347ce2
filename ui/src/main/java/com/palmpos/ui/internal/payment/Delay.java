package com.palmpos.ui.internal.payment;

import java.time.Duration;

/** Runs an action once on the UI thread after a while, without holding a thread meanwhile. */
@FunctionalInterface
public interface Delay {

    /**
     * Schedules {@code action} on the UI thread after {@code after}.
     *
     * @return cancels it (no effect once it ran); call on the UI thread
     */
    Runnable schedule(Duration after, Runnable action);
}
