package com.palmpos.sync.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.PosSettings;
import com.palmpos.pos.loyalty.LoyaltyPosting;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLedger;
import com.palmpos.pos.order.OrderService;
import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.payment.AuthorizationResult;
import com.palmpos.pos.payment.CardDetails;
import com.palmpos.pos.payment.PaymentGateway;
import com.palmpos.pos.payment.PaymentOutcome;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.pos.store.Database;
import com.palmpos.sync.api.CardToken;
import com.palmpos.sync.api.CardTokenizeRequest;
import com.palmpos.sync.support.CloudFixture;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal that dies between committing a payment intent and recording the processor's answer leaves no live
 * authorization behind: at the next start its open intents are voided with the processor (the real emulator over
 * HTTP) before a new card payment is taken.
 */
class PaymentIntentCrashTest {
    @TempDir
    Path dir;
    CloudFixture cloud;
    Database db;
    Clock clock = Clock.systemUTC();
    PosSettings settings;
    MenuService menus;
    OutboxStore outbox;
    OrderLedger ledger;
    OrderService orders;

    /** Dies (throws, as a JVM killed at that instant would stop) before or after the processor saw the request. */
    private record DyingGateway(PaymentGateway real, boolean afterProcessor) implements PaymentGateway {
        @Override
        public AuthorizationResult authorize(AuthorizationRequest request) {
            if (afterProcessor) {
                real.authorize(request);
            }
            throw new IllegalStateException("terminal died " + (afterProcessor ? "after" : "before") + " the processor");
        }

        @Override
        public AuthorizationResult capture(String paymentId, String authorizationCode, Money amount) {
            return real.capture(paymentId, authorizationCode, amount);
        }

        @Override
        public AuthorizationResult release(AuthorizationRequest original) {
            return real.release(original);
        }
    }

    @BeforeEach
    void start() {
        cloud = CloudFixture.start(dir.resolve("cloud"));
        db = Database.open(dir.resolve("terminal"), null, "pos", "sync");
        PosSettings defaults = PosSettings.defaults();
        settings = new PosSettings(cloud.registration().storeId(), cloud.registration().terminalId(), ZoneOffset.UTC,
                defaults.offline(), defaults.loyalty(), defaults.staff());
        menus = new MenuService(db, new MenuLoader().loadDemo(), clock);
        outbox = new OutboxStore(db, clock);
        ledger = new OrderLedger(db, outbox, clock, new LoyaltyPosting(settings.loyalty()));
        orders = new OrderService(ledger, settings, menus);
    }

    @AfterEach
    void stop() {
        db.close();
        cloud.close();
    }

    @Test
    void anAuthorizationTheTerminalDiedBeforeRecordingIsVoidedAtTheNextStart() {
        Order order = orderToPay();
        assertThatThrownBy(() -> payments(new DyingGateway(gateway(), true)).payCard(order.id(), card(), order.balanceDue(),
                Money.zero(order.currency()))).hasMessageContaining("died after");
        assertThat(cloud.emulator().paymentStatusCounts()).containsEntry("AUTHORIZED", 1L);
        assertThat(openIntents()).isEqualTo(1);

        PaymentService restarted = payments(gateway());
        PaymentService.IntentRelease release = restarted.releaseOpenIntents();

        assertThat(release).isEqualTo(new PaymentService.IntentRelease(1, 0));
        assertThat(cloud.emulator().paymentStatusCounts()).doesNotContainKey("AUTHORIZED").containsEntry("VOIDED", 1L);
        assertThat(openIntents()).isZero();
        PaymentOutcome retried = restarted.payCard(order.id(), card(), orders.find(order.id()).orElseThrow().balanceDue(),
                Money.zero(order.currency()));
        assertThat(retried.accepted()).as(retried.message()).isTrue();
        assertThat(cloud.emulator().paymentStatusCounts()).containsEntry("AUTHORIZED", 1L).containsEntry("VOIDED", 1L);
    }

    @Test
    void anIntentTheProcessorNeverSawLeavesNothingHeldEither() {
        Order order = orderToPay();
        assertThatThrownBy(() -> payments(new DyingGateway(gateway(), false)).payCard(order.id(), card(),
                order.balanceDue(), Money.zero(order.currency()))).hasMessageContaining("died before");
        assertThat(cloud.emulator().paymentStatusCounts().getOrDefault("AUTHORIZED", 0L)).isZero();

        // the next card payment releases the leftover first, without an explicit call at start-up
        PaymentService restarted = payments(gateway());
        PaymentOutcome paid = restarted.payCard(order.id(), card(), order.balanceDue(), Money.zero(order.currency()));

        assertThat(paid.accepted()).as(paid.message()).isTrue();
        assertThat(openIntents()).isZero();
        Map<String, Long> processor = cloud.emulator().paymentStatusCounts();
        assertThat(processor).containsEntry("AUTHORIZED", 1L).containsEntry("VOIDED", 1L);
    }

    private PaymentService payments(PaymentGateway gateway) {
        return new PaymentService(ledger, settings, menus, gateway);
    }

    private CloudPaymentGateway gateway() {
        return new CloudPaymentGateway(cloud.client());
    }

    private Order orderToPay() {
        Order opened = orders.open(ServiceMode.TAKEOUT, "", "cashier-1");
        orders.addItem(opened.id(), LineRequest.of("blueberry-muffin", null));
        return orders.sendToKitchen(opened.id());
    }

    private CardDetails card() {
        CardToken token = cloud.client().tokenizeCard(new CardTokenizeRequest("4242424242424242", 12, 2030),
                UUID.randomUUID().toString());
        return new CardDetails(TenderType.CARD, token.token(), token.brand(), token.last4());
    }

    private long openIntents() {
        return db.inTransaction(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM payment_intents WHERE status = 'OPEN'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
