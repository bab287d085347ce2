package com.palmpos.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.sync.api.CardTokenizeRequest;
import com.palmpos.sync.api.IdentifyResult;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a scripted server: HTTP responses are an input boundary. */
class CloudClientBoundaryTest {
    private static final String HEALTH = "{\"status\":\"UP\",\"version\":\"1\",\"time\":\"2026-11-25T12:00:00Z\"}";

    private final MockWebServer server = new MockWebServer();
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private CloudClient client;

    @BeforeEach
    void start() throws Exception {
        server.start(0);
        client = client(SyncSettings.defaults(URI.create(server.url("/").toString())).withRetries(3,
                Duration.ofMillis(100), Duration.ofSeconds(1)));
    }

    private CloudClient client(SyncSettings settings) {
        return new CloudClient(settings, () -> Optional.of("secret-token"), Clock.systemUTC(), sleeps::add, log::add);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void sendsUserAgentTokenAndOneKeyAcrossRetries() throws Exception {
        server.enqueue(json(500, "{}"));
        server.enqueue(json(201, "{\"matched\":false}"));
        IdentifyResult result = client.identify(new byte[] {1}, "key-1");
        assertThat(result.matched()).isFalse();
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer secret-token");
        assertThat(first.getHeaders().get("User-Agent")).startsWith("PalmPOS/");
        assertThat(first.getHeaders().get("Idempotency-Key")).isEqualTo("key-1");
        assertThat(second.getHeaders().get("Idempotency-Key")).isEqualTo("key-1");
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void givesAnUnkeyedPostAFreshKeyThatItsRetriesKeep() throws Exception {
        server.enqueue(json(503, "{}"));
        server.enqueue(json(201, "{\"matched\":false}"));
        client.identify(new byte[] {1}, null);
        String key = server.takeRequest().getHeaders().get("Idempotency-Key");
        assertThat(key).isNotBlank();
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(key);
    }

    @Test
    void honoursRetryAfterWithinTheCap() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").build());
        server.enqueue(json(200, HEALTH));
        client.health();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void leavesALongerRetryAfterToTheCaller() {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "120")
                .setHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"x\",\"title\":\"Down\",\"status\":503,\"detail\":\"maintenance\"}").build());
        assertThatThrownBy(() -> client.health()).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.kind()).isEqualTo(CloudException.Kind.UNAVAILABLE);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
            assertThat(e.getMessage()).contains("maintenance");
        });
        assertThat(sleeps).isEmpty();
    }

    @Test
    void givesUpAfterMaxAttemptsWithARetryableError() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(500, "{}"));
        }
        assertThatThrownBy(() -> client.health())
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void doesNotRetryAClientError() {
        server.enqueue(new MockResponse.Builder().code(422).setHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"t\",\"title\":\"Bad\",\"status\":422,\"detail\":\"card number invalid\",\"code\":\"invalid-card-number\"}")
                .build());
        assertThatThrownBy(() -> client.tokenizeCard(new CardTokenizeRequest("4242424242424241", 1, 2030), null))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CloudException.Kind.REJECTED);
                    assertThat(e.problem().orElseThrow().code()).isEqualTo("invalid-card-number");
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void refusesMalformedJson() {
        server.enqueue(json(200, "{\"status\":\"UP\","));
        assertThatThrownBy(() -> client.health()).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.kind()).isEqualTo(CloudException.Kind.PROTOCOL);
            assertThat(e.getMessage()).contains("malformed JSON").contains("/v1/health");
        });
    }

    @Test
    void refusesAnHtmlPageFromACaptivePortal() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html").body("<html>login</html>").build());
        assertThatThrownBy(() -> client.health()).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.kind()).isEqualTo(CloudException.Kind.PROTOCOL);
            assertThat(e.getMessage()).contains("text/html");
        });
    }

    @Test
    void refusesAnOversizedBodyWithoutRetrying() {
        client.close();
        client = client(SyncSettings.defaults(URI.create(server.url("/").toString())).withMaxResponseBytes(4096));
        server.enqueue(json(200, "{\"status\":\"" + "x".repeat(10_000) + "\"}"));
        assertThatThrownBy(() -> client.health()).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.kind()).isEqualTo(CloudException.Kind.PROTOCOL);
            assertThat(e.getMessage()).contains("larger than 4096 bytes");
        });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anUnreadableErrorBodyStillReportsTheStatus() {
        server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "text/plain").body("nope").build());
        assertThatThrownBy(() -> client.menu("demo-store")).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.problem()).isEmpty();
            assertThat(e.getMessage()).contains("HTTP 404");
        });
    }

    @Test
    void logsNeitherTokenNorCardNumberNorTemplate() {
        server.enqueue(json(201, "{\"token\":\"tok\",\"brand\":\"VISA\",\"last4\":\"4242\",\"expMonth\":1,\"expYear\":2030}"));
        server.enqueue(json(200, "{\"matched\":false}"));
        client.tokenizeCard(new CardTokenizeRequest("4242424242424242", 1, 2030), "k1");
        byte[] template = new byte[] {42, 43, 44, 45, 46, 47};
        client.identify(template, "k2");
        assertThat(log).hasSize(2);
        assertThat(String.join("\n", log)).doesNotContain("secret-token").doesNotContain("4242424242424242")
                .doesNotContain(Base64.getEncoder().encodeToString(template)).contains("POST /v1/cards/tokens");
    }
}
