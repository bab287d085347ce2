package com.palmpos.ui.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Platform;

/**
 * Watches the JavaFX thread during a test: a daemon thread posts a {@code Platform.runLater} ping, waits for it to
 * run, and records how long it waited in the queue; one ping at a time, every {@code interval}. A ping that waits
 * longer than the limit means the FX thread was blocked (a service call, a sleep, a heavy render): the watchdog
 * then keeps the FX thread's stack as it was while blocked, so the failure says where.
 *
 * <pre>{@code
 * try (FxWatchdog watchdog = FxWatchdog.start()) {   // after the windows are shown (first show is slow)
 *     robot.clickOn("#reorder-0");
 *     ...
 *     watchdog.assertNotBlocked();
 * }
 * }</pre>
 *
 * Start it once the scene is up: showing a window the first time (CSS, first layout) is a one-off cost the test
 * does not judge. Thread-safe; costs one short runnable on the FX thread per interval.
 */
public final class FxWatchdog implements AutoCloseable {

    /** The brief's bar: the FX thread never stays busy longer than this. */
    public static final Duration DEFAULT_LIMIT = Duration.ofMillis(50);
    private static final Duration DEFAULT_INTERVAL = Duration.ofMillis(10);

    private final long limitNanos;
    private final long intervalNanos;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Thread fxThread;
    private volatile long worstNanos;
    private volatile long pings;
    private volatile String blockedStack = "";

    private FxWatchdog(Duration limit, Duration interval) {
        this.limitNanos = Objects.requireNonNull(limit, "limit").toNanos();
        this.intervalNanos = Objects.requireNonNull(interval, "interval").toNanos();
        if (limitNanos <= 0 || intervalNanos <= 0) {
            throw new IllegalArgumentException("limit and interval must be positive, got " + limit + " / " + interval);
        }
        thread = new Thread(this::watch, "fx-watchdog");
        thread.setDaemon(true);
    }

    /** Starts watching with the 50 ms limit, pinging every 10 ms. The FX toolkit must be running. */
    public static FxWatchdog start() {
        return start(DEFAULT_LIMIT, DEFAULT_INTERVAL);
    }

    /** Starts watching; a ping waiting longer than {@code limit} counts as the FX thread blocked. */
    public static FxWatchdog start(Duration limit, Duration interval) {
        FxWatchdog watchdog = new FxWatchdog(limit, interval);
        watchdog.thread.start();
        return watchdog;
    }

    /** The longest a ping waited so far. */
    public Duration worstLatency() {
        return Duration.ofNanos(worstNanos);
    }

    /** Pings answered so far (a test can check the watchdog actually ran). */
    public long pings() {
        return pings;
    }

    /**
     * Fails if any ping so far waited longer than the limit, naming the worst wait and where the FX thread was.
     * Waits for at least one answered ping first, so a test that ends at once still checked something.
     */
    public void assertNotBlocked() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pings == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        if (pings == 0) {
            throw new AssertionError("FX thread answered no ping within 10 s: it is blocked or not running");
        }
        if (worstNanos > limitNanos) {
            throw new AssertionError(String.format("FX thread was blocked for %d ms (limit %d ms); it was at:%n%s",
                    TimeUnit.NANOSECONDS.toMillis(worstNanos), TimeUnit.NANOSECONDS.toMillis(limitNanos),
                    blockedStack));
        }
    }

    /** Stops the watchdog thread; results stay readable. Idempotent. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    private void watch() {
        try {
            while (running) {
                ping();
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis(intervalNanos), (int) (intervalNanos % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void ping() throws InterruptedException {
        CountDownLatch answered = new CountDownLatch(1);
        long[] ranAt = new long[1];
        long postedAt = System.nanoTime();
        Platform.runLater(() -> {
            ranAt[0] = System.nanoTime();
            fxThread = Thread.currentThread();
            answered.countDown();
        });
        if (!answered.await(limitNanos, TimeUnit.NANOSECONDS)) {
            String stack = stackOf(fxThread);
            answered.await();
            long waited = ranAt[0] - postedAt;
            if (waited > worstNanos) {
                blockedStack = stack;
            }
        }
        long waited = ranAt[0] - postedAt;
        if (waited > worstNanos) {
            worstNanos = waited;
        }
        pings++;
    }

    private static String stackOf(Thread fx) {
        if (fx == null) {
            return "  (FX thread not seen yet)";
        }
        return Arrays.stream(fx.getStackTrace()).limit(25).map(frame -> "  at " + frame)
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
