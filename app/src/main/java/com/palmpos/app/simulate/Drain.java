package com.palmpos.app.simulate;

import com.palmpos.pos.outbox.OutboxStats;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.sync.outbox.OutboxWorker;
import java.time.Duration;

/** Waits for the outbox worker to empty the outbox. Blocks up to the timeout; polls the (indexed) counts. */
final class Drain {
    private static final long POLL_MILLIS = 100;

    private Drain() {
    }

    /** The outbox counts once nothing is pending, or when {@code timeout} has passed. */
    static OutboxStats await(OutboxStore outbox, OutboxWorker worker, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        OutboxStats stats = outbox.stats();
        while (stats.pending() > 0 && System.nanoTime() < deadline) {
            worker.wakeUp();
            Thread.sleep(POLL_MILLIS);
            stats = outbox.stats();
        }
        return stats;
    }
}
