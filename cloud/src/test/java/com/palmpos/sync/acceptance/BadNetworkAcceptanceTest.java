package com.palmpos.sync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.palmpos.sync.api.AuthorizeRequest;
import com.palmpos.sync.api.CaptureRequest;
import com.palmpos.sync.api.CardTokenizeRequest;
import com.palmpos.sync.api.CustomerChanges;
import com.palmpos.sync.api.CustomerProfile;
import com.palmpos.sync.api.OrderBatch;
import com.palmpos.sync.api.OrderPage;
import com.palmpos.sync.api.OrderUpload;
import com.palmpos.sync.api.Payment;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.api.TerminalRegistration;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.cloud.CloudEmulator;
import com.palmpos.cloud.TestCard;
import com.palmpos.sync.outbox.OutboxWorker;
import com.palmpos.sync.support.Terminal;
import com.palmpos.sync.support.TestOrders;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance scenario: 1,000 paid orders made at the counter while the network misbehaves in every way
 * we know (cloud down, 500s, 503 + Retry-After, connections cut mid-response, timeouts after commit, duplicate
 * deliveries, skewed clocks, a terminal crash mid-sync). Afterwards the cloud holds exactly the terminal's orders.
 */
class BadNetworkAcceptanceTest {
    static final String[] CUSTOMERS = {"cus-demo-alice", "cus-demo-bruno", "cus-demo-chen", null};

    @TempDir
    Path cloudDir;
    @TempDir
    Path terminalDir;

    // the terminal runs two hours behind, the cloud three hours ahead
    final Clock terminalClock = Clock.offset(Clock.systemUTC(), Duration.ofHours(-2));
    final Map<String, OrderUpload> created = new LinkedHashMap<>();
    final Map<String, String> paymentIds = new HashMap<>();
    final AtomicReference<String> token = new AtomicReference<>();
    CloudEmulator emulator;
    CloudClient client;
    Terminal terminal;
    OutboxWorker worker;
    TestOrders orders;
    String cardToken;

    @AfterEach
    void tearDown() {
        if (worker != null) {
            worker.close();
        }
        if (terminal != null) {
            terminal.close();
        }
        client.close();
        emulator.close();
    }

    @Test
    void theCloudHoldsExactlyTheOrdersTheTerminalCreated() {
        startCloud(0);
        SyncSettings settings = SyncSettings.defaults(emulator.url())
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(1500), Duration.ofSeconds(8))
                .withRetries(2, Duration.ofMillis(20), Duration.ofMillis(200))
                .withOutbox(50, Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(400));
        client = new CloudClient(settings, () -> Optional.ofNullable(token.get()));
        TerminalRegistration registration = client.register(new RegisterTerminalRequest("DEMO-0001", "till 1"), "reg-1");
        token.set(registration.token());
        cardToken = client.tokenizeCard(new CardTokenizeRequest(TestCard.APPROVES.pan(), 12, 2030), "card-1").token();
        orders = new TestOrders(42, registration.storeId(), registration.terminalId());
        openTerminal(settings);

        // 1. the cloud is down while the counter keeps selling
        int port = emulator.url().getPort();
        emulator.close();
        sell(0, 200, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> !worker.status().online() && worker.status().lastError().isPresent());
        assertThat(worker.status().pending()).isPositive();
        startCloud(port);

        // 2. HTTP 500s, 503 + Retry-After and connections cut after commit, with card payments in between
        emulator.faults().failNext(10).unavailableNext(3, Duration.ofSeconds(1)).resetMidResponseNext(10);
        sell(200, 500, true);

        // 3. timeouts after the cloud committed (the ambiguous case)
        emulator.faults().commitThenDelayNext(3, Duration.ofMillis(2500));
        sell(500, 700, true);

        // 4. the terminal crashes mid-sync: the database goes away under the worker, then everything restarts
        sell(700, 900, true);
        terminal.database().close();
        worker.close();
        terminal = null;
        openTerminal(settings);

        // 5. duplicate deliveries: orders sent again through the outbox and directly with fresh keys
        sell(900, 1000, true);
        List<OrderUpload> again = new ArrayList<>(created.values()).subList(100, 120);
        again.forEach(terminal::commit);
        worker.wakeUp();
        uploadUntilAccepted(again.subList(0, 10));

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> terminal.outbox().stats().pending() == 0);

        assertThat(terminal.outbox().stats().rejected()).isZero();
        List<OrderUpload> inCloud = cloudOrders(registration.storeId());
        assertThat(inCloud).hasSize(1000);
        Map<String, OrderUpload> byId = new LinkedHashMap<>();
        inCloud.forEach(o -> byId.put(o.orderId(), o));
        assertThat(byId).isEqualTo(created); // none lost, none duplicated, contents (and terminal timestamps) intact
        assertThat(inCloud.stream().mapToLong(OrderUpload::totalMinor).sum())
                .isEqualTo(created.values().stream().mapToLong(OrderUpload::totalMinor).sum());
        assertThat(cloudPoints()).isEqualTo(expectedPoints());
        assertPaymentsHappenedOnce();
    }

    private void startCloud(int port) {
        emulator = CloudEmulator.start(port, cloudDir);
        emulator.faults().skewClock(Duration.ofHours(3));
    }

    private void openTerminal(SyncSettings settings) {
        terminal = new Terminal(terminalDir, terminalClock);
        worker = new OutboxWorker(terminal.outbox(), client, settings, terminalClock, status -> { }, new Random(9));
        worker.start();
    }

    /** Makes orders at the counter; with {@code online}, every tenth card order is authorized and captured live. */
    private void sell(int from, int to, boolean online) {
        for (int i = from; i < to; i++) {
            String orderId = "ord-" + i;
            String customer = CUSTOMERS[i % CUSTOMERS.length];
            boolean card = i % 2 == 0;
            OrderUpload order = orders.next(orderId, customer, card ? cardToken : null, terminalClock.instant());
            if (online && card && i % 20 == 0) {
                pay(order);
            }
            terminal.commit(order);
            created.put(orderId, order);
            if (i % 25 == 0) {
                worker.wakeUp();
            }
        }
        worker.wakeUp();
    }

    /** Authorize and capture as the counter does: the same keys until the cloud answers. */
    private void pay(OrderUpload order) {
        AuthorizeRequest request = new AuthorizeRequest(order.orderId(), order.totalMinor(), "EUR", cardToken);
        Payment auth = untilAnswered(() -> client.authorize(request, "auth-" + order.orderId()));
        assertThat(auth.status()).isEqualTo(Payment.AUTHORIZED);
        Payment captured = untilAnswered(() -> client.capture(auth.paymentId(), new CaptureRequest(order.totalMinor()),
                "capture-" + order.orderId()));
        assertThat(captured.status()).isEqualTo(Payment.CAPTURED);
        paymentIds.put(order.orderId(), auth.paymentId());
    }

    private void assertPaymentsHappenedOnce() {
        assertThat(paymentIds).hasSize(40);
        paymentIds.forEach((orderId, paymentId) -> {
            OrderUpload order = created.get(orderId);
            Payment replay = client.authorize(new AuthorizeRequest(orderId, order.totalMinor(), "EUR", cardToken), "auth-" + orderId);
            assertThat(replay.paymentId()).isEqualTo(paymentId);
        });
    }

    private void uploadUntilAccepted(List<OrderUpload> batch) {
        untilAnswered(() -> client.uploadOrders(new OrderBatch(batch), "direct-resend"));
    }

    private static <T> T untilAnswered(Supplier<T> call) {
        for (int attempt = 0; ; attempt++) {
            try {
                return call.get();
            } catch (CloudException e) {
                if (!e.retryable() || attempt > 50) {
                    throw e;
                }
            }
        }
    }

    private List<OrderUpload> cloudOrders(String storeId) {
        List<OrderUpload> all = new ArrayList<>();
        String cursor = null;
        OrderPage page;
        do {
            page = client.orders(storeId, cursor, 1000);
            all.addAll(page.orders());
            cursor = page.nextCursor();
        } while (page.hasMore());
        return all;
    }

    private Map<String, Long> cloudPoints() {
        Map<String, Long> points = new HashMap<>();
        String cursor = null;
        CustomerChanges page;
        do {
            page = client.customerChanges(cursor, 500);
            for (CustomerProfile p : page.items()) {
                points.put(p.customerId(), p.loyaltyPoints());
            }
            cursor = page.nextCursor();
        } while (page.hasMore());
        return points;
    }

    private Map<String, Long> expectedPoints() {
        Map<String, Long> points = new HashMap<>();
        for (String customer : CUSTOMERS) {
            if (customer != null) {
                points.put(customer, 0L);
            }
        }
        created.values().stream().filter(o -> o.customerId() != null).forEach(o ->
                points.merge(o.customerId(), o.loyaltyPointsEarned() - o.loyaltyPointsRedeemed(), Long::sum));
        return points;
    }
}
