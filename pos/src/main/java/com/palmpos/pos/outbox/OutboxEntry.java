package com.palmpos.pos.outbox;

import java.time.Instant;

/** A stored outbox message with its delivery state; {@code seq} orders messages as they were committed. */
public record OutboxEntry(long seq, OutboxMessage message, Instant createdAt, int attempts, String lastError) {
}
