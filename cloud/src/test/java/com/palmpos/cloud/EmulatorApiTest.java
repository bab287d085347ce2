package com.palmpos.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.sync.api.AuthorizeRequest;
import com.palmpos.sync.api.CaptureRequest;
import com.palmpos.sync.api.CardToken;
import com.palmpos.sync.api.CardTokenizeRequest;
import com.palmpos.sync.api.ConsentRecord;
import com.palmpos.sync.api.CustomerChanges;
import com.palmpos.sync.api.CustomerProfile;
import com.palmpos.sync.api.EnrollmentRequest;
import com.palmpos.sync.api.EnrollmentResult;
import com.palmpos.sync.api.LoyaltyLinkRequest;
import com.palmpos.sync.api.Payment;
import com.palmpos.sync.api.PreEnrollment;
import com.palmpos.sync.api.PreEnrollmentCompletion;
import com.palmpos.sync.api.PreEnrollmentRequest;
import com.palmpos.sync.api.PrivacyRequest;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import com.palmpos.sync.support.CloudFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmulatorApiTest {
    @TempDir
    static Path dir;
    static CloudFixture cloud;
    static CloudClient client;

    @BeforeAll
    static void start() {
        cloud = CloudFixture.start(dir);
        client = cloud.client();
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static ConsentRecord consent() {
        return new ConsentRecord("bio-1", Instant.parse("2026-11-25T10:00:00Z"), "counter");
    }

    private static CardToken card(TestCard card) {
        return client.tokenizeCard(new CardTokenizeRequest(card.pan(), 12, 2030), key());
    }

    @Test
    void servesTheDemoStoreMenuAndSettings() {
        assertThat(client.menu(CloudFixture.STORE).categories()).isNotEmpty();
        assertThat(client.storeSettings(CloudFixture.STORE).currency()).isEqualTo("EUR");
        assertThat(client.health().status()).isEqualTo("UP");
    }

    @Test
    void refusesAnotherStoresMenu() {
        assertThatThrownBy(() -> client.menu("other-store"))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void refusesAnUnknownActivationCodeWithAProblem() {
        assertThatThrownBy(() -> client.register(new RegisterTerminalRequest("NOPE-1234", "till"), key()))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CloudException.Kind.REJECTED);
                    // the answer says what to do without echoing the code (a guess or a leaked secret)
                    assertThat(e.problem()).map(p -> p.detail()).hasValueSatisfying(d -> assertThat(d)
                            .contains("unknown, used or expired").doesNotContain("NOPE-1234"));
                });
    }

    @Test
    void refusesCallsWithoutAValidToken() {
        try (CloudClient anonymous = new CloudClient(CloudFixture.fastSettings(cloud.emulator()), Optional::empty)) {
            assertThatThrownBy(() -> anonymous.menu(CloudFixture.STORE))
                    .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.UNAUTHORIZED));
        }
    }

    @Test
    void replaysTheFirstResultForARepeatedKey() {
        String key = key();
        CardTokenizeRequest request = new CardTokenizeRequest(TestCard.APPROVES.pan(), 12, 2030);
        assertThat(client.tokenizeCard(request, key)).isEqualTo(client.tokenizeCard(request, key));
    }

    @Test
    void refusesAKeyReusedForAnotherBody() {
        String key = key();
        client.tokenizeCard(new CardTokenizeRequest(TestCard.APPROVES.pan(), 12, 2030), key);
        assertThatThrownBy(() -> client.tokenizeCard(new CardTokenizeRequest(TestCard.DECLINES.pan(), 12, 2030), key))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.problem().orElseThrow().code()).isEqualTo("idempotency-key-reused");
                });
    }

    @Test
    void refusesACardNumberFailingTheLuhnCheck() {
        assertThatThrownBy(() -> client.tokenizeCard(new CardTokenizeRequest("4242424242424241", 12, 2030), key()))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.problem().orElseThrow().code())
                        .isEqualTo("invalid-card-number"));
    }

    @ParameterizedTest
    @CsvSource({"APPROVES, AUTHORIZED, ", "DECLINES, DECLINED, card_declined", "INSUFFICIENT_FUNDS, DECLINED, insufficient_funds"})
    void testCardsBehaveAsDocumented(TestCard testCard, String status, String declineCode) {
        Payment payment = client.authorize(new AuthorizeRequest("ord-" + key(), 1250, "EUR", card(testCard).token()), key());
        assertThat(payment.status()).isEqualTo(status);
        assertThat(payment.declineCode()).isEqualTo(declineCode);
    }

    @Test
    void capturesAnAuthorizedPaymentOnceButNotBeyondItsAmount() {
        Payment auth = client.authorize(new AuthorizeRequest("ord-" + key(), 1250, "EUR", card(TestCard.APPROVES).token()), key());
        assertThatThrownBy(() -> client.capture(auth.paymentId(), new CaptureRequest(1251), key()))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.status()).isEqualTo(422));
        assertThat(client.capture(auth.paymentId(), new CaptureRequest(1250), key()).status()).isEqualTo(Payment.CAPTURED);
        assertThatThrownBy(() -> client.capture(auth.paymentId(), new CaptureRequest(1250), key()))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void enrollmentNeedsConsent() {
        assertThatThrownBy(() -> client.enroll(new EnrollmentRequest("Dana", null, null, null, List.of(new byte[] {1}),
                null, null), key()))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.problem().orElseThrow().code())
                        .isEqualTo("consent-required"));
    }

    @Test
    void anEnrolledCustomerReachesTheDeltaFeedWithTemplatesAndLeavesItsTemplatesOnErasure() {
        EnrollmentResult enrolled = client.enroll(new EnrollmentRequest("Dana", "dana@example.com", null, consent(),
                List.of(new byte[] {1, 2, 3}), null, null), key());
        assertThat(latest(enrolled.customerId()).palmTemplates()).containsExactly(new byte[] {1, 2, 3});

        client.requestPrivacy(new PrivacyRequest(enrolled.customerId(), PrivacyRequest.BIOMETRICS), key());
        CustomerProfile afterBiometrics = latest(enrolled.customerId());
        assertThat(afterBiometrics.palmTemplates()).isEmpty();
        assertThat(afterBiometrics.displayName()).isEqualTo("Dana");

        client.requestPrivacy(new PrivacyRequest(enrolled.customerId(), PrivacyRequest.PROFILE), key());
        CustomerProfile tombstone = latest(enrolled.customerId());
        assertThat(tombstone.deleted()).isTrue();
        assertThat(tombstone.displayName()).isNull();
        assertThat(tombstone.email()).isNull();
    }

    @Test
    void theCardLinkedAtEnrollmentTravelsWithTheProfileAndLeavesWithTheErasure() {
        CardToken card = card(TestCard.APPROVES);
        EnrollmentResult enrolled = client.enroll(new EnrollmentRequest("Finn", null, null, consent(),
                List.of(new byte[] {4}), card.token(), null), key());

        assertThat(latest(enrolled.customerId()).card()).isEqualTo(card);
        assertThat(latest("cus-demo-alice").card().last4()).isEqualTo("4242");

        client.requestPrivacy(new PrivacyRequest(enrolled.customerId(), PrivacyRequest.PROFILE), key());
        assertThat(latest(enrolled.customerId()).card()).isNull();
    }

    @Test
    void aPreEnrollmentCodeCompletesOnceInStore() {
        PreEnrollment pre = client.preEnroll(new PreEnrollmentRequest("Eve", "eve@example.com", null, consent()), key());
        EnrollmentResult done = client.completePreEnrollment(pre.code(), new PreEnrollmentCompletion(List.of(new byte[] {9})), key());
        assertThat(latest(done.customerId()).displayName()).isEqualTo("Eve");
        assertThatThrownBy(() -> client.completePreEnrollment(pre.code(), new PreEnrollmentCompletion(List.of(new byte[] {9})), key()))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void linksALoyaltyNumberUnlessAnotherCustomerHasIt() {
        assertThat(client.linkLoyalty("cus-demo-alice", new LoyaltyLinkRequest("L-7777"), key()).loyaltyNumber())
                .isEqualTo("L-7777");
        assertThatThrownBy(() -> client.linkLoyalty("cus-demo-bruno", new LoyaltyLinkRequest("L-7777"), key()))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void identificationWithoutAMatcherAnswersNone() {
        assertThat(client.identify(new byte[] {1, 2, 3}, key()).matched()).isFalse();
    }

    @Test
    void rejectsACursorItDidNotIssue() {
        assertThatThrownBy(() -> client.customerChanges("garbage", 10))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    private static CustomerProfile latest(String customerId) {
        CustomerProfile found = null;
        String cursor = null;
        CustomerChanges page;
        do {
            page = client.customerChanges(cursor, 500);
            for (CustomerProfile p : page.items()) {
                if (p.customerId().equals(customerId)) {
                    found = p;
                }
            }
            cursor = page.nextCursor();
        } while (page.hasMore());
        assertThat(found).as("customer " + customerId + " in the feed").isNotNull();
        return found;
    }
}
