package com.palmpos.pos.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the outbox small: on a schedule, deletes messages delivered longer ago than the retention window (kept that
 * long for support: "what did we send on Tuesday?"). Pending and rejected messages are never touched. One daemon
 * thread; {@link #start()} once, {@link #close()} at shutdown. Thread-safe.
 */
public final class OutboxPurger implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxPurger.class);
    /** The default retention of delivered messages. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
    /** The default pause between purges. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofHours(1);

    private final OutboxStore outbox;
    private final Clock clock;
    private final Duration retention;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    /**
     * @param retention how long a delivered message is kept (at least one minute)
     * @param interval  the pause between purges (at least one second)
     * @throws IllegalArgumentException for a shorter retention or interval
     */
    public OutboxPurger(OutboxStore outbox, Clock clock, Duration retention, Duration interval) {
        if (retention.compareTo(Duration.ofMinutes(1)) < 0 || interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("outbox retention must be >= 1 minute and the purge interval >= 1 second,"
                    + " got " + retention + " and " + interval);
        }
        this.outbox = outbox;
        this.clock = clock;
        this.retention = retention;
        this.interval = interval;
    }

    /** Deletes what is past retention now; returns how many messages. Blocks for the delete (milliseconds). */
    public int purgeOnce() {
        int purged = outbox.purgeDelivered(clock.instant().minus(retention));
        if (purged > 0) {
            LOG.info("Purged {} outbox messages delivered more than {} ago", purged, retention);
        }
        return purged;
    }

    /** Purges now and then every interval, on a daemon thread. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "palmpos-outbox-purge");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::purgeQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void purgeQuietly() {
        try {
            purgeOnce();
        } catch (RuntimeException e) {
            // e.g. the database is closing; the next round tries again, and nothing is lost by waiting
            LOG.warn("Outbox purge failed; retrying in {}", interval, e);
        }
    }

    /** Stops the schedule, waiting briefly for a running purge. Idempotent. */
    @Override
    public synchronized void close() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }
}
