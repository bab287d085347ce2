package com.palmpos.cloud.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.palmpos.cloud.CloudEmulator;
import com.palmpos.cloud.TestClouds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The HTTP server around the API, over real HTTP: probes, problems for unknown routes, body cap, access log, stop. */
class HttpServerTest {
    private static final String REGISTER = "{\"activationCode\":\"DEMO-0001\",\"terminalName\":\"till\"}";

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
    void healthAndReadinessAnswerForLoadBalancers() throws Exception {
        assertThat(get("/health").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get("/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("READY");
    }

    @Test
    void unknownPathIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = get("/v1/nothing-here");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404");
    }

    @Test
    void wrongMethodIsAMethodNotAllowedProblem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(cloud.url().resolve("/v1/health"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Idempotency-Key", "k").build());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("\"status\":405");
    }

    @Test
    void oversizedBodyIsRefusedBeforeAuthentication() throws Exception {
        // only the head is sent: the refusal must come from the declared length alone, before any body is read (a
        // client that goes on writing 2 MB races the server's close, so the head alone is the deterministic case)
        try (java.net.Socket socket = new java.net.Socket(cloud.url().getHost(), cloud.url().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /v1/orders/batches HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nIdempotency-Key: " + UUID.randomUUID() + "\r\n"
                    + "Content-Length: " + (2 * 1024 * 1024) + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(in.readLine()).startsWith("HTTP/1.1 413");
            int length = -1;
            for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring("content-length:".length()).strip());
                }
            }
            assertThat(length).as("a problem body with a declared length").isPositive();
            char[] body = new char[length];
            int read = 0;
            while (read < length) {
                int n = in.read(body, read, length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            assertThat(new String(body, 0, read)).contains("limited to").doesNotContain("Unauthorized");
        }
    }

    @Test
    void oversizedChunkedBodyIsRefusedBeforeAuthentication() throws Exception {
        // one byte over the limit: the server has read the whole body when it refuses, so its close cannot cut off a
        // client that is still writing
        byte[] big = new byte[1024 * 1024 + 1];
        HttpResponse<String> chunked = send(post("/v1/orders/batches",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertThat(chunked.statusCode()).isEqualTo(413);
    }

    @Test
    void everyRequestLeavesOneStructuredAccessLineWithoutTheToken() throws Exception {
        Logger access = (Logger) LoggerFactory.getLogger("com.palmpos.cloud.access");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        access.addAppender(appender);
        try {
            send(HttpRequest.newBuilder(cloud.url().resolve("/v1/stores/demo-store/menu"))
                    .header("Authorization", "Bearer secret-token-123").GET().build());
            await().atMost(Duration.ofSeconds(5)).until(() -> !appender.list.isEmpty());
            ILoggingEvent line = appender.list.get(0);
            Map<String, Object> fields = line.getKeyValuePairs().stream()
                    .collect(Collectors.toMap(kv -> kv.key, kv -> kv.value));
            assertThat(fields).containsEntry("method", "GET").containsEntry("path", "/v1/stores/demo-store/menu")
                    .containsEntry("status", 401).containsKeys("ms", "terminal", "remote");
            assertThat(line.getFormattedMessage() + fields).doesNotContain("secret-token-123");
        } finally {
            access.detachAppender(appender);
        }
    }

    @Test
    void gracefulStopLetsTheRequestInFlightFinishAndTurnsNewOnesAway() throws Exception {
        cloud.faults().commitThenDelayNext(1, Duration.ofSeconds(2));
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
                post("/v1/terminals", HttpRequest.BodyPublishers.ofString(REGISTER)), HttpResponse.BodyHandlers.ofString());
        await().atMost(Duration.ofSeconds(10)).until(() -> cloud.faults().pending() == 0);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> cloud.close(Duration.ofSeconds(10)));
        await().atMost(Duration.ofSeconds(10)).until(() -> get("/ready").statusCode() == 503);
        assertThat(get("/v1/health").statusCode()).isEqualTo(503);
        assertThat(slow.get().statusCode()).isEqualTo(201);
        stopping.get();
    }

    private HttpRequest post(String path, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(cloud.url().resolve(path)).POST(body)
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString()).build();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(cloud.url().resolve(path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
