package com.palmpos.cloud;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.cloud.internal.CloudDatabase;
import com.palmpos.sync.api.ApiJson;
import com.palmpos.cloud.internal.CustomerApi;
import com.palmpos.cloud.internal.Customers;
import com.palmpos.cloud.internal.OrderApi;
import com.palmpos.cloud.internal.PaymentApi;
import com.palmpos.cloud.internal.PrivacyApi;
import com.palmpos.cloud.internal.Route;
import com.palmpos.cloud.internal.Sealer;
import com.palmpos.cloud.internal.Seeder;
import com.palmpos.cloud.internal.SkewedClock;
import com.palmpos.cloud.internal.TerminalApi;
import com.palmpos.cloud.internal.HttpFront;
import com.palmpos.cloud.internal.WebServer;
import com.palmpos.cloud.internal.StrictInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
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

    private final WebServer server;
    private final CloudDatabase db;
    private final Sealer sealer;
    private final FaultInjector faults;
    private final List<Route> routes;
    private final URI url;
    private final Clock clock;
    private final AtomicBoolean open = new AtomicBoolean(true);

    private CloudEmulator(WebServer server, CloudDatabase db, Sealer sealer, FaultInjector faults, List<Route> routes,
                          Clock clock, InetAddress host) {
        this.sealer = sealer;
        this.clock = clock;
        this.server = server;
        this.db = db;
        this.faults = faults;
        this.routes = routes;
        String shown = host.isAnyLocalAddress() || host.isLoopbackAddress() ? "127.0.0.1" : host.getHostAddress();
        this.url = URI.create("http://" + shown + ":" + server.port());
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
     * terminal's data directory, so it is encrypted like the terminal's own database. Its master key is derived from
     * {@code fileKey} ({@link MasterKey#derivedFrom}); without a file key, see {@link #defaultMasterKey(Path)}.
     *
     * @param fileKey the H2 file key, or {@code null} for a plain file (a stand-alone emulator for development)
     */
    public static CloudEmulator start(int port, Path dataDir, TemplateMatcher matcher, Clock clock, char[] fileKey) {
        // a store that already has a key file (it ran plain before being encrypted) keeps the key that wrapped its data
        boolean derive = fileKey != null && System.getenv(MasterKey.VARIABLE) == null
                && !java.nio.file.Files.exists(dataDir.resolve("master.key"));
        MasterKey key = derive ? MasterKey.derivedFrom(fileKey) : defaultMasterKey(dataDir);
        return start(InetAddress.getLoopbackAddress(), port, dataDir, fileKey, key, matcher, clock);
    }

    /**
     * As {@link #start(int, Path, TemplateMatcher, Clock, char[])} on {@code host}, with customers' personal fields and
     * templates sealed under data keys wrapped by {@code masterKey}.
     */
    public static CloudEmulator start(InetAddress host, int port, Path dataDir, char[] fileKey, MasterKey masterKey,
                                      TemplateMatcher matcher, Clock clock) {
        return start(host, port, CloudDatabase.h2(dataDir, fileKey), masterKey, matcher, clock);
    }

    /**
     * The master key of an H2 cloud started without one: {@value MasterKey#VARIABLE} when set, else the key file
     * {@code master.key} in the data directory, created on first start. It keeps the fields sealed in table dumps
     * and SQL exports; keep it apart from backups of the directory (or give the key by the environment).
     */
    public static MasterKey defaultMasterKey(Path dataDir) {
        return MasterKey.fromEnvironmentOrFile(System.getenv(), dataDir.resolve("master.key"));
    }

    /**
     * Serves the chain's data in PostgreSQL at {@code jdbcUrl} (migrated on start; several instances may share it)
     * on {@code host:port}.
     *
     * @throws com.palmpos.pos.store.StoreException if the database cannot be reached or migrated
     */
    public static CloudEmulator startOnPostgres(InetAddress host, int port, String jdbcUrl, String user, String password,
                                                TemplateMatcher matcher, Clock clock) {
        return startOnPostgres(host, port, jdbcUrl, user, password, matcher, clock,
                MasterKey.fromEnvironment(System.getenv()));
    }

    /** As above, with the master key given (instead of read from {@value MasterKey#VARIABLE}). */
    public static CloudEmulator startOnPostgres(InetAddress host, int port, String jdbcUrl, String user, String password,
                                                TemplateMatcher matcher, Clock clock, MasterKey masterKey) {
        return start(host, port, CloudDatabase.postgres(jdbcUrl, user, password), masterKey, matcher, clock);
    }

    private static CloudEmulator start(InetAddress host, int port, CloudDatabase db, MasterKey masterKey,
                                       TemplateMatcher matcher, Clock clock) {
        FaultInjector faults = new FaultInjector();
        Clock skewed = new SkewedClock(clock, faults);
        ObjectMapper json = StrictInput.mapper();
        try {
            Sealer sealer = new Sealer(db, masterKey);
            if (sealer.sealLegacyRows() > 0) {
                db.compactH2(); // the clear rows' old pages must not stay in the file
            }
            Seeder.seedIfEmpty(db, sealer, json, skewed.instant());
            List<Route> routes = new ArrayList<>();
            routes.addAll(new TerminalApi(db).routes());
            routes.addAll(new CustomerApi(Optional.ofNullable(matcher), sealer).routes());
            routes.addAll(new PaymentApi().routes());
            routes.addAll(new OrderApi().routes());
            routes.addAll(new PrivacyApi().routes());
            WebServer server;
            try {
                server = WebServer.start(host, port, routes, new HttpFront(db, faults, json, skewed, sealer), db,
                        config -> com.palmpos.cloud.web.CustomerWeb.install(config, db, sealer, skewed,
                                com.palmpos.cloud.web.WebSettings.fromSystem(db.dialect())));
            } catch (RuntimeException e) {
                throw new UncheckedIOException("cannot serve the cloud on port " + port + ": " + e.getMessage()
                        + " (choose another with --port, or 0 for any free port)", new IOException(e));
            }
            CloudEmulator cloud = new CloudEmulator(server, db, sealer, faults, List.copyOf(routes), skewed, host);
            LOG.info("Cloud serving {} from {}", cloud.url, db.description());
            return cloud;
        } catch (RuntimeException e) {
            db.close();
            throw e;
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
            Customers.addTemplates(tx, sealer, customerId, templates);
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
     * Opens a store in a chain (creating the chain if new), serving the demo store's menu and settings under the new
     * store id: the chain admin's "new store". Idempotent for an existing store of the same chain.
     *
     * @throws IllegalArgumentException if the store exists in another chain
     */
    public void openStore(String chainId, String storeId) {
        db.inTransaction(tx -> {
            try (java.sql.PreparedStatement chain = tx.prepareStatement("INSERT INTO chain (chain_id, name)"
                    + " SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM chain WHERE chain_id = ?)")) {
                chain.setString(1, chainId);
                chain.setString(2, chainId);
                chain.setString(3, chainId);
                chain.executeUpdate();
            }
            try (java.sql.PreparedStatement existing = tx.prepareStatement("SELECT chain_id FROM store WHERE store_id = ?")) {
                existing.setString(1, storeId);
                try (java.sql.ResultSet rs = existing.executeQuery()) {
                    if (rs.next()) {
                        if (!rs.getString(1).equals(chainId)) {
                            throw new IllegalArgumentException("store " + storeId + " belongs to another chain");
                        }
                        return null;
                    }
                }
            }
            try (java.sql.PreparedStatement insert = tx.prepareStatement("INSERT INTO store (store_id, chain_id,"
                    + " settings_json, menu_json) SELECT ?, ?, REPLACE(settings_json, 'demo-store', ?),"
                    + " REPLACE(menu_json, 'demo-store', ?) FROM store WHERE store_id = 'demo-store'")) {
                insert.setString(1, storeId);
                insert.setString(2, chainId);
                insert.setString(3, storeId);
                insert.setString(4, storeId);
                insert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Issues a one-time activation code for {@code storeId}, valid for {@code validFor}: the chain admin's way to
     * let one new terminal register. Case-exact; used up by the first registration.
     *
     * @throws IllegalArgumentException if the store does not exist
     */
    public String issueActivationCode(String storeId, Duration validFor) {
        String code = "ACT-" + com.palmpos.cloud.internal.Ids.code(12);
        db.inTransaction(tx -> {
            try (java.sql.PreparedStatement insert = tx.prepareStatement("INSERT INTO activation_code"
                    + " (code, store_id, reusable, expires_at) SELECT ?, store_id, FALSE, ? FROM store WHERE store_id = ?")) {
                insert.setString(1, code);
                insert.setTimestamp(2, java.sql.Timestamp.from(clock.instant().plus(validFor)));
                insert.setString(3, storeId);
                if (insert.executeUpdate() == 0) {
                    throw new IllegalArgumentException("no store " + storeId + " in the cloud");
                }
            }
            return null;
        });
        return code;
    }

    /** The chain admin's operations on this cloud's database (tests, and the embedded cloud's own setup). */
    public CloudAdmin admin() {
        return new CloudAdmin(db, clock);
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

    /**
     * Stops gracefully: new requests get 503 with Retry-After, requests in flight get up to {@code grace} to finish,
     * then the server stops and the data directory is released. Idempotent.
     */
    public void close(Duration grace) {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        server.stop(grace);
        db.close();
        LOG.info("Cloud at {} stopped", url);
    }

    /** {@link #close(Duration)} with a grace of 5 seconds. */
    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }
}
