package com.palmpos.ui.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the top bar shows about the cloud connection. Immutable.
 *
 * @param connection whether the terminal is set up for sync and currently reaches the cloud
 * @param pendingUploads changes recorded locally and not yet accepted by the cloud (>= 0)
 * @param lastError the last sync failure in one sentence, for the tooltip; empty when the last attempt succeeded
 * @param oldestPending when the oldest change still waiting was recorded; empty when nothing waits or unknown
 * @param lastContact when the cloud last answered; empty if never (since start) or unknown
 */
public record SyncStatus(Connection connection, int pendingUploads, Optional<String> lastError,
        Optional<Instant> oldestPending, Optional<Instant> lastContact) {

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
        Objects.requireNonNull(oldestPending, "oldestPending");
        Objects.requireNonNull(lastContact, "lastContact");
    }

    /** A status without the times of the oldest change and the last contact. */
    public SyncStatus(Connection connection, int pendingUploads, Optional<String> lastError) {
        this(connection, pendingUploads, lastError, Optional.empty(), Optional.empty());
    }

    /** This status with the time the oldest waiting change was recorded and the cloud's last answer. */
    public SyncStatus withTimes(Optional<Instant> oldest, Optional<Instant> contact) {
        return new SyncStatus(connection, pendingUploads, lastError, oldest, contact);
    }

    public static SyncStatus online(int pendingUploads) {
        return new SyncStatus(Connection.ONLINE, pendingUploads, Optional.empty());
    }

    public static SyncStatus offline(int pendingUploads, String lastError) {
        return new SyncStatus(Connection.OFFLINE, pendingUploads, Optional.ofNullable(lastError));
    }
}
