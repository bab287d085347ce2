package com.palmpos.sync.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.palmpos.pos.outbox.OutboxMessage;
import com.palmpos.sync.api.OrderUpload;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.sync.support.CloudFixture;
import com.palmpos.sync.support.Terminal;
import com.palmpos.sync.support.TestOrders;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxWorkerTest {
    @TempDir
    static Path cloudDir;
    static CloudFixture cloud;

    @TempDir
    Path terminalDir;
    Terminal terminal;
    TestOrders orders;
    final List<SyncStatus> statuses = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startCloud() {
        cloud = CloudFixture.start(cloudDir);
    }

    @AfterAll
    static void stopCloud() {
        cloud.close();
    }

    @BeforeEach
    void openTerminal() {
        terminal = new Terminal(terminalDir, Clock.systemUTC());
        orders = new TestOrders(3, CloudFixture.STORE, cloud.registration().terminalId());
    }

    @AfterEach
    void closeTerminal() {
        terminal.close();
    }

    private OutboxWorker worker(CloudClient client) {
        SyncSettings settings = client.settings().withOutbox(20, Duration.ofMillis(50), Duration.ofMillis(20), Duration.ofMillis(200));
        return new OutboxWorker(terminal.outbox(), client, settings, Clock.systemUTC(), statuses::add, new Random(5));
    }

    private OrderUpload order() {
        return orders.next("ord-" + UUID.randomUUID(), "cus-demo-alice", null, Instant.now());
    }

    @Test
    void drainsCommittedOrdersInBatchesAndReportsOnline() {
        for (int i = 0; i < 45; i++) {
            terminal.commit(order());
        }
        OutboxWorker worker = worker(cloud.client());
        assertThat(worker.drainOnce()).isEqualTo(20);
        while (worker.drainOnce() > 0) {
            // drain the rest
        }
        assertThat(worker.status().online()).isTrue();
        assertThat(worker.status().pending()).isZero();
        assertThat(worker.status().lastContact()).isPresent();
    }

    @Test
    void keepsARefusedOrderAsRejectedAndSaysWhy() {
        OrderUpload good = order();
        OrderUpload bad = new OrderUpload("ord-bad-" + UUID.randomUUID(), good.storeId(), good.terminalId(),
                good.createdAt(), good.currency(), good.lines(), good.subtotalMinor(), good.taxMinor(), good.totalMinor(),
                List.of(), good.customerId(), 0, 0);
        terminal.commit(bad);
        terminal.commit(good);
        OutboxWorker worker = worker(cloud.client());
        worker.drainOnce();
        assertThat(worker.status().rejected()).isEqualTo(1);
        assertThat(worker.status().pending()).isZero();
        assertThat(worker.status().lastError()).hasValueSatisfying(e -> assertThat(e).contains(bad.orderId()));
        assertThat(terminal.outbox().rejected()).extracting(e -> e.message().entityId()).containsExactly(bad.orderId());
    }

    @Test
    void reportsOfflineAndKeepsEverythingWhenTheCloudIsUnreachable() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        SyncSettings settings = CloudFixture.fastSettings(cloud.emulator()).withTimeouts(Duration.ofMillis(300),
                Duration.ofMillis(300), Duration.ofSeconds(2));
        settings = new SyncSettings(URI.create("http://127.0.0.1:" + deadPort), settings.connectTimeout(),
                settings.readTimeout(), settings.callTimeout(), 2, settings.retryBaseDelay(), settings.retryMaxDelay(),
                settings.maxRetryAfter(), settings.maxResponseBytes(), settings.userAgent(), 20, settings.idlePoll(),
                settings.outboxRetryBase(), settings.outboxRetryMax(), settings.profilePullInterval());
        OutboxMessage sent = terminal.commit(order());
        try (CloudClient offline = new CloudClient(settings, () -> Optional.of("t"))) {
            OutboxWorker worker = worker(offline);
            assertThat(worker.drainOnce()).isZero();
            SyncStatus status = worker.status();
            assertThat(status.online()).isFalse();
            assertThat(status.pending()).isEqualTo(1);
            assertThat(status.lastError()).hasValueSatisfying(e -> assertThat(e).contains("cannot reach the cloud"));
        }
        assertThat(terminal.outbox().stats().pending()).isEqualTo(1);
        assertThat(sent.messageId()).isNotNull();
    }

    @Test
    void parksMessagesItCannotSendInsteadOfDroppingThem() {
        terminal.database().inTransaction(tx -> {
            terminal.outbox().append(tx, OutboxMessage.of("voucher", "v1", "voucher.sold", "{}"));
            return null;
        });
        OutboxWorker worker = worker(cloud.client());
        worker.drainOnce();
        assertThat(worker.status().pending()).isEqualTo(1);
        assertThat(worker.status().rejected()).isZero();
        assertThat(worker.status().lastError()).hasValueSatisfying(e -> assertThat(e).contains("cannot send voucher"));
    }

    @Test
    void theBackgroundThreadDrainsNewWorkAndPublishesStatus() {
        try (OutboxWorker worker = worker(cloud.client())) {
            worker.start();
            for (int i = 0; i < 30; i++) {
                terminal.commit(order());
            }
            worker.wakeUp();
            await().atMost(Duration.ofSeconds(30)).until(() -> terminal.outbox().stats().pending() == 0);
        }
        assertThat(statuses).isNotEmpty();
        assertThat(statuses.get(statuses.size() - 1).online()).isTrue();
    }
}
