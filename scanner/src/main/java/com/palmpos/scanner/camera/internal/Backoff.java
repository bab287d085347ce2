package com.palmpos.scanner.camera.internal;

import java.time.Duration;

/**
 * Exponential backoff between reopen attempts: 200 ms, 400 ms, ... up to a maximum, so a lost camera is found
 * again quickly after a brief glitch without polling the USB bus hard while it stays away. Not thread-safe.
 */
public final class Backoff {
    private static final long FIRST_NANOS = Duration.ofMillis(200).toNanos();
    private final long maxNanos;
    private long nextNanos = FIRST_NANOS;

    public Backoff(Duration max) {
        this.maxNanos = Math.max(FIRST_NANOS, max.toNanos());
    }

    /** The wait before the next attempt; each call doubles the following one up to the maximum. */
    public long nextDelayNanos() {
        long delay = nextNanos;
        nextNanos = Math.min(maxNanos, nextNanos * 2);
        return delay;
    }

    /** Back to the shortest wait, after a success. */
    public void reset() {
        nextNanos = FIRST_NANOS;
    }
}
