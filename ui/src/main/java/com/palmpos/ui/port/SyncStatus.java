package com.palmpos.ui.port;

import java.util.Objects;
import java.util.Optional;

/**
 * What the top bar shows about the cloud connection. Immutable.
 *
 * @param connection whether the terminal is set up for sync and currently reaches the cloud
 * @param pendingUploads changes recorded locally and not yet accepted by the cloud (>= 0)
 * @param lastError the last sync failure in one sentence, for the tooltip; empty when the last attempt succeeded
 */
public record SyncStatus(Connection connection, int pendingUploads, Optional<String> lastError) {

    /** Connection state, from the cashier's point of view. */
    public enum Connection {
        /** Sync is not configured or has not run yet on this terminal. */
        NOT_CONNECTED,
        /** The last contact with the cloud succeeded. */
        ONLINE,
        /** The cloud cannot be reached; sales go on and are queued. */
        OFFLINE
    }

    /** The value before any sync component reports: shown as "Not connected yet". */
    public static final SyncStatus NOT_CONNECTED = new SyncStatus(Connection.NOT_CONNECTED, 0, Optional.empty());

    public SyncStatus {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(lastError, "lastError");
        if (pendingUploads < 0) {
            throw new IllegalArgumentException("pendingUploads must be >= 0, was " + pendingUploads);
        }
    }

    public static SyncStatus online(int pendingUploads) {
        return new SyncStatus(Connection.ONLINE, pendingUploads, Optional.empty());
    }

    public static SyncStatus offline(int pendingUploads, String lastError) {
        return new SyncStatus(Connection.OFFLINE, pendingUploads, Optional.ofNullable(lastError));
    }
}
