package com.palmpos.pos.outbox;

import java.time.Instant;
import java.util.Optional;

/**
 * What is waiting to be sent.
 *
 * @param pending        messages not yet delivered
 * @param oldestPending  when the oldest of them was committed
 * @param rejected       messages the cloud refused for good; a manager must look at them
 * @param lastError      the newest delivery error, if any
 */
public record OutboxStats(long pending, Optional<Instant> oldestPending, long rejected, Optional<String> lastError) {
}
