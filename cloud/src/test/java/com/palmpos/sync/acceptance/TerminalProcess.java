package com.palmpos.sync.acceptance;

import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.sync.outbox.OutboxWorker;
import com.palmpos.sync.support.Terminal;
import com.palmpos.sync.support.TestOrders;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;

/**
 * A terminal in its own JVM for {@link KillNineAcceptanceTest}: sells orders and syncs them without pause until it is
 * killed. Arguments: terminal data dir, cloud URL, bearer token, store id, terminal id.
 */
public final class TerminalProcess {
    private TerminalProcess() {
    }

    public static void main(String[] args) {
        Terminal terminal = new Terminal(Path.of(args[0]), Clock.systemUTC());
        SyncSettings settings = SyncSettings.defaults(URI.create(args[1]))
                .withOutbox(50, Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(300));
        CloudClient client = new CloudClient(settings, () -> Optional.of(args[2]));
        OutboxWorker worker = new OutboxWorker(terminal.outbox(), client, settings, Clock.systemUTC(), s -> { }, new Random());
        worker.start();
        TestOrders orders = new TestOrders(System.nanoTime(), args[3], args[4]);
        for (long i = 0; ; i++) {
            terminal.commit(orders.next("ord-" + ProcessHandle.current().pid() + "-" + i,
                    i % 2 == 0 ? "cus-demo-chen" : null, null, Instant.now()));
            if (i % 10 == 0) {
                worker.wakeUp();
            }
        }
    }
}
