package com.palmpos.pos.consent;

import java.time.Instant;
import java.util.Objects;

/**
 * One consent event, as kept (append-only) at the terminal and sent to the cloud.
 *
 * @param noticeVersion the notice version shown (for a withdrawal: the version being withdrawn)
 * @param terminalId    the terminal where it happened
 */
public record ConsentRecord(String customerId, String noticeVersion, ConsentDecision decision, Instant at,
                            String terminalId) {
    public ConsentRecord {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(noticeVersion, "noticeVersion");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(terminalId, "terminalId");
    }

    public boolean accepted() {
        return decision == ConsentDecision.ACCEPTED;
    }
}
