package com.palmpos.app.simulate;

import com.palmpos.sync.client.CloudException;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a start-up call to the cloud while it is unavailable (network down, timeout, 5xx, garbage), with a doubling
 * pause from 200 ms to 2 s, until {@code patience} has passed; then the last failure is thrown. A refusal
 * (401/403, another 4xx) is thrown at once: retrying would not change it. Blocks the calling thread.
 */
final class StartupRetry {
    private static final Logger LOG = LoggerFactory.getLogger(StartupRetry.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);

    private StartupRetry() {
    }

    static <T> T call(String what, Duration patience, Supplier<T> call) {
        long deadline = System.nanoTime() + patience.toNanos();
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (CloudException e) {
                if (!e.retryable() || System.nanoTime() + pause.toNanos() > deadline) {
                    throw e;
                }
                LOG.info("{} failed (attempt {}: {}); retrying in {} ms", what, attempt, e.getMessage(), pause.toMillis());
                pauseFor(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static void pauseFor(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cloud", e);
        }
    }
}
