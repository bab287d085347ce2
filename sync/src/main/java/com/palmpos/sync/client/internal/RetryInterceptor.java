package com.palmpos.sync.client.internal;

import com.palmpos.sync.client.Backoff;
import com.palmpos.sync.client.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries a call that failed transiently (I/O error, 408, 429, 5xx) with exponential backoff and full jitter,
 * honouring {@code Retry-After} up to a cap. Only calls that are safe to repeat are retried: GET/HEAD/PUT/DELETE and
 * anything carrying an {@code Idempotency-Key}. A cancelled or timed-out call is not retried.
 */
public final class RetryInterceptor implements Interceptor {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
    private static final Set<Integer> TRANSIENT = Set.of(408, 429, 500, 502, 503, 504);

    private final int maxAttempts;
    private final Backoff backoff;
    private final Duration maxRetryAfter;
    private final Clock clock;
    private final Sleeper sleeper;

    public RetryInterceptor(int maxAttempts, Backoff backoff, Duration maxRetryAfter, Clock clock, Sleeper sleeper) {
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.maxRetryAfter = maxRetryAfter;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        boolean repeatable = SAFE_METHODS.contains(request.method())
                || request.header(IdempotencyKeyInterceptor.HEADER) != null;
        for (int attempt = 1; ; attempt++) {
            boolean last = !repeatable || attempt >= maxAttempts;
            Response response;
            try {
                response = chain.proceed(request);
            } catch (BodyBufferingInterceptor.ResponseTooLargeException e) {
                throw e; // repeating would fetch the same oversized body
            } catch (IOException e) {
                if (last || chain.call().isCanceled()) {
                    throw e;
                }
                sleeper.sleep(backoff.delay(attempt));
                continue;
            }
            if (last || !TRANSIENT.contains(response.code())) {
                return response;
            }
            Optional<Duration> retryAfter = RetryAfter.parse(response, clock);
            if (retryAfter.isPresent() && retryAfter.get().compareTo(maxRetryAfter) > 0) {
                return response; // the caller (e.g. the outbox worker) schedules the later retry
            }
            response.close();
            sleeper.sleep(retryAfter.isPresent() ? retryAfter.get() : backoff.delay(attempt));
        }
    }
}
