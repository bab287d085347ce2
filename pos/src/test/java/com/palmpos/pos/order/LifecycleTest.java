package com.palmpos.pos.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.menu.TaxTable;
import com.palmpos.pos.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order state machine without storage: allowed paths and the message of each illegal transition. */
class LifecycleTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final OrderTransitions tx = new OrderTransitions(new OrderPricer(new TaxTable(Map.of())));

    private Order open() {
        Order o = Order.opening("o", USD).number(7).at("s", "t").mode(ServiceMode.DINE_IN).staff("c").openedAt(NOW)
                .build(new OrderPricer(new TaxTable(Map.of())).price(List.of(), List.of(), ServiceMode.DINE_IN, USD));
        return tx.addLine(o, new OrderLine("l1", "soup", false, "Soup", "soups", null, 1, Money.ofMinor(500, USD),
                List.of(), List.of(), "", "food", null, null), NOW);
    }

    private Order in(OrderStatus status) {
        Order o = open();
        return switch (status) {
            case OPEN -> o;
            case SENT -> tx.sendToKitchen(o, NOW);
            case PAID -> pay(o);
            case COMPLETED -> tx.complete(pay(o), NOW);
            case VOIDED -> tx.voidOrder(o, "test", NOW);
        };
    }

    /** Exact cash, no tip, no change. */
    private static Tender cash(Money amount) {
        return Tender.builder("p", TenderType.CASH).amount(amount).cash(amount, Money.zero(USD)).at(NOW).build();
    }

    private Order pay(Order o) {
        return tx.addTender(o, cash(o.balanceDue()), NOW);
    }

    @Test
    void followsOpenSentPaidCompleted() {
        Order sent = tx.sendToKitchen(open(), NOW);
        Order paid = pay(sent);
        Order done = tx.complete(paid, NOW);
        assertThat(List.of(sent.status(), paid.status(), done.status()))
                .containsExactly(OrderStatus.SENT, OrderStatus.PAID, OrderStatus.COMPLETED);
        assertThat(done.revision()).isEqualTo(open().revision() + 3);
    }

    @ParameterizedTest(name = "{1} on a {0} order")
    @CsvSource({
            "OPEN, complete, only a PAID order can be completed (take payment first)",
            "SENT, complete, only a PAID order can be completed (take payment first)",
            "PAID, addLine, cannot add items on order 7: it is PAID (refund or start a new order)",
            "COMPLETED, addLine, it is COMPLETED",
            "VOIDED, addLine, it is VOIDED",
            "PAID, void, cannot be voided: refund it instead",
            "COMPLETED, send, is COMPLETED and cannot be sent to the kitchen",
            "VOIDED, pay, is VOIDED and takes no payment",
            "OPEN, refund, only paid or completed orders can be refunded (void it instead)",
            "VOIDED, refund, only paid or completed orders can be refunded",
            "COMPLETED, complete, only a PAID order can be completed",
            "SENT, send, has nothing new for the kitchen: add items first",
            "PAID, pay, is already PAID and nothing is due: start a new order"
    })
    void refusesIllegalTransitionsWithAMessageThatSaysWhatToDo(OrderStatus status, String operation, String message) {
        Order order = in(status);
        Map<String, UnaryOperator<Order>> ops = Map.of(
                "complete", o -> tx.complete(o, NOW),
                "addLine", o -> tx.addLine(o, o.lines().get(0), NOW),
                "void", o -> tx.voidOrder(o, "reason", NOW),
                "send", o -> tx.sendToKitchen(o, NOW),
                "pay", this::pay,
                "refund", o -> tx.refund(o, Map.of(), "r", "m", "r1", NOW));
        assertThatThrownBy(() -> ops.get(operation).apply(order))
                .isInstanceOf(IllegalOrderStateException.class).hasMessageContaining(message);
    }

    @Test
    void refusesToVoidAnOrderWithPartPayments() {
        Order o = open();
        Order part = tx.addTender(o, cash(Money.ofMinor(100, USD)), NOW);
        assertThatThrownBy(() -> tx.voidOrder(part, "r", NOW)).hasMessageContaining("refund them before voiding");
    }

    @Test
    void refusesToRefundMoreUnitsThanAreLeft() {
        Order paid = pay(open());
        Order once = tx.refund(paid, Map.of("l1", 1), "r", "m", "r1", NOW);
        assertThatThrownBy(() -> tx.refund(once, Map.of("l1", 1), "r", "m", "r2", NOW))
                .hasMessageContaining("cannot refund 1 of 'Soup': 0 left to refund");
    }

    @Test
    void refusesAPaymentOnAnEmptyOrder() {
        Order empty = tx.removeLine(open(), "l1", NOW);
        assertThatThrownBy(() -> pay(empty)).hasMessageContaining("has no items");
    }
}
