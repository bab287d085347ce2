package com.palmpos.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.sync.api.AuthorizeRequest;
import com.palmpos.sync.api.CardTokenizeRequest;
import com.palmpos.sync.api.IdentifyResult;
import com.palmpos.sync.api.Payment;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.sync.support.CloudFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorIdentifyTest {
    /** Scores by the share of equal bytes: enough to exercise the port without the scanner. */
    static final TemplateMatcher SAME_BYTES = new TemplateMatcher() {
        @Override
        public double score(byte[] probe, byte[] candidate) {
            int n = Math.min(probe.length, candidate.length);
            int same = 0;
            for (int i = 0; i < n; i++) {
                same += probe[i] == candidate[i] ? 1 : 0;
            }
            return (double) same / Math.max(probe.length, candidate.length);
        }

        @Override
        public double threshold() {
            return 0.75;
        }
    };

    @Test
    void identifiesASeededDemoCustomerThroughTheWiredMatcher(@TempDir Path dir) {
        try (CloudEmulator emulator = TestClouds.start(0, dir, SAME_BYTES, Clock.systemUTC())) {
            emulator.seedPalmTemplates("cus-demo-alice", List.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
            emulator.seedPalmTemplates("cus-demo-bruno", List.of(new byte[] {9, 9, 9, 9, 9, 9, 9, 9}));
            AtomicReference<String> token = new AtomicReference<>();
            try (CloudClient client = new CloudClient(SyncSettings.defaults(emulator.url()), () -> Optional.ofNullable(token.get()))) {
                token.set(client.register(new RegisterTerminalRequest("DEMO-0001", "till"), UUID.randomUUID().toString()).token());
                IdentifyResult alice = client.identify(new byte[] {1, 2, 3, 4, 5, 6, 0, 8}, UUID.randomUUID().toString());
                assertThat(alice.matched()).isTrue();
                assertThat(alice.customerId()).isEqualTo("cus-demo-alice");
                assertThat(alice.score()).isEqualTo(0.875);
                byte[] stranger = new byte[8];
                Arrays.fill(stranger, (byte) 4);
                assertThat(client.identify(stranger, UUID.randomUUID().toString()).matched()).isFalse();
            }
            assertThatThrownBy(() -> emulator.seedPalmTemplates("cus-nobody", List.of(new byte[] {1})))
                    .hasMessageContaining("cus-nobody");
        }
    }

    @Test
    void aSlowAuthorizationThatTimesOutIsAnsweredOnceByRepeatingItsKey(@TempDir Path dir) {
        try (CloudFixture cloud = CloudFixture.start(dir)) {
            SyncSettings impatient = CloudFixture.fastSettings(cloud.emulator()).withRetries(1,
                    Duration.ofMillis(10), Duration.ofMillis(10));
            try (CloudClient client = new CloudClient(impatient, () -> Optional.of(cloud.registration().token()))) {
                String card = client.tokenizeCard(new CardTokenizeRequest(TestCard.SLOW.pan(), 1, 2031),
                        UUID.randomUUID().toString()).token();
                AuthorizeRequest request = new AuthorizeRequest("ord-slow", 990, "EUR", card);
                assertThatThrownBy(() -> client.authorize(request, "auth-slow"))
                        .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.retryable()).isTrue());
                // the repeat waits for the first attempt under the same key, then gets its result
                Payment first = cloud.client().authorize(request, "auth-slow");
                Payment again = cloud.client().authorize(request, "auth-slow");
                assertThat(first.status()).isEqualTo(Payment.AUTHORIZED);
                assertThat(again.paymentId()).isEqualTo(first.paymentId());
            }
        }
    }
}
