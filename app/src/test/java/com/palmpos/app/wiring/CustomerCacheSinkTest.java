package com.palmpos.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.crypto.TerminalKeys;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.privacy.PrivacyService;
import com.palmpos.pos.store.Database;
import com.palmpos.sync.api.CardToken;
import com.palmpos.sync.api.CustomerProfile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card linked to a palm reaches every counter's cache with the profile (real H2 file). */
class CustomerCacheSinkTest {
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final CardToken CARD = new CardToken("tok_123", "VISA", "4242", 12, 2030);

    @TempDir
    Path dataDir;
    private Database database;
    private CustomerStore customers;
    private CustomerCacheSink sink;

    @BeforeEach
    void open() {
        database = Database.open(dataDir, null, "pos");
        Clock clock = Clock.systemUTC();
        customers = new CustomerStore(database, clock, TerminalKeys.load(dataDir, Optional.empty()).templateCipher());
        sink = new CustomerCacheSink(customers, new PrivacyService(database, customers, new OutboxStore(database, clock),
                new AuditLog(database, clock, "t1"), clock));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aCardLinkedAtAnotherCounterArrivesWithTheProfile() {
        sink.apply(List.of(profile(CARD, false)));

        assertThat(customers.find("cus-gil").orElseThrow().card()).isEqualTo(new LinkedCard("tok_123", "VISA", "4242"));
    }

    @Test
    void aProfileWithoutACardKeepsTheCardLinkedAtThisCounter() {
        sink.apply(List.of(profile(CARD, false)));
        sink.apply(List.of(profile(null, false)));

        assertThat(customers.find("cus-gil").orElseThrow().card()).isEqualTo(new LinkedCard("tok_123", "VISA", "4242"));
    }

    @Test
    void aTombstoneErasesTheCardWithTheProfile() {
        sink.apply(List.of(profile(CARD, false)));
        sink.apply(List.of(profile(null, true)));

        assertThat(customers.find("cus-gil")).isEmpty();
    }

    private static CustomerProfile profile(CardToken card, boolean deleted) {
        return new CustomerProfile("cus-gil", deleted ? null : "Gil Marsh", null, null, null, 0, false, List.of(),
                deleted, AT, card);
    }
}
