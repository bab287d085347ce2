package com.palmpos.pos.order;

import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An order as the counter sees it: lines, discounts, tenders, refunds and its priced totals. Immutable; every change
 * returns a new order with {@code revision + 1}, checked against the store so two screens cannot overwrite each other.
 * State rules live in {@link OrderTransitions}. Thread-safe.
 *
 * @param number       short number called out at the counter (per terminal and day)
 * @param label        name or table for the kitchen, may be empty
 * @param customerId   the recognised customer, or null
 * @param totals       totals as priced when the lines last changed; kept as sold even if taxes change later
 */
public record Order(String id, int number, String storeId, String terminalId, ServiceMode mode, String label,
                    String customerId, String staffId, OrderStatus status, Currency currency, List<OrderLine> lines,
                    List<Discount> orderDiscounts, List<Redemption> redemptions, List<Tender> tenders,
                    List<Refund> refunds, String voidReason, long revision, Instant openedAt, Instant updatedAt,
                    Instant paidAt, Instant completedAt, OrderTotals totals) {
    public Order {
        lines = List.copyOf(lines);
        orderDiscounts = List.copyOf(orderDiscounts);
        redemptions = List.copyOf(redemptions);
        tenders = List.copyOf(tenders);
        refunds = List.copyOf(refunds);
        label = label == null ? "" : label;
    }

    /**
     * A new, empty, open order: revision 0, nothing on it, its totals as the pricer gives them for no lines.
     * Reads better than the canonical constructor, whose 22 fields are the stored form:
     * {@code Order.opening(id, currency).number(7).at(store, terminal).mode(DINE_IN).staff(id).openedAt(now).build(empty)}.
     */
    public static Opening opening(String id, Currency currency) {
        return new Opening(id, currency);
    }

    /** Builds a new open order; see {@link #opening}. Not thread-safe; use once. */
    public static final class Opening {
        private final String id;
        private final Currency currency;
        private int number;
        private String storeId;
        private String terminalId;
        private ServiceMode mode = ServiceMode.DINE_IN;
        private String label = "";
        private String staffId;
        private Instant openedAt;

        private Opening(String id, Currency currency) {
            this.id = java.util.Objects.requireNonNull(id, "id");
            this.currency = java.util.Objects.requireNonNull(currency, "currency");
        }

        /** The short number called out at the counter (per terminal and day). */
        public Opening number(int number) {
            this.number = number;
            return this;
        }

        public Opening at(String storeId, String terminalId) {
            this.storeId = storeId;
            this.terminalId = terminalId;
            return this;
        }

        public Opening mode(ServiceMode mode) {
            this.mode = mode;
            return this;
        }

        /** Name, table or note for the kitchen; null or empty for none. */
        public Opening label(String label) {
            this.label = label;
            return this;
        }

        public Opening staff(String staffId) {
            this.staffId = staffId;
            return this;
        }

        public Opening openedAt(Instant openedAt) {
            this.openedAt = openedAt;
            return this;
        }

        /** The open order, with {@code emptyTotals} (the pricer's totals of no lines in this mode). */
        public Order build(OrderTotals emptyTotals) {
            java.util.Objects.requireNonNull(openedAt, "openedAt");
            return new Order(id, number, storeId, terminalId, mode, label, null, staffId, OrderStatus.OPEN, currency,
                    List.of(), List.of(), List.of(), List.of(), List.of(), null, 0, openedAt, openedAt, null, null,
                    java.util.Objects.requireNonNull(emptyTotals, "emptyTotals"));
        }
    }

    /** Sum of the amounts of tenders that count (approved or stored offline), tips excluded. */
    public Money paid() {
        Money sum = Money.zero(currency);
        for (Tender t : tenders) {
            if (t.status().counts()) {
                sum = sum.plus(t.amount());
            }
        }
        return sum;
    }

    public Money tips() {
        Money sum = Money.zero(currency);
        for (Tender t : tenders) {
            if (t.status().counts()) {
                sum = sum.plus(t.tip());
            }
        }
        return sum;
    }

    /** What is still to pay: never negative. */
    public Money balanceDue() {
        return totals.total().minus(paid()).max(Money.zero(currency));
    }

    /**
     * True when the order was paid but a payment accepted offline was declined afterwards: the manager must collect
     * {@link #balanceDue()} again.
     */
    public boolean paymentDue() {
        return (status == OrderStatus.PAID || status == OrderStatus.COMPLETED) && balanceDue().isPositive();
    }

    public Money refunded() {
        return Money.sum(refunds.stream().map(Refund::amount).toList(), currency);
    }

    public int refundedQuantity(String lineId) {
        return refunds.stream().flatMap(r -> r.lines().stream()).filter(l -> l.lineId().equals(lineId))
                .mapToInt(Refund.RefundLine::quantity).sum();
    }

    public Optional<OrderLine> line(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst();
    }

    public Optional<Tender> tender(String paymentId) {
        return tenders.stream().filter(t -> t.paymentId().equals(paymentId)).findFirst();
    }

    /** The lines of the latest send to the kitchen (for its ticket); empty if nothing was sent. */
    public List<OrderLine> lastSentLines() {
        Instant last = lines.stream().map(OrderLine::sentAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return last == null ? List.of() : lines.stream().filter(l -> last.equals(l.sentAt())).toList();
    }

    public List<OrderLine> unsentLines() {
        return lines.stream().filter(l -> !l.sent()).toList();
    }

    /** A copy with some fields changed, {@code revision + 1} and {@code updatedAt = now}. */
    Order change(Instant now, UnaryOperator<Draft> edit) {
        Draft d = edit.apply(new Draft(this));
        return new Order(id, number, storeId, terminalId, d.mode, d.label, d.customerId, staffId, d.status, currency,
                d.lines, d.orderDiscounts, d.redemptions, d.tenders, d.refunds, d.voidReason, revision + 1, openedAt,
                now, d.paidAt, d.completedAt, d.totals);
    }

    /** The mutable fields of an order while a change is being made. */
    static final class Draft {
        ServiceMode mode;
        String label;
        String customerId;
        OrderStatus status;
        List<OrderLine> lines;
        List<Discount> orderDiscounts;
        List<Redemption> redemptions;
        List<Tender> tenders;
        List<Refund> refunds;
        String voidReason;
        Instant paidAt;
        Instant completedAt;
        OrderTotals totals;

        Draft(Order o) {
            mode = o.mode;
            label = o.label;
            customerId = o.customerId;
            status = o.status;
            lines = new ArrayList<>(o.lines);
            orderDiscounts = new ArrayList<>(o.orderDiscounts);
            redemptions = new ArrayList<>(o.redemptions);
            tenders = new ArrayList<>(o.tenders);
            refunds = new ArrayList<>(o.refunds);
            voidReason = o.voidReason;
            paidAt = o.paidAt;
            completedAt = o.completedAt;
            totals = o.totals;
        }
    }
}
