package com.palmpos.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way UI code runs blocking work (database, hashing, camera, HTTP, printing): the work runs elsewhere and
 * its callbacks come back on the UI thread. View models depend on this interface only, so tests drive them with
 * {@link ImmediateTaskRunner} without an FX thread.
 *
 * <p>Modelled on JabRef's {@code BackgroundTask} + {@code UiTaskExecutor}. Implementations are thread-safe.
 */
public interface TaskRunner {

    /**
     * Starts {@code work} and returns at once (in the FX implementation).
     *
     * @param name short label for logs and thread names, e.g. "verify manager PIN"; never contains user data
     * @param work the blocking work; runs on a worker thread
     * @param onSuccess gets the result on the UI thread unless the task was cancelled
     * @param onFailure gets any exception {@code work} threw on the UI thread unless the task was cancelled; the
     *     runner has already logged it with its stack trace
     * @return a handle to cancel the task (callbacks are then skipped)
     */
    <T> TaskHandle run(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** Runs a short action on the UI thread (later, unless already there in the same-thread implementation). */
    void runOnUiThread(Runnable action);

    /** Cancels a started task. */
    @FunctionalInterface
    interface TaskHandle {
        /** Skips the callbacks and interrupts the work if it still runs. Idempotent, any thread. */
        void cancel();
    }
}
