package com.palmpos.sync.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.enrollment.CardEntry;
import com.palmpos.pos.enrollment.CustomerMessages;
import com.palmpos.pos.enrollment.EnrollmentSession;
import com.palmpos.pos.outbox.OutboxEntry;
import com.palmpos.pos.outbox.OutboxMessage;
import com.palmpos.sync.api.LoyaltyLinkRequest;
import com.palmpos.sync.support.CloudFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enrollment, consent and loyalty messages from a counter terminal to the real emulator over HTTP. */
class EnrollmentSyncTest {
    private static final byte[] PALM = {7, 7, 7, 1};

    @TempDir
    static Path cloudDir;
    static CloudFixture cloud;

    @TempDir
    Path terminalDir;
    CounterTerminal counter;

    @BeforeAll
    static void startCloud() {
        cloud = CloudFixture.start(cloudDir);
    }

    @AfterAll
    static void stopCloud() {
        cloud.close();
    }

    @BeforeEach
    void open() {
        counter = new CounterTerminal(terminalDir, cloud.client());
    }

    @AfterEach
    void close() {
        counter.close();
    }

    private CustomerProfile enroll(boolean withCard) {
        EnrollmentSession session = counter.enrollment.begin(Locale.ENGLISH);
        session.acceptConsent();
        session.palmTemplate(PALM);
        session.details("Grace Hopper", "Grace", "grace@example.com", null);
        if (withCard) {
            session.linkCard(new CardEntry("4242424242424242", 12, 2031, "123"));
        }
        session.newLoyaltyAccount();
        return counter.enrollment.commit(session);
    }

    private List<com.palmpos.sync.api.CustomerProfile> inCloud(String customerId) {
        return cloud.client().customerChanges(null, 500).items().stream()
                .filter(p -> p.customerId().equals(customerId)).toList();
    }

    @Test
    void enrollmentReachesTheCloudUnderTheTerminalsCustomerId() {
        CustomerProfile local = enroll(true);

        counter.drain();

        assertThat(counter.outbox.stats().pending()).isZero();
        assertThat(counter.outbox.stats().rejected()).isZero();
        List<com.palmpos.sync.api.CustomerProfile> cloudSide = inCloud(local.customerId());
        assertThat(cloudSide).hasSize(1);
        assertThat(cloudSide.get(0).displayName()).isEqualTo("Grace Hopper");
        assertThat(cloudSide.get(0).loyaltyNumber()).isEqualTo(local.loyaltyId());
        assertThat(cloudSide.get(0).biometricConsent()).isTrue();
        assertThat(cloudSide.get(0).palmTemplates()).singleElement().satisfies(t -> assertThat(t).containsExactly(PALM));
        assertThat(local.card().last4()).isEqualTo("4242");
    }

    @Test
    void aReplayedEnrollmentLeavesOneCustomer() {
        CustomerProfile local = enroll(false);
        OutboxEntry sent = counter.outbox.nextBatch(1).get(0);
        counter.drain();

        // the same message again (same idempotency key: the cloud replays its stored answer) ...
        counter.db.inTransaction(tx -> tx.createStatement().executeUpdate(
                "UPDATE outbox SET status = 'PENDING', delivered_at = NULL WHERE seq = " + sent.seq()));
        counter.drain();
        // ... and a copy under a new key, as after the cloud forgot the key: refused as existing, counted delivered
        OutboxMessage copy = new OutboxMessage(UUID.randomUUID(), sent.message().entityType(), sent.message().entityId(),
                sent.message().kind(), sent.message().payloadJson());
        counter.db.inTransaction(tx -> {
            counter.outbox.append(tx, copy);
            return null;
        });
        counter.drain();

        assertThat(inCloud(local.customerId())).hasSize(1);
        assertThat(counter.outbox.stats().pending()).as(counter.outbox.stats().toString()).isZero();
        assertThat(counter.outbox.rejected()).isEmpty();
    }

    @Test
    void withdrawalErasesThePalmInTheCloud() {
        CustomerProfile local = enroll(false);
        counter.drain();

        counter.consents.withdraw(local.customerId());
        counter.drain();

        com.palmpos.sync.api.CustomerProfile cloudSide = inCloud(local.customerId()).get(0);
        assertThat(cloudSide.palmTemplates()).isEmpty();
        assertThat(cloudSide.biometricConsent()).isFalse();
        assertThat(counter.customers.palmTemplate(local.customerId())).isEmpty();
    }

    @Test
    void aPalmWithdrawnBeforeUploadIsNeverSent() {
        CustomerProfile local = enroll(false);
        counter.consents.withdraw(local.customerId());

        counter.drain();

        assertThat(inCloud(local.customerId())).isEmpty();
        assertThat(counter.outbox.stats().pending()).isZero();
        assertThat(counter.outbox.stats().rejected()).isZero();
    }

    @Test
    void loyaltyLinkReachesTheCloud() {
        CustomerProfile local = enroll(false);
        counter.loyalty.link(local.customerId(), "L-GRACE001");

        counter.drain();

        assertThat(inCloud(local.customerId()).get(0).loyaltyNumber()).isEqualTo("L-GRACE001");
    }

    @Test
    void aLoyaltyNumberTakenInTheCloudIsKeptAsRejectedWithTheReason() {
        CustomerProfile first = enroll(false);
        counter.drain();
        cloud.client().linkLoyalty(first.customerId(), new LoyaltyLinkRequest("L-TAKEN001"), null);
        CustomerProfile second = enroll(false);
        counter.loyalty.link(second.customerId(), "L-TAKEN001"); // the local cache does not know the cloud's link yet

        counter.drain();

        assertThat(counter.outbox.stats().rejected()).isEqualTo(1);
        assertThat(counter.outbox.rejected().get(0).message().kind()).isEqualTo(CustomerMessages.KIND_LOYALTY_LINKED);
        assertThat(counter.outbox.rejected().get(0).lastError()).contains("L-TAKEN001").contains("another customer");
    }
}
