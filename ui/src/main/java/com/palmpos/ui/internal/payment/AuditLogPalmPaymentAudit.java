package com.palmpos.ui.internal.payment;

import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.payment.PaymentOutcome;
import java.util.Locale;
import java.util.Objects;

/**
 * Issue #8: every identification that led to a payment, in the append-only audit log. One
 * {@link AuditAction#IDENTIFIED_PAYMENT} entry per palm payment attempt that reached the gateway: the cashier as actor,
 * the identified customer as subject, the gateway's answer as outcome, and the palm read (time, score) with the
 * payment and order it authorised as detail. {@code PalmPayments} writes its own entry for the charge (amount, card
 * brand and last four); this one ties the charge to the palm read. Never a card number or template.
 *
 * <p>Thread-safe; one small insert per call (blocking: called on the task runner, see {@link PalmPaymentAudit}).
 */
public final class AuditLogPalmPaymentAudit implements PalmPaymentAudit {
    private final AuditLog audit;
    private final String staffId;

    /** @param staffId the cashier recorded as actor */
    public AuditLogPalmPaymentAudit(AuditLog audit, String staffId) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.staffId = Objects.requireNonNull(staffId, "staffId");
    }

    @Override
    public void palmPaymentTaken(Order order, String paymentId, PalmIdentification identification,
            PaymentOutcome.Status status) {
        audit.record(staffId, AuditAction.IDENTIFIED_PAYMENT, identification.customerId(), status.name(),
                String.format(Locale.ROOT, "palm read at %s (score %.3f) -> payment %s on order %s (%s)",
                        identification.at(), identification.score(), paymentId == null ? "none" : paymentId,
                        order.number(), order.id()));
    }
}
