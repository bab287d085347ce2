package com.palmpos.sync.outbox;

/**
 * Receives the sync status after every round of the outbox worker. Called on the worker's thread: a JavaFX screen
 * must hop to the FX thread ({@code Platform.runLater}) and return quickly; an exception here is logged and ignored.
 */
@FunctionalInterface
public interface SyncStatusListener {
    void onStatus(SyncStatus status);
}
