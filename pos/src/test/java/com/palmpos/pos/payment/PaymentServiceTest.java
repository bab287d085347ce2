package com.palmpos.pos.payment;

import static com.palmpos.pos.Terminal.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.PosSettings;
import com.palmpos.pos.Terminal;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderStatus;
import com.palmpos.pos.order.TenderStatus;
import com.palmpos.pos.order.TenderType;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentServiceTest {
    private static final CardDetails VISA = new CardDetails(TenderType.CARD, "tok_visa", "VISA", "4242");
    private static final CardDetails PALM = new CardDetails(TenderType.PALM, "tok_palm", "MC", "5454");

    @TempDir
    Path dir;
    Terminal t;

    private Terminal terminal(OfflineSettings offline) {
        PosSettings d = PosSettings.defaults();
        t = new Terminal(dir, new PosSettings("store-main", "t1", ZoneOffset.UTC, offline, d.loyalty(), d.staff()));
        return t;
    }

    @AfterEach
    void close() {
        t.close();
    }

    /** Two large lattes, dine-in: 9.90 + 0.88 tax = 10.78. */
    private Order order() {
        Order o = t.orders.open(ServiceMode.DINE_IN, "", "c");
        return t.orders.addItem(o.id(), new LineRequest("latte", "large", 2, java.util.Map.of(), ""));
    }

    @Test
    void givesChangeForCashAndMarksTheOrderPaid() {
        terminal(OfflineSettings.defaults());
        Order o = order();
        PaymentOutcome out = t.payments.payCash(o.id(), usd("20.00"), usd("1.00"));
        assertThat(out.change()).isEqualTo(usd("8.22"));
        assertThat(out.order().status()).isEqualTo(OrderStatus.PAID);
        assertThat(out.order().tips()).isEqualTo(usd("1.00"));
    }

    @Test
    void splitsTheBillAcrossCashAndCard() {
        terminal(OfflineSettings.defaults());
        Order o = order();
        var halves = t.payments.splitEvenly(o.id(), 2);
        assertThat(halves).containsExactly(usd("5.39"), usd("5.39"));
        Order afterCash = t.payments.payCash(o.id(), halves.get(0), usd("0")).order();
        assertThat(afterCash.status()).isEqualTo(OrderStatus.OPEN);
        Order paid = t.payments.payCard(o.id(), VISA, halves.get(1), usd("0.50")).order();
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.tenders()).extracting(x -> x.type()).containsExactly(TenderType.CASH, TenderType.CARD);
        assertThat(t.gateway.requests.get(0).token()).isEqualTo("tok_visa");
    }

    @Test
    void leavesTheOrderUnpaidWhenTheCardIsDeclined() {
        terminal(OfflineSettings.defaults());
        Order o = order();
        t.gateway.next = new AuthorizationResult.Declined("insufficient funds");
        PaymentOutcome out = t.payments.payCard(o.id(), VISA, o.balanceDue(), usd("0"));
        assertThat(out.status()).isEqualTo(PaymentOutcome.Status.DECLINED);
        assertThat(out.message()).contains("insufficient funds");
        assertThat(t.orders.find(o.id()).orElseThrow().tenders()).isEmpty();
    }

    @Test
    void storesAPalmPaymentOfflineWithinTheLimitsAndQueuesItForForwarding() {
        terminal(OfflineSettings.defaults());
        t.gateway.offline();
        Order o = order();
        PaymentOutcome out = t.payments.payCard(o.id(), PALM, o.balanceDue(), usd("0"));
        assertThat(out.status()).isEqualTo(PaymentOutcome.Status.STORED_OFFLINE);
        assertThat(out.order().status()).isEqualTo(OrderStatus.PAID);
        assertThat(t.payments.offlineExposure()).isEqualTo(usd("10.78"));
        assertThat(t.outboxEntries()).anySatisfy(e -> {
            assertThat(e.message().kind()).isEqualTo("payment.offline_stored");
            assertThat(e.message().payloadJson()).contains("\"token\":\"tok_palm\"").contains("\"amountMinor\":1078");
        });
    }

    @Test
    void refusesAnOfflinePaymentOverThePerPaymentLimit() {
        terminal(new OfflineSettings(true, 10_00, 500_00, Set.of(TenderType.CARD, TenderType.PALM)));
        t.gateway.offline();
        Order o = order();
        PaymentOutcome out = t.payments.payCard(o.id(), VISA, o.balanceDue(), usd("0"));
        assertThat(out.status()).isEqualTo(PaymentOutcome.Status.REFUSED_OFFLINE);
        assertThat(out.message()).contains("limited to USD 10.00 each");
        assertThat(out.order().status()).isEqualTo(OrderStatus.OPEN);
    }

    @Test
    void refusesAnOfflinePaymentThatWouldExceedTheTotalOutstanding() {
        terminal(new OfflineSettings(true, 50_00, 15_00, Set.of(TenderType.CARD, TenderType.PALM)));
        t.gateway.offline();
        Order first = order();
        assertThat(t.payments.payCard(first.id(), VISA, first.balanceDue(), usd("0")).accepted()).isTrue();
        Order second = order();
        PaymentOutcome out = t.payments.payCard(second.id(), VISA, second.balanceDue(), usd("0"));
        assertThat(out.status()).isEqualTo(PaymentOutcome.Status.REFUSED_OFFLINE);
        assertThat(out.message()).contains("would exceed USD 15.00");
    }

    @Test
    void refusesOfflineTenderTypesTheStoreDoesNotAllow() {
        terminal(new OfflineSettings(true, 50_00, 500_00, Set.of(TenderType.PALM)));
        t.gateway.offline();
        Order o = order();
        assertThat(t.payments.payCard(o.id(), VISA, o.balanceDue(), usd("0")).message())
                .contains("CARD payments cannot be taken offline");
    }

    @Test
    void showsPaymentDueWhenAStoredPaymentIsDeclinedAfterReconnecting() {
        terminal(OfflineSettings.defaults());
        t.gateway.offline();
        Order o = order();
        String paymentId = t.payments.payCard(o.id(), PALM, o.balanceDue(), usd("0")).order().tenders().get(0).paymentId();
        t.orders.complete(o.id());

        Order declined = t.payments.recordDeclined(paymentId, "card expired");

        assertThat(declined.paymentDue()).isTrue();
        assertThat(declined.balanceDue()).isEqualTo(usd("10.78"));
        assertThat(declined.tenders().get(0).status()).isEqualTo(TenderStatus.DECLINED);
        assertThat(t.orders.paymentDue()).extracting(Order::id).containsExactly(o.id());
        assertThat(t.payments.offlineExposure()).isEqualTo(Money.zero(declined.currency()));
        assertThat(t.outboxEntries()).extracting(e -> e.message().kind()).contains("order.payment_due");
    }

    @Test
    void clearsPaymentDueOnceTheManagerCollectsIt() {
        terminal(OfflineSettings.defaults());
        t.gateway.offline();
        Order o = order();
        String paymentId = t.payments.payCard(o.id(), PALM, o.balanceDue(), usd("0")).order().tenders().get(0).paymentId();
        t.payments.recordDeclined(paymentId, "card expired");
        Order settled = t.payments.payCash(o.id(), usd("20.00"), usd("0")).order();
        assertThat(settled.paymentDue()).isFalse();
        assertThat(t.orders.paymentDue()).isEmpty();
    }

    @Test
    void ignoresASecondReportForTheSamePayment() {
        terminal(OfflineSettings.defaults());
        t.gateway.offline();
        Order o = order();
        String paymentId = t.payments.payCard(o.id(), PALM, o.balanceDue(), usd("0")).order().tenders().get(0).paymentId();
        Order approved = t.payments.recordForwarded(paymentId, "AUTH-9");
        assertThat(t.payments.recordDeclined(paymentId, "late duplicate")).isEqualTo(approved);
        assertThat(approved.tenders().get(0).authCode()).isEqualTo("AUTH-9");
    }

    @Test
    void refusesACardAmountAboveTheBalance() {
        terminal(OfflineSettings.defaults());
        Order o = order();
        assertThatThrownBy(() -> t.payments.payCard(o.id(), VISA, usd("50.00"), usd("0")))
                .hasMessageContaining("must be between 0.01 and the USD 10.78 due");
    }
}
