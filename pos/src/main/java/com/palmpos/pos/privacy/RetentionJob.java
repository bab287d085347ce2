package com.palmpos.pos.privacy;

import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditEntry;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.internal.Jdbc;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.store.Database;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces the {@link RetentionPolicy} on this terminal: deletes the palm templates of customers with no interaction
 * here (identification, order, enrollment) for the period, trims the purchase history behind recommendations to the
 * period, and deletes delivered outbox messages. Every deleted template gets its own audit entry (actor
 * {@code system}) in the same transaction, and each run a summary entry. Orders are kept (bookkeeping law); the cloud
 * applies its own retention to its copy.
 *
 * <p>{@link #start()} runs it a minute after start-up and then every {@link RetentionPolicy#runEvery()} on a daemon
 * thread; {@link #runOnce()} runs it now. Thread-safe; runs never overlap. A run costs one indexed query plus one
 * small transaction per deleted template.
 */
public final class RetentionJob implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final Database database;
    private final CustomerStore customers;
    private final OutboxStore outbox;
    private final AuditLog audit;
    private final RetentionPolicy policy;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public RetentionJob(Database database, CustomerStore customers, OutboxStore outbox, AuditLog audit,
                        RetentionPolicy policy, Clock clock) {
        this.database = database;
        this.customers = customers;
        this.outbox = outbox;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /** Applies the policy now and returns what it deleted. */
    public synchronized RetentionReport runOnce() {
        Instant now = clock.instant();
        Instant templateCutoff = now.minus(policy.biometrics());
        List<String> expired = new ArrayList<>();
        for (String customerId : customers.templatesIdleSince(templateCutoff)) {
            boolean deleted = database.inTransaction(c -> {
                if (!customers.deletePalmTemplate(c, customerId)) {
                    return false; // erased meanwhile by a privacy request
                }
                audit.append(c, AuditEntry.SYSTEM, AuditAction.BIOMETRICS_EXPIRED, customerId, "OK",
                        "no interaction here since before " + templateCutoff);
                return true;
            });
            if (deleted) {
                expired.add(customerId);
            }
        }
        Instant historyCutoff = now.minus(policy.purchaseHistory());
        int history = database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM purchase_index WHERE bought_at < ?")) {
                Jdbc.bind(s, historyCutoff);
                return s.executeUpdate();
            }
        });
        // wrong second-factor answers are about palm payments: kept no longer than the palm templates they guard
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM second_factor_strikes WHERE changed_at < ?")) {
                Jdbc.bind(s, templateCutoff);
                return s.executeUpdate();
            }
        });
        int delivered = outbox.purgeDelivered(now.minus(policy.deliveredOutbox()));
        AuditEntry run = audit.record(AuditEntry.SYSTEM, AuditAction.RETENTION_RUN, "retention", "OK",
                expired.size() + " palm templates, " + history + " purchase-history rows, " + delivered
                        + " delivered outbox messages deleted (templates kept " + policy.biometrics().toDays() + " days)");
        LOG.info("Retention run: {} palm templates, {} purchase-history rows, {} outbox messages deleted",
                expired.size(), history, delivered);
        return new RetentionReport(now, expired, history, delivered, run.seq());
    }

    /** Schedules the job on a daemon thread. Idempotent. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "palmpos-retention");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::runQuietly, TimeUnit.MINUTES.toMillis(1), policy.runEvery().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            // e.g. the database is closing; the next run catches up, nothing is lost by waiting
            LOG.warn("Retention run failed; it runs again in {}", policy.runEvery(), e);
        }
    }

    /** Stops the schedule; a run in progress finishes its current transaction. */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
