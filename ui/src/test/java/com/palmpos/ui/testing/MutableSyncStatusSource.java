package com.palmpos.ui.testing;

import com.palmpos.ui.port.SyncStatus;
import com.palmpos.ui.port.SyncStatusSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Test sync source whose status the test sets; notifies listeners on the calling thread. */
public final class MutableSyncStatusSource implements SyncStatusSource {

    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus current = SyncStatus.NOT_CONNECTED;

    public void publish(SyncStatus status) {
        current = status;
        listeners.forEach(listener -> listener.accept(status));
    }

    public int listenerCount() {
        return listeners.size();
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
