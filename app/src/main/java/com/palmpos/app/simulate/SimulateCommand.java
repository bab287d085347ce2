package com.palmpos.app.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palmpos.pos.outbox.OutboxStats;
import com.palmpos.sync.client.CloudException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code palmpos simulate}: runs the real pos and sync services headless and rings up {@code --orders} seeded orders,
 * printing one JSON line per committed order ({@code order_id, total, currency, tender}), then waits until the outbox
 * is drained to the cloud. Safe to kill at any moment and to run again on the same data directory: every order
 * commits step by step with its outbox message, and the cloud stores each order once. Exit 0 when everything was
 * delivered, 1 when messages are still pending after {@code --drain-timeout} or were refused, 2 on a bad command line.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Ring up seeded orders on a headless terminal and sync them to the cloud (emulator by default).")
public final class SimulateCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(SimulateCommand.class);

    @Spec
    CommandSpec spec;

    private static final String ORDER_ENTITY = "order";

    @Option(names = "--orders", required = true, description = "how many orders to ring up")
    int orders;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the order content (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--cloud", description = "cloud base URL; without it an emulator runs in-process in DIR/cloud")
    URI cloud;

    @Option(names = "--data", defaultValue = "simulate-data", description = "data directory (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--drain-timeout", defaultValue = "120", paramLabel = "SECONDS",
            description = "how long to wait for the outbox to drain (default: ${DEFAULT-VALUE})")
    long drainTimeout;

    @Option(names = "--start-timeout", defaultValue = "20", paramLabel = "SECONDS",
            description = "how long to retry the cloud at start-up; a registered terminal then starts offline"
                    + " (default: ${DEFAULT-VALUE})")
    int startTimeout;

    @Option(names = "--json", description = "print the final summary as JSON too")
    boolean json;

    @Option(names = "--ring-first", description = "ring up every order before syncing starts, as after an outage:"
            + " the summary then shows the drain rate of the backlog")
    boolean ringFirst;

    private final ObjectMapper mapper = new ObjectMapper();

    private final Map<String, String> environment;

    public SimulateCommand() {
        this(System.getenv());
    }

    /** With {@code environment} read for {@code PALMPOS_MASTER_KEY} (tests pass their own). */
    SimulateCommand(Map<String, String> environment) {
        // picocli sets the options; the terminal opens in call()
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        if (orders < 0 || drainTimeout <= 0 || startTimeout < 0) {
            throw new ParameterException(spec.commandLine(), "--orders must be >= 0, --start-timeout >= 0 and"
                    + " --drain-timeout > 0 (seconds), got " + orders + ", " + startTimeout + " and " + drainTimeout);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (SimulatedTerminal terminal = SimulatedTerminal.open(data, Optional.ofNullable(cloud),
                Optional.ofNullable(environment.get("PALMPOS_MASTER_KEY")).filter(k -> !k.isBlank()),
                Duration.ofSeconds(startTimeout))) {
            if (!ringFirst) {
                terminal.worker().start();
            }
            long started = System.nanoTime();
            long rejectedBefore = terminal.outbox().stats().rejected();
            OrderScript script = new OrderScript(seed);
            Cashier cashier = terminal.cashier();
            for (int i = 0; i < orders; i++) {
                Cashier.Rung rung = cashier.ringUp(script.next(terminal.customers().size()), terminal.customers());
                terminal.worker().wakeUp();
                ObjectNode line = mapper.createObjectNode().put("order_id", rung.order().id())
                        .put("total", rung.order().totals().total().toPlainString())
                        .put("currency", rung.order().currency().getCurrencyCode()).put("tender", rung.tender());
                rung.enrolled().ifPresent(customer -> line.put("enrolled_customer", customer));
                out.println(mapper.writeValueAsString(line));
                out.flush();
            }
            long rung = System.nanoTime();
            long backlog = terminal.outbox().stats().pending();
            long backlogOrders = terminal.outbox().pendingEntities(ORDER_ENTITY);
            terminal.worker().start();
            OutboxStats stats = Drain.await(terminal.outbox(), terminal.worker(), Duration.ofSeconds(drainTimeout));
            double rungSeconds = (rung - started) / 1e9;
            double drainSeconds = (System.nanoTime() - rung) / 1e9;
            long refused = stats.rejected() - rejectedBefore;
            long ordersLeft = terminal.outbox().pendingEntities(ORDER_ENTITY);
            summary(out, stats, refused, new Backlog(backlog, backlogOrders, ordersLeft), rungSeconds, drainSeconds);
            return stats.pending() == 0 && refused == 0 ? 0 : 1;
        } catch (CloudException e) {
            // e.g. --cloud unreachable at registration, or the stored token revoked: a sentence, not a stack trace
            spec.commandLine().getErr().println("simulate stopped: " + e.getMessage()
                    + (e.kind() == CloudException.Kind.UNAUTHORIZED ? " (the terminal's registration was refused:"
                    + " use a fresh --data directory)" : ""));
            LOG.warn("Simulation stopped", e);
            return 1;
        }
    }

    /** Outbox messages and orders waiting when the drain began, and orders still waiting at its end. */
    private record Backlog(long messages, long orders, long ordersLeft) {
    }

    private void summary(PrintWriter out, OutboxStats stats, long refused, Backlog backlog, double rungSeconds,
                         double drainSeconds) throws Exception {
        long drained = backlog.messages() - stats.pending();
        long ordersDrained = backlog.orders() - backlog.ordersLeft();
        double messageRate = drainSeconds > 0 ? drained / drainSeconds : 0;
        double orderRate = drainSeconds > 0 ? ordersDrained / drainSeconds : 0;
        String text = String.format(java.util.Locale.ROOT, "%d orders rung up in %.1f s; %d outbox messages of %d orders"
                        + " left then, %d messages of %d orders drained in %.1f s (%.0f orders/s, %.0f messages/s);"
                        + " %d pending, %d refused%s", orders, rungSeconds, backlog.messages(), backlog.orders(), drained,
                ordersDrained, drainSeconds, orderRate, messageRate, stats.pending(), refused,
                stats.pending() > 0 ? ": the cloud did not take everything within --drain-timeout (re-run to resume)"
                        : refused > 0 ? ": see the manager screen's sync problems" : "");
        if (json) {
            out.println(mapper.writeValueAsString(mapper.createObjectNode().put("summary", text)
                    .put("orders", orders).put("pending", stats.pending()).put("refused", refused)
                    .put("ringSeconds", rungSeconds).put("backlog", backlog.messages())
                    .put("backlogOrders", backlog.orders()).put("drainSeconds", drainSeconds)
                    .put("ordersPerSecond", orderRate).put("messagesPerSecond", messageRate)
                    .put("drainedPerSecond", messageRate)));
        } else {
            out.println(text);
        }
        out.flush();
    }
}
