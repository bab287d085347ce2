package com.palmpos.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.palmpos.pos.PosSettings;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.loyalty.LoyaltyPosting;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.order.OrderLedger;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.sync.outbox.OfflinePaymentResults;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.pos.store.Database;
import com.palmpos.scanner.InputKind;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.capture.Identifier;
import com.palmpos.scanner.synth.SyntheticPalms;
import com.palmpos.sync.api.ConsentRecord;
import com.palmpos.sync.api.EnrollmentRequest;
import com.palmpos.sync.api.EnrollmentResult;
import com.palmpos.ui.port.SyncStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A palm enrolled in another store (only the cloud knows it) is recognised at this counter through the real
 * embedded emulator, and lands in the local cache; offline, nothing is asked.
 */
class CloudIdentifierTest {
    private static final Parameters PARAMETERS = Parameters.defaults();

    @TempDir
    Path dataDir;

    @Test
    void aPalmOnlyTheCloudKnowsIsIdentifiedAndCachedAndOfflineAsksNothing() {
        Clock clock = Clock.systemUTC();
        SyncStatusBridge status = new SyncStatusBridge();
        PalmEngine engine = new PalmEngine(PARAMETERS);
        SyntheticPalms palms = new SyntheticPalms(7);
        PalmTemplate enrolled = template(engine, palms, 0);
        PalmTemplate probe = template(engine, palms, 1);
        try (Database database = Database.open(dataDir.resolve("terminal"), null, "pos", "sync")) {
            CustomerStore customers = new CustomerStore(database, clock,
                    com.palmpos.pos.crypto.TerminalKeys.load(dataDir, java.util.Optional.empty()).templateCipher());
            OutboxStore outbox = new OutboxStore(database, clock);
            MenuService menus = new MenuService(database, new MenuLoader().loadDemo(), clock);
            try (CloudLink link = CloudLink.builder("embedded", database, outbox, clock)
                    .emulator(0, new CloudLink.EmbeddedStore(dataDir.resolve("cloud"), null),
                            new EngineTemplateMatcher(PARAMETERS))
                    .registration("DEMO-0001", "Counter 9").status(status)
                    .offlinePayments(OfflinePaymentResults.of(new PaymentService(new OrderLedger(database, outbox,
                            clock, new LoyaltyPosting(PosSettings.defaults().loyalty())), PosSettings.defaults(),
                            menus, new LateGateway())))
                    .customers(customers, new CustomerCacheSink(customers, new com.palmpos.pos.privacy.PrivacyService(
                            database, customers, outbox, new com.palmpos.pos.audit.AuditLog(database, clock, "t1"),
                            clock)))
                    .store(java.util.Currency.getInstance("USD"), menus).start()) {
                await().atMost(Duration.ofSeconds(30)).until(() ->
                        status.current().connection() == SyncStatus.Connection.ONLINE);
                EnrollmentResult elsewhere = link.client().enroll(new EnrollmentRequest("Dana Other", null, null,
                        new ConsentRecord("test-1", clock.instant(), "counter"), List.of(enrolled.toBytes()), null,
                        null), UUID.randomUUID().toString());
                String customerId = elsewhere.customerId();
                customers.deletePalmTemplate(customerId);
                List<String> matched = new CopyOnWriteArrayList<>();

                Identifier offline = link.palmIdentifier(() -> false, matched::add);
                assertThat(offline.identify(List.of(probe)).identified()).isFalse();

                Identifier online = link.palmIdentifier(() -> true, matched::add);
                Identifier.Result result = online.identify(List.of(probe));

                assertThat(result.customerId()).isEqualTo(customerId);
                assertThat(result.score()).isBetween(0.0, 1.0);
                assertThat(matched).containsExactly(customerId);
                assertThat(customers.find(customerId)).isPresent();
                assertThat(customers.palmTemplate(customerId)).isPresent();
                assertThat(online.identify(List.of(template(engine, palms, 0, 5))).identified()).isFalse();
            }
        }
    }

    private static PalmTemplate template(PalmEngine engine, SyntheticPalms palms, int sample) {
        return template(engine, palms, sample, 3);
    }

    private static PalmTemplate template(PalmEngine engine, SyntheticPalms palms, int sample, int subject) {
        return engine.extract(palms.roi(subject, sample), InputKind.ROI).template().orElseThrow();
    }
}
