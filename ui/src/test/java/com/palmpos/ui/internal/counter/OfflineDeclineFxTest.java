package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.session.CounterSession;
import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderStatus;
import com.palmpos.pos.order.TenderStatus;
import com.palmpos.pos.order.TenderType;
import com.palmpos.ui.TerminalInfo;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.manager.ManagerAreaViewModel;
import com.palmpos.ui.internal.manager.ManagerContext;
import com.palmpos.ui.internal.manager.ManagerPage;
import com.palmpos.ui.internal.manager.OrdersViewModel;
import com.palmpos.ui.port.SyncStatusSource;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.InMemoryManagerAuthenticator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A card payment taken offline and declined later by the processor: the order shows "payment due" everywhere (its
 * state, the refunds page with the manager's action, the end-of-day report), the counter lists it under open orders,
 * and collecting the money there settles it.
 */
class OfflineDeclineFxTest extends CounterFxTestBase {

    @Override
    void afterJourney() {
        services.gateway.approve();
        voidOpenOrders();
    }

    @Test
    void aDeclinedOfflinePaymentIsDueEverywhereAndIsCollectedAtTheCounter() {
        services.gateway.unreachable();
        robot.write("lemon");
        waitUntil(() -> screen.isShown("#menu-item-lemonade"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> screen.lines() == 1 && !screen.busy());
        Order sold = screen.stored(services);
        robot.type(KeyCode.F9);
        waitUntil(() -> screen.isShown("#payment"));
        robot.type(KeyCode.F11);
        waitUntil(() -> screen.isShown("#payment-receipt"));
        robot.type(KeyCode.N);
        waitUntil(() -> !screen.isShown("#payment"));
        String paymentId = services.pos.orders().find(sold.id()).orElseThrow().tenders().get(0).paymentId();

        // the forwarder hears back from the processor
        services.pos.payments().recordDeclined(paymentId, "insufficient_funds");

        Order due = services.pos.orders().find(sold.id()).orElseThrow();
        assertThat(due.paymentDue()).isTrue();
        assertThat(due.tenders().get(0).status()).isEqualTo(TenderStatus.DECLINED);
        assertThat(services.pos.reports().endOfDay(LocalDate.now(ZoneOffset.UTC)).paymentDueCount()).isEqualTo(1);
        OrdersViewModel refunds = refundsPage();
        refunds.selectedProperty().set(due);
        assertThat(refunds.describe(due)).startsWith("#" + due.number() + " \u00b7 PAYMENT DUE "
                + due.balanceDue().toPlainString());
        assertThat(refunds.feedback().textProperty().get()).isEqualTo("Order #" + due.number() + ": the card"
                + " payment taken offline was declined later. The card does not have enough funds for this amount."
                + " Collect " + due.balanceDue().toPlainString() + " at the counter: Open orders (Ctrl+O) lists the"
                + " order; then it is paid.");

        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        String row = "#open-order-" + due.number();
        waitUntil(() -> screen.isShown(row));
        assertThat(screen.text(row)).isEqualTo("No. " + due.number() + " \u00b7 payment due $"
                + due.balanceDue().toPlainString() + " (offline card declined)");
        screen.tap(row);
        waitUntil(() -> !screen.isShown("#open-orders") && screen.lines() == 1);
        robot.type(KeyCode.F9);
        waitUntil(() -> screen.isShown("#payment"));
        robot.clickOn("#quick-cash-0");
        waitUntil(() -> screen.isShown("#payment-receipt"));

        Order settled = services.pos.orders().find(sold.id()).orElseThrow();
        assertThat(settled.paymentDue()).isFalse();
        assertThat(settled.status()).isEqualTo(OrderStatus.PAID);
        assertThat(settled.tenders()).extracting(t -> t.type()).containsExactly(TenderType.CARD, TenderType.CASH);
        assertThat(services.pos.reports().endOfDay(LocalDate.now(ZoneOffset.UTC)).paymentDueCount()).isZero();
    }

    private static OrdersViewModel refundsPage() {
        CounterSession session = new CounterSession(services.services, new ImmediateTaskRunner(),
                Messages.forLocale(Locale.ENGLISH));
        ManagerAreaViewModel area = new ManagerAreaViewModel(new ManagerContext(session,
                SyncStatusSource.notConnected(), Optional.empty(), new InMemoryManagerAuthenticator(Clock.systemUTC()),
                new TerminalInfo("test", dir), UiSettings.defaults()));
        area.open(ManagerPage.ORDERS);
        return area.orders();
    }
}
