package com.palmpos.sync.client;

import com.palmpos.sync.api.Problem;
import java.time.Duration;
import java.util.Optional;

/**
 * A cloud call that did not produce its result. {@link #kind()} says what to do: retry later, fix the credentials,
 * or give up on this request. The message names the call and the cause; it never contains secrets.
 */
public final class CloudException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of failure, from the caller's point of view. */
    public enum Kind {
        /** Network down, timeout, 5xx, 408 or 429: the cloud may or may not have acted. Retry with the same key. */
        UNAVAILABLE,
        /** 401 or 403: the terminal must be registered again or the token was revoked. */
        UNAUTHORIZED,
        /** Another 4xx: the cloud refused this request for good; {@link #problem()} says why. */
        REJECTED,
        /** The response was unusable (wrong content type, malformed or oversized JSON). Retry with the same key. */
        PROTOCOL
    }

    private final Kind kind;
    private final int status;
    private final transient Problem problem;
    private final Duration retryAfter;

    public CloudException(Kind kind, int status, Problem problem, Duration retryAfter, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 if no response arrived. */
    public int status() {
        return status;
    }

    /** The cloud's problem document, if it sent one. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /** How long the cloud asked the caller to wait, if it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Whether repeating the same call (same idempotency key) later may succeed. */
    public boolean retryable() {
        return kind == Kind.UNAVAILABLE || kind == Kind.PROTOCOL;
    }
}
