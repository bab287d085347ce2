package com.palmpos.cloud.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate limit on guessing activation codes: after {@link #MAX_FAILURES} wrong codes from one address within
 * {@link #WINDOW}, that address gets 429 until the oldest failure leaves the window. Per instance, in memory: with
 * several instances the limit is per instance (a shared limit would live in PostgreSQL). Thread-safe.
 */
final class ActivationAttempts {
    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_ADDRESSES = 100_000;

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** Refuses with 429 if {@code remote} has used up its failures. */
    void admit(String remote, Instant now) {
        Deque<Instant> recent = failures.get(remote);
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            prune(recent, now);
            if (recent.size() >= MAX_FAILURES) {
                long wait = Duration.between(now, recent.peekFirst().plus(WINDOW)).toSeconds() + 1;
                throw new ApiError(429, "too-many-attempts", "Too many attempts",
                        "too many wrong activation codes from this address: try again in " + wait + " s");
            }
        }
    }

    void failed(String remote, Instant now) {
        if (failures.size() >= MAX_ADDRESSES) {
            failures.clear(); // a flood of addresses: forget rather than grow without bound
        }
        Deque<Instant> recent = failures.computeIfAbsent(remote, r -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
        }
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
            recent.removeFirst();
        }
    }
}
