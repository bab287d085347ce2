package com.palmpos.app.bench;

import com.palmpos.cloud.CloudEmulator;
import com.palmpos.pos.PosSettings;
import com.palmpos.pos.loyalty.LoyaltyPosting;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLedger;
import com.palmpos.pos.order.OrderService;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.pos.store.Database;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.api.TerminalRegistration;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.sync.outbox.OfflinePaymentResults;
import com.palmpos.sync.outbox.OutboxWorker;
import com.palmpos.sync.outbox.SyncStatus;
import com.palmpos.sync.payment.CloudPaymentGateway;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * How long a completed order takes to reach the cloud from a running terminal that is online: the running outbox
 * worker (its own thread, default settings: 2 s idle pause) drains to a local emulator over HTTP. Each invocation
 * completes one order rung up and paid cash beforehand (setup, not measured) and waits until the worker reports a
 * round that reached the cloud after the commit and left nothing pending, i.e. the cloud acknowledged the upload
 * (read from the worker's status, so the wait itself puts no load on the database). {@code wake=true} is the terminal's wiring (the worker
 * listens to {@link OutboxStore#committed()}, as {@code CloudLink} sets it up); {@code wake=false} leaves the worker
 * to its idle pause, as before.
 * {@code java -cp ... org.openjdk.jmh.Main OrderToCloud -f 1 -wi 1 -i 3 -r 5s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OrderToCloudBenchmark {

    @Param({"true", "false"})
    public boolean wake;

    Path root;
    CloudEmulator emulator;
    CloudClient client;
    Database db;
    OutboxStore outbox;
    OrderService orders;
    PaymentService payments;
    OutboxWorker worker;
    String orderId;
    /** The worker's newest status (it publishes one after every round); read without touching the database. */
    volatile SyncStatus latest = SyncStatus.initial();

    @Setup(Level.Trial)
    public void startTerminal() throws IOException {
        root = Files.createTempDirectory("palmpos-bench");
        Clock clock = Clock.systemUTC();
        emulator = CloudEmulator.start(0, root.resolve("cloud"));
        String[] token = new String[1];
        client = new CloudClient(SyncSettings.defaults(emulator.url()), () -> Optional.ofNullable(token[0]));
        TerminalRegistration registration = client.register(new RegisterTerminalRequest("DEMO-0001", "bench"),
                UUID.randomUUID().toString());
        token[0] = registration.token();
        db = Database.open(root.resolve("terminal"), null, "pos", "sync");
        outbox = new OutboxStore(db, clock);
        PosSettings defaults = PosSettings.defaults();
        PosSettings settings = new PosSettings(registration.storeId(), registration.terminalId(), ZoneOffset.UTC,
                defaults.offline(), defaults.loyalty(), defaults.staff());
        MenuService menus = new MenuService(db, new MenuLoader().loadDemo(), clock);
        OrderLedger ledger = new OrderLedger(db, outbox, clock, new LoyaltyPosting(settings.loyalty()));
        orders = new OrderService(ledger, settings, menus);
        payments = new PaymentService(ledger, settings, menus, new CloudPaymentGateway(client));
        worker = OutboxWorker.builder(outbox, client).clock(clock).statusListener(status -> latest = status)
                .offlinePayments(OfflinePaymentResults.of(payments)).build();
        if (wake) {
            outbox.addCommitListener(worker::wakeUp);
        }
        worker.start();
    }

    @Setup(Level.Invocation)
    public void ringUpAndPay() {
        orderId = orders.open(ServiceMode.TAKEOUT, "", "bench").id();
        orders.addItem(orderId, LineRequest.of("blueberry-muffin", null));
        Order o = orders.addItem(orderId, LineRequest.of("blueberry-muffin", null));
        Instant paidAt = Instant.now();
        payments.payCash(orderId, o.balanceDue(), Money.zero(o.currency()));
        awaitCloudAfter(paidAt); // the paid snapshot goes first; the measured one is the completion's
    }

    /** Completes the order and returns once the cloud has acknowledged it. */
    @Benchmark
    public long completedOrderReachesTheCloud() {
        Instant committing = Instant.now();
        orders.complete(orderId);
        return awaitCloudAfter(committing);
    }

    // done when a round that reached the cloud after the commit left nothing pending (no other traffic runs here)
    private long awaitCloudAfter(Instant committing) {
        long spins = 0;
        while (true) {
            SyncStatus status = latest;
            if (status.pending() == 0 && status.lastContact().filter(t -> !t.isBefore(committing)).isPresent()) {
                return spins;
            }
            spins++;
            LockSupport.parkNanos(100_000);
        }
    }

    @TearDown(Level.Trial)
    public void stopTerminal() throws IOException {
        worker.close();
        db.close();
        client.close();
        emulator.close();
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
