package com.palmpos.sync.state;

import com.palmpos.sync.api.TerminalRegistration;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the terminal's bearer token fresh: when the saved token is older than {@code maxAge}, asks the cloud for a new
 * one ({@code POST /v1/terminals/me/token}) and saves it; every {@link CloudClient} built on
 * {@link SyncStateStore#token()} uses it from the next request. The cloud keeps the old token valid for days, so a
 * rotation that fails or whose answer is lost (offline, crash before saving) only postpones: the terminal still gets
 * in with the token it has and rotates on the next check. Thread-safe.
 */
public final class TokenRotation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TokenRotation.class);

    private final CloudClient client;
    private final SyncStateStore state;
    private final Clock clock;
    private final Duration maxAge;
    private ScheduledExecutorService scheduler;

    public TokenRotation(CloudClient client, SyncStateStore state, Clock clock, Duration maxAge) {
        this.client = client;
        this.state = state;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /**
     * Rotates if the token is older than {@code maxAge}. Blocks for the network time.
     *
     * @return whether a new token was saved
     * @throws CloudException if the cloud cannot be reached or refuses (the old token is kept)
     */
    public synchronized boolean rotateIfDue() {
        Optional<Instant> saved = state.tokenSavedAt();
        if (saved.isEmpty() || state.registration().isEmpty()
                || saved.get().plus(maxAge).isAfter(clock.instant())) {
            return false;
        }
        rotateNow();
        return true;
    }

    /**
     * Rotates now, whatever the token's age.
     *
     * @throws IllegalStateException if the terminal is not registered
     * @throws CloudException if the cloud cannot be reached or refuses (the old token is kept)
     */
    public synchronized void rotateNow() {
        TerminalRegistration current = state.registration()
                .orElseThrow(() -> new IllegalStateException("the terminal is not registered: nothing to rotate"));
        TerminalRegistration rotated = client.rotateToken(UUID.randomUUID().toString());
        if (!rotated.terminalId().equals(current.terminalId())) {
            throw new IllegalStateException("the cloud rotated the token of terminal " + rotated.terminalId()
                    + ", this is " + current.terminalId() + ": the old token is kept");
        }
        state.saveRegistration(rotated);
        LOG.info("Terminal {} has a new cloud token", rotated.terminalId());
    }

    /** Checks now and then every {@code interval} on a background thread; failures are logged and retried. */
    public synchronized void start(Duration interval) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "palmpos-token-rotation");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::rotateQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void rotateQuietly() {
        try {
            rotateIfDue();
        } catch (CloudException e) {
            LOG.info("Token rotation postponed: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Token rotation failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
