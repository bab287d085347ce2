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
import com.palmpos.sync.outbox.OutboxWorker;
import com.palmpos.sync.state.SyncStateStore;
import com.palmpos.sync.state.TokenRotation;
import com.palmpos.pos.payment.PaymentGateway;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.sync.payment.CloudPaymentGateway;
import com.palmpos.sync.profile.ProfileSink;
import com.palmpos.sync.profile.ProfileSync;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.security.SecureRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.nio.file.Path;
import java.time.Clock;
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
    private final TokenRotation tokenRotation;

    private CloudLink(Optional<CloudEmulator> emulator, CloudClient client, CloudClient identifyClient,
            OutboxWorker worker, ProfileSync profileSync, ExecutorService registration,
            AtomicReference<MenuPull> menuPull, Currency currency, TokenRotation tokenRotation) {
        this.tokenRotation = tokenRotation;
        this.emulator = emulator;
        this.menuPull = menuPull;
        this.client = client;
        this.identifyClient = identifyClient;
        this.worker = worker;
        this.profileSync = profileSync;
        this.registration = registration;
        this.cardTokenizer = new CloudCardTokenizer(client, currency);
        this.preEnrollments = new CloudPreEnrollments(client, profileSync::pullNow);
    }

    /**
     * Starts the link.
     *
     * @param cloudUrl       {@code embedded} or the cloud's base URL (https unless loopback)
     * @param emulatorPort   port of the embedded emulator, 0 for any free one
     * @param emulatorDir    data directory of the embedded emulator
     * @param activationCode code that registers this terminal the first time
     * @param payments       builds the payment service over the cloud gateway; the worker forwards offline payments
     *                       through it
     * @param customers      the customer cache, read by the worker to send enrollments
     * @param profiles       applies the cloud's customer changes to the cache (and the live gallery)
     * @param currency       the store's currency (the card check at enrollment authorizes one minor unit of it)
     * @param menus          the running menu, replaced by the store's menu pulled from the cloud (kept in
     *                       {@code database} for offline starts)
     */
    public static CloudLink start(String cloudUrl, int emulatorPort, Path emulatorDir, TemplateMatcher matcher,
            String activationCode, String terminalName, Database database, OutboxStore outbox, Clock clock,
            SyncStatusBridge status, Function<PaymentGateway, PaymentService> payments, CustomerStore customers,
            ProfileSink profiles, Currency currency, MenuService menus) {
        return start(cloudUrl, emulatorPort, new EmbeddedStore(emulatorDir, null), matcher, activationCode,
                terminalName, database, outbox, clock, status, payments, customers, profiles, currency, menus);
    }

    /** Where the embedded emulator keeps its store, and the file key that encrypts it ({@code null}: plain). */
    public record EmbeddedStore(Path dir, char[] fileKey) {
    }

    /** As above, with the embedded emulator's store encrypted under {@code emulator.fileKey()}. */
    public static CloudLink start(String cloudUrl, int emulatorPort, EmbeddedStore emulatorStore,
            TemplateMatcher matcher, String activationCode, String terminalName, Database database,
            OutboxStore outbox, Clock clock, SyncStatusBridge status, Function<PaymentGateway, PaymentService> payments,
            CustomerStore customers, ProfileSink profiles, Currency currency, MenuService menus) {
        Optional<CloudEmulator> emulator = "embedded".equals(cloudUrl)
                ? Optional.of(CloudEmulator.start(emulatorPort, emulatorStore.dir(), matcher, clock,
                        emulatorStore.fileKey()))
                : Optional.empty();
        URI base = emulator.map(CloudEmulator::url).orElseGet(() -> URI.create(cloudUrl));
        emulator.ifPresent(e -> LOG.info("Embedded cloud emulator on {}", e.url()));
        SyncSettings settings = SyncSettings.defaults(base);
        SyncStateStore state = new SyncStateStore(database, clock);
        CloudClient client = new CloudClient(settings, state::token);
        OutboxWorker worker = new OutboxWorker(outbox, client, payments.apply(new CloudPaymentGateway(client)),
                customers, settings, clock, status, new SecureRandom());
        ProfileSync profileSync = new ProfileSync(client, state, profiles);
        ExecutorService registration = Executors.newSingleThreadExecutor(r -> new Thread(r, "cloud-registration"));
        AtomicReference<MenuPull> menuPull = new AtomicReference<>();
        PulledMenuStore pulledMenus = new PulledMenuStore(database, clock);
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
        return new CloudLink(emulator, client, new CloudClient(quick(settings), state::token), worker, profileSync,
                registration, menuPull, currency, tokenRotation);
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
        return new SyncSettings(s.baseUrl(), IDENTIFY_DEADLINE, IDENTIFY_DEADLINE, IDENTIFY_DEADLINE, 1,
                s.retryBaseDelay(), s.retryMaxDelay(), s.maxRetryAfter(), s.maxResponseBytes(), s.userAgent(),
                s.batchSize(), s.idlePoll(), s.outboxRetryBase(), s.outboxRetryMax(), s.profilePullInterval());
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

    /** Asks the worker to send now (after committing an order). */
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
