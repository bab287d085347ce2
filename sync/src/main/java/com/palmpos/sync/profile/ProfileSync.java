package com.palmpos.sync.profile;

import com.palmpos.sync.api.CustomerChanges;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import com.palmpos.sync.state.SyncStateStore;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the terminal's customer cache current with the cloud's delta feed: pulls page after page from the stored
 * cursor, hands each page to the {@link ProfileSink}, and only then saves the page's cursor, so a crash repeats a page
 * rather than skipping one. Runs on a schedule ({@link #start(Duration)}) and on demand ({@link #pullNow()}).
 * Thread-safe; pulls never overlap.
 */
public final class ProfileSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileSync.class);
    static final int PAGE_SIZE = 200;

    private final CloudClient client;
    private final SyncStateStore state;
    private final ProfileSink sink;
    private ScheduledExecutorService scheduler;

    public ProfileSync(CloudClient client, SyncStateStore state, ProfileSink sink) {
        this.client = client;
        this.state = state;
        this.sink = sink;
    }

    /**
     * Pulls every change since the stored cursor. Blocks for the network time (never on the FX thread).
     *
     * @return how many profiles were applied
     * @throws CloudException if the cloud cannot be reached or refuses; the cursor keeps the progress made
     */
    public synchronized int pullNow() {
        int applied = 0;
        String cursor = state.customerCursor().orElse(null);
        while (true) {
            CustomerChanges page = client.customerChanges(cursor, PAGE_SIZE);
            if (!page.items().isEmpty()) {
                sink.apply(page.items());
                applied += page.items().size();
            }
            if (page.nextCursor() != null && !page.nextCursor().equals(cursor)) {
                state.saveCustomerCursor(page.nextCursor());
                cursor = page.nextCursor();
            }
            if (!page.hasMore()) {
                return applied;
            }
        }
    }

    /** Pulls now and then every {@code interval} on a background thread; failures are logged and retried next time. */
    public synchronized void start(Duration interval) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "palmpos-profile-sync");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::pullQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pullQuietly() {
        try {
            int applied = pullNow();
            if (applied > 0) {
                LOG.info("Applied {} customer changes from the cloud", applied);
            }
        } catch (CloudException e) {
            LOG.info("Customer pull postponed: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Customer pull failed", e);
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
