package com.palmpos.pos.privacy;

import com.palmpos.pos.audit.AuditEntry;
import com.palmpos.pos.consent.ConsentRecord;
import com.palmpos.pos.customer.HeldCustomer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything this terminal holds about one person, for a data-subject access request ({@code palmpos privacy
 * export}): the opened profile and phone, whether a palm template is stored (never the template itself: it is
 * meaningless to a person and biometric data in transit), the consent history, their orders here and the audit
 * entries about them.
 *
 * @param orders    their orders at this terminal (id, number, day, status, total in minor units)
 */
public record CustomerExport(String customerId, Instant exportedAt, HeldCustomer held, List<ConsentRecord> consents,
        List<ExportedOrder> orders, List<AuditEntry> auditEntries) {
    /** One order of the customer, as the books keep it. */
    public record ExportedOrder(String orderId, int number, LocalDate businessDate, String status, String currency,
            long totalMinor) {
    }

    /** Whether the terminal holds anything at all about the person. */
    public boolean holdsAnything() {
        return held.profile().isPresent() || held.phoneDigits().isPresent() || held.hasTemplate()
                || !consents.isEmpty() || !orders.isEmpty();
    }
}
