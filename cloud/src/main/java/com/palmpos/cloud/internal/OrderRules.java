package com.palmpos.cloud.internal;

import com.palmpos.sync.api.OrderLine;
import com.palmpos.sync.api.OrderUpload;
import com.palmpos.sync.api.Tender;
import java.util.Set;

/**
 * What makes an uploaded order acceptable: it adds up, it belongs to the caller's store, it is complete. A voided
 * order may have no lines and has no tenders; a declined offline payment leaves {@code paymentDueMinor} uncovered.
 */
final class OrderRules {
    private static final Set<String> TENDER_TYPES = Set.of("CARD", "CASH", "LOYALTY");
    private static final Set<String> STATUSES = Set.of(OrderUpload.PAID, OrderUpload.COMPLETED, OrderUpload.VOIDED);

    private OrderRules() {
    }

    /** Why {@code order} is refused, or {@code null} if it is acceptable. */
    static String violation(OrderUpload order, Caller caller) {
        if (order.orderId() == null || order.orderId().isBlank() || order.orderId().length() > 80) {
            return "orderId of 1..80 characters is required";
        }
        if (!caller.storeId().equals(order.storeId())) {
            return "order " + order.orderId() + " names store " + order.storeId() + " but this terminal belongs to "
                    + caller.storeId();
        }
        if (order.terminalId() == null || order.createdAt() == null || order.currency() == null
                || !order.currency().matches("[A-Z]{3}")) {
            return "order " + order.orderId() + " needs terminalId, createdAt and an ISO 4217 currency";
        }
        if (!STATUSES.contains(order.effectiveStatus()) || order.tipMinor() < 0 || order.refundedMinor() < 0
                || order.paymentDueMinor() < 0 || order.paymentDueMinor() > order.totalMinor()
                || (order.revision() != null && order.revision() < 0)) {
            return "order " + order.orderId() + ": status must be PAID, COMPLETED or VOIDED, revision, tip, refunded"
                    + " and payment due must not be negative, payment due at most the total";
        }
        boolean voided = OrderUpload.VOIDED.equals(order.effectiveStatus());
        if (order.lines().isEmpty() && !voided) {
            return "order " + order.orderId() + " has no lines";
        }
        long linesTotal = 0;
        for (OrderLine line : order.lines()) {
            if (line.quantity() < 1 || line.unitPriceMinor() < 0
                    || Math.multiplyExact((long) line.quantity(), line.unitPriceMinor()) != line.totalMinor()) {
                return "order " + order.orderId() + " line " + line.sku() + ": quantity x unit price must equal its total";
            }
            linesTotal += line.totalMinor();
        }
        if (linesTotal != order.subtotalMinor() || order.subtotalMinor() != order.totalMinor()
                || order.taxMinor() < 0 || order.taxMinor() > order.totalMinor()) {
            return "order " + order.orderId() + ": lines must add up to the subtotal, which must equal the total"
                    + " (tax included)";
        }
        long tendered = 0;
        for (Tender tender : order.tenders()) {
            if (!TENDER_TYPES.contains(tender.type()) || tender.amountMinor() <= 0) {
                return "order " + order.orderId() + ": tenders must be CARD, CASH or LOYALTY with a positive amount";
            }
            if ("CARD".equals(tender.type()) && tender.cardToken() == null) {
                return "order " + order.orderId() + ": a CARD tender needs its cardToken";
            }
            tendered += tender.amountMinor();
        }
        long expected = voided ? 0 : order.totalMinor() - order.paymentDueMinor();
        if (tendered != expected) {
            return "order " + order.orderId() + ": tenders add up to " + tendered + " but " + expected + " is expected"
                    + " (total minus payment due; nothing for a voided order)";
        }
        if (order.loyaltyPointsEarned() < 0 || order.loyaltyPointsRedeemed() < 0
                || (order.customerId() == null && (order.loyaltyPointsEarned() > 0 || order.loyaltyPointsRedeemed() > 0))) {
            return "order " + order.orderId() + ": loyalty points must be >= 0 and need a customerId";
        }
        return null;
    }
}
