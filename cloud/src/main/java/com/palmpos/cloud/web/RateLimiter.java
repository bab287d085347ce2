package com.palmpos.cloud.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window counters per key (an address, a contact, a session), in memory: with several instances each keeps
 * its own (a shared limit would live in PostgreSQL). Thread-safe.
 */
final class RateLimiter {
    private static final int MAX_KEYS = 100_000;
    private final ConcurrentHashMap<String, Deque<Instant>> hits = new ConcurrentHashMap<>();

    /**
     * Counts one use of {@code key}; false (and not counted) when {@code max} uses fall within {@code window} already.
     */
    boolean tryAcquire(String key, int max, Duration window, Instant now) {
        if (hits.size() >= MAX_KEYS) {
            hits.clear(); // a flood of keys: forget rather than grow without bound
        }
        Deque<Instant> recent = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
                recent.removeFirst();
            }
            if (recent.size() >= max) {
                return false;
            }
            recent.addLast(now);
            return true;
        }
    }
}
