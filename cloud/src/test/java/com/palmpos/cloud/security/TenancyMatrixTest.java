package com.palmpos.cloud.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.cloud.CloudEmulator;
import com.palmpos.cloud.TemplateMatcher;
import com.palmpos.cloud.TestClouds;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every endpoint called with the token of a terminal of another store of the same chain, and of another chain:
 * 403/404 (or an empty answer for lists), and the owner store's data is byte for byte what it was.
 */
class TenancyMatrixTest {
    private static final byte[] ALICE_PALM = {1, 2, 3, 4, 5, 6, 7, 8};
    private static final TemplateMatcher SAME_BYTES = new TemplateMatcher() {
        @Override
        public double score(byte[] probe, byte[] candidate) {
            return java.util.Arrays.equals(probe, candidate) ? 1.0 : 0.0;
        }

        @Override
        public double threshold() {
            return 1.0;
        }
    };

    enum Attacker {
        OTHER_STORE_SAME_CHAIN("demo-chain", "store-b"),
        OTHER_CHAIN("chain-2", "store-c");

        final String chain;
        final String store;

        Attacker(String chain, String store) {
            this.chain = chain;
            this.store = store;
        }
    }

    @TempDir
    Path dir;
    private CloudEmulator cloud;
    private final HttpClient http = HttpClient.newHttpClient();
    private String owner;
    private String paymentId;
    private String preEnrollmentCode;

    @BeforeEach
    void start() throws Exception {
        cloud = TestClouds.start(0, dir.resolve("cloud"), SAME_BYTES, Clock.systemUTC());
        cloud.seedPalmTemplates("cus-demo-alice", List.of(ALICE_PALM));
        owner = register("DEMO-0001");
        paymentId = field(call(owner, "POST", "/v1/payments/authorizations",
                "{\"orderId\":\"o-owner\",\"amountMinor\":1250,\"currency\":\"USD\",\"cardToken\":\"tok_demo_alice\"}"), "paymentId");
        assertThat(call(owner, "POST", "/v1/orders/batches", orderBatch("o-owner-1", null)).body()).contains("ACCEPTED");
        preEnrollmentCode = field(call(owner, "POST", "/v1/pre-enrollments", "{\"displayName\":\"Dana\","
                + "\"consent\":{\"policyVersion\":\"v1\",\"grantedAt\":\"2026-12-01T10:00:00Z\",\"channel\":\"web\"}}"), "code");
    }

    @AfterEach
    void stop() {
        cloud.close(Duration.ZERO);
    }

    @ParameterizedTest
    @EnumSource(Attacker.class)
    void anotherTenantGetsNothingAndChangesNothingOnEveryEndpoint(Attacker attacker) throws Exception {
        cloud.openStore(attacker.chain, attacker.store);
        String intruder = register(cloud.issueActivationCode(attacker.store, Duration.ofHours(1)));
        String ownerView = ownerView();
        Map<String, Long> payments = cloud.paymentStatusCounts();

        // reads
        assertThat(call(intruder, "GET", "/v1/customers/changes?limit=500", null).body())
                .as("customer delta feed").doesNotContain("cus-demo-alice").doesNotContain("L-1001").doesNotContain("tok_demo_alice");
        assertThat(call(intruder, "GET", "/v1/stores/demo-store/orders", null).statusCode()).as("order list").isEqualTo(403);
        assertThat(call(intruder, "GET", "/v1/stores/demo-store/menu", null).statusCode()).as("menu").isEqualTo(403);
        assertThat(call(intruder, "GET", "/v1/stores/demo-store/settings", null).statusCode()).as("settings").isEqualTo(403);
        assertThat(call(intruder, "GET", "/v1/pre-enrollments/" + preEnrollmentCode, null).statusCode())
                .as("pre-enrollment look-up").isIn(attacker == Attacker.OTHER_CHAIN ? List.of(404) : List.of(200));
        if (attacker == Attacker.OTHER_CHAIN) {
            // within a chain, identification may find the customer (and then shares the profile): not a leak
            assertThat(call(intruder, "POST", "/v1/palm/identify", "{\"template\":\""
                    + java.util.Base64.getEncoder().encodeToString(ALICE_PALM) + "\"}").body())
                    .as("identification across chains").doesNotContain("cus-demo-alice");
        }

        // writes on the owner's customers, cards, payments and orders
        assertThat(call(intruder, "POST", "/v1/customers/cus-demo-bruno/loyalty-link", "{\"loyaltyNumber\":\"L-EVIL\"}")
                .statusCode()).as("loyalty link").isEqualTo(404);
        assertThat(call(intruder, "POST", "/v1/customers/cus-demo-bruno/consents", "{\"decision\":\"WITHDRAWN\","
                + "\"policyVersion\":\"v1\",\"decidedAt\":\"2026-12-01T10:00:00Z\",\"channel\":\"counter\"}")
                .statusCode()).as("consent withdrawal").isEqualTo(404);
        assertThat(call(intruder, "POST", "/v1/privacy-requests", "{\"customerId\":\"cus-demo-chen\",\"scope\":\"PROFILE\"}")
                .statusCode()).as("erasure").isEqualTo(404);
        assertThat(call(intruder, "POST", "/v1/payments/" + paymentId + "/capture", "{\"amountMinor\":1250}")
                .statusCode()).as("capture").isEqualTo(404);
        assertThat(call(intruder, "POST", "/v1/payments/" + paymentId + "/void", "{}").statusCode()).as("void").isEqualTo(404);
        assertThat(call(intruder, "POST", "/v1/orders/batches", orderBatch("o-owner-1", null)).body())
                .as("overwriting the owner's order").contains("REJECTED").doesNotContain("ACCEPTED");
        if (attacker == Attacker.OTHER_CHAIN) {
            assertThat(call(intruder, "POST", "/v1/payments/authorizations", "{\"orderId\":\"o-x\",\"amountMinor\":99999,"
                    + "\"currency\":\"USD\",\"cardToken\":\"tok_demo_alice\"}").statusCode()).as("charging Alice's card").isEqualTo(404);
            assertThat(call(intruder, "POST", "/v1/enrollments", "{\"displayName\":\"Eve\",\"consent\":{\"policyVersion\":\"v1\","
                    + "\"grantedAt\":\"2026-12-01T10:00:00Z\",\"channel\":\"counter\"},\"palmTemplates\":[\"AQI=\"],"
                    + "\"cardToken\":\"tok_demo_alice\"}").statusCode()).as("enrolling with Alice's card").isEqualTo(404);
            assertThat(call(intruder, "POST", "/v1/pre-enrollments/" + preEnrollmentCode + "/completion",
                    "{\"palmTemplates\":[\"AQI=\"]}").statusCode()).as("completing the owner's pre-enrollment").isEqualTo(404);
            assertThat(call(intruder, "POST", "/v1/orders/batches", orderBatch("o-evil", "cus-demo-alice")
                    .replace("demo-store", attacker.store)).body()).as("points to another chain's customer").contains("REJECTED");
        }

        assertThat(ownerView()).as("the owner's customers, orders and pre-enrollment").isEqualTo(ownerView);
        assertThat(cloud.paymentStatusCounts()).as("payments").isEqualTo(payments);
    }

    private String ownerView() throws Exception {
        return call(owner, "GET", "/v1/customers/changes?limit=500", null).body()
                + call(owner, "GET", "/v1/stores/demo-store/orders", null).body()
                + call(owner, "GET", "/v1/pre-enrollments/" + preEnrollmentCode, null).body();
    }

    private static String orderBatch(String orderId, String customerId) {
        return "{\"orders\":[{\"orderId\":\"" + orderId + "\",\"storeId\":\"demo-store\",\"terminalId\":\"t1\","
                + "\"createdAt\":\"2026-12-01T10:00:00Z\",\"currency\":\"USD\",\"lines\":[{\"sku\":\"s1\",\"name\":\"Soup\","
                + "\"quantity\":1,\"unitPriceMinor\":500,\"totalMinor\":500}],\"subtotalMinor\":500,\"taxMinor\":0,"
                + "\"totalMinor\":500,\"tenders\":[{\"type\":\"CASH\",\"amountMinor\":500}],"
                + (customerId == null ? "" : "\"customerId\":\"" + customerId + "\",")
                + "\"loyaltyPointsEarned\":0,\"loyaltyPointsRedeemed\":0,\"status\":\"PAID\",\"revision\":1,"
                + "\"tipMinor\":0,\"refundedMinor\":0,\"paymentDueMinor\":0}]}";
    }

    private String register(String code) throws Exception {
        HttpResponse<String> response = call(null, "POST", "/v1/terminals",
                "{\"activationCode\":\"" + code + "\",\"terminalName\":\"till\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return field(response, "token");
    }

    private static String field(HttpResponse<String> response, String name) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response.body().replaceAll(".*\"" + name + "\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> call(String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(cloud.url().resolve(path));
        if (body == null) {
            request.GET();
        } else {
            request.POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
