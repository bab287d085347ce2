package com.palmpos.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.palmpos.pos.PosSettings;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.loyalty.LoyaltyPosting;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.menu.PulledMenuStore;
import com.palmpos.pos.order.OrderLedger;
import com.palmpos.sync.menu.MenuPull;
import com.palmpos.sync.outbox.OfflinePaymentResults;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.pos.store.Database;
import com.palmpos.scanner.Parameters;
import com.palmpos.ui.port.SyncStatus;
import com.palmpos.cloud.CloudEmulator;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal's cloud link against the real embedded emulator: registration, status, customer cache pull. */
class CloudLinkTest {
    @TempDir
    Path dataDir;

    @Test
    void registersGoesOnlineAndCachesTheCloudsCustomersForOfflineUse() {
        Clock clock = Clock.systemUTC();
        SyncStatusBridge status = new SyncStatusBridge();
        try (Database database = Database.open(dataDir.resolve("terminal"), null, "pos", "sync")) {
            CustomerStore customers = new CustomerStore(database, clock, cipher());
            OutboxStore outbox = new OutboxStore(database, clock);
            MenuService menus = new MenuService(database, new MenuLoader().loadDemo(), clock);
            try (CloudLink link = CloudLink.builder("embedded", database, outbox, clock)
                    .emulator(0, new CloudLink.EmbeddedStore(dataDir.resolve("cloud"), null),
                            new EngineTemplateMatcher(Parameters.defaults()))
                    .registration("DEMO-0001", "Counter 9").status(status)
                    .offlinePayments(payments(database, outbox, clock, menus))
                    .customers(customers, new CustomerCacheSink(customers, privacy(database, customers, outbox, clock)))
                    .store(Currency.getInstance("USD"), menus).start()) {
                await().atMost(Duration.ofSeconds(30)).until(() ->
                        status.current().connection() == SyncStatus.Connection.ONLINE);
                await().atMost(Duration.ofSeconds(30)).until(() -> customers.find("cus-demo-alice").isPresent());
                assertThat(link.pullProfilesNow()).isGreaterThanOrEqualTo(0);
                // the store's menu is pulled once registered, kept for offline starts; a second pull finds it unchanged
                await().atMost(Duration.ofSeconds(30)).until(() ->
                        new PulledMenuStore(database, clock).latest("demo-store").isPresent());
                assertThat(link.pullMenuNow()).hasValueSatisfying(r ->
                        assertThat(r.status()).isEqualTo(MenuPull.Status.UNCHANGED));
            }
            assertThat(customers.find("cus-demo-alice")).hasValueSatisfying(p -> {
                assertThat(p.greetingName()).isNotBlank();
                assertThat(p.pointsBalance()).isGreaterThanOrEqualTo(0);
            });
        }
    }

    @Test
    void aCloudUnreachableAtStartShowsOfflineThenTheTerminalRegistersWhenItComesUp() throws Exception {
        Clock clock = Clock.systemUTC();
        SyncStatusBridge status = new SyncStatusBridge();
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (Database database = Database.open(dataDir.resolve("terminal"), null, "pos", "sync")) {
            OutboxStore outbox = new OutboxStore(database, clock);
            MenuService menus = new MenuService(database, new MenuLoader().loadDemo(), clock);
            CustomerStore customers = new CustomerStore(database, clock, cipher());
            try (CloudLink link = CloudLink.builder("http://127.0.0.1:" + port, database, outbox, clock)
                    .registration("DEMO-0001", "Counter 9").status(status)
                    .offlinePayments(payments(database, outbox, clock, menus))
                    .customers(customers, new CustomerCacheSink(customers, privacy(database, customers, outbox, clock)))
                    .store(Currency.getInstance("USD"), menus).start()) {
                await().atMost(Duration.ofSeconds(60)).until(() ->
                        status.current().connection() == SyncStatus.Connection.OFFLINE);
                assertThat(status.current().lastError()).hasValueSatisfying(e -> assertThat(e).contains("registration failed"));

                try (CloudEmulator cloud = CloudEmulator.start(port, dataDir.resolve("cloud"))) {
                    await().atMost(Duration.ofSeconds(60)).until(() ->
                            status.current().connection() == SyncStatus.Connection.ONLINE);
                    await().atMost(Duration.ofSeconds(30)).until(() -> customers.find("cus-demo-alice").isPresent());
                }
            }
        }
    }

    /** The template key from the data directory's own key store, as the terminal uses it. */
    private com.palmpos.pos.crypto.TemplateCipher cipher() {
        return com.palmpos.pos.crypto.TerminalKeys.load(dataDir, java.util.Optional.empty()).templateCipher();
    }

    private static com.palmpos.pos.privacy.PrivacyService privacy(Database database, CustomerStore customers,
            OutboxStore outbox, Clock clock) {
        return new com.palmpos.pos.privacy.PrivacyService(database, customers, outbox,
                new com.palmpos.pos.audit.AuditLog(database, clock, "T1"), clock);
    }

    // offline payments are not taken in these tests; the worker still needs somewhere to report them
    private static OfflinePaymentResults payments(Database database, OutboxStore outbox, Clock clock,
            MenuService menus) {
        return OfflinePaymentResults.of(new PaymentService(new OrderLedger(database, outbox, clock,
                new LoyaltyPosting(PosSettings.defaults().loyalty())), PosSettings.defaults(), menus,
                new LateGateway()));
    }
}
