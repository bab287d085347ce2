package com.palmpos.cloud;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.pos.store.Database;
import com.palmpos.sync.api.ApiJson;
import com.palmpos.cloud.internal.CustomerApi;
import com.palmpos.cloud.internal.Customers;
import com.palmpos.cloud.internal.HttpFront;
import com.palmpos.cloud.internal.OrderApi;
import com.palmpos.cloud.internal.PaymentApi;
import com.palmpos.cloud.internal.PrivacyApi;
import com.palmpos.cloud.internal.Route;
import com.palmpos.cloud.internal.Seeder;
import com.palmpos.cloud.internal.SkewedClock;
import com.palmpos.cloud.internal.TerminalApi;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stand-in for the PalmPOS cloud: a real HTTP server on loopback implementing API v1
 * ({@code openapi/palmpos-v1.yaml}) over its own H2 store, seeded with a demo store ({@code demo-store}, activation
 * code {@code DEMO-0001}), its menu and three customers. Started in-process by the app and by tests; {@link #faults()}
 * makes it misbehave on purpose.
 *
 * <p>Palm identification uses the {@link TemplateMatcher} given at start; with none, every identification answers
 * "no match". Thread-safe; {@link #close()} stops the server and releases the data directory.
 */
public final class CloudEmulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CloudEmulator.class);
    private static final int THREADS = 8;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Database db;
    private final FaultInjector faults;
    private final List<Route> routes;
    private final URI url;
    private final Clock clock;
    private final AtomicBoolean open = new AtomicBoolean(true);

    private CloudEmulator(HttpServer server, ExecutorService executor, Database db, FaultInjector faults, List<Route> routes,
                          Clock clock) {
        this.clock = clock;
        this.server = server;
        this.executor = executor;
        this.db = db;
        this.faults = faults;
        this.routes = routes;
        this.url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** {@link #start(int, Path, TemplateMatcher, Clock)} with no matcher and the system clock. */
    public static CloudEmulator start(int port, Path dataDir) {
        return start(port, dataDir, null, Clock.systemUTC());
    }

    /**
     * Opens (or creates and seeds) the store in {@code dataDir} and serves it on {@code 127.0.0.1:port}.
     * Costs a few hundred milliseconds on first start.
     *
     * @param port    the TCP port, or 0 for any free one (see {@link #url()})
     * @param matcher the palm matcher, or {@code null} to answer every identification with "no match"
     * @throws com.palmpos.pos.store.DataDirectoryInUseException if another emulator uses {@code dataDir}
     * @throws UncheckedIOException if the port is taken
     */
    public static CloudEmulator start(int port, Path dataDir, TemplateMatcher matcher, Clock clock) {
        return start(port, dataDir, matcher, clock, null);
    }

    /**
     * As {@link #start(int, Path, TemplateMatcher, Clock)}, with the store's file encrypted ({@code CIPHER=AES}) under
     * {@code fileKey}: the embedded emulator keeps names, e-mails, phones, card tokens and templates inside the
     * terminal's data directory, so it is encrypted like the terminal's own database.
     *
     * @param fileKey the H2 file key, or {@code null} for a plain file (a stand-alone emulator for development)
     */
    public static CloudEmulator start(int port, Path dataDir, TemplateMatcher matcher, Clock clock, char[] fileKey) {
        FaultInjector faults = new FaultInjector();
        Clock skewed = new SkewedClock(clock, faults);
        ObjectMapper json = ApiJson.newMapper();
        Database db = Database.open(dataDir, fileKey, "cloud");
        try {
            Seeder.seedIfEmpty(db, json, skewed.instant());
            List<Route> routes = new ArrayList<>();
            routes.addAll(new TerminalApi().routes());
            routes.addAll(new CustomerApi(Optional.ofNullable(matcher)).routes());
            routes.addAll(new PaymentApi().routes());
            routes.addAll(new OrderApi().routes());
            routes.addAll(new PrivacyApi().routes());
            noDelay();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            AtomicInteger n = new AtomicInteger();
            ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
                Thread t = new Thread(r, "cloud-emulator-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            server.createContext("/", new HttpFront(db, routes, faults, json, skewed));
            server.start();
            CloudEmulator emulator = new CloudEmulator(server, executor, db, faults, List.copyOf(routes), skewed);
            LOG.info("Cloud emulator serving {} from {}", emulator.url, db.dataDir());
            return emulator;
        } catch (IOException e) {
            db.close();
            throw new UncheckedIOException("cannot serve the cloud emulator on port " + port + ": " + e.getMessage()
                    + " (choose another with --port, or 0 for any free port)", e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Turns Nagle's algorithm off for the JDK HTTP server. It sends a response's headers and body as separate
     * segments; with Nagle on, the body waits for the client's delayed ACK of the headers, 40 ms on Linux, so every
     * call took 40 ms longer (measured: POST median 48 ms vs 7 ms). The JDK reads the property once, when its first
     * server is created; an explicit setting by the user wins.
     */
    private static void noDelay() {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
    public URI url() {
        return url;
    }

    /** The fault-injection hooks. */
    public FaultInjector faults() {
        return faults;
    }

    /** The operations served, as {@code "METHOD /path/template"}; every one is in the OpenAPI document. */
    public List<String> operations() {
        return routes.stream().map(r -> r.method() + " " + r.template()).toList();
    }

    /**
     * Replaces a customer's palm templates, e.g. to give the demo customers palms the app's scanner can match.
     * Terminals receive them with the next customer delta pull.
     *
     * @throws IllegalArgumentException if the customer does not exist
     */
    public void seedPalmTemplates(String customerId, List<byte[]> templates) {
        db.inTransaction(tx -> {
            if (!Customers.exists(tx, customerId)) {
                throw new IllegalArgumentException("no customer " + customerId + " in the emulator");
            }
            Customers.deleteTemplates(tx, customerId);
            Customers.addTemplates(tx, customerId, templates);
            Customers.touch(tx, customerId, clock.instant());
            return null;
        });
    }

    /**
     * Publishes a new menu for {@code storeId}, as the back office does: {@code GET /v1/stores/{store}/menu} serves
     * {@code menuJson} (a {@code Menu} of the API, not checked here, so tests can publish bad ones) from now on.
     *
     * @throws IllegalArgumentException if the store does not exist
     */
    public void publishMenu(String storeId, String menuJson) {
        db.inTransaction(tx -> {
            try (java.sql.PreparedStatement update = tx.prepareStatement(
                    "UPDATE store SET menu_json = ? WHERE store_id = ?")) {
                update.setString(1, menuJson);
                update.setString(2, storeId);
                if (update.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no store " + storeId + " in the emulator");
                }
            }
            return null;
        });
    }

    /**
     * How many card payments the processor holds in each status ({@code AUTHORIZED}, {@code CAPTURED}, {@code VOIDED},
     * {@code DECLINED}), for reconciling a terminal against the processor. One query.
     */
    public java.util.Map<String, Long> paymentStatusCounts() {
        return db.inTransaction(tx -> {
            java.util.Map<String, Long> counts = new java.util.TreeMap<>();
            try (java.sql.PreparedStatement select = tx.prepareStatement(
                    "SELECT status, COUNT(*) FROM payment GROUP BY status");
                 java.sql.ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counts;
        });
    }

    /** Stops serving at once (in-flight exchanges are cut) and releases the data directory. Idempotent. */
    @Override
    public void close() {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        db.close();
        LOG.info("Cloud emulator at {} stopped", url);
    }
}
