package com.palmpos.app.simulate;

import com.palmpos.app.Terminal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The soak's cashier: rings up and pays one scripted order every {@code 60 / ordersPerMinute} seconds through the
 * running terminal's own pos services (card payments through its cloud link), on a thread of its own. Orders for
 * a demo customer wait until the cloud's profile pull has cached that customer. A failed order is logged at WARN
 * and counted; the next one goes on. Thread-safe counters.
 */
final class SoakCashier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SoakCashier.class);

    private final Terminal.Soakable terminal;
    private final Cashier cashier;
    private final OrderScript script;
    private final List<String> customers;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "palmpos-soak-cashier");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong paid = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    private SoakCashier(Terminal.Soakable terminal, OrderScript script, List<String> customers) {
        this.terminal = terminal;
        this.script = script;
        this.customers = List.copyOf(customers);
        this.cashier = new Cashier(terminal.pos().orders(), terminal.pos().payments(), terminal.cloud(),
                terminal.enrollment().enrollment(), terminal.enrollment().cardReader());
    }

    static SoakCashier start(Terminal.Soakable terminal, OrderScript script, List<String> customers,
            int ordersPerMinute) {
        SoakCashier soak = new SoakCashier(terminal, script, customers);
        long periodMs = Duration.ofMinutes(1).toMillis() / ordersPerMinute;
        soak.thread.scheduleAtFixedRate(soak::ringOne, periodMs, periodMs, TimeUnit.MILLISECONDS);
        return soak;
    }

    private void ringOne() {
        boolean customersCached = customers.stream().allMatch(id -> terminal.pos().customers().find(id).isPresent());
        OrderScript.Plan plan = script.next(customersCached ? customers.size() : 0);
        try {
            cashier.ringUp(plan, customers);
            paid.incrementAndGet();
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            LOG.warn("soak: an order could not be rung up; going on with the next", e);
        }
    }

    /** Orders completed and paid so far. */
    long paid() {
        return paid.get();
    }

    /** Orders that failed so far. */
    long failed() {
        return failed.get();
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(30, TimeUnit.SECONDS);
    }
}
