package com.palmpos.pos.audit;

import java.time.Instant;

/**
 * One row of the audit log: who did what, when, on which terminal and to whom, and how it ended.
 *
 * @param actor    staff id, or {@code system} (scheduled jobs) or {@code cloud} (changes pulled from the cloud)
 * @param subject  the customer, order, setting or staff id the action concerned
 * @param outcome  e.g. {@code OK}, {@code GRANTED}, {@code WRONG_PIN}, {@code LOCKED_OUT}, {@code FAILED}
 * @param detail   a short free text; never a PIN, card number or template
 * @param hash     SHA-256 (hex) of this row chained to {@code prevHash}
 */
public record AuditEntry(long seq, Instant at, String terminalId, String actor, AuditAction action, String subject,
                         String outcome, String detail, String prevHash, String hash) {
    public static final String SYSTEM = "system";
    public static final String CLOUD = "cloud";
}
