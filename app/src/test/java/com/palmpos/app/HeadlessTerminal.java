package com.palmpos.app;

import com.palmpos.app.wiring.CustomerCacheSink;
import com.palmpos.pos.PosSettings;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.consent.ConsentNotices;
import com.palmpos.pos.consent.ConsentStore;
import com.palmpos.pos.crypto.TerminalKeys;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.enrollment.EnrollmentService;
import com.palmpos.pos.enrollment.KnownPalms;
import com.palmpos.pos.loyalty.LoyaltyPosting;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.OrderLedger;
import com.palmpos.pos.order.OrderService;
import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.payment.CardDetails;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.pos.privacy.PalmPayments;
import com.palmpos.pos.privacy.PrivacyService;
import com.palmpos.pos.privacy.SecondFactorPolicy;
import com.palmpos.pos.privacy.SecondFactorSettings;
import com.palmpos.pos.staff.ApprovedOrderActions;
import com.palmpos.pos.staff.ManagerApproval;
import com.palmpos.pos.staff.StaffService;
import com.palmpos.pos.staff.StaffSettings;
import com.palmpos.pos.store.Database;
import com.palmpos.sync.api.CardToken;
import com.palmpos.sync.api.CardTokenizeRequest;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.api.TerminalRegistration;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.cloud.CloudEmulator;
import com.palmpos.sync.enrollment.CloudCardTokenizer;
import com.palmpos.sync.outbox.OfflinePaymentResults;
import com.palmpos.sync.outbox.OutboxWorker;
import com.palmpos.sync.payment.CloudPaymentGateway;
import com.palmpos.sync.profile.ProfileSync;
import com.palmpos.sync.state.SyncStateStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * A terminal wired from the real services as the app wires them, against an embedded emulator whose data lives inside
 * the terminal's data directory ({@code cloud-emulator}, as with {@code cloud.url=embedded}). The terminal database is
 * opened WITHOUT file encryption so that a test scanning the files would see anything stored in the clear.
 */
final class HeadlessTerminal implements AutoCloseable {
    final Clock clock = Clock.system(ZoneOffset.UTC);
    final Database database;
    final CloudEmulator emulator;
    final CloudClient client;
    final OutboxStore outbox;
    final OrderService orders;
    final PaymentService payments;
    final CustomerStore customers;
    final AuditLog audit;
    final PrivacyService privacy;
    final PalmPayments palm;
    final ManagerApproval approval;
    final ApprovedOrderActions approvedActions;
    final OutboxWorker worker;
    final ProfileSync profiles;
    /** Enrollment as {@code EnrollmentServices} wires it: the card goes to the cloud's tokenizer, only the token stays. */
    final EnrollmentService enrollment;

    HeadlessTerminal(Path dataDir, Money secondFactorAbove) {
        TerminalKeys keys = TerminalKeys.load(dataDir, Optional.empty());
        database = Database.open(dataDir, null, "pos", "sync");
        emulator = CloudEmulator.start(0, dataDir.resolve("cloud-emulator"));
        SyncStateStore state = new SyncStateStore(database, clock);
        client = new CloudClient(SyncSettings.defaults(emulator.url()), state::token);
        TerminalRegistration registration = client.register(new RegisterTerminalRequest("DEMO-0001", "privacy test"),
                UUID.randomUUID().toString());
        state.saveRegistration(registration);
        PosSettings d = PosSettings.defaults();
        PosSettings settings = new PosSettings(registration.storeId(), registration.terminalId(), ZoneOffset.UTC,
                d.offline(), d.loyalty(), d.staff());
        MenuService menus = new MenuService(database, new MenuLoader().loadDemo(), clock);
        outbox = new OutboxStore(database, clock);
        OrderLedger ledger = new OrderLedger(database, outbox, clock, new LoyaltyPosting(settings.loyalty()));
        orders = new OrderService(ledger, settings, menus);
        payments = new PaymentService(ledger, settings, menus, new CloudPaymentGateway(client));
        customers = new CustomerStore(database, clock, keys.templateCipher());
        audit = new AuditLog(database, clock, registration.terminalId());
        privacy = new PrivacyService(database, customers, outbox, audit, clock);
        palm = new PalmPayments(payments, customers,
                new SecondFactorPolicy(SecondFactorSettings.above(secondFactorAbove), customers, audit, database,
                        clock), audit);
        StaffService staff = new StaffService(database, clock, StaffSettings.defaults(), audit);
        staff.ensureDefaultManager();
        approval = new ManagerApproval(staff, audit, clock);
        approvedActions = new ApprovedOrderActions(orders, audit, clock);
        // with the customer store, as CloudLink builds it: enrollments are forwarded with their template
        worker = OutboxWorker.builder(outbox, client).clock(clock).random(new Random(7))
                .offlinePayments(OfflinePaymentResults.of(payments)).customers(customers).build();
        profiles = new ProfileSync(client, state, new CustomerCacheSink(customers, privacy));
        // no duplicate-palm check: the journey's templates are stand-in bytes, not engine templates
        enrollment = new EnrollmentService(database, customers,
                new ConsentStore(database, outbox, customers, clock, registration.terminalId()), ConsentNotices.load(),
                outbox, new CloudCardTokenizer(client, menus.menu().currency()), KnownPalms.NONE, clock);
    }

    /** Tokenizes {@code pan} with the cloud, as the card reader integration does; only the token comes back. */
    CardDetails card(String pan, TenderType type) {
        CardToken token = client.tokenizeCard(new CardTokenizeRequest(pan, 12, 2030), UUID.randomUUID().toString());
        return new CardDetails(type, token.token(), token.brand(), token.last4());
    }

    /** Sends everything pending; fails if the outbox does not empty in a few rounds. */
    void drainOutbox() {
        for (int round = 0; round < 20 && outbox.stats().pending() > 0; round++) {
            worker.drainOnce();
        }
        if (outbox.stats().pending() > 0 || outbox.stats().rejected() > 0) {
            throw new AssertionError("outbox did not drain: " + outbox.stats());
        }
    }

    @Override
    public void close() {
        worker.close();
        profiles.close();
        client.close();
        emulator.close();
        database.close();
    }
}
