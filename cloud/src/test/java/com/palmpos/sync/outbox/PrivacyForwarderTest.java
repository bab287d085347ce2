package com.palmpos.sync.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.crypto.TerminalKeys;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.outbox.OutboxMessage;
import com.palmpos.pos.privacy.PrivacyService;
import com.palmpos.sync.api.CustomerProfile;
import com.palmpos.sync.support.CloudFixture;
import com.palmpos.sync.support.Terminal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Privacy requests made at the terminal reach the emulator's privacy endpoint through the outbox, over real HTTP. */
class PrivacyForwarderTest {
    @TempDir
    Path cloudDir;
    @TempDir
    Path terminalDir;
    CloudFixture cloud;
    Terminal terminal;
    PrivacyService privacy;
    OutboxWorker worker;
    String customerId;

    @BeforeEach
    void open() {
        cloud = CloudFixture.start(cloudDir);
        terminal = new Terminal(terminalDir, Clock.systemUTC());
        Clock clock = Clock.systemUTC();
        CustomerStore customers = new CustomerStore(terminal.database(), clock, TerminalKeys.load(terminalDir,
                Optional.of(Base64.getEncoder().encodeToString(new byte[32]))).templateCipher());
        privacy = new PrivacyService(terminal.database(), customers, terminal.outbox(),
                new AuditLog(terminal.database(), clock, cloud.registration().terminalId()), clock);
        worker = new OutboxWorker(terminal.outbox(), cloud.client(), CloudFixture.fastSettings(cloud.emulator()), clock,
                status -> { }, new Random(1));
        customerId = cloud.client().customerChanges(null, 100).items().stream().filter(p -> !p.deleted())
                .map(CustomerProfile::customerId).findFirst().orElseThrow();
        cloud.emulator().seedPalmTemplates(customerId, List.of(new byte[] {1, 2, 3, 4}));
    }

    @AfterEach
    void close() {
        worker.close();
        terminal.close();
        cloud.close();
    }

    private CustomerProfile inCloud(String id) {
        List<CustomerProfile> all = cloud.client().customerChanges(null, 500).items();
        return all.stream().filter(p -> p.customerId().equals(id)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aBiometricErasureAtTheCounterErasesTheTemplatesInTheCloud() {
        assertThat(inCloud(customerId).palmTemplates()).isNotEmpty();
        privacy.deleteBiometrics(customerId, "manager");

        assertThat(worker.drainOnce()).isEqualTo(1);

        CustomerProfile after = inCloud(customerId);
        assertThat(after.palmTemplates()).isEmpty();
        assertThat(after.deleted()).isFalse();
        assertThat(terminal.outbox().stats().pending()).isZero();
    }

    @Test
    void aProfileErasureLeavesATombstoneInTheCloud() {
        privacy.deleteProfile(customerId, "manager");
        worker.drainOnce();
        assertThat(inCloud(customerId).deleted()).isTrue();
        assertThat(terminal.outbox().stats().rejected()).isZero();
    }

    @Test
    void aCustomerTheCloudNeverHeardOfSettlesTheRequest() {
        privacy.deleteProfile("cus-only-local", "manager");
        assertThat(worker.drainOnce()).isEqualTo(1);
        assertThat(terminal.outbox().stats().pending()).isZero();
        assertThat(terminal.outbox().stats().rejected()).isZero();
    }

    @Test
    void anUnreachableCloudKeepsTheRequestForLater() {
        cloud.emulator().faults().unavailableNext(10, Duration.ZERO);
        privacy.deleteBiometrics(customerId, "manager");
        worker.drainOnce();
        assertThat(terminal.outbox().stats().pending()).isEqualTo(1);
        assertThat(terminal.outbox().stats().lastError()).isPresent();
        assertThat(inCloud(customerId).palmTemplates()).isNotEmpty();
    }

    @Test
    void anUnreadableRequestIsRejectedForAManagerToSee() {
        terminal.database().inTransaction(tx -> {
            terminal.outbox().append(tx, OutboxMessage.of("customer", customerId, "privacy.requested", "{not json"));
            return null;
        });
        worker.drainOnce();
        assertThat(terminal.outbox().rejected()).singleElement()
                .satisfies(e -> assertThat(e.lastError()).contains("unreadable payload", "privacy screen"));
    }
}
