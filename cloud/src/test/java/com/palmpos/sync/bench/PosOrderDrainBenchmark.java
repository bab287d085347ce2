package com.palmpos.sync.bench;

import com.palmpos.cloud.CloudEmulator;
import com.palmpos.pos.PosSettings;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.loyalty.LoyaltyPosting;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLedger;
import com.palmpos.pos.order.OrderService;
import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.payment.CardDetails;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.pos.store.Database;
import com.palmpos.sync.api.CardToken;
import com.palmpos.sync.api.CardTokenizeRequest;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.api.TerminalRegistration;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.sync.outbox.OutboxWorker;
import com.palmpos.sync.payment.CloudPaymentGateway;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * How fast a backlog of real pos orders drains to a local emulator. Unlike {@link OutboxDrainBenchmark} (one
 * ready-made message per order), each order here is rung up with the pos services on an H2 file as at the counter:
 * open, three lines, a customer on every third, sent to the kitchen, paid cash or (every third) by card through the
 * emulator, completed; that leaves 7-8 outbox snapshots per order, as in {@code simulate}. Each invocation drains
 * {@value #ORDERS} such orders with the outbox worker until the outbox is empty; the score is the time per order, so
 * orders/s = 1e6 / score.
 * {@code mvn -B -o -pl sync -am -Pbench test-compile exec:exec -Dbench.args="PosOrderDrain -f 1 -wi 1 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PosOrderDrainBenchmark {
    static final int ORDERS = 1000;

    /** Orders per round (and upload call): the worker's setting {@code batchSize}. */
    @Param({"250", "500"})
    public int batchSize;

    Path root;
    CloudEmulator emulator;
    CloudClient client;
    TerminalRegistration registration;
    Database db;
    OutboxStore outbox;
    OutboxWorker worker;
    long messages;
    int round;

    @Setup(Level.Trial)
    public void startCloud() throws IOException {
        root = Files.createTempDirectory("palmpos-bench");
        emulator = CloudEmulator.start(0, root.resolve("cloud"));
        String[] token = new String[1];
        client = new CloudClient(SyncSettings.defaults(emulator.url()), () -> Optional.ofNullable(token[0]));
        registration = client.register(new RegisterTerminalRequest("DEMO-0001", "bench"), UUID.randomUUID().toString());
        token[0] = registration.token();
    }

    @Setup(Level.Iteration)
    public void ringUp() {
        Clock clock = Clock.systemUTC();
        db = Database.open(root.resolve("terminal-" + round++), null, "pos", "sync");
        outbox = new OutboxStore(db, clock);
        PosSettings defaults = PosSettings.defaults();
        PosSettings settings = new PosSettings(registration.storeId(), registration.terminalId(), ZoneOffset.UTC,
                defaults.offline(), defaults.loyalty(), defaults.staff());
        MenuService menus = new MenuService(db, new MenuLoader().loadDemo(), clock);
        OrderLedger ledger = new OrderLedger(db, outbox, clock, new LoyaltyPosting(settings.loyalty()));
        OrderService orders = new OrderService(ledger, settings, menus);
        PaymentService payments = new PaymentService(ledger, settings, menus, new CloudPaymentGateway(client));
        for (int i = 0; i < ORDERS; i++) {
            String id = orders.open(ServiceMode.TAKEOUT, "", "bench").id();
            orders.addItem(id, new LineRequest("tomato-basil-soup", "bowl", 1,
                    Map.of("soup-side", List.of("side-chips")), ""));
            orders.addItem(id, new LineRequest("latte", "large", 2, Map.of("milk", List.of("oat-milk")), ""));
            orders.addItem(id, LineRequest.of("blueberry-muffin", null));
            if (i % 3 == 0) {
                orders.attachCustomer(id, "cus-demo-alice");
            }
            Order o = orders.sendToKitchen(id);
            Money none = Money.zero(o.currency());
            if (i % 3 == 1) {
                CardToken token = client.tokenizeCard(new CardTokenizeRequest("4242424242424242", 12, 2030),
                        UUID.randomUUID().toString());
                payments.payCard(id, new CardDetails(TenderType.CARD, token.token(), token.brand(), token.last4()),
                        o.balanceDue(), none);
            } else {
                payments.payCash(id, o.balanceDue(), none);
            }
            orders.complete(id);
        }
        messages = outbox.stats().pending();
        SyncSettings sync = client.settings().withOutbox(batchSize, client.settings().idlePoll(),
                client.settings().outboxRetryBase(), client.settings().outboxRetryMax());
        worker = new OutboxWorker(outbox, client, payments, sync, clock, s -> { }, new Random(1));
    }

    @Benchmark
    @OperationsPerInvocation(ORDERS)
    public long drain() {
        long sent = 0;
        int n;
        while ((n = worker.drainOnce()) > 0) {
            sent += n;
        }
        if (sent != messages || outbox.stats().pending() != 0) {
            throw new IllegalStateException("drained " + sent + " of " + messages + " messages: " + worker.status());
        }
        return sent;
    }

    @TearDown(Level.Iteration)
    public void closeTerminal() {
        System.out.printf("%n%d orders left %d outbox messages (%.1f per order)%n", ORDERS, messages,
                (double) messages / ORDERS);
        db.close();
    }

    @TearDown(Level.Trial)
    public void stopCloud() throws IOException {
        client.close();
        emulator.close();
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
