package com.palmpos.ui.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Watches the JavaFX thread during a test: a daemon thread posts a {@code Platform.runLater} ping, waits for it to
 * run, and records how long it waited; one ping at a time, every {@code interval}. While a ping waits, the FX
 * thread's stack is sampled every 2 ms. Time spent inside a call of our code ({@code com.palmpos.} frames on the
 * stack) is time our code held the FX thread (a service call, a sleep, a heavy listener, building nodes): waiting
 * counts in wall time, running counts in the FX thread's CPU time, so other processes crowding a 2-core test machine
 * do not count against the code. The stretch between two samples counts fully only when both samples find the same
 * call of our code (the same frames from the bottom of the stack up to the outermost PalmPOS frame) less than 10 ms
 * apart; otherwise a sample finding our code adds at most one sampling period (2 ms), since we only know our code
 * ran at that instant. Why: a loaded machine delays the sampling thread, and without the rule a whole gap of JavaFX
 * work (a pulse's CSS and layout) was charged to a tiny cell constructor seen at its end (a false 173 ms), and two
 * pulses' calls of an animation timer, which have identical stacks, looked like one 65 ms call. The price: while
 * the sampler falls more than 10 ms behind, a real hold is undercounted, so a stall must show up as a run of close
 * samples; on an idle machine (samples 2 ms apart) the count is unchanged. Time spent only inside
 * JavaFX itself (pulse, layout, CSS, the headless software renderer) is reported ({@link #worstLatency}) but not
 * judged, since it measures the test machine rather than the code; CSS work that our code triggers synchronously
 * (attaching nodes to a live scene in a handler) is on our call's stack and is judged.
 * {@link #assertNotBlocked()} fails if our code held the FX thread longer than the limit while one ping waited,
 * and names where. Showing a window may be left out of the judgement ({@link #excluding});
 * {@link FxWatchdogExtension} runs one around every test of a journey test class.
 *
 * <pre>{@code
 * try (FxWatchdog watchdog = FxWatchdog.start()) {   // or @ExtendWith(FxWatchdogExtension.class) on the class
 *     robot.clickOn("#favourite-0");
 *     ...
 *     watchdog.assertNotBlocked();
 * }
 * }</pre>
 *
 * Thread-safe; costs one short runnable on the FX thread per interval and a stack sample per 2 ms of waiting.
 */
public final class FxWatchdog implements AutoCloseable {

    /** The brief's bar: the FX thread never stays busy longer than this. */
    public static final Duration DEFAULT_LIMIT = Duration.ofMillis(50);
    private static final Duration DEFAULT_INTERVAL = Duration.ofMillis(10);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long SAMPLE_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    /** Samples closer than this (under a 16.7 ms pulse) in the same call were in one call, not two pulses' calls. */
    private static final long CONTINUOUS_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final long limitNanos;
    private final long intervalNanos;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Thread fxThread;
    private volatile long worstNanos;
    private volatile long worstOwnNanos;
    private volatile long pings;
    private volatile String blockedStack = "";
    /** Opened exclusions ({@link #excluding}); a ping overlapping one is not judged. */
    private final AtomicInteger exclusions = new AtomicInteger();
    /** Bumped when an exclusion opens or closes, so a ping straddling either edge is not judged either. */
    private final AtomicLong exclusionEdges = new AtomicLong();
    private volatile long excludedPings;

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

    /** The longest our code held the FX thread while a ping waited (judged by {@link #assertNotBlocked()}). */
    public Duration worstOwnBlocking() {
        return Duration.ofNanos(worstOwnNanos);
    }

    /** Where the FX thread was (top frames and our frames) during the longest hold by our code; "" if our code never held it. */
    public String worstOwnStack() {
        return blockedStack;
    }

    /** Pings answered so far (a test can check the watchdog actually ran). */
    public long pings() {
        return pings;
    }

    /** Pings answered so far that overlapped an {@link #excluding} action and were not judged. */
    public long excludedPings() {
        return excludedPings;
    }

    /**
     * Runs {@code showWindows} (on the calling thread, never the FX thread) and then waits for the FX thread to
     * settle, without judging the pings meanwhile. Only for showing a window: its first show builds the whole scene
     * graph, loads control skins, fonts and CSS and runs the first layout, a one-off cost of opening the terminal
     * that no cashier action pays again. Everything after it is judged.
     */
    public void excluding(Runnable showWindows) {
        exclusions.incrementAndGet();
        exclusionEdges.incrementAndGet();
        try {
            showWindows.run();
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            exclusionEdges.incrementAndGet();
            exclusions.decrementAndGet();
        }
    }

    /**
     * Fails if our code held the FX thread longer than the limit during any ping so far, naming how long and where
     * the FX thread was. Waits for one more answered ping first, so the ping waiting at the call (perhaps on the
     * very stall) is judged too and a test that ends at once still checked something.
     */
    public void assertNotBlocked() {
        long before = pings;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pings <= before && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        if (pings <= before) {
            throw new AssertionError("FX thread answered no ping within 10 s: it is blocked or not running");
        }
        if (worstOwnNanos > limitNanos) {
            throw new AssertionError(String.format("FX thread was blocked for %d ms by application code (limit %d ms,"
                    + " longest ping wait %d ms); it was at:%n%s", TimeUnit.NANOSECONDS.toMillis(worstOwnNanos),
                    TimeUnit.NANOSECONDS.toMillis(limitNanos), TimeUnit.NANOSECONDS.toMillis(worstNanos),
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
        long edgesAtPost = exclusionEdges.get();
        boolean excluded = exclusions.get() > 0;
        long postedAt = System.nanoTime();
        Platform.runLater(() -> {
            ranAt[0] = System.nanoTime();
            fxThread = Thread.currentThread();
            answered.countDown();
        });
        long ownNanos = 0;
        long sampledAt = postedAt;
        long cpuAt = cpuTime(fxThread);
        String ownStack = "";
        List<StackTraceElement> previousCall = List.of();
        while (!answered.await(SAMPLE_NANOS, TimeUnit.NANOSECONDS)) {
            long now = System.nanoTime();
            Thread fx = fxThread;
            StackTraceElement[] stack = fx == null ? new StackTraceElement[0] : fx.getStackTrace();
            long cpu = cpuTime(fx);
            List<StackTraceElement> call = ownCall(stack);
            if (!call.isEmpty()) {
                long spent = isWaiting(fx, stack) ? now - sampledAt : Math.max(0, cpu - cpuAt);
                boolean sameCall = call.equals(previousCall) && now - sampledAt <= CONTINUOUS_NANOS;
                ownNanos += sameCall ? spent : Math.min(spent, SAMPLE_NANOS);
                ownStack = format(stack);
            }
            previousCall = call;
            sampledAt = now;
            cpuAt = cpu;
        }
        if (excluded || exclusions.get() > 0 || exclusionEdges.get() != edgesAtPost) {
            excludedPings++;
            pings++;
            return;
        }
        long waited = ranAt[0] - postedAt;
        if (waited > worstNanos) {
            worstNanos = waited;
        }
        if (ownNanos > worstOwnNanos) {
            worstOwnNanos = ownNanos;
            blockedStack = ownStack;
        }
        pings++;
    }

    /**
     * Waiting (sleep, lock, a native read such as a socket) costs the FX thread wall time; running code costs it CPU
     * time, which, unlike wall time, does not grow when other processes crowd a small test machine.
     */
    private static boolean isWaiting(Thread fx, StackTraceElement[] stack) {
        Thread.State state = fx.getState();
        return state != Thread.State.RUNNABLE || (stack.length > 0 && stack[0].isNativeMethod());
    }

    private static long cpuTime(Thread thread) {
        return thread == null ? 0 : Math.max(0, THREADS.getThreadCpuTime(thread.getId()));
    }

    /**
     * The call of our code the FX thread is in: the frames from the bottom of the stack up to the outermost PalmPOS
     * frame, or empty when no PalmPOS frame is on the stack. Two samples with the same call were (almost surely)
     * inside one call of our code the whole time between them.
     */
    private static List<StackTraceElement> ownCall(StackTraceElement[] stack) {
        for (int i = stack.length - 1; i >= 0; i--) {
            if (stack[i].getClassName().startsWith("com.palmpos.")) {
                return List.of(stack).subList(i, stack.length);
            }
        }
        return List.of();
    }

    /** The top 12 frames (what ran) and, below them, our frames (whose call it was). */
    private static String format(StackTraceElement[] stack) {
        Stream<StackTraceElement> top = Arrays.stream(stack).limit(12);
        Stream<StackTraceElement> ours = Arrays.stream(stack).skip(12)
                .filter(frame -> frame.getClassName().startsWith("com.palmpos.")).limit(12);
        return Stream.concat(top, ours).map(frame -> "  at " + frame)
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
