package com.palmpos.cloud;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hooks that make the emulator misbehave on purpose, for tests and demos of a bad network. Each {@code ...Next(n)}
 * call queues faults that the next {@code n} requests (health checks excluded) consume, one each, in queue order.
 * Thread-safe.
 */
public final class FaultInjector {

    /** What a faulty request does. */
    public enum Kind {
        /** Answer 500 without doing anything. */
        FAIL_500,
        /** Answer 503 with {@code Retry-After} without doing anything. */
        UNAVAILABLE_503,
        /** Do the work and commit it, then cut the connection in the middle of the response body. */
        RESET_MID_RESPONSE,
        /** Do the work and commit it, then wait before answering (past the client's read timeout). */
        COMMIT_THEN_DELAY
    }

    /** One queued fault. */
    public record Fault(Kind kind, Duration duration) {
        public Fault {
            Objects.requireNonNull(kind, "kind");
            duration = duration == null ? Duration.ZERO : duration;
        }
    }

    private final ConcurrentLinkedQueue<Fault> queue = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Duration> clockSkew = new AtomicReference<>(Duration.ZERO);

    /** The next {@code n} requests answer HTTP 500 and change nothing. */
    public FaultInjector failNext(int n) {
        return add(n, new Fault(Kind.FAIL_500, null));
    }

    /** The next {@code n} requests answer 503 with {@code Retry-After: retryAfter} (whole seconds) and change nothing. */
    public FaultInjector unavailableNext(int n, Duration retryAfter) {
        return add(n, new Fault(Kind.UNAVAILABLE_503, retryAfter));
    }

    /** The next {@code n} requests commit their effect, then lose the connection half-way through the response. */
    public FaultInjector resetMidResponseNext(int n) {
        return add(n, new Fault(Kind.RESET_MID_RESPONSE, null));
    }

    /** The next {@code n} requests commit their effect, then answer only after {@code delay}: the ambiguous case. */
    public FaultInjector commitThenDelayNext(int n, Duration delay) {
        return add(n, new Fault(Kind.COMMIT_THEN_DELAY, delay));
    }

    /** Shifts the emulator's clock by {@code skew} (positive: the cloud runs ahead of real time). */
    public FaultInjector skewClock(Duration skew) {
        clockSkew.set(Objects.requireNonNull(skew, "skew"));
        return this;
    }

    /** Drops every queued fault and the clock skew. */
    public void clear() {
        queue.clear();
        clockSkew.set(Duration.ZERO);
    }

    /** Faults still queued. */
    public int pending() {
        return queue.size();
    }

    /** The current clock skew. */
    public Duration clockSkew() {
        return clockSkew.get();
    }

    /** Takes the fault for the request being served, or {@code null}. Used by the server. */
    public Fault poll() {
        return queue.poll();
    }

    private FaultInjector add(int n, Fault fault) {
        if (n < 0) {
            throw new IllegalArgumentException("fault count must be >= 0, was " + n);
        }
        for (int i = 0; i < n; i++) {
            queue.add(fault);
        }
        return this;
    }
}
