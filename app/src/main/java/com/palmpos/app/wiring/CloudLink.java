package com.palmpos.app.wiring;

import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.enrollment.CardTokenizer;
import com.palmpos.pos.enrollment.PreEnrollments;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.menu.PulledMenuStore;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.sync.enrollment.CloudCardTokenizer;
import com.palmpos.sync.enrollment.CloudPreEnrollments;
import java.util.Currency;
import com.palmpos.pos.store.Database;
import com.palmpos.sync.api.RegisterTerminalRequest;
import com.palmpos.sync.client.CloudClient;
import com.palmpos.sync.client.CloudException;
import com.palmpos.sync.client.SyncSettings;
import com.palmpos.cloud.CloudEmulator;
import com.palmpos.cloud.TemplateMatcher;
import com.palmpos.sync.menu.MenuPull;
import com.palmpos.sync.outbox.OfflinePaymentResults;
import com.palmpos.sync.outbox.OutboxWorker;
import com.palmpos.sync.state.SyncStateStore;
import com.palmpos.sync.state.TokenRotation;
import com.palmpos.pos.payment.PaymentGateway;
import com.palmpos.sync.payment.CloudPaymentGateway;
import com.palmpos.sync.profile.ProfileSink;
import com.palmpos.sync.profile.ProfileSync;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's link to the cloud: the in-process cloud emulator when configured as {@code embedded}, the HTTP
 * client, the payment gateway, the customer cache pull, the one-time terminal registration (in the background,
 * retried with backoff until it succeeds) and the outbox worker. Closing stops them in reverse order.
 */
public final class CloudLink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CloudLink.class);
    /** How often customer changes are pulled from the cloud; {@link #pullProfilesNow()} pulls on demand. */
    static final Duration PROFILE_PULL_INTERVAL = Duration.ofMinutes(1);
    /** How often the store's menu is pulled (a pull of an unchanged menu costs one small GET). */
    static final Duration MENU_PULL_INTERVAL = Duration.ofMinutes(5);
    private static final Duration REGISTRATION_RETRY_MAX = Duration.ofMinutes(5);
    /** A terminal asks for a new bearer token when its token is this old (the old one keeps working for days). */
    static final Duration TOKEN_MAX_AGE = Duration.ofDays(30);
    private static final Duration TOKEN_CHECK_INTERVAL = Duration.ofHours(1);

    /** The customer waits at the counter: a cloud identification gets one short attempt. */
    static final Duration IDENTIFY_DEADLINE = Duration.ofMillis(1500);

    private final Optional<CloudEmulator> emulator;
    private final CloudClient client;
    private final CloudClient identifyClient;
    private final OutboxWorker worker;
    private final ProfileSync profileSync;
    private final ExecutorService registration;
    private final AtomicReference<MenuPull> menuPull;
    private final CardTokenizer cardTokenizer;
    private final PreEnrollments preEnrollments;
    private final OutboxStore outbox;
    private final Runnable wake = this::wakeUp;
    private final TokenRotation tokenRotation;

    private CloudLink(Optional<CloudEmulator> emulator, CloudClient client, CloudClient identifyClient,
            OutboxWorker worker, ProfileSync profileSync, ExecutorService registration,
            AtomicReference<MenuPull> menuPull, Currency currency, OutboxStore outbox, TokenRotation tokenRotation) {
        this.tokenRotation = tokenRotation;
        this.emulator = emulator;
        this.outbox = outbox;
        this.menuPull = menuPull;
        this.client = client;
        this.identifyClient = identifyClient;
        this.worker = worker;
        this.profileSync = profileSync;
        this.registration = registration;
        this.cardTokenizer = new CloudCardTokenizer(client, currency);
        this.preEnrollments = new CloudPreEnrollments(client, profileSync::pullNow);
    }

    /** Where the embedded emulator keeps its store, and the file key that encrypts it ({@code null}: plain). */
    public record EmbeddedStore(Path dir, char[] fileKey) {
    }

    /**
     * A link to {@code cloudUrl} over the terminal's {@code database} and {@code outbox}; the builder names the rest.
     *
     * @param cloudUrl {@code embedded} or the cloud's base URL (https unless loopback)
     */
    public static Builder builder(String cloudUrl, Database database, OutboxStore outbox, Clock clock) {
        return new Builder(cloudUrl, database, outbox, clock);
    }

    /** What the link needs, by name; {@link #start()} starts it. Not thread-safe. */
    public static final class Builder {
        private final String cloudUrl;
        private final Database database;
        private final OutboxStore outbox;
        private final Clock clock;
        private int emulatorPort;
        private EmbeddedStore emulatorStore;
        private TemplateMatcher matcher;
        private String activationCode;
        private String terminalName;
        private SyncStatusBridge status;
        private OfflinePaymentResults payments;
        private CustomerStore customers;
        private ProfileSink profiles;
        private Currency currency;
        private MenuService menus;

        private Builder(String cloudUrl, Database database, OutboxStore outbox, Clock clock) {
            this.cloudUrl = Objects.requireNonNull(cloudUrl, "cloudUrl");
            this.database = Objects.requireNonNull(database, "database");
            this.outbox = Objects.requireNonNull(outbox, "outbox");
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /**
         * The embedded emulator (used when the URL is {@code embedded}): its port (0 for any free one), where it keeps
         * its store, and how it matches palms.
         */
        public Builder emulator(int port, EmbeddedStore store, TemplateMatcher matcher) {
            this.emulatorPort = port;
            this.emulatorStore = store;
            this.matcher = matcher;
            return this;
        }

        /** The code that registers this terminal the first time, and the name it registers under. */
        public Builder registration(String activationCode, String terminalName) {
            this.activationCode = activationCode;
            this.terminalName = terminalName;
            return this;
        }

        /** Told the connection state and the outbox counts. */
        public Builder status(SyncStatusBridge status) {
            this.status = status;
            return this;
        }

        /** Where the worker reports the outcome of the offline card payments it forwards. */
        public Builder offlinePayments(OfflinePaymentResults payments) {
            this.payments = payments;
            return this;
        }

        /**
         * The customer cache (read by the worker to send enrollments) and what applies the cloud's customer changes
         * to it (and to the live gallery).
         */
        public Builder customers(CustomerStore customers, ProfileSink profiles) {
            this.customers = customers;
            this.profiles = profiles;
            return this;
        }

        /**
         * The store's currency (the card check at enrollment authorizes one minor unit of it) and the running menu,
         * replaced by the store's menu pulled from the cloud (kept in the database for offline starts).
         */
        public Builder store(Currency currency, MenuService menus) {
            this.currency = currency;
            this.menus = menus;
            return this;
        }

        /**
         * Starts the link: the emulator if embedded, the client, and in the background the registration, then the
         * outbox worker (woken after each committed order), the customer pull and the menu pull.
         *
         * @throws NullPointerException naming a part the builder was not given
         */
        public CloudLink start() {
            Objects.requireNonNull(activationCode, "registration");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(payments, "offlinePayments");
            Objects.requireNonNull(customers, "customers");
            Objects.requireNonNull(currency, "store");
            if ("embedded".equals(cloudUrl)) {
                Objects.requireNonNull(emulatorStore, "emulator");
            }
            return CloudLink.start(this);
        }
    }

    private static CloudLink start(Builder b) {
        Clock clock = b.clock;
        Optional<CloudEmulator> emulator = "embedded".equals(b.cloudUrl)
                ? Optional.of(CloudEmulator.start(b.emulatorPort, b.emulatorStore.dir(), b.matcher, clock,
                        b.emulatorStore.fileKey()))
                : Optional.empty();
        URI base = emulator.map(CloudEmulator::url).orElseGet(() -> URI.create(b.cloudUrl));
        emulator.ifPresent(e -> LOG.info("Embedded cloud emulator on {}", e.url()));
        SyncSettings settings = SyncSettings.defaults(base);
        SyncStateStore state = new SyncStateStore(b.database, clock);
        CloudClient client = new CloudClient(settings, state::token);
        OutboxWorker worker = OutboxWorker.builder(b.outbox, client).settings(settings).clock(clock)
                .statusListener(b.status).offlinePayments(b.payments).customers(b.customers).build();
        ProfileSync profileSync = new ProfileSync(client, state, b.profiles);
        ExecutorService registration = Executors.newSingleThreadExecutor(r -> new Thread(r, "cloud-registration"));
        AtomicReference<MenuPull> menuPull = new AtomicReference<>();
        PulledMenuStore pulledMenus = new PulledMenuStore(b.database, clock);
        String activationCode = b.activationCode;
        String terminalName = b.terminalName;
        SyncStatusBridge status = b.status;
        MenuService menus = b.menus;
        TokenRotation tokenRotation = new TokenRotation(client, state, clock, TOKEN_MAX_AGE);
        registration.submit(() -> {
            registerThenSync(client, state, activationCode, terminalName, worker, profileSync, status, base);
            state.registration().ifPresent(r -> {
                tokenRotation.start(TOKEN_CHECK_INTERVAL);
                MenuPull pull = new MenuPull(client, r.storeId(), pulledMenus, menus);
                menuPull.set(pull);
                pull.start(MENU_PULL_INTERVAL);
            });
        });
        CloudLink link = new CloudLink(emulator, client, new CloudClient(quick(settings), state::token), worker,
                profileSync, registration, menuPull, b.currency, b.outbox, tokenRotation);
        // an order committed at the counter goes up now, not after the worker's idle pause
        b.outbox.addCommitListener(link.wake);
        return link;
    }

    /**
     * Registers the terminal if it never was, retrying with backoff (5 s doubling to 5 min) while the cloud cannot be
     * reached, then starts the outbox worker and the customer pull. Runs on the registration thread; sales go on
     * meanwhile and wait in the outbox.
     */
    private static void registerThenSync(CloudClient client, SyncStateStore state, String activationCode,
            String terminalName, OutboxWorker worker, ProfileSync profileSync, SyncStatusBridge status, URI base) {
        Duration wait = Duration.ofSeconds(5);
        while (state.registration().isEmpty()) {
            try {
                state.saveRegistration(client.register(new RegisterTerminalRequest(activationCode, terminalName),
                        UUID.randomUUID().toString()));
                LOG.info("Terminal registered with the cloud at {}", base);
            } catch (CloudException e) {
                LOG.warn("Terminal registration failed, retrying in {} s: {}", wait.toSeconds(), e.getMessage());
                status.offline("registration failed: " + e.getMessage());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait = Collections.min(List.of(wait.multipliedBy(2), REGISTRATION_RETRY_MAX));
            }
        }
        worker.start();
        profileSync.start(PROFILE_PULL_INTERVAL);
    }

    private static SyncSettings quick(SyncSettings s) {
        return s.toBuilder().timeouts(IDENTIFY_DEADLINE, IDENTIFY_DEADLINE, IDENTIFY_DEADLINE)
                .retries(1, s.retryBaseDelay(), s.retryMaxDelay()).build();
    }

    /**
     * Cloud identification for palms this store has not cached, on a client with a {@link #IDENTIFY_DEADLINE}.
     *
     * @param online  whether the link is up (no call is tried while offline)
     * @param onMatch called with the matched customer's id (after the cache was refreshed with a pull)
     */
    public CloudIdentifier palmIdentifier(BooleanSupplier online, Consumer<String> onMatch) {
        return new CloudIdentifier(identifyClient, online, customerId -> {
            try {
                pullProfilesNow();
            } catch (CloudException e) {
                LOG.info("Customer pull after a cloud identification failed: {}", e.getMessage());
            }
            onMatch.accept(customerId);
        });
    }

    /**
     * The payment gateway over this link's client, for the payment service built before the link (see
     * {@link LateGateway}).
     */
    public PaymentGateway paymentGateway() {
        return new CloudPaymentGateway(client);
    }

    /** Asks the worker to send now; called after each committed order (the link listens to the outbox). Cheap. */
    public void wakeUp() {
        worker.wakeUp();
    }

    /** Pulls customer changes now (e.g. before an identification the local cache could not answer). Blocks. */
    public int pullProfilesNow() {
        return profileSync.pullNow();
    }

    /** Pulls the store's menu now and applies it if it changed (tests, a manager's "refresh"). Blocks. */
    public Optional<MenuPull.Result> pullMenuNow() {
        return Optional.ofNullable(menuPull.get()).map(MenuPull::pullNow);
    }

    /** Card tokenization (and verification) through the cloud, for the {@code EnrollmentService}. */
    public CardTokenizer cardTokenizer() {
        return cardTokenizer;
    }

    /** Pre-enrollment completion through the cloud (pulls the new profile after), for the {@code PreEnrollmentService}. */
    public PreEnrollments preEnrollments() {
        return preEnrollments;
    }

    /** The client, for calls the screens make through their services. */
    public CloudClient client() {
        return client;
    }

    @Override
    public void close() {
        outbox.removeCommitListener(wake);
        registration.shutdownNow();
        try {
            registration.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Optional.ofNullable(menuPull.get()).ifPresent(MenuPull::close);
        profileSync.close();
        tokenRotation.close();
        worker.close();
        identifyClient.close();
        emulator.ifPresent(CloudEmulator::close);
    }
}
