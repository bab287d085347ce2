package com.palmpos.sync.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.cloud.CloudEmulator;
import com.palmpos.cloud.TestClouds;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.api.TerminalRegistration;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import com.palmpos.sync.support.CloudFixture;
import com.palmpos.sync.support.Terminal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Token rotation over real HTTP: the terminal's client follows it, the old token overlaps, revocation ends both. */
class TokenRotationTest {
    @TempDir
    Path dir;
    private CloudEmulator cloud;
    private Terminal terminal;
    private SyncStateStore state;
    private CloudClient client;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        cloud = TestClouds.start(dir.resolve("cloud"));
        terminal = new Terminal(dir.resolve("terminal"), Clock.systemUTC());
        state = new SyncStateStore(terminal.database(), Clock.systemUTC());
        client = new CloudClient(CloudFixture.fastSettings(cloud), state::token);
        state.saveRegistration(client.register(new RegisterTerminalRequest("DEMO-0001", "till 1"),
                UUID.randomUUID().toString()));
    }

    @AfterEach
    void stop() {
        client.close();
        terminal.close();
        cloud.close(Duration.ZERO);
    }

    @Test
    void clientUsesTheRotatedTokenFromTheNextCall() throws Exception {
        String before = state.token().orElseThrow();
        new TokenRotation(client, state, Clock.systemUTC(), Duration.ofDays(30)).rotateNow();

        String after = state.token().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(client.menu("demo-store").storeId()).isEqualTo("demo-store");
        assertThat(get(after, "/v1/stores/demo-store/menu")).isEqualTo(200);
    }

    @Test
    void oldTokenKeepsWorkingDuringTheOverlapAndNotAfter() throws Exception {
        String old = state.token().orElseThrow();
        new TokenRotation(client, state, Clock.systemUTC(), Duration.ofDays(30)).rotateNow();
        assertThat(get(old, "/v1/stores/demo-store/menu")).isEqualTo(200);

        cloud.faults().skewClock(Duration.ofDays(8));
        assertThat(get(old, "/v1/stores/demo-store/menu")).isEqualTo(401);
        assertThat(get(state.token().orElseThrow(), "/v1/stores/demo-store/menu")).isEqualTo(200);
    }

    @Test
    void aLostRotationAnswerDoesNotLockTheTerminalOut() throws Exception {
        String kept = state.token().orElseThrow();
        // the rotation happens in the cloud, but the terminal never saves the answer (crash, cut connection)
        client.rotateToken(UUID.randomUUID().toString());
        assertThat(state.token()).contains(kept);

        assertThat(client.menu("demo-store").storeId()).isEqualTo("demo-store");
        new TokenRotation(client, state, Clock.systemUTC(), Duration.ofDays(30)).rotateNow();
        assertThat(state.token()).isNotEqualTo(Optional.of(kept));
        assertThat(client.menu("demo-store").storeId()).isEqualTo("demo-store");
    }

    @Test
    void rotatesOnlyWhenTheTokenIsOlderThanTheMaximumAge() {
        String before = state.token().orElseThrow();
        assertThat(new TokenRotation(client, state, Clock.systemUTC(), Duration.ofDays(30)).rotateIfDue()).isFalse();
        assertThat(state.token()).contains(before);

        Clock monthLater = Clock.fixed(Instant.now().plus(Duration.ofDays(31)), ZoneOffset.UTC);
        assertThat(new TokenRotation(client, state, monthLater, Duration.ofDays(30)).rotateIfDue()).isTrue();
        assertThat(state.token()).isNotEqualTo(Optional.of(before));
    }

    @Test
    void theRotationAnswerIsNeverReplayed() throws Exception {
        String key = UUID.randomUUID().toString();
        client.rotateToken(key);
        assertThatThrownBy(() -> client.rotateToken(key)).isInstanceOf(CloudException.class)
                .hasMessageContaining("HTTP 409");
    }

    @Test
    void aRevokedTerminalIsRefusedWithBothTokensAndCannotRotate() throws Exception {
        String old = state.token().orElseThrow();
        new TokenRotation(client, state, Clock.systemUTC(), Duration.ofDays(30)).rotateNow();
        TerminalRegistration registration = state.registration().orElseThrow();

        cloud.admin().revokeTerminal(registration.terminalId());

        assertThat(get(old, "/v1/stores/demo-store/menu")).isEqualTo(401);
        assertThat(get(registration.token(), "/v1/stores/demo-store/menu")).isEqualTo(401);
        TokenRotation rotation = new TokenRotation(client, state, Clock.systemUTC(), Duration.ofDays(30));
        assertThatThrownBy(rotation::rotateNow).isInstanceOfSatisfying(CloudException.class,
                e -> assertThat(e.kind()).isEqualTo(CloudException.Kind.UNAUTHORIZED));
        assertThat(state.token()).contains(registration.token());
        assertThat(cloud.admin().terminals("demo-store")).singleElement()
                .satisfies(t -> assertThat(t.revoked()).isTrue());
    }

    private int get(String token, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cloud.url() + path))
                .header("Authorization", "Bearer " + token).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
