package com.palmpos.sync.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.PosSettings;
import com.palmpos.pos.crypto.TerminalKeys;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.loyalty.LoyaltyPosting;
import com.palmpos.pos.loyalty.LoyaltyService;
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
import com.palmpos.pos.payment.CardDetails;
import com.palmpos.pos.payment.PaymentOutcome;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.pos.store.Database;
import com.palmpos.sync.api.CardToken;
import com.palmpos.sync.api.CardTokenizeRequest;
import com.palmpos.sync.api.CustomerProfile;
import com.palmpos.sync.api.OrderUpload;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.sync.outbox.OutboxWorker;
import com.palmpos.sync.payment.CloudPaymentGateway;
import com.palmpos.sync.support.CloudFixture;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real pos services on an H2 file write the outbox; the real worker and client drain it into an in-process cloud
 * emulator; the cloud's order listing must then show exactly the finished orders, with pos's totals and points.
 */
class PosToCloudEndToEndTest {
    private static final String ALICE = "cus-demo-alice";

    @TempDir
    Path dir;
    CloudFixture cloud;
    Database db;
    OutboxStore outbox;
    OrderService orders;
    PaymentService payments;
    PaymentService offlinePayments;
    LoyaltyService loyalty;
    CloudClient deadClient;
    OutboxWorker worker;

    @BeforeEach
    void start() throws IOException {
        cloud = CloudFixture.start(dir.resolve("cloud"));
        Clock clock = Clock.systemUTC();
        db = Database.open(dir.resolve("terminal"), null, "pos", "sync");
        outbox = new OutboxStore(db, clock);
        PosSettings defaults = PosSettings.defaults();
        PosSettings settings = new PosSettings(cloud.registration().storeId(), cloud.registration().terminalId(),
                ZoneOffset.UTC, defaults.offline(), defaults.loyalty(), defaults.staff());
        MenuService menus = new MenuService(db, new MenuLoader().loadDemo(), clock);
        LoyaltyPosting points = new LoyaltyPosting(settings.loyalty());
        OrderLedger ledger = new OrderLedger(db, outbox, clock, points);
        CustomerStore customers = new CustomerStore(db, clock,
                TerminalKeys.load(dir.resolve("terminal"), Optional.empty()).templateCipher());
        orders = new OrderService(ledger, settings, menus);
        loyalty = new LoyaltyService(ledger, points, customers, menus);
        payments = new PaymentService(ledger, settings, menus, new CloudPaymentGateway(cloud.client()));
        // the same terminal while its link is down: a closed port answers "connection refused" at once
        deadClient = new CloudClient(SyncSettings.defaults(URI.create("http://127.0.0.1:" + closedPort()))
                .withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1)), Optional::empty);
        offlinePayments = new PaymentService(ledger, settings, menus, new CloudPaymentGateway(deadClient));
        worker = new OutboxWorker(outbox, cloud.client(), payments, CloudFixture.fastSettings(cloud.emulator()), clock,
                status -> { }, new Random(1));
    }

    @AfterEach
    void stop() {
        deadClient.close();
        db.close();
        cloud.close();
    }

    @Test
    void cloudHoldsExactlyTheFinishedOrdersWithTheirTotalsAndPointsCountedOnce() {
        long alicePointsBefore = cloudPoints(ALICE);
        Order cash = pay(orders.open(ServiceMode.TAKEOUT, "", "cashier-1"), o -> payments.payCash(o.id(),
                o.balanceDue().plus(usd(o, 5_00)), usd(o, 0)));
        Order card = pay(withCustomer(orders.open(ServiceMode.DINE_IN, "Alice", "cashier-1"), ALICE),
                o -> payments.payCard(o.id(), card("4242424242424242"), o.balanceDue(), usd(o, 1_00)));
        Order split = pay(orders.open(ServiceMode.DINE_IN, "T4", "cashier-1"), o -> {
            List<Money> halves = payments.splitEvenly(o.id(), 2);
            payments.payCash(o.id(), halves.get(0), usd(o, 0));
            return payments.payCard(o.id(), card("4242424242424242"), halves.get(1), usd(o, 0));
        });
        Order offline = pay(orders.open(ServiceMode.TAKEOUT, "", "cashier-1"),
                o -> offlinePayments.payCard(o.id(), card("4000000000000002"), o.balanceDue(), usd(o, 0)));
        Order forwarded = pay(orders.open(ServiceMode.TAKEOUT, "", "cashier-1"),
                o -> offlinePayments.payCard(o.id(), card("4242424242424242"), o.balanceDue(), usd(o, 50)));
        Order voided = orders.voidOrder(withItems(orders.open(ServiceMode.TAKEOUT, "", "cashier-1")).id(), "customer left");
        Order open = withItems(orders.open(ServiceMode.DINE_IN, "T9", "cashier-1"));
        Order refunded = orders.refund(card.id(), Map.of(card.lines().get(0).lineId(), 1), "cold soup", "manager");

        drain();

        Map<String, OrderUpload> stored = cloudOrders();
        assertThat(stored.keySet()).containsExactlyInAnyOrder(cash.id(), card.id(), split.id(), offline.id(), forwarded.id(),
                voided.id())
                .doesNotContain(open.id());
        for (Order o : List.of(cash, card, split, offline, forwarded, voided)) {
            assertThat(stored.get(o.id()).totalMinor()).as(o.id()).isEqualTo(o.totals().total().minor());
        }
        assertThat(stored.get(card.id()).refundedMinor()).isEqualTo(refunded.refunded().minor());
        assertThat(stored.get(voided.id()).status()).isEqualTo(OrderUpload.VOIDED);
        assertThat(cloudPoints(ALICE) - alicePointsBefore).isEqualTo(loyalty.balance(ALICE)).isPositive();

        Order due = orders.find(offline.id()).orElseThrow();
        assertThat(due.paymentDue()).isTrue();
        assertThat(orders.paymentDue()).extracting(Order::id).containsExactly(offline.id());
        assertThat(stored.get(offline.id()).paymentDueMinor()).isEqualTo(due.balanceDue().minor()).isPositive();
        assertThat(orders.find(forwarded.id()).orElseThrow().tenders())
                .extracting(t -> t.status().name()).containsExactly("APPROVED");
        assertThat(stored.get(forwarded.id()).tipMinor()).isEqualTo(50);
        assertThat(outbox.stats().rejected()).isZero();
    }

    @Test
    void inProgressChangesAreSettledWithoutUploadingAnything() {
        withItems(orders.open(ServiceMode.DINE_IN, "T2", "cashier-1"));

        drain();

        assertThat(cloudOrders()).isEmpty();
        assertThat(outbox.stats().pending()).isZero();
    }

    @Test
    void uploadsAllChangesOfAnOrderAsOneSnapshotInOneCall() {
        List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (CloudClient logged = new CloudClient(CloudFixture.fastSettings(cloud.emulator()),
                () -> Optional.of(cloud.registration().token()), Clock.systemUTC(),
                com.palmpos.sync.client.Sleeper.real(), calls::add)) {
            OutboxWorker counted = new OutboxWorker(outbox, logged, payments, CloudFixture.fastSettings(cloud.emulator()),
                    Clock.systemUTC(), status -> { }, new Random(1));
            Order paid = pay(orders.open(ServiceMode.TAKEOUT, "", "cashier-1"), o -> payments.payCash(o.id(),
                    o.balanceDue(), usd(o, 0)));
            long messages = outbox.stats().pending();

            counted.drainOnce();

            assertThat(messages).isGreaterThan(4);
            assertThat(outbox.stats().pending()).isZero();
            assertThat(calls).filteredOn(c -> c.contains("/v1/orders/batches")).hasSize(1);
            assertThat(cloudOrders().get(paid.id()).status()).isEqualTo(OrderUpload.COMPLETED);
            assertThat(cloudOrders().get(paid.id()).revision()).isEqualTo(paid.revision());
        }
    }

    @Test
    void aRoundUploadsWholeOrdersUpToTheBatchSizeWhateverTheirNumberOfMessages() {
        List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        SyncSettings fiveOrders = CloudFixture.fastSettings(cloud.emulator()).withOutbox(5, Duration.ofSeconds(2),
                Duration.ofSeconds(1), Duration.ofMinutes(5));
        try (CloudClient logged = new CloudClient(fiveOrders, () -> Optional.of(cloud.registration().token()),
                Clock.systemUTC(), com.palmpos.sync.client.Sleeper.real(), calls::add)) {
            OutboxWorker byOrder = new OutboxWorker(outbox, logged, payments, fiveOrders, Clock.systemUTC(),
                    status -> { }, new Random(1));
            List<Order> paid = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                paid.add(pay(orders.open(ServiceMode.TAKEOUT, "", "cashier-1"), o -> payments.payCash(o.id(),
                        o.balanceDue(), usd(o, 0))));
            }
            long messages = outbox.stats().pending();

            List<Integer> settled = new java.util.ArrayList<>();
            int n;
            while ((n = byOrder.drainOnce()) > 0) {
                settled.add(n);
            }

            assertThat(messages).as("messages of 12 orders").isGreaterThanOrEqualTo(12 * 5).isEqualTo(messages / 12 * 12);
            // 5 whole orders per round: the rounds settle 5, 5 and 2 orders' worth of messages, one upload call each
            // (every order here left the same number of messages)
            assertThat(settled).hasSize(3);
            assertThat(settled.get(0)).isEqualTo(settled.get(1)).isEqualTo((int) messages / 12 * 5);
            assertThat(settled.get(2)).isEqualTo((int) messages / 12 * 2);
            assertThat(settled.stream().mapToInt(Integer::intValue).sum()).isEqualTo((int) messages);
            assertThat(calls).filteredOn(c -> c.contains("/v1/orders/batches")).hasSize(3);
            Map<String, OrderUpload> stored = cloudOrders();
            for (Order o : paid) {
                assertThat(stored.get(o.id()).revision()).as(o.id()).isEqualTo(o.revision());
                assertThat(stored.get(o.id()).status()).isEqualTo(OrderUpload.COMPLETED);
            }
        }
    }

    private void drain() {
        for (int round = 0; round < 50 && outbox.stats().pending() > 0; round++) {
            worker.drainOnce();
        }
        assertThat(outbox.stats().pending()).as("messages left after draining").isZero();
    }

    private Order withItems(Order o) {
        orders.addItem(o.id(), new LineRequest("tomato-basil-soup", "bowl", 1, Map.of("soup-side", List.of("side-chips")), ""));
        orders.addItem(o.id(), new LineRequest("latte", "large", 2, Map.of("milk", List.of("oat-milk")), ""));
        return orders.addItem(o.id(), LineRequest.of("blueberry-muffin", null));
    }

    private Order withCustomer(Order o, String customerId) {
        return orders.attachCustomer(o.id(), customerId);
    }

    private Order pay(Order opened, Function<Order, PaymentOutcome> payment) {
        Order o = orders.sendToKitchen(withItems(opened).id());
        PaymentOutcome outcome = payment.apply(o);
        assertThat(outcome.accepted()).as(outcome.message()).isTrue();
        return orders.complete(o.id());
    }

    private CardDetails card(String pan) {
        CardToken token = cloud.client().tokenizeCard(new CardTokenizeRequest(pan, 12, 2030), UUID.randomUUID().toString());
        return new CardDetails(TenderType.CARD, token.token(), token.brand(), token.last4());
    }

    private Map<String, OrderUpload> cloudOrders() {
        return cloud.client().orders(cloud.registration().storeId(), null, 1000).orders().stream()
                .collect(Collectors.toMap(OrderUpload::orderId, Function.identity()));
    }

    private long cloudPoints(String customerId) {
        return cloud.client().customerChanges(null, 500).items().stream()
                .filter(p -> p.customerId().equals(customerId)).mapToLong(CustomerProfile::loyaltyPoints).sum();
    }

    private static Money usd(Order o, long minor) {
        return Money.ofMinor(minor, o.currency());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
