package com.palmpos.sync.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.palmpos.sync.api.OrderPage;
import com.palmpos.sync.api.OrderUpload;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.outbox.OutboxWorker;
import com.palmpos.sync.support.CloudFixture;
import com.palmpos.sync.support.Terminal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A terminal JVM killed with SIGKILL mid-sync loses nothing and duplicates nothing once it restarts. */
class KillNineAcceptanceTest {
    @TempDir
    Path cloudDir;
    @TempDir
    Path terminalDir;

    @Test
    void aTerminalKilledMidSyncCatchesUpExactlyAfterRestart() throws Exception {
        try (CloudFixture cloud = CloudFixture.start(cloudDir)) {
            CloudClient client = cloud.client();
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), TerminalProcess.class.getName(), terminalDir.toString(),
                    cloud.emulator().url().toString(), cloud.registration().token(), cloud.registration().storeId(),
                    cloud.registration().terminalId())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                        .until(() -> client.orders(CloudFixture.STORE, null, 1000).orders().size() >= 150);
            } finally {
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean database close
                child.waitFor(30, TimeUnit.SECONDS);
            }

            try (Terminal terminal = new Terminal(terminalDir, Clock.systemUTC());
                 OutboxWorker worker = new OutboxWorker(terminal.outbox(), client, client.settings(), Clock.systemUTC(),
                         s -> { }, new Random(1))) {
                List<String> committed = committedOrderIds(terminal);
                assertThat(committed.size()).isGreaterThanOrEqualTo(150);
                assertThat(terminal.outbox().stats().pending()).as("orders still unsent when killed").isPositive();
                worker.start();
                worker.wakeUp();
                await().atMost(Duration.ofSeconds(60)).until(() -> terminal.outbox().stats().pending() == 0);
                assertThat(terminal.outbox().stats().rejected()).isZero();
                List<String> inCloud = cloudOrderIds(client);
                assertThat(inCloud).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(committed);
            }
        }
    }

    private static List<String> committedOrderIds(Terminal terminal) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = terminal.database().connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT entity_id FROM outbox WHERE entity_type = 'order' ORDER BY seq")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static List<String> cloudOrderIds(CloudClient client) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        OrderPage page;
        do {
            page = client.orders(CloudFixture.STORE, cursor, 1000);
            page.orders().stream().map(OrderUpload::orderId).forEach(ids::add);
            cursor = page.nextCursor();
        } while (page.hasMore());
        return ids;
    }
}
