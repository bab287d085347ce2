package com.palmpos.app.wiring;

import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.store.Database;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.sync.emulator.CloudEmulator;
import com.palmpos.sync.emulator.TemplateMatcher;
import com.palmpos.sync.outbox.OutboxWorker;
import com.palmpos.sync.state.SyncStateStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's link to the cloud: the in-process cloud emulator when configured as {@code embedded}, the HTTP
 * client, the one-time terminal registration (in the background, retried at each start until it succeeds) and the
 * outbox worker. Closing stops them in reverse order.
 */
public final class CloudLink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CloudLink.class);

    private final Optional<CloudEmulator> emulator;
    private final CloudClient client;
    private final OutboxWorker worker;
    private final ExecutorService registration;

    private CloudLink(Optional<CloudEmulator> emulator, CloudClient client, OutboxWorker worker,
            ExecutorService registration) {
        this.emulator = emulator;
        this.client = client;
        this.worker = worker;
        this.registration = registration;
    }

    /**
     * Starts the link.
     *
     * @param cloudUrl       {@code embedded} or the cloud's base URL (https unless loopback)
     * @param emulatorPort   port of the embedded emulator, 0 for any free one
     * @param emulatorDir    data directory of the embedded emulator
     * @param activationCode code that registers this terminal the first time
     */
    public static CloudLink start(String cloudUrl, int emulatorPort, Path emulatorDir, TemplateMatcher matcher,
            String activationCode, String terminalName, Database database, OutboxStore outbox, Clock clock,
            SyncStatusBridge status) {
        Optional<CloudEmulator> emulator = "embedded".equals(cloudUrl)
                ? Optional.of(CloudEmulator.start(emulatorPort, emulatorDir, matcher, clock))
                : Optional.empty();
        URI base = emulator.map(CloudEmulator::url).orElseGet(() -> URI.create(cloudUrl));
        emulator.ifPresent(e -> LOG.info("Embedded cloud emulator on {}", e.url()));
        SyncSettings settings = SyncSettings.defaults(base);
        SyncStateStore state = new SyncStateStore(database, clock);
        CloudClient client = new CloudClient(settings, state::token);
        OutboxWorker worker = new OutboxWorker(outbox, client, settings, clock, status,
                ThreadLocalRandom.current());
        ExecutorService registration = Executors.newSingleThreadExecutor(r -> new Thread(r, "cloud-registration"));
        registration.submit(() -> {
            if (state.registration().isEmpty()) {
                try {
                    state.saveRegistration(client.register(new RegisterTerminalRequest(activationCode, terminalName),
                            UUID.randomUUID().toString()));
                    LOG.info("Terminal registered with the cloud at {}", base);
                } catch (CloudException e) {
                    LOG.warn("Terminal registration failed: {}", e.getMessage());
                    status.offline("registration failed: " + e.getMessage());
                    return;
                }
            }
            worker.start();
        });
        return new CloudLink(emulator, client, worker, registration);
    }

    /** Asks the worker to send now (after committing an order). */
    public void wakeUp() {
        worker.wakeUp();
    }

    /** The client, for calls the screens make through their services. */
    public CloudClient client() {
        return client;
    }

    @Override
    public void close() {
        registration.shutdownNow();
        try {
            registration.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker.close();
        emulator.ifPresent(CloudEmulator::close);
    }
}
