package com.palmpos.app;

import com.palmpos.app.cli.VersionProvider;
import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigKeys;
import com.palmpos.app.wiring.CachedKnownPalms;
import com.palmpos.app.wiring.CachedPalmGallery;
import com.palmpos.app.wiring.CloudLink;
import com.palmpos.app.wiring.CustomerCacheSink;
import com.palmpos.app.wiring.DemoPalms;
import com.palmpos.app.wiring.EngineTemplateMatcher;
import com.palmpos.app.wiring.EnrollmentServices;
import com.palmpos.app.wiring.LateGateway;
import com.palmpos.app.wiring.LiveGalleryUpdates;
import com.palmpos.app.wiring.PalmPaymentWiring;
import com.palmpos.app.wiring.StaffManagerAuthenticator;
import com.palmpos.app.wiring.ManagerWiring;
import com.palmpos.app.wiring.SavedSettings;
import com.palmpos.app.wiring.SyncStatusBridge;
import com.palmpos.pos.settings.TerminalSettingStore;
import com.palmpos.pos.PosServices;
import com.palmpos.pos.PosSettings;
import com.palmpos.pos.crypto.TerminalKeys;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.enrollment.SimulatedCardReader;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.PulledMenuStore;
import com.palmpos.pos.outbox.OutboxPurger;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.pos.print.PrinterChoice;
import com.palmpos.pos.print.SettingsPrinter;
import com.palmpos.pos.privacy.RetentionJob;
import com.palmpos.pos.privacy.RetentionPolicy;
import com.palmpos.pos.staff.StaffService;
import com.palmpos.pos.store.Database;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.PalmGallery;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.camera.CameraDrivers;
import com.palmpos.scanner.camera.CameraSettings;
import com.palmpos.scanner.capture.CaptureSettings;
import com.palmpos.scanner.capture.Identifier;
import com.palmpos.sync.api.TerminalRegistration;
import com.palmpos.sync.state.SyncStateStore;
import com.palmpos.ui.CaptureLoopPalmReader;
import com.palmpos.ui.CounterServices;
import com.palmpos.ui.DemoCardTerminal;
import com.palmpos.ui.PosEnrollmentDesk;
import com.palmpos.ui.ShellPorts;
import com.palmpos.ui.StartupSplash;
import com.palmpos.ui.TerminalInfo;
import com.palmpos.ui.TerminalShell;
import com.palmpos.ui.Theme;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.port.SyncStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of a running terminal: opens the store, builds the services and the screens, and closes
 * them in reverse order. The only place where modules meet.
 */
public final class Terminal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Terminal.class);

    private final Config config;
    private final Database database;
    private final CloudLink cloud;
    private final CaptureLoopPalmReader palm;
    private final OutboxPurger purger;
    private final RetentionJob retention;
    private final EnrollmentServices enrollment;
    private final TerminalShell shell;
    private final Soakable soakable;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * What {@code palmpos soak} drives and watches in a running terminal: the pos services it rings orders up
     * with, the cloud client, the enrollment services, and the palm reader's frame count.
     */
    public record Soakable(PosServices pos, com.palmpos.sync.client.CloudClient cloud,
            EnrollmentServices enrollment, CaptureLoopPalmReader palm) {
    }

    /** Seed of the synthetic palms the simulated camera shows (the demo customers' hands). */
    static final long DEMO_PALM_SEED = 20261126L;

    private Terminal(Config config, Database database, CloudLink cloud, CaptureLoopPalmReader palm,
            OutboxPurger purger, RetentionJob retention, EnrollmentServices enrollment, TerminalShell shell,
            Soakable soakable) {
        this.config = config;
        this.database = database;
        this.cloud = cloud;
        this.palm = palm;
        this.purger = purger;
        this.retention = retention;
        this.enrollment = enrollment;
        this.shell = shell;
        this.soakable = soakable;
    }

    /** Claims the data directory, starts logging there, opens the database and builds the services and screens. */
    public static Terminal open(Config config) {
        TerminalStorage.prepare(config);
        LOG.info("Starting PalmPOS {} terminal {} of store {} in {}", VersionProvider.version(),
                config.get(ConfigKeys.TERMINAL_ID), config.get(ConfigKeys.STORE_ID), config.dataDir());
        TerminalStorage.Opened storage = TerminalStorage.open(config);
        TerminalKeys keys = storage.keys();
        Database database = storage.database();
        CloudLink cloud = null;
        CaptureLoopPalmReader palm = null;
        OutboxPurger purger = null;
        RetentionJob retention = null;
        try {
            Clock clock = Clock.systemDefaultZone();
            SyncStatusBridge syncStatus = new SyncStatusBridge();
            TerminalSettingStore settingStore = new TerminalSettingStore(database, clock);
            SavedSettings saved = SavedSettings.load(settingStore);
            // the store's menu last pulled from the cloud (MenuPull keeps it current), else the bundled one
            Menu menu = new PulledMenuStore(database, clock).startMenu(new SyncStateStore(database, clock).registration()
                    .map(TerminalRegistration::storeId).orElse(config.get(ConfigKeys.STORE_ID)), new MenuLoader());
            PosSettings defaults = PosSettings.defaults();
            PosSettings settings = new PosSettings(config.get(ConfigKeys.STORE_ID),
                    config.get(ConfigKeys.TERMINAL_ID), clock.getZone(),
                    saved.offline(defaults.offline(), menu.currency()), defaults.loyalty(), defaults.staff());
            // the cloud link builds the real gateway and needs the payment service: it connects the gateway later
            LateGateway gateway = new LateGateway();
            PosServices pos = PosServices.create(database, clock, settings, menu, gateway, keys.templateCipher());
            CustomerStore customers = pos.customers();
            customers.sealLegacyTemplates();
            pos.staff().ensureDefaultManager();
            retention = new RetentionJob(database, customers, pos.outbox(), pos.audit(),
                    RetentionPolicy.ofDays(config.get(ConfigKeys.PRIVACY_RETENTION_DAYS))
                            .withDeliveredOutboxDays(config.get(ConfigKeys.OUTBOX_RETENTION_DAYS)), clock);
            retention.start();
            purger = new OutboxPurger(pos.outbox(), clock,
                    Duration.ofDays(config.get(ConfigKeys.OUTBOX_RETENTION_DAYS)), OutboxPurger.DEFAULT_INTERVAL);
            purger.start();
            // the cache sink starts with the link, the reader after it: pulls before the reader exists are in its
            // first gallery load
            AtomicReference<CaptureLoopPalmReader> reader = new AtomicReference<>();
            Parameters engine = saved.engine(Parameters.defaults());
            EngineTemplateMatcher matcher = new EngineTemplateMatcher(engine);
            cloud = CloudLink.start(saved.text(ConfigKeys.CLOUD_URL, config), config.get(ConfigKeys.CLOUD_PORT),
                    TerminalStorage.embeddedCloudStore(config.dataDir().resolve("cloud-emulator"), keys), matcher, config.get(ConfigKeys.CLOUD_ACTIVATION_CODE),
                    saved.text(ConfigKeys.TERMINAL_NAME, config), database, pos.outbox(), clock, syncStatus,
                    cloudGateway -> {
                        gateway.connect(cloudGateway);
                        return pos.payments();
                    },
                    customers, new CustomerCacheSink(customers, pos.privacy(), new LiveGalleryUpdates(reader)),
                    menu.currency(), pos.menus());
            Identifier remote = cloud.palmIdentifier(
                    () -> syncStatus.current().connection() == SyncStatus.Connection.ONLINE,
                    customerId -> customers.palmTemplate(customerId).ifPresent(bytes ->
                            reader.get().addToGallery(customerId, PalmTemplate.fromBytes(bytes))));
            palm = startPalmReader(config, saved.text(ConfigKeys.CAMERA_DEVICE, config),
                    captureSettings(config, saved.flag(ConfigKeys.CAMERA_DEBUG_CAPTURE, config)), customers, engine,
                    remote);
            reader.set(palm);
            // demo mode: a simulated card reader (test card 4242...); a hardware reader driver replaces it here
            EnrollmentServices enrollment = EnrollmentServices.create(database, customers, pos.outbox(), cloud,
                    new CachedKnownPalms(customers, matcher), new SimulatedCardReader(clock), settings.terminalId(),
                    clock);
            CounterServices counter = new CounterServices(clock, settings, StaffService.DEFAULT_MANAGER_ID,
                    pos.menus(), pos.orders(), pos.payments(), pos.loyalty(), customers, pos.insights(),
                    pos.shifts(), pos.reports(), pos.staff(), palm,
                    SettingsPrinter.following(settingStore, new PrinterChoice(PrinterChoice.Kind.valueOf(
                            config.get(ConfigKeys.PRINTER_KIND).toUpperCase(Locale.ROOT)),
                            config.get(ConfigKeys.PRINTER_QUEUE)), config.dataDir().resolve("receipts"), clock),
                    pos.audit(),
                    PalmPaymentWiring.create(pos, PalmPaymentWiring.secondFactor(
                            config.get(ConfigKeys.PAYMENT_SECOND_FACTOR_ABOVE), menu.currency()), clock))
                    .withEnrollment(new PosEnrollmentDesk(enrollment.enrollment(), enrollment.preEnrollment(),
                            enrollment.loyalty(), enrollment.cardReader(), customers, pos.loyalty()))
                    .withCards(new DemoCardTerminal(new SimulatedCardReader(clock), cloud.cardTokenizer()));
            ShellPorts ports = new ShellPorts(
                    new StaffManagerAuthenticator(pos.staff(), StaffService.DEFAULT_MANAGER_ID), syncStatus, counter,
                    Optional.of(ManagerWiring.create(pos, settingStore)));
            TerminalShell shell = new TerminalShell(uiSettings(config)
                    .withStoreName(saved.text(ConfigKeys.STORE_NAME, config))
                    .withTerminalName(saved.text(ConfigKeys.TERMINAL_NAME, config)),
                    new TerminalInfo(VersionProvider.version(), config.dataDir()), ports);
            releaseOpenPaymentIntents(pos.payments());
            return new Terminal(config, database, cloud, palm, purger, retention, enrollment, shell,
                    new Soakable(pos, cloud.client(), enrollment, palm));
        } catch (RuntimeException e) {
            for (AutoCloseable started : new AutoCloseable[] {palm, cloud, purger, retention}) {
                closeQuietly(started, e);
            }
            database.close();
            throw e;
        }
    }

    /**
     * Voids, in the background, the card authorizations a crash left behind (intents committed before the processor
     * answered), so none stays live until the next card sale; a till selling only cash would otherwise hold them for
     * hours. Unreachable processor: the intents stay open and the next card payment releases them first.
     */
    private static void releaseOpenPaymentIntents(PaymentService payments) {
        Thread release = new Thread(() -> {
            try {
                PaymentService.IntentRelease result = payments.releaseOpenIntents();
                if (result.released() > 0 || result.stillOpen() > 0) {
                    LOG.warn("Payment intents left by the last run: {} voided with the processor, {} still open",
                            result.released(), result.stillOpen());
                }
            } catch (RuntimeException e) {
                LOG.warn("Open payment intents not released at start-up: the next card payment tries again", e);
            }
        }, "payment-intents-release");
        release.setDaemon(true);
        release.start();
    }

    private static void closeQuietly(AutoCloseable started, RuntimeException failure) {
        if (started == null) {
            return;
        }
        try {
            started.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * The camera from configuration and the gallery from the customer cache; the camera opens in the background.
     * Demo mode (camera.driver=simulated) films the demo customers' synthetic hands and enrolls them in memory.
     *
     * @param cameraDevice the camera chosen on the manager's settings page, else the configuration's
     * @param remote asked about palms the local gallery does not know (the cloud)
     */
    private static CaptureLoopPalmReader startPalmReader(Config config, String cameraDevice, CaptureSettings capture,
            CustomerStore customers, Parameters engine, Identifier remote) {
        CameraSettings camera = CameraSettings.fromText(config.get(ConfigKeys.CAMERA_DRIVER),
                cameraDevice, config.get(ConfigKeys.CAMERA_RESOLUTION),
                config.get(ConfigKeys.CAMERA_FPS));
        PalmEngine palmEngine = new PalmEngine(engine);
        Supplier<PalmGallery> stored = () -> CachedPalmGallery.load(customers, engine);
        if (camera.driver() == CameraSettings.Driver.SIMULATED) {
            DemoPalms demo = new DemoPalms(DEMO_PALM_SEED, palmEngine);
            CaptureLoopPalmReader reader = CaptureLoopPalmReader.start(demo.camera(), camera,
                    capture, palmEngine, demo.withDemoPalms(stored), remote);
            demo.setUpInBackground(reader);
            return reader;
        }
        return CaptureLoopPalmReader.start(CameraDrivers.forHardware(camera.driver()), camera,
                capture, palmEngine, stored, remote);
    }

    /** Frames go to disk only in the manager's debug mode (both screens say so while it is on). */
    private static CaptureSettings captureSettings(Config config, boolean debugCapture) {
        if (!debugCapture) {
            return CaptureSettings.defaults();
        }
        Path frames = config.dataDir().resolve("debug-frames");
        LOG.warn("Camera debug capture is ON: every analysed frame is written to {}", frames);
        return CaptureSettings.defaults().withDebugCapture(frames);
    }

    static UiSettings uiSettings(Config config) {
        return UiSettings.defaults()
                .withStoreName(config.get(ConfigKeys.STORE_NAME))
                .withTerminalName(config.get(ConfigKeys.TERMINAL_NAME))
                .withCompanionEnabled(config.get(ConfigKeys.UI_COMPANION))
                .withTheme("dark".equals(config.get(ConfigKeys.UI_THEME)) ? Theme.DARK : Theme.LIGHT)
                .withLocale(Locale.forLanguageTag(config.get(ConfigKeys.UI_LOCALE)));
    }

    /** The screens, for tests that drive the real terminal. */
    TerminalShell shell() {
        return shell;
    }

    /** The enrollment, pre-enrollment, consent and loyalty-link services, for the screens that drive them. */
    public EnrollmentServices enrollment() {
        return enrollment;
    }

    /** The services a soak run drives (see {@code palmpos soak}). */
    public Soakable soakable() {
        return soakable;
    }

    /** Closes the screens as the cashier closing the window would; {@link #runUntilClosed()} then returns. */
    public void closeScreens() {
        shell.close();
    }

    /** Shows the screens and returns when the cashier window is closed. Call from the main thread. */
    public void runUntilClosed() {
        shell.start();
    }

    /** As {@link #runUntilClosed()}, closing {@code splash} once the cashier window is showing. */
    public void runUntilClosed(StartupSplash splash) {
        shell.start(splash::close);
    }

    /**
     * Stops the camera, the purge and retention jobs, the cloud link and the database, in that order. Idempotent,
     * thread-safe.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        palm.close();
        purger.close();
        retention.close();
        cloud.close();
        database.close();
        LOG.info("Terminal {} stopped", config.get(ConfigKeys.TERMINAL_ID));
    }
}
