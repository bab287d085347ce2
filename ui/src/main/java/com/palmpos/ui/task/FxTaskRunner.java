package com.palmpos.ui.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TaskRunner} for the running application: work on a small pool of daemon threads, callbacks via
 * {@link Platform#runLater}. Thread-safe. Close it when the UI ends to stop the pool.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService workers;
    private final Executor uiThread;

    /** A runner with {@code threads} worker threads named "palmpos-ui-task-N" and callbacks on the FX thread. */
    public static FxTaskRunner withThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        return new FxTaskRunner(Executors.newFixedThreadPool(threads, daemonThreads()), Platform::runLater);
    }

    /**
     * @param workers runs the blocking work; owned by this runner from now on (shut down by {@link #close()})
     * @param uiThread runs callbacks; {@code Platform::runLater} in the application
     */
    public FxTaskRunner(ExecutorService workers, Executor uiThread) {
        this.workers = Objects.requireNonNull(workers, "workers");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
    }

    @Override
    public <T> TaskHandle run(String name, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Exception> onFailure) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onFailure, "onFailure");
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> future = workers.submit(() -> {
            try {
                T result = work.call();
                uiThread.execute(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Throwable thrown) {
                if (cancelled.get()) {
                    LOG.debug("Task '{}' ended after cancellation", name, thrown);
                    return;
                }
                LOG.warn("Task '{}' failed", name, thrown);
                // an Error must still reach the UI, or a screen would wait forever in its busy state
                Exception failure = thrown instanceof Exception e
                        ? e : new IllegalStateException("Task '" + name + "' failed: " + thrown, thrown);
                uiThread.execute(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(failure);
                    }
                });
            }
        });
        return () -> {
            cancelled.set(true);
            future.cancel(true);
        };
    }

    @Override
    public void runOnUiThread(Runnable action) {
        uiThread.execute(action);
    }

    /** Stops accepting work and waits up to two seconds for running tasks. */
    @Override
    public void close() {
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("UI worker threads still busy after 2 s; they are daemons and end with the JVM");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "palmpos-ui-task-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
