package com.palmpos.pos.order;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedArgumentException;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The order's state machine as pure functions: each checks that the operation fits the current state (else an
 * {@link IllegalOrderStateException} that says what to do), and returns the changed order. No I/O; thread-safe.
 */
public final class OrderTransitions {
    /** Longest kitchen note or order label: what a 42-column ticket shows on a few lines. */
    public static final int MAX_NOTE = 140;
    private final OrderPricer pricer;

    public OrderTransitions(OrderPricer pricer) {
        this.pricer = pricer;
    }

    public Order addLine(Order order, OrderLine line, Instant now) {
        requireEditable(order, "add items");
        return reprice(order, now, d -> d.lines.add(line));
    }

    public Order removeLine(Order order, String lineId, Instant now) {
        requireEditable(order, "remove items");
        OrderLine line = requireLine(order, lineId);
        if (line.sent()) {
            throw new IllegalOrderStateException(RefusalCode.LINE_SENT_REMOVE, "'" + line.name()
                    + "' was already sent to the kitchen: void the order or tell the kitchen before removing it",
                    line.name());
        }
        return reprice(order, now, d -> {
            d.lines.remove(line);
            d.redemptions.removeIf(r -> r.lineId().equals(lineId));
        });
    }

    /** Changes how many of a line; a line the kitchen already has cannot change (add a new line instead). */
    public Order changeQuantity(Order order, String lineId, int quantity, Instant now) {
        requireEditable(order, "change quantities");
        OrderLine line = requireLine(order, lineId);
        if (line.sent()) {
            throw new IllegalOrderStateException(RefusalCode.LINE_SENT_CHANGE, "'" + line.name()
                    + "' was already sent to the kitchen: add a new line for more, or void the order", line.name());
        }
        return reprice(order, now, d -> d.lines.set(d.lines.indexOf(line), line.withQuantity(quantity)));
    }

    /** Sets a line's note for the kitchen; a line the kitchen already has keeps the note it was sent with. */
    public Order changeNote(Order order, String lineId, String note, Instant now) {
        requireEditable(order, "change notes");
        OrderLine line = requireLine(order, lineId);
        if (line.sent()) {
            throw new IllegalOrderStateException(RefusalCode.LINE_SENT_NOTE, "'" + line.name()
                    + "' was already sent to the kitchen with its note: tell the kitchen, or add a new line with the"
                    + " note", line.name());
        }
        requireNoteLength(note);
        return order.change(now, d -> {
            d.lines.set(d.lines.indexOf(line), line.withNote(note));
            return d;
        });
    }

    /** Sets the order's label: a name or table for the kitchen and the pickup call, or an order-wide note. */
    public Order changeLabel(Order order, String label, Instant now) {
        requireEditable(order, "change the order note");
        requireNoteLength(label);
        return order.change(now, d -> {
            d.label = label == null ? "" : label.strip();
            return d;
        });
    }

    private static void requireNoteLength(String note) {
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new RefusedArgumentException(RefusalCode.NOTE_TOO_LONG, "a note holds at most " + MAX_NOTE
                    + " characters (" + note.strip().length() + " given): shorten it", MAX_NOTE, note.strip().length());
        }
    }

    /** Switches between eating in and taking out ("for here or to go?"); taxes are re-priced for the new mode. */
    public Order changeMode(Order order, ServiceMode mode, Instant now) {
        requireEditable(order, "change dine-in/takeout");
        return order.change(now, d -> {
            d.mode = mode;
            d.totals = pricer.price(d.lines, d.orderDiscounts, mode, order.currency());
            return d;
        });
    }

    public Order setLineDiscount(Order order, String lineId, Discount discount, Instant now) {
        requireEditable(order, "discount items");
        OrderLine line = requireLine(order, lineId);
        return reprice(order, now, d -> d.lines.set(d.lines.indexOf(line), line.withDiscount(discount)));
    }

    public Order addOrderDiscount(Order order, Discount discount, Instant now) {
        requireEditable(order, "discount the order");
        return reprice(order, now, d -> d.orderDiscounts.add(discount));
    }

    /** Records a loyalty redemption as a discount on one line. */
    public Order redeem(Order order, Redemption redemption, Discount discount, Instant now) {
        requireEditable(order, "redeem rewards");
        OrderLine line = requireLine(order, redemption.lineId());
        return reprice(order, now, d -> {
            d.lines.set(d.lines.indexOf(line), line.withDiscount(discount));
            d.redemptions.add(redemption);
        });
    }

    public Order attachCustomer(Order order, String customerId, Instant now) {
        if (order.status() == OrderStatus.VOIDED || order.status() == OrderStatus.COMPLETED) {
            throw new IllegalOrderStateException(RefusalCode.ORDER_CLOSED_CUSTOMER, "order " + order.number() + " is "
                    + order.status() + ": customers can be attached only before it is completed", order.number(),
                    order.status());
        }
        return order.change(now, d -> {
            d.customerId = customerId;
            return d;
        });
    }

    /** Marks unsent lines as sent; an open order becomes SENT, a paid one stays PAID. */
    public Order sendToKitchen(Order order, Instant now) {
        if (order.status() == OrderStatus.VOIDED || order.status() == OrderStatus.COMPLETED) {
            throw new IllegalOrderStateException(RefusalCode.ORDER_CLOSED_KITCHEN, "order " + order.number() + " is "
                    + order.status() + " and cannot be sent to the kitchen", order.number(), order.status());
        }
        if (order.unsentLines().isEmpty()) {
            throw new IllegalOrderStateException(RefusalCode.NOTHING_FOR_KITCHEN, "order " + order.number()
                    + " has nothing new for the kitchen: add items first", order.number());
        }
        return order.change(now, d -> {
            d.lines.replaceAll(l -> l.sent() ? l : l.sentAt(now));
            if (d.status == OrderStatus.OPEN) {
                d.status = OrderStatus.SENT;
            }
            return d;
        });
    }

    /** Applies a tender; the order becomes PAID once nothing is due. */
    public Order addTender(Order order, Tender tender, Instant now) {
        if (!order.status().acceptsTenders()) {
            throw new IllegalOrderStateException(RefusalCode.ORDER_TAKES_NO_PAYMENT, "order " + order.number() + " is "
                    + order.status() + " and takes no payment", order.number(), order.status());
        }
        if (order.lines().isEmpty()) {
            throw new IllegalOrderStateException(RefusalCode.ORDER_EMPTY_PAYMENT, "order " + order.number()
                    + " has no items: add items before taking payment", order.number());
        }
        if (!order.status().editable() && !order.paymentDue()) {
            throw new IllegalOrderStateException(RefusalCode.NOTHING_DUE, "order " + order.number() + " is already "
                    + order.status() + " and nothing is due: start a new order", order.number(), order.status());
        }
        if (tender.amount().compareTo(order.balanceDue()) > 0) {
            throw new RefusedArgumentException(RefusalCode.TENDER_OVER_DUE, "tender " + tender.amount()
                    + " is more than the " + order.balanceDue()
                    + " due: cash change is given back, cards are charged only what is due", tender.amount(),
                    order.balanceDue());
        }
        return order.change(now, d -> {
            d.tenders.add(tender);
            settle(order, d, now);
            return d;
        });
    }

    /** A stored offline payment was refused: its amount becomes due again (see {@link Order#paymentDue()}). */
    public Order declineTender(Order order, String paymentId, String reason, Instant now) {
        Tender tender = order.tender(paymentId).orElseThrow(() -> new IllegalArgumentException(
                "order " + order.id() + " has no payment " + paymentId));
        return order.change(now, d -> {
            d.tenders.set(d.tenders.indexOf(tender), tender.declined(reason));
            return d;
        });
    }

    public Order approveTender(Order order, String paymentId, String authCode, Instant now) {
        Tender tender = order.tender(paymentId).orElseThrow(() -> new IllegalArgumentException(
                "order " + order.id() + " has no payment " + paymentId));
        return order.change(now, d -> {
            d.tenders.set(d.tenders.indexOf(tender), tender.approved(authCode));
            return d;
        });
    }

    public Order complete(Order order, Instant now) {
        if (order.status() != OrderStatus.PAID) {
            throw new IllegalOrderStateException(RefusalCode.ORDER_NOT_PAID, "order " + order.number() + " is "
                    + order.status() + ": only a PAID order can be completed"
                    + (order.status().editable() ? " (take payment first)" : ""), order.number(), order.status());
        }
        return order.change(now, d -> {
            d.status = OrderStatus.COMPLETED;
            d.completedAt = now;
            return d;
        });
    }

    public Order voidOrder(Order order, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new RefusedArgumentException(RefusalCode.VOID_NEEDS_REASON,
                    "a void needs a reason, e.g. 'customer left'");
        }
        if (!order.status().editable()) {
            throw new IllegalOrderStateException(RefusalCode.ORDER_NOT_VOIDABLE, "order " + order.number() + " is "
                    + order.status() + " and cannot be voided"
                    + (order.status().refundable() ? ": refund it instead" : ""), order.number(), order.status());
        }
        if (order.tenders().stream().anyMatch(t -> t.status().counts())) {
            throw new IllegalOrderStateException(RefusalCode.VOID_PART_PAID, "order " + order.number()
                    + " has part payments: refund them before voiding", order.number());
        }
        return order.change(now, d -> {
            d.status = OrderStatus.VOIDED;
            d.voidReason = reason;
            return d;
        });
    }

    /**
     * Gives back {@code quantities} (line id -> units; empty means every remaining unit). Each line's total is split
     * into per-unit amounts with the largest-remainder method, and a refund takes the next units, so successive partial
     * refunds add up to exactly the line total. Tips are not refunded.
     */
    public Order refund(Order order, Map<String, Integer> quantities, String reason, String staffId, String refundId,
                        Instant now) {
        if (!order.status().refundable()) {
            throw new IllegalOrderStateException(RefusalCode.ORDER_NOT_REFUNDABLE, "order " + order.number() + " is "
                    + order.status() + ": only paid or completed orders can be refunded"
                    + (order.status().editable() ? " (void it instead)" : ""), order.number(), order.status());
        }
        List<Refund.RefundLine> lines = new ArrayList<>();
        Money amount = Money.zero(order.currency());
        for (OrderLine line : order.lines()) {
            int done = order.refundedQuantity(line.lineId());
            int left = line.quantity() - done;
            int want = quantities.isEmpty() ? left : quantities.getOrDefault(line.lineId(), 0);
            if (want < 0 || want > left) {
                throw new RefusedArgumentException(RefusalCode.REFUND_TOO_MANY, "cannot refund " + want + " of '"
                        + line.name() + "': " + left + " left to refund", want, line.name(), left);
            }
            if (want > 0) {
                List<Money> units = order.totals().line(line.lineId()).orElseThrow().total().allocate(line.quantity());
                Money part = Money.sum(units.subList(done, done + want), order.currency());
                lines.add(new Refund.RefundLine(line.lineId(), want, part));
                amount = amount.plus(part);
            }
        }
        for (String id : quantities.keySet()) {
            requireLine(order, id);
        }
        if (lines.isEmpty()) {
            throw new RefusedArgumentException(RefusalCode.REFUND_NOTHING, "nothing to refund on order " + order.number()
                    + ": choose items with units left", order.number());
        }
        Money refundable = order.paid().minus(order.refunded());
        if (amount.compareTo(refundable) > 0) {
            throw new IllegalOrderStateException(RefusalCode.REFUND_OVER_PAID, "refund " + amount + " exceeds the "
                    + refundable + " collected on order " + order.number() + ": collect the payment due first", amount,
                    refundable, order.number());
        }
        TenderType refundTo = order.tenders().stream().filter(t -> t.status().counts()).map(Tender::type)
                .findFirst().orElse(TenderType.CASH);
        Refund refund = new Refund(refundId, lines, amount, refundTo, reason, staffId, now);
        return order.change(now, d -> {
            d.refunds.add(refund);
            return d;
        });
    }

    private static void settle(Order order, Order.Draft d, Instant now) {
        Money paid = Money.sum(d.tenders.stream().filter(t -> t.status().counts()).map(Tender::amount).toList(),
                order.currency());
        if (paid.compareTo(d.totals.total()) >= 0 && d.status.editable()) {
            d.status = OrderStatus.PAID;
            d.paidAt = now;
        }
    }

    private Order reprice(Order order, Instant now, java.util.function.Consumer<Order.Draft> edit) {
        return order.change(now, d -> {
            edit.accept(d);
            d.totals = pricer.price(d.lines, d.orderDiscounts, d.mode, order.currency());
            return d;
        });
    }

    private static void requireEditable(Order order, String what) {
        if (!order.status().editable()) {
            throw new IllegalOrderStateException(RefusalCode.ORDER_CLOSED, "cannot " + what + " on order "
                    + order.number() + ": it is " + order.status()
                    + (order.status().refundable() ? " (refund or start a new order)" : ""), order.number(),
                    order.status());
        }
    }

    private static OrderLine requireLine(Order order, String lineId) {
        return order.line(lineId).orElseThrow(() -> new RefusedArgumentException(RefusalCode.LINE_GONE,
                "order " + order.number() + " has no line " + lineId, order.number()));
    }
}
