package com.palmpos.app.simulate;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the FX thread keeps work waiting: every {@value #PING_MS} ms it posts an empty task and records
 * how long the task waited to run. A ping still waiting counts too, so a thread blocked for good shows up at once.
 * Before the toolkit is up nothing is measured. Thread-safe.
 */
final class FxStallMeter implements AutoCloseable {
    private static final long PING_MS = 20;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "palmpos-soak-fx-ping");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong worstNanos = new AtomicLong();
    /** When the ping in flight was posted, or 0 when none is. */
    private final AtomicLong postedAt = new AtomicLong();

    FxStallMeter() {
        timer.scheduleWithFixedDelay(this::ping, PING_MS, PING_MS, TimeUnit.MILLISECONDS);
    }

    private void ping() {
        long posted = System.nanoTime();
        if (!postedAt.compareAndSet(0, posted)) {
            return;
        }
        try {
            Platform.runLater(() -> {
                worstNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                postedAt.set(0);
            });
        } catch (IllegalStateException toolkitNotRunning) {
            postedAt.set(0);
        }
    }

    /** The longest wait since the last call, in milliseconds; resets it. */
    long takeWorstMillis() {
        long inFlight = postedAt.get();
        long waiting = inFlight == 0 ? 0 : System.nanoTime() - inFlight;
        return Math.max(worstNanos.getAndSet(0), waiting) / 1_000_000;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
