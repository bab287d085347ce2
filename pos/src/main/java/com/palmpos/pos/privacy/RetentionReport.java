package com.palmpos.pos.privacy;

import java.time.Instant;
import java.util.List;

/**
 * What one retention run deleted.
 *
 * @param templatesDeleted   customers whose palm template was deleted (their profile stays until the cloud erases it)
 * @param purchaseRowsDeleted purchase-index rows older than the period
 * @param outboxDeleted       delivered outbox messages older than their period
 * @param auditSeq            the audit entry of the run
 */
public record RetentionReport(Instant ranAt, List<String> templatesDeleted, int purchaseRowsDeleted, int outboxDeleted,
                              long auditSeq) {
    public RetentionReport {
        templatesDeleted = List.copyOf(templatesDeleted);
    }
}
