package com.palmpos.cloud.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.cloud.CloudEmulator;
import com.palmpos.cloud.TestClouds;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loose input is refused with a 422 naming the field (never a 500, never the value or SQL echoed): strings for
 * numbers, fractions for integers, amounts out of range, texts longer than their column.
 */
class StrictInputTest {
    private static final String MARK = "ZQXMARK";

    @TempDir
    Path dir;
    private CloudEmulator cloud;
    private String token;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        cloud = TestClouds.start(dir.resolve("cloud"));
        HttpResponse<String> registered = post("/v1/terminals", "{\"activationCode\":\"DEMO-0001\",\"terminalName\":\"till\"}");
        token = registered.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    @AfterEach
    void stop() {
        cloud.close(Duration.ZERO);
    }

    static Stream<Arguments> looseBodies() {
        String longText = MARK + "x".repeat(300);
        return Stream.of(
                Arguments.of("/v1/payments/authorizations",
                        "{\"orderId\":\"o1\",\"amountMinor\":\"500\",\"currency\":\"USD\",\"cardToken\":\"tok_x\"}", "amountMinor"),
                Arguments.of("/v1/payments/authorizations",
                        "{\"orderId\":\"o1\",\"amountMinor\":1.5,\"currency\":\"USD\",\"cardToken\":\"tok_x\"}", "amountMinor"),
                Arguments.of("/v1/payments/authorizations",
                        "{\"orderId\":\"o1\",\"amountMinor\":" + Long.MAX_VALUE + ",\"currency\":\"USD\",\"cardToken\":\"tok_x\"}", "amountMinor"),
                Arguments.of("/v1/payments/authorizations",
                        "{\"orderId\":\"" + longText + "\",\"amountMinor\":500,\"currency\":\"USD\",\"cardToken\":\"tok_x\"}", "orderId"),
                Arguments.of("/v1/payments/authorizations",
                        "{\"orderId\":\"o1\",\"amountMinor\":500,\"currency\":\"usd" + MARK + "\",\"cardToken\":\"tok_x\"}", "currency"),
                Arguments.of("/v1/pre-enrollments",
                        "{\"displayName\":\"Ann\",\"email\":\"" + longText + "@example.com\",\"phone\":null,"
                                + "\"consent\":{\"policyVersion\":\"v1\",\"grantedAt\":\"2026-12-01T10:00:00Z\",\"channel\":\"counter\"}}", "email"),
                Arguments.of("/v1/pre-enrollments",
                        "{\"displayName\":\"Ann\",\"email\":null,\"phone\":\"" + longText + "\","
                                + "\"consent\":{\"policyVersion\":\"v1\",\"grantedAt\":\"2026-12-01T10:00:00Z\",\"channel\":\"counter\"}}", "phone"),
                Arguments.of("/v1/pre-enrollments",
                        "{\"displayName\":42,\"email\":null,\"phone\":null,"
                                + "\"consent\":{\"policyVersion\":\"v1\",\"grantedAt\":\"2026-12-01T10:00:00Z\",\"channel\":\"counter\"}}", "displayName"),
                Arguments.of("/v1/orders/batches",
                        "{\"orders\":[{\"orderId\":\"" + longText + "\",\"storeId\":\"demo-store\",\"terminalId\":\"t\","
                                + "\"createdAt\":\"2026-12-01T10:00:00Z\",\"currency\":\"USD\",\"lines\":[],\"subtotalMinor\":0,"
                                + "\"taxMinor\":0,\"totalMinor\":0,\"tenders\":[],\"loyaltyPointsEarned\":0,"
                                + "\"loyaltyPointsRedeemed\":0,\"status\":\"PAID\",\"tipMinor\":0,\"refundedMinor\":0,\"paymentDueMinor\":0}]}", "orders[0].orderId"),
                Arguments.of("/v1/payments/authorizations",
                        "{\"orderId\":\"o1\",\"currency\":\"USD\",\"cardToken\":\"tok_x\"}", "amountMinor is required"));
    }

    @ParameterizedTest
    @MethodSource("looseBodies")
    void looseInputIsAProblemNamingTheField(String path, String body, String field) throws Exception {
        HttpResponse<String> response = post(path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains(field).doesNotContain(MARK).doesNotContainIgnoringCase("sql")
                .doesNotContain("500\"").doesNotContain(String.valueOf(Long.MAX_VALUE));
    }

    @Test
    void malformedJsonIsABadRequestWithoutTheInput() throws Exception {
        HttpResponse<String> response = post("/v1/payments/authorizations", "{\"orderId\": " + MARK + "}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not valid JSON").doesNotContain(MARK);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(cloud.url().resolve(path))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
