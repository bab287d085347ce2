package com.palmpos.ui.internal.manager;

import static com.palmpos.ui.testing.FxQueries.onFx;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditEntry;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderStatus;
import com.palmpos.pos.order.TenderType;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Journey 7: voids and refunds only with a reason and the manager PIN; the store records them. */
class OrdersFxTest extends ManagerFxTestBase {

    @Test
    void voidsAnOpenOrderOnlyWithTheRightPin() {
        Order open = Sales.openOrder(counter.services, 2);
        openManagerHub();
        robot.push(KeyCode.F4);
        waitUntil(() -> fx.isShown("#order-row-0") && fx.text("#order-row-0").startsWith("#" + open.number() + " "));

        robot.push(KeyCode.F7);
        waitForFeedback("Type a reason first");
        fill("#orders-reason", "test order");
        robot.push(KeyCode.F7);
        waitUntil(() -> fx.isShown("#confirm-dialog")
                && onFx(() -> robot.lookup("#confirm-dialog").query().isVisible()));
        assertThat(fx.text("#confirm-message")).startsWith("Void order #" + open.number());
        typeDigits("1111");
        robot.type(KeyCode.ENTER);
        waitForFeedback("Wrong manager PIN");
        assertThat(counter.services.orders().find(open.id()).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);

        robot.clickOn("#orders-void");
        waitUntil(() -> onFx(() -> robot.lookup("#confirm-dialog").query().isVisible()));
        typeDigits(PIN);
        robot.clickOn("#confirm-ok");

        waitForFeedback("Order #" + open.number() + " voided.");
        Order stored = counter.services.orders().find(open.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(OrderStatus.VOIDED);
        assertThat(stored.voidReason()).isEqualTo("test order");
        assertThat(audit.forSubject(open.id())).extracting(AuditEntry::action, AuditEntry::outcome).containsExactly(
                tuple(AuditAction.MANAGER_APPROVAL, "WRONG_PIN"), tuple(AuditAction.MANAGER_APPROVAL, "GRANTED"),
                tuple(AuditAction.VOID, "OK"));
    }

    @Test
    void findsAnAnonymousPaidOrderInTheRecentListAndByItsNumber() {
        Order paid = Sales.paidOrder(counter.services, 1);
        openManagerHub();
        robot.clickOn("#tile-orders");
        waitUntil(() -> fx.isShown("#page-orders"));
        // blank query: the recent orders, paid ones included, newest first
        waitUntil(() -> fx.isShown("#order-row-0")
                && fx.text("#order-row-0").startsWith("#" + paid.number() + " \u00b7 PAID"));

        fill("#orders-query", "#" + paid.number());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx.isShown("#order-row-0")
                && fx.text("#order-row-0").startsWith("#" + paid.number() + " \u00b7 PAID")
                && !fx.inScene("#order-row-1"));
    }

    @Test
    void refundsOneLineOfACustomersPaidOrderInCash() {
        Sales.customer(counter.services, "cust-77", "Sam Lee", "L-77");
        Order paid = Sales.paidOrderOf(counter.services, "cust-77", 2);
        openManagerHub();
        robot.clickOn("#tile-orders");
        waitUntil(() -> fx.isShown("#page-orders"));

        fill("#orders-query", "L-77");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx.isShown("#order-row-0")
                && fx.text("#order-row-0").startsWith("#" + paid.number() + " \u00b7 PAID"));
        fill("#orders-reason", "cold soup");
        robot.push(KeyCode.F8);
        waitUntil(() -> onFx(() -> robot.lookup("#confirm-dialog").query().isVisible()));
        typeDigits(PIN);
        robot.type(KeyCode.ENTER);

        waitForFeedback("Order #" + paid.number() + " refunded: " + paid.totals().total().toPlainString());
        // the search, the PIN hashing and the refund ran off the FX thread
        Order stored = counter.services.orders().find(paid.id()).orElseThrow();
        assertThat(stored.refunds()).singleElement().satisfies(refund -> {
            assertThat(refund.refundTo()).isEqualTo(TenderType.CASH);
            assertThat(refund.reason()).isEqualTo("cold soup");
            assertThat(refund.lines()).singleElement().extracting(r -> r.quantity()).isEqualTo(2);
        });
        assertThat(fx.text("#line-row-0")).endsWith("2 refunded");
    }
}
