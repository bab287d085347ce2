package com.palmpos.sync.support;

import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.api.TerminalRegistration;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.cloud.CloudEmulator;
import com.palmpos.cloud.TestClouds;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** A running emulator and a client registered with it, for tests. */
public final class CloudFixture implements AutoCloseable {
    public static final String STORE = "demo-store";

    private final CloudEmulator emulator;
    private final CloudClient client;
    private final TerminalRegistration registration;

    private CloudFixture(CloudEmulator emulator, CloudClient client, TerminalRegistration registration) {
        this.emulator = emulator;
        this.client = client;
        this.registration = registration;
    }

    /** Settings for fast tests: short timeouts, quick retries. */
    public static SyncSettings fastSettings(CloudEmulator emulator) {
        return SyncSettings.defaults(emulator.url())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(10))
                .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(100));
    }

    public static CloudFixture start(Path dir) {
        CloudEmulator emulator = TestClouds.start(dir);
        AtomicReference<String> token = new AtomicReference<>();
        CloudClient client = new CloudClient(fastSettings(emulator), () -> Optional.ofNullable(token.get()));
        TerminalRegistration registration = client.register(
                new RegisterTerminalRequest("DEMO-0001", "test counter"), UUID.randomUUID().toString());
        token.set(registration.token());
        return new CloudFixture(emulator, client, registration);
    }

    public CloudEmulator emulator() {
        return emulator;
    }

    public CloudClient client() {
        return client;
    }

    public TerminalRegistration registration() {
        return registration;
    }

    @Override
    public void close() {
        client.close();
        emulator.close();
    }
}
