package com.palmpos.sync.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.pos.enrollment.CardEntry;
import com.palmpos.pos.enrollment.EnrollmentException;
import com.palmpos.pos.enrollment.EnrollmentProblem;
import com.palmpos.pos.enrollment.PreEnrollments;
import com.palmpos.sync.api.ConsentRecord;
import com.palmpos.sync.api.PreEnrollment;
import com.palmpos.sync.api.PreEnrollmentRequest;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.sync.support.CloudFixture;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card tokenizer and pre-enrollment adapters against the real emulator, and against no cloud at all. */
class CloudAdaptersTest {
    @TempDir
    static Path cloudDir;
    static CloudFixture cloud;

    @BeforeAll
    static void startCloud() {
        cloud = CloudFixture.start(cloudDir);
    }

    @AfterAll
    static void stopCloud() {
        cloud.close();
    }

    private static CloudClient unreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return new CloudClient(SyncSettings.defaults(URI.create("http://127.0.0.1:" + port))
                .withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1)), Optional::empty);
    }

    private static EnrollmentProblem problemOf(Throwable e) {
        return ((EnrollmentException) e).problem();
    }

    private static String preEnroll() {
        PreEnrollment pre = cloud.client().preEnroll(new PreEnrollmentRequest("Katherine Johnson", null, null,
                new ConsentRecord("bio-2026-11", Instant.now(), "web")), null);
        return pre.code();
    }

    @Test
    void tokenizesAndVerifiesAnApprovingCard() {
        LinkedCard card = new CloudCardTokenizer(cloud.client(), Currency.getInstance("USD"))
                .tokenize(new CardEntry("4242424242424242", 12, 2031, "123"));
        assertThat(card.token()).startsWith("tok");
        assertThat(card.brand()).isEqualTo("VISA");
        assertThat(card.last4()).isEqualTo("4242");
    }

    @Test
    void releasesTheCardCheckSoNoAuthorizationIsLeftLive() {
        Map<String, Long> before = cloud.emulator().paymentStatusCounts();
        new CloudCardTokenizer(cloud.client(), Currency.getInstance("USD"))
                .tokenize(new CardEntry("5555555555554444", 12, 2031, "123"));
        Map<String, Long> after = cloud.emulator().paymentStatusCounts();

        assertThat(after.getOrDefault("VOIDED", 0L)).isEqualTo(before.getOrDefault("VOIDED", 0L) + 1);
        assertThat(after.getOrDefault("AUTHORIZED", 0L)).isEqualTo(before.getOrDefault("AUTHORIZED", 0L));
    }

    @Test
    void refusesADeclinedCardSayingSo() {
        CloudCardTokenizer tokenizer = new CloudCardTokenizer(cloud.client(), Currency.getInstance("USD"));
        assertThatThrownBy(() -> tokenizer.tokenize(new CardEntry("4000000000000002", 12, 2031, "123")))
                .hasMessageContaining("declined").hasMessageContaining("0002").hasMessageNotContaining("400000000000")
                .extracting(CloudAdaptersTest::problemOf).isEqualTo(EnrollmentProblem.CARD_REJECTED);
    }

    @Test
    void saysOfflineWhenTheCloudCannotBeReached() throws Exception {
        try (CloudClient client = unreachable()) {
            assertThatThrownBy(() -> new CloudCardTokenizer(client, Currency.getInstance("USD"))
                    .tokenize(new CardEntry("4242424242424242", 12, 2031, "123")))
                    .hasMessageContaining("online").extracting(CloudAdaptersTest::problemOf)
                    .isEqualTo(EnrollmentProblem.OFFLINE);
            assertThatThrownBy(() -> new CloudPreEnrollments(client, () -> { }).complete("ABCD2345", new byte[] {1}))
                    .extracting(CloudAdaptersTest::problemOf).isEqualTo(EnrollmentProblem.OFFLINE);
        }
    }

    @Test
    void completesAPreEnrollmentThenPullsProfiles() {
        AtomicInteger pulls = new AtomicInteger();
        PreEnrollments.Completed done = new CloudPreEnrollments(cloud.client(), pulls::incrementAndGet)
                .complete(preEnroll(), new byte[] {4, 2});
        assertThat(done.customerId()).isNotBlank();
        assertThat(done.loyaltyId()).startsWith("L-");
        assertThat(pulls).hasValue(1);
    }

    @Test
    void aRetriedCompletionGetsTheFirstAnswerButANewScanOfAUsedCodeIsRefused() {
        CloudPreEnrollments pre = new CloudPreEnrollments(cloud.client(), () -> { });
        String code = preEnroll();
        PreEnrollments.Completed first = pre.complete(code, new byte[] {5});
        assertThat(pre.complete(code, new byte[] {5})).isEqualTo(first);
        assertThatThrownBy(() -> pre.complete(code, new byte[] {6})).hasMessageContaining("already used")
                .extracting(CloudAdaptersTest::problemOf).isEqualTo(EnrollmentProblem.CODE_USED);
    }

    @Test
    void refusesAnUnknownCode() {
        assertThatThrownBy(() -> new CloudPreEnrollments(cloud.client(), () -> { }).complete("ZZZZ9999", new byte[] {1}))
                .hasMessageContaining("ZZZZ9999").extracting(CloudAdaptersTest::problemOf)
                .isEqualTo(EnrollmentProblem.UNKNOWN_CODE);
    }

    @Test
    void refusesAnExpiredCode() {
        String code = preEnroll();
        cloud.emulator().faults().skewClock(Duration.ofDays(8));
        try {
            assertThatThrownBy(() -> new CloudPreEnrollments(cloud.client(), () -> { }).complete(code, new byte[] {1}))
                    .hasMessageContaining("expired").extracting(CloudAdaptersTest::problemOf)
                    .isEqualTo(EnrollmentProblem.CODE_EXPIRED);
        } finally {
            cloud.emulator().faults().skewClock(Duration.ZERO);
        }
    }

    @Test
    void checksACodeBeforeTheCaptureWithoutUsingIt() {
        CloudPreEnrollments pre = new CloudPreEnrollments(cloud.client(), () -> { });
        String code = preEnroll();

        pre.check(code);
        pre.complete(code, new byte[] {7});

        assertThatThrownBy(() -> pre.check(code)).hasMessageContaining("already used")
                .extracting(CloudAdaptersTest::problemOf).isEqualTo(EnrollmentProblem.CODE_USED);
        assertThatThrownBy(() -> pre.check("ZZZZ8888")).extracting(CloudAdaptersTest::problemOf)
                .isEqualTo(EnrollmentProblem.UNKNOWN_CODE);
    }
}
