package com.palmpos.sync.client;

import java.io.InterruptedIOException;
import java.time.Duration;

/** Waits between retry attempts; tests pass one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedIOException;

    /** Sleeps for real; an interrupt ends the wait with {@link InterruptedIOException}. */
    static Sleeper real() {
        return duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting to retry");
            }
        };
    }
}
