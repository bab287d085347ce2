package com.palmpos.ui.internal.manager;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderStatus;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.TerminalInfo;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.port.SyncStatusSource;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.InMemoryManagerAuthenticator;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refunds/voids page's rules without FX, approved by the shell's PIN check (no audited approval wired). */
class OrdersViewModelTest {

    @TempDir
    static Path dir;
    static TestCounter counter;
    private final InMemoryManagerAuthenticator authenticator =
            new InMemoryManagerAuthenticator(Clock.systemUTC()).withPin("4821");
    private ManagerAreaViewModel area;
    private OrdersViewModel orders;

    @BeforeAll
    static void services() {
        counter = new TestCounter(dir);
    }

    @AfterAll
    static void close() {
        counter.close();
    }

    private void openPage() {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        CounterSession session = new CounterSession(counter.services, new ImmediateTaskRunner(), messages);
        area = new ManagerAreaViewModel(new ManagerContext(session, SyncStatusSource.notConnected(), Optional.empty(),
                authenticator, new TerminalInfo("test", dir), UiSettings.defaults()));
        orders = area.orders();
        area.open(ManagerPage.ORDERS);
    }

    @Test
    void voidNeedsAReasonThenThePinAndChangesNothingOnAWrongPin() {
        Order open = Sales.openOrder(counter.services, 1);
        openPage();
        orders.selectedProperty().set(open);

        orders.requestVoid();
        assertThat(orders.feedback().textProperty().get()).startsWith("Type a reason first");
        assertThat(orders.confirmationProperty().get()).isNull();

        orders.reasonProperty().set("duplicate");
        orders.requestVoid();
        orders.confirmationProperty().get().onConfirm().accept("1111".toCharArray());
        assertThat(orders.feedback().textProperty().get()).startsWith("Wrong manager PIN");
        assertThat(counter.services.orders().find(open.id()).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);

        orders.requestVoid();
        char[] pin = "4821".toCharArray();
        orders.confirmationProperty().get().onConfirm().accept(pin);
        assertThat(counter.services.orders().find(open.id()).orElseThrow().status()).isEqualTo(OrderStatus.VOIDED);
        assertThat(pin).containsOnly('\0');
    }

    @Test
    void refundOfAnOpenOrderIsRefusedBeforeAskingForThePin() {
        Order open = Sales.openOrder(counter.services, 1);
        openPage();
        orders.selectedProperty().set(open);
        orders.reasonProperty().set("cold");

        orders.requestRefund(true);

        assertThat(orders.confirmationProperty().get()).isNull();
        assertThat(orders.feedback().textProperty().get())
                .isEqualTo("Order #" + open.number() + " is OPEN: only paid orders can be refunded; void an open order instead.");
    }

    @Test
    void privacyPageIsUnavailableWithoutTheManagerServicesAndEscReturnsToTheHub() {
        openPage();

        assertThat(area.has(ManagerPage.PRIVACY)).isFalse();
        area.open(ManagerPage.PRIVACY);
        assertThat(area.pageProperty().get()).isEqualTo(ManagerPage.ORDERS);
        assertThat(area.back()).isTrue();
        assertThat(area.pageProperty().get()).isEqualTo(ManagerPage.HOME);
        assertThat(area.back()).isFalse();
    }
}
