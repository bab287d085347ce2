package com.palmpos.sync.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.pos.money.Money;
import com.palmpos.pos.payment.AuthorizationResult;
import com.palmpos.pos.payment.PaymentGateway.AuthorizationRequest;
import com.palmpos.sync.api.CardTokenizeRequest;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.sync.support.CloudFixture;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudPaymentGatewayTest {
    private static final Currency USD = Currency.getInstance("USD");

    @TempDir
    static Path dir;
    static CloudFixture cloud;
    static CloudPaymentGateway gateway;

    @BeforeAll
    static void start() {
        cloud = CloudFixture.start(dir);
        gateway = new CloudPaymentGateway(cloud.client());
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    private static AuthorizationRequest request(String token) {
        return new AuthorizationRequest(UUID.randomUUID().toString(), "ord-" + UUID.randomUUID(), "demo-store", "t1",
                token, Money.ofMinor(1250, USD), Money.ofMinor(100, USD));
    }

    private static String token(String pan) {
        return cloud.client().tokenizeCard(new CardTokenizeRequest(pan, 12, 2030), UUID.randomUUID().toString()).token();
    }

    @Test
    void approvesTheTestVisaAndCapturesIt() {
        AuthorizationRequest request = request(token("4242424242424242"));
        AuthorizationResult result = gateway.authorize(request);

        assertThat(result).isInstanceOf(AuthorizationResult.Approved.class);
        String code = ((AuthorizationResult.Approved) result).authorizationCode();
        assertThat(gateway.capture(request.paymentId(), code, Money.ofMinor(1350, USD)))
                .isInstanceOf(AuthorizationResult.Approved.class);
    }

    @Test
    void retryingWithTheSamePaymentIdGivesTheSameAuthorization() {
        AuthorizationRequest request = request(token("4242424242424242"));
        assertThat(gateway.authorize(request)).isEqualTo(gateway.authorize(request));
    }

    @Test
    void declinesTheDecliningTestCardWithItsReason() {
        assertThat(gateway.authorize(request(token("4000000000000002"))))
                .isEqualTo(new AuthorizationResult.Declined("card_declined"));
    }

    @Test
    void declinesAnUnknownCardToken() {
        assertThat(gateway.authorize(request("tok_nobody_issued"))).isInstanceOfSatisfying(
                AuthorizationResult.Declined.class, d -> assertThat(d.reason()).contains("tokenize the card first"));
    }

    @Test
    void answersUnreachableWhenTheCloudCannotBeReached() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (CloudClient dead = new CloudClient(SyncSettings.defaults(URI.create("http://127.0.0.1:" + port))
                .withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1)), Optional::empty)) {
            assertThat(new CloudPaymentGateway(dead).authorize(request("tok_any")))
                    .isInstanceOfSatisfying(AuthorizationResult.Unreachable.class,
                            u -> assertThat(u.reason()).contains("cannot reach the cloud"));
        }
    }
}
