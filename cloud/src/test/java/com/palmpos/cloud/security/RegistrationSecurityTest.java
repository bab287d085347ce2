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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Activation codes and registration: case-exact, one-time, expiring, rate limited, never replayed to a client. */
class RegistrationSecurityTest {
    @TempDir
    Path dir;
    private CloudEmulator cloud;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        cloud = TestClouds.start(dir.resolve("cloud"));
    }

    @AfterEach
    void stop() {
        cloud.close(Duration.ZERO);
    }

    @Test
    void activationCodeIsCaseExact() throws Exception {
        assertThat(register("demo-0001", key()).statusCode()).isEqualTo(404);
        assertThat(register("DEMO-0001 ", key()).statusCode()).isEqualTo(404);
        assertThat(register("DEMO-0001", key()).statusCode()).isEqualTo(201);
    }

    @Test
    void issuedCodeRegistersOneTerminalOnly() throws Exception {
        String code = cloud.issueActivationCode("demo-store", Duration.ofHours(1));
        assertThat(register(code, key()).statusCode()).isEqualTo(201);
        HttpResponse<String> second = register(code, key());
        assertThat(second.statusCode()).isEqualTo(404);
        assertThat(second.body()).contains("unknown, used or expired").doesNotContain(code);
    }

    @Test
    void issuedCodeExpires() throws Exception {
        String code = cloud.issueActivationCode("demo-store", Duration.ZERO);
        assertThat(register(code, key()).statusCode()).isEqualTo(404);
    }

    @Test
    void wrongCodesFromOneAddressAreRateLimitedEvenForTheRightCodeAfterwards() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(register("GUESS-" + i, key()).statusCode()).isEqualTo(404);
        }
        assertThat(register("GUESS-11", key()).statusCode()).isEqualTo(429);
        HttpResponse<String> right = register("DEMO-0001", key());
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.body()).contains("too many wrong activation codes").doesNotContain("token");
    }

    @Test
    void aReplayedRegistrationNeverHandsOutTheTokenAgain() throws Exception {
        String key = key();
        HttpResponse<String> first = register("DEMO-0001", key);
        assertThat(first.statusCode()).isEqualTo(201);
        String token = first.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(token).isNotBlank().isNotEqualTo(first.body());

        HttpResponse<String> replay = register("DEMO-0001", key);
        assertThat(replay.statusCode()).isEqualTo(409);
        assertThat(replay.body()).doesNotContain(token).contains("handed out once");
    }

    private HttpResponse<String> register(String code, String key) throws Exception {
        String body = "{\"activationCode\":\"" + code + "\",\"terminalName\":\"till\"}";
        return http.send(HttpRequest.newBuilder(cloud.url().resolve("/v1/terminals"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
