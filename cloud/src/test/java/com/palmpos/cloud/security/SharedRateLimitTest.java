package com.palmpos.cloud.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.cloud.CloudEmulator;
import com.palmpos.cloud.TestClouds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The activation rate limit lives in the database: on PostgreSQL two instances sharing it count one address's wrong
 * codes together; on H2 (one instance per file) the count survives a restart.
 */
class SharedRateLimitTest {
    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void wrongCodesCountTogetherAcrossInstancesAndRestarts() throws Exception {
        CloudEmulator first = TestClouds.start(dir.resolve("cloud"));
        CloudEmulator second = null;
        try {
            for (int i = 0; i < 5; i++) {
                assertThat(register(first, "GUESS-A" + i)).isEqualTo(404);
            }
            if (TestClouds.POSTGRES) {
                second = TestClouds.start(dir.resolve("cloud")); // the same database, a second process's view
            } else {
                first.close(Duration.ZERO);
                first = TestClouds.start(dir.resolve("cloud"));
                second = first;
            }
            for (int i = 0; i < 5; i++) {
                assertThat(register(second, "GUESS-B" + i)).isEqualTo(404);
            }
            assertThat(register(first, "DEMO-0001")).isEqualTo(429);
            assertThat(register(second, "DEMO-0001")).isEqualTo(429);
        } finally {
            first.close(Duration.ZERO);
            if (second != null) {
                second.close(Duration.ZERO);
            }
        }
    }

    @Test
    void nineWrongCodesStillLetTheRightOneIn() throws Exception {
        try (CloudEmulator cloud = TestClouds.start(dir.resolve("cloud"))) {
            for (int i = 0; i < 9; i++) {
                assertThat(register(cloud, "GUESS-" + i)).isEqualTo(404);
            }
            assertThat(register(cloud, "DEMO-0001")).isEqualTo(201);
        }
    }

    private int register(CloudEmulator cloud, String code) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cloud.url() + "/v1/terminals"))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"activationCode\":\"" + code + "\",\"terminalName\":\"till\"}")).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
