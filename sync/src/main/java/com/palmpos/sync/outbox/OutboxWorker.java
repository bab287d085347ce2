package com.palmpos.sync.outbox;

import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.outbox.OutboxStats;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.sync.client.Backoff;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import com.palmpos.sync.client.SyncSettings;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the terminal's outbox to the cloud on one background thread: batches in commit order, per-entity order kept,
 * transient failures retried later with backoff, refusals marked rejected (kept and counted, never dropped).
 * Publishes a {@link SyncStatus} after every round. Exactly-once on the cloud side rests on idempotency keys and
 * order ids, so a message may be sent twice (e.g. after a crash) but is stored once. What is sent: pos order
 * snapshots, coalesced per order, final states only (see {@code OrderUploader}); offline card payments forwarded and
 * reported back through {@link OfflinePaymentResults} (see {@code PaymentForwarder}); privacy requests (see
 * {@code PrivacyForwarder}); enrollments, consent decisions and loyalty links made at the counter (see
 * {@code CustomerForwarder}).
 *
 * <p>{@link #start()} once, {@link #wakeUp()} after committing new work, {@link #close()} at shutdown. Thread-safe.
 */
public final class OutboxWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxStore outbox;
    private final OrderUploader orders;
    private final CloudClient client;
    private final SyncSettings settings;
    private final Clock clock;
    private final SyncStatusListener listener;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean running;
    private volatile boolean nudged;
    private volatile SyncStatus status = SyncStatus.initial();
    private Thread thread;

    private OutboxWorker(Builder b) {
        this.outbox = Objects.requireNonNull(b.outbox, "outbox");
        this.client = Objects.requireNonNull(b.client, "client");
        this.settings = b.settings;
        this.clock = b.clock;
        this.listener = b.listener;
        Backoff backoff = new Backoff(settings.outboxRetryBase(), settings.outboxRetryMax(), b.random);
        this.orders = new OrderUploader(outbox, client, clock, backoff,
                b.payments == null ? null : new PaymentForwarder(outbox, client, b.payments, clock, backoff),
                b.customers == null ? null : new CustomerForwarder(outbox, client, b.customers, clock, backoff));
    }

    /**
     * A worker draining {@code outbox} to {@code client}; it sends orders and privacy requests. Offline card
     * payments and customer messages stay parked (kept, retried later) unless {@link Builder#offlinePayments} and
     * {@link Builder#customers} are given. Settings default to the client's, the clock to UTC, the jitter to a
     * {@link SecureRandom}, and status reports go nowhere.
     */
    public static Builder builder(OutboxStore outbox, CloudClient client) {
        return new Builder(outbox, client);
    }

    /** What a worker sends and how; {@link #build()} makes the worker (not started). Not thread-safe. */
    public static final class Builder {
        private final OutboxStore outbox;
        private final CloudClient client;
        private SyncSettings settings;
        private Clock clock = Clock.systemUTC();
        private SyncStatusListener listener = status -> { };
        private RandomGenerator random = new SecureRandom();
        private OfflinePaymentResults payments;
        private CustomerStore customers;

        private Builder(OutboxStore outbox, CloudClient client) {
            this.outbox = Objects.requireNonNull(outbox, "outbox");
            this.client = Objects.requireNonNull(client, "client");
            this.settings = client.settings();
        }

        /** Batch size, idle pause and retry delays (default: the client's settings). */
        public Builder settings(SyncSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Told the status after every round, on the worker's thread. */
        public Builder statusListener(SyncStatusListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The retry jitter (tests pass a seeded one). */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** Forwards offline card payments and reports their outcome to {@code results}. */
        public Builder offlinePayments(OfflinePaymentResults results) {
            this.payments = Objects.requireNonNull(results, "results");
            return this;
        }

        /**
         * Sends the customer changes made at the counter (enrollments, consent decisions, loyalty links), reading
         * palm templates from {@code customers} when it sends.
         */
        public Builder customers(CustomerStore customers) {
            this.customers = Objects.requireNonNull(customers, "customers");
            return this;
        }

        public OutboxWorker build() {
            return new OutboxWorker(this);
        }
    }

    /**
     * A worker that sends orders only; offline payments wait (parked) for a worker that has the pos payments.
     *
     * @deprecated use {@link #builder}; kept until the cloud module's tests move to it
     */
    @Deprecated
    public OutboxWorker(OutboxStore outbox, CloudClient client, SyncSettings settings, Clock clock,
                        SyncStatusListener listener, RandomGenerator random) {
        this(builder(outbox, client).settings(settings).clock(clock).statusListener(listener).random(random));
    }

    /**
     * A worker that sends orders and forwards offline card payments, reporting their outcome to {@code payments}.
     *
     * @param payments the terminal's payment service, or {@code null} to park offline payments
     * @deprecated use {@link #builder} with {@link Builder#offlinePayments}
     */
    @Deprecated
    public OutboxWorker(OutboxStore outbox, CloudClient client, PaymentService payments, SyncSettings settings,
                        Clock clock, SyncStatusListener listener, RandomGenerator random) {
        this(outbox, client, payments, null, settings, clock, listener, random);
    }

    /**
     * A worker that also sends the customer changes made at the counter.
     *
     * @param payments  the terminal's payment service, or {@code null} to park offline payments
     * @param customers the terminal's customer store, or {@code null} to park customer messages
     * @deprecated use {@link #builder} with {@link Builder#offlinePayments} and {@link Builder#customers}
     */
    @Deprecated
    public OutboxWorker(OutboxStore outbox, CloudClient client, PaymentService payments, CustomerStore customers,
                        SyncSettings settings, Clock clock, SyncStatusListener listener, RandomGenerator random) {
        this(legacy(builder(outbox, client).settings(settings).clock(clock).statusListener(listener).random(random),
                payments, customers));
    }

    private static Builder legacy(Builder builder, PaymentService payments, CustomerStore customers) {
        if (payments != null) {
            builder.offlinePayments(OfflinePaymentResults.of(payments));
        }
        if (customers != null) {
            builder.customers(customers);
        }
        return builder;
    }

    /** Starts the background thread. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "palmpos-outbox");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the worker to look at the outbox now instead of after its idle pause. Cheap; any thread. */
    public void wakeUp() {
        lock.lock();
        try {
            nudged = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The latest status. */
    public SyncStatus status() {
        return status;
    }

    /**
     * One round: sends what is due (up to one batch per entity type) and publishes the status. Blocks for the network
     * time; used by the background thread, and by tests and benchmarks that drive the worker themselves.
     *
     * @return how many messages the cloud took (delivered or rejected)
     */
    public int drainOnce() {
        RoundResult result = orders.sendDue(settings.batchSize());
        if (result.equals(RoundResult.idle()) && !status.online()) {
            result = probe();
        }
        publish(result);
        return result.settled();
    }

    // with nothing to send, an offline terminal still wants to know when the cloud is back
    private RoundResult probe() {
        try {
            client.health();
            return new RoundResult(0, true, null);
        } catch (CloudException e) {
            return RoundResult.failure(!meansOffline(e), e.getMessage());
        }
    }

    private void loop() {
        while (running) {
            int done;
            try {
                done = drainOnce();
            } catch (RuntimeException e) {
                // e.g. the database is closing; the messages stay pending and are retried
                LOG.warn("Outbox round failed; retrying after a pause", e);
                publish(RoundResult.failure(false, "cannot read the outbox: " + e.getMessage()));
                done = 0;
            }
            if (done == 0) {
                pause(settings.idlePoll());
            }
        }
    }

    private void pause(Duration duration) {
        lock.lock();
        try {
            if (!nudged && running) {
                wake.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            }
            nudged = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private void publish(RoundResult result) {
        SyncStatus previous = status;
        boolean online = result.contacted() ? true : result.error() == null ? previous.online() : false;
        Optional<Instant> lastContact = result.contacted() ? Optional.of(clock.instant()) : previous.lastContact();
        Optional<String> thisRound = Optional.ofNullable(result.error());
        SyncStatus next;
        try {
            OutboxStats stats = outbox.stats();
            // an error stays on show while a message it concerns is still pending or rejected
            Optional<String> lastError = thisRound.or(stats::lastError);
            Duration age = stats.oldestPending().map(t -> Duration.between(t, clock.instant())).orElse(Duration.ZERO);
            next = new SyncStatus(online, stats.pending(), age.isNegative() ? Duration.ZERO : age, stats.rejected(),
                    lastError, lastContact);
        } catch (RuntimeException e) {
            next = new SyncStatus(online, previous.pending(), previous.oldestPendingAge(), previous.rejected(),
                    Optional.of("cannot read the outbox: " + e.getMessage()), lastContact);
        }
        status = next;
        try {
            listener.onStatus(next);
        } catch (RuntimeException e) {
            LOG.warn("Sync status listener failed", e);
        }
    }

    /** Stops the thread, waiting up to the call timeout for an in-flight upload to finish. */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            this.running = false;
            running = thread;
        }
        wakeUp();
        if (running != null) {
            try {
                running.join(settings.callTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Classifies a failed call for the status bar. */
    static boolean meansOffline(CloudException e) {
        return e.kind() == CloudException.Kind.UNAVAILABLE;
    }
}
