package com.palmpos.sync.bench;

import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.api.TerminalRegistration;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.cloud.CloudEmulator;
import com.palmpos.sync.outbox.OutboxWorker;
import com.palmpos.sync.support.Terminal;
import com.palmpos.sync.support.TestOrders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * How fast the outbox drains to a local emulator: each invocation uploads {@value #ORDERS} committed orders
 * (batches of the default size) until the outbox is empty. The score is the time per order; orders/s = 1e6 / score.
 * {@code mvn -B -o -pl sync -am -Pbench test-compile exec:exec -Dbench.args="OutboxDrain -f 1 -wi 1 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OutboxDrainBenchmark {
    static final int ORDERS = 5000;

    Path root;
    CloudEmulator emulator;
    CloudClient client;
    TerminalRegistration registration;
    Terminal terminal;
    OutboxWorker worker;
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
    public void fillOutbox() {
        terminal = new Terminal(root.resolve("terminal-" + round++), Clock.systemUTC());
        TestOrders orders = new TestOrders(round, registration.storeId(), registration.terminalId());
        for (int i = 0; i < ORDERS; i++) {
            terminal.commit(orders.next("ord-" + round + "-" + i, i % 3 == 0 ? "cus-demo-alice" : null, null, Instant.now()));
        }
        worker = new OutboxWorker(terminal.outbox(), client, client.settings(), Clock.systemUTC(), s -> { }, new Random(1));
    }

    @Benchmark
    @OperationsPerInvocation(ORDERS)
    public long drain() {
        long sent = 0;
        int n;
        while ((n = worker.drainOnce()) > 0) {
            sent += n;
        }
        if (sent != ORDERS) {
            throw new IllegalStateException("drained " + sent + " of " + ORDERS + ": " + worker.status());
        }
        return sent;
    }

    @TearDown(Level.Iteration)
    public void closeTerminal() {
        terminal.close();
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
