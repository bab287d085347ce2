package com.palmpos.app.wiring;

import com.palmpos.sync.outbox.SyncStatusListener;
import com.palmpos.ui.port.SyncStatus;
import com.palmpos.ui.port.SyncStatusSource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries the outbox worker's status to the top bar. The worker calls {@link #onStatus} on its own thread; the UI
 * moves notifications to the FX thread itself. Thread-safe.
 */
public final class SyncStatusBridge implements SyncStatusListener, SyncStatusSource {
    private static final Logger LOG = LoggerFactory.getLogger(SyncStatusBridge.class);

    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus current = SyncStatus.NOT_CONNECTED;

    @Override
    public void onStatus(com.palmpos.sync.outbox.SyncStatus status) {
        publish(translate(status));
    }

    /** Reports a failure outside the outbox worker, e.g. a registration that could not reach the cloud. */
    public void offline(String reason) {
        publish(SyncStatus.offline(current.pendingUploads(), reason));
    }

    static SyncStatus translate(com.palmpos.sync.outbox.SyncStatus status) {
        int pending = (int) Math.min(Integer.MAX_VALUE, status.pending() + status.rejected());
        // the worker reports an age; the manager's sync page turns a point in time back into an age as it ticks
        Optional<Instant> oldest = status.pending() > 0
                ? Optional.of(Instant.now().minus(status.oldestPendingAge())) : Optional.empty();
        if (status.online()) {
            return new SyncStatus(SyncStatus.Connection.ONLINE, pending,
                    status.rejected() > 0 ? Optional.of(status.rejected() + " change(s) refused by the cloud: see the manager screen")
                            : status.lastError()).withTimes(oldest, status.lastContact());
        }
        return SyncStatus.offline(pending, status.lastError().orElse("the cloud cannot be reached"))
                .withTimes(oldest, status.lastContact());
    }

    private void publish(SyncStatus status) {
        if (status.equals(current)) {
            return;
        }
        current = status;
        for (Consumer<SyncStatus> listener : listeners) {
            try {
                listener.accept(status);
            } catch (RuntimeException e) {
                LOG.warn("A sync status listener failed", e);
            }
        }
    }

    @Override
    public SyncStatus current() {
        return current;
    }

    @Override
    public Subscription subscribe(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
