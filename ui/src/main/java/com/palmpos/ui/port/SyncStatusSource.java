package com.palmpos.ui.port;

import java.util.function.Consumer;

/**
 * Publishes the sync state for the top bar. Implemented outside the UI (by the outbox worker's adapter); the UI
 * moves every notification to the FX thread itself, so implementations may call listeners from any thread.
 */
public interface SyncStatusSource {

    /** The latest status; cheap and thread-safe. */
    SyncStatus current();

    /**
     * Registers a listener for later changes (not called with the current value). Thread-safe.
     *
     * @return a handle whose {@link Subscription#close()} stops the notifications
     */
    Subscription subscribe(Consumer<SyncStatus> listener);

    /** A source that never connects: the default until sync is wired. */
    static SyncStatusSource notConnected() {
        return new SyncStatusSource() {
            @Override
            public SyncStatus current() {
                return SyncStatus.NOT_CONNECTED;
            }

            @Override
            public Subscription subscribe(Consumer<SyncStatus> listener) {
                return () -> { };
            }
        };
    }

    /** Ends a {@link #subscribe} registration. Idempotent. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
