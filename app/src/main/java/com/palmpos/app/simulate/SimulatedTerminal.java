package com.palmpos.app.simulate;

import com.palmpos.pos.PosSettings;
import com.palmpos.pos.consent.ConsentNotices;
import com.palmpos.pos.consent.ConsentStore;
import com.palmpos.pos.crypto.TerminalKeys;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.enrollment.EnrollmentService;
import com.palmpos.pos.enrollment.KnownPalms;
import com.palmpos.pos.enrollment.SimulatedCardReader;
import com.palmpos.pos.crypto.TemplateCipher;
import com.palmpos.pos.loyalty.LoyaltyPosting;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.order.OrderLedger;
import com.palmpos.pos.order.OrderService;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.pos.store.Database;
import com.palmpos.sync.api.CustomerProfile;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.api.TerminalRegistration;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.sync.enrollment.CloudCardTokenizer;
import com.palmpos.cloud.CloudEmulator;
import com.palmpos.sync.outbox.OfflinePaymentResults;
import com.palmpos.sync.outbox.OutboxWorker;
import com.palmpos.sync.payment.CloudPaymentGateway;
import com.palmpos.sync.state.SyncStateStore;
import java.net.URI;
import java.nio.file.Path;
import com.palmpos.sync.client.CloudException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A headless terminal for the simulator: the data directory's (encrypted) database, the demo menu, the real pos
 * services (enrollment included, with the simulated card reader), the cloud client (against {@code --cloud} or an in-process emulator in {@code DIR/cloud}), a registration
 * kept in {@link SyncStateStore} across runs, and the outbox worker (started by the caller). Opening does I/O and
 * network calls; close it to stop the worker, the emulator and the database. Not for the FX thread.
 */
final class SimulatedTerminal implements AutoCloseable {
    static final String ACTIVATION_CODE = "DEMO-0001";
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedTerminal.class);

    private final Database database;
    private final CloudEmulator emulator;
    private final CloudClient client;
    private final OutboxStore outbox;
    private final OrderService orders;
    private final PaymentService payments;
    private final OutboxWorker worker;
    private final EnrollmentService enrollment;
    private final SimulatedCardReader cardReader;
    private final List<String> customers;
    private final TerminalRegistration registration;

    private SimulatedTerminal(Database database, CloudEmulator emulator, CloudClient client, Clock clock,
                              TemplateCipher templates, Duration startPatience) {
        this.database = database;
        this.emulator = emulator;
        this.client = client;
        SyncStateStore state = new SyncStateStore(database, clock);
        String registrationKey = UUID.randomUUID().toString();
        this.registration = state.registration().orElseGet(() -> {
            // a terminal that is not registered yet cannot work without the cloud: retry, then give up
            TerminalRegistration fresh = StartupRetry.call("registration", startPatience, () -> client.register(
                    new RegisterTerminalRequest(ACTIVATION_CODE, "simulator"), registrationKey));
            state.saveRegistration(fresh);
            return fresh;
        });
        PosSettings defaults = PosSettings.defaults();
        PosSettings settings = new PosSettings(registration.storeId(), registration.terminalId(), ZoneId.systemDefault(),
                defaults.offline(), defaults.loyalty(), defaults.staff());
        MenuService menus = new MenuService(database, new MenuLoader().loadDemo(), clock);
        this.outbox = new OutboxStore(database, clock);
        OrderLedger ledger = new OrderLedger(database, outbox, clock, new LoyaltyPosting(settings.loyalty()));
        this.orders = new OrderService(ledger, settings, menus);
        this.payments = new PaymentService(ledger, settings, menus, new CloudPaymentGateway(client));
        this.customers = knownCustomers(client, startPatience);
        CustomerStore customerStore = new CustomerStore(database, clock, templates);
        ConsentStore consents = new ConsentStore(database, outbox, customerStore, clock, registration.terminalId());
        this.enrollment = new EnrollmentService(database, customerStore, consents, ConsentNotices.load(), outbox,
                new CloudCardTokenizer(client, menus.menu().currency()), KnownPalms.NONE, clock);
        this.cardReader = new SimulatedCardReader(clock);
        this.worker = OutboxWorker.builder(outbox, client).clock(clock)
                .offlinePayments(OfflinePaymentResults.of(payments)).customers(customerStore).build();
    }

    // the emulator's store sits in the terminal's data directory: encrypted like the terminal's database
    private static CloudEmulator startEmulator(Path dataDir, TerminalKeys keys) {
        com.palmpos.app.wiring.CloudLink.EmbeddedStore store =
                com.palmpos.app.TerminalStorage.embeddedCloudStore(dataDir.resolve("cloud"), keys);
        return CloudEmulator.start(0, store.dir(), null, Clock.systemUTC(), store.fileKey());
    }

    /**
     * The demo customers the cloud knows, for returning visits. A registered terminal does not need them to sell: when
     * the cloud stays unreachable for {@code patience} it starts offline, as the terminal does, with strangers only.
     */
    private static List<String> knownCustomers(CloudClient client, Duration patience) {
        try {
            return StartupRetry.call("GET /v1/customers/changes", patience, () -> client.customerChanges(null, 100))
                    .items().stream().filter(p -> !p.deleted()).map(CustomerProfile::customerId).sorted().toList();
        } catch (CloudException e) {
            if (!e.retryable()) {
                throw e;
            }
            LOG.warn("The cloud is unreachable ({}): starting offline, orders are queued and sync later", e.getMessage());
            return List.of();
        }
    }

    /**
     * Opens the terminal in {@code dataDir}, against {@code cloudUrl} or, when empty, an emulator it starts in
     * {@code dataDir/cloud}. The outbox worker is built but not started: {@code worker().start()}. The keys come from
     * {@code masterKey} ({@code PALMPOS_MASTER_KEY}) when given, as for the terminal, else from {@code keys.p12}.
     */
    static SimulatedTerminal open(Path dataDir, Optional<URI> cloudUrl, Optional<String> masterKey,
            Duration startPatience) {
        Clock clock = Clock.systemUTC();
        com.palmpos.pos.store.OwnerOnly.createDirectories(dataDir);
        TerminalKeys keys = TerminalKeys.load(dataDir, masterKey);
        char[] key = keys.databaseFileKey();
        Database database;
        try {
            database = Database.open(dataDir, key, "pos", "sync");
        } finally {
            Arrays.fill(key, '\0');
        }
        CloudEmulator emulator = null;
        CloudClient client = null;
        try {
            emulator = cloudUrl.isPresent() ? null : startEmulator(dataDir, keys);
            URI url = emulator == null ? cloudUrl.orElseThrow() : emulator.url();
            SyncStateStore tokens = new SyncStateStore(database, clock);
            client = new CloudClient(SyncSettings.defaults(url), tokens::token);
            return new SimulatedTerminal(database, emulator, client, clock, keys.templateCipher(), startPatience);
        } catch (RuntimeException e) {
            if (client != null) {
                client.close();
            }
            if (emulator != null) {
                emulator.close();
            }
            database.close();
            throw e;
        }
    }

    Cashier cashier() {
        return new Cashier(orders, payments, client, enrollment, cardReader);
    }

    /** Demo customers known to the cloud, sorted by id (stable for a seed). */
    List<String> customers() {
        return customers;
    }

    OutboxStore outbox() {
        return outbox;
    }

    OutboxWorker worker() {
        return worker;
    }

    TerminalRegistration registration() {
        return registration;
    }

    @Override
    public void close() {
        worker.close();
        client.close();
        if (emulator != null) {
            emulator.close();
        }
        database.close();
    }
}
