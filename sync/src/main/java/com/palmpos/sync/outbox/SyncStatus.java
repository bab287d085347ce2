package com.palmpos.sync.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the status bar shows about the cloud link. Immutable.
 *
 * @param online           the last attempt to reach the cloud got an answer
 * @param pending          changes waiting to be sent
 * @param oldestPendingAge how long the oldest of them has waited (zero if none)
 * @param rejected         changes the cloud refused for good: a manager must look at them (never dropped)
 * @param lastError        the newest failure, as a sentence
 * @param lastContact      when the cloud last answered
 */
public record SyncStatus(boolean online, long pending, Duration oldestPendingAge, long rejected,
                         Optional<String> lastError, Optional<Instant> lastContact) {

    /** Before the first attempt. */
    public static SyncStatus initial() {
        return new SyncStatus(false, 0, Duration.ZERO, 0, Optional.empty(), Optional.empty());
    }
}
