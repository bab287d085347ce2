package com.palmpos.pos.staff;

import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderService;
import com.palmpos.pos.order.Refund;
import java.time.Clock;
import java.util.Map;

/**
 * Voids and refunds as the screens should call them: only with a manager's {@link Approval} for that action and
 * order, and audited (who approved, what, when, how much) whether they succeed or fail. Delegates to
 * {@link OrderService}, whose own API stays as it is. Thread-safe; each call is one order transaction plus one audit
 * insert: call off the FX thread.
 */
public final class ApprovedOrderActions {
    private final OrderService orders;
    private final AuditLog audit;
    private final Clock clock;

    public ApprovedOrderActions(OrderService orders, AuditLog audit, Clock clock) {
        this.orders = orders;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Voids the order.
     *
     * @throws IllegalStateException if the approval is for something else, expired or used (nothing is changed)
     */
    public Order voidOrder(Approval approval, String orderId, String reason) {
        approval.consume(SensitiveAction.VOID, orderId, clock.instant());
        try {
            Order voided = orders.voidOrder(orderId, reason);
            audit.record(approval.managerId(), AuditAction.VOID, orderId, "OK",
                    "order " + voided.number() + ", " + voided.totals().total() + ": " + reason);
            return voided;
        } catch (RuntimeException e) {
            audit.record(approval.managerId(), AuditAction.VOID, orderId, "FAILED", e.getMessage());
            throw e;
        }
    }

    /**
     * Refunds {@code quantities} (line id -> units; empty refunds everything left) of the order.
     *
     * @throws IllegalStateException if the approval is for something else, expired or used (nothing is changed)
     */
    public Order refund(Approval approval, String orderId, Map<String, Integer> quantities, String reason) {
        approval.consume(SensitiveAction.REFUND, orderId, clock.instant());
        try {
            Order refunded = orders.refund(orderId, quantities, reason, approval.managerId());
            Refund last = refunded.refunds().get(refunded.refunds().size() - 1);
            audit.record(approval.managerId(), AuditAction.REFUND, orderId, "OK",
                    "order " + refunded.number() + ", " + last.amount() + " to " + last.refundTo() + ": " + reason);
            return refunded;
        } catch (RuntimeException e) {
            audit.record(approval.managerId(), AuditAction.REFUND, orderId, "FAILED", e.getMessage());
            throw e;
        }
    }
}
