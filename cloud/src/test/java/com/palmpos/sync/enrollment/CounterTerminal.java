package com.palmpos.sync.enrollment;

import com.palmpos.pos.consent.ConsentNotices;
import com.palmpos.pos.consent.ConsentStore;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.enrollment.EnrollmentService;
import com.palmpos.pos.enrollment.KnownPalms;
import com.palmpos.pos.enrollment.LoyaltyLinkService;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.store.Database;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.sync.outbox.OutboxWorker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.Random;

/** A counter terminal on a real H2 file with the enrollment services and an outbox worker wired as the app does. */
final class CounterTerminal implements AutoCloseable {
    final Database db;
    final OutboxStore outbox;
    final CustomerStore customers;
    final ConsentStore consents;
    final EnrollmentService enrollment;
    final LoyaltyLinkService loyalty;
    final OutboxWorker worker;

    CounterTerminal(Path dir, CloudClient client) {
        Clock clock = Clock.systemUTC();
        // keys first: a key store is never created beside an existing database
        var keys = com.palmpos.pos.crypto.TerminalKeys.load(dir, java.util.Optional.empty());
        db = Database.open(dir, null, "pos", "sync");
        outbox = new OutboxStore(db, clock);
        customers = new CustomerStore(db, clock, keys.templateCipher());
        consents = new ConsentStore(db, outbox, customers, clock, "t-test");
        enrollment = new EnrollmentService(db, customers, consents, ConsentNotices.load(), outbox,
                new CloudCardTokenizer(client, Currency.getInstance("USD")), KnownPalms.NONE, clock);
        loyalty = new LoyaltyLinkService(db, customers, outbox, enrollment);
        SyncSettings settings = client.settings().withOutbox(20, Duration.ofMillis(50), Duration.ofMillis(20),
                Duration.ofMillis(200));
        worker = new OutboxWorker(outbox, client, null, customers, settings, clock, status -> { }, new Random(3));
    }

    /** Runs worker rounds until nothing more is settled. */
    void drain() {
        while (worker.drainOnce() > 0) {
            // next round
        }
    }

    @Override
    public void close() {
        worker.close();
        db.close();
    }
}
