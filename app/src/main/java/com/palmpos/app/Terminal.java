package com.palmpos.app;

import com.palmpos.app.cli.VersionProvider;
import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigKeys;
import com.palmpos.app.wiring.EnrollmentServices;
import com.palmpos.app.wiring.LateEnrollmentDesk;
import com.palmpos.app.wiring.LateGateway;
import com.palmpos.app.wiring.LatePalmReader;
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
import com.palmpos.pos.print.PrinterChoice;
import com.palmpos.pos.print.SettingsPrinter;
import com.palmpos.pos.staff.StaffService;
import com.palmpos.pos.store.Database;
import com.palmpos.sync.api.TerminalRegistration;
import com.palmpos.sync.state.SyncStateStore;
import com.palmpos.ui.CaptureLoopPalmReader;
import com.palmpos.ui.CounterServices;
import com.palmpos.ui.DemoCardTerminal;
import com.palmpos.ui.ShellPorts;
import com.palmpos.ui.StartupSplash;
import com.palmpos.ui.TerminalInfo;
import com.palmpos.ui.TerminalShell;
import com.palmpos.ui.Theme;
import com.palmpos.ui.UiSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of a running terminal: opens the store, builds the services and the screens, and closes
 * them in reverse order. The only place where modules meet.
 */
public final class Terminal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Terminal.class);

    /** How long an enrollment or card call made during start-up waits for the cloud link and the palm reader. */
    static final Duration BACKGROUND_WAIT = Duration.ofSeconds(60);
    /** How long {@link #enrollment()} and {@link #soakable()} (soak, tests) wait: a loaded machine takes minutes. */
    private static final Duration DRIVER_WAIT = Duration.ofMinutes(5);

    private final Config config;
    private final Database database;
    private final TerminalShell shell;
    private final BackgroundStart background;
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

    private Terminal(Config config, Database database, TerminalShell shell, BackgroundStart background) {
        this.config = config;
        this.database = database;
        this.shell = shell;
        this.background = background;
    }

    /** As {@link #open(Config, Consumer)} with nobody told about the progress. */
    public static Terminal open(Config config) {
        return open(config, step -> { });
    }

    /**
     * Claims the data directory, starts logging there, opens the database and builds the services and screens: what
     * the first sale needs. The cloud link, the palm reader (OpenCV, palm detector, gallery, camera), enrollment and
     * the housekeeping jobs start in the background once the cashier window shows (see {@link BackgroundStart});
     * until then the screens say so.
     *
     * @param progress told each step in a sentence ("Opening the database…"), e.g. for the start-up window
     */
    public static Terminal open(Config config, Consumer<String> progress) {
        TerminalStorage.prepare(config);
        LOG.info("Starting PalmPOS {} terminal {} of store {} in {}", VersionProvider.version(),
                config.get(ConfigKeys.TERMINAL_ID), config.get(ConfigKeys.STORE_ID), config.dataDir());
        progress.accept("Opening the database…");
        long openStart = System.nanoTime();
        TerminalStorage.Opened storage = TerminalStorage.open(config);
        LOG.info("Keys and database open in {} ms", (System.nanoTime() - openStart) / 1_000_000);
        TerminalKeys keys = storage.keys();
        Database database = storage.database();
        try {
            progress.accept("Loading the menu and the services…");
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
            // customers.sealLegacyTemplates() runs in the background start-up: O(customers)
            pos.staff().ensureDefaultManager();
            BackgroundStart background = new BackgroundStart(config, keys, database, clock, syncStatus, saved, menu,
                    settings, gateway, pos, new LatePalmReader(saved.flag(ConfigKeys.CAMERA_DEBUG_CAPTURE, config)));
            // demo mode: a simulated card reader (test card 4242...); a hardware reader driver replaces it here
            CounterServices counter = new CounterServices(clock, settings, StaffService.DEFAULT_MANAGER_ID,
                    pos.menus(), pos.orders(), pos.payments(), pos.loyalty(), customers, pos.insights(),
                    pos.shifts(), pos.reports(), pos.staff(), background.palm(),
                    SettingsPrinter.following(settingStore, new PrinterChoice(PrinterChoice.Kind.valueOf(
                            config.get(ConfigKeys.PRINTER_KIND).toUpperCase(Locale.ROOT)),
                            config.get(ConfigKeys.PRINTER_QUEUE)), config.dataDir().resolve("receipts"), clock),
                    pos.audit(),
                    PalmPaymentWiring.create(pos, PalmPaymentWiring.secondFactor(
                            config.get(ConfigKeys.PAYMENT_SECOND_FACTOR_ABOVE), menu.currency()), clock))
                    .withEnrollment(new LateEnrollmentDesk(background.desk(), BACKGROUND_WAIT))
                    .withCards(new DemoCardTerminal(new SimulatedCardReader(clock),
                            background.cardTokenizer(BACKGROUND_WAIT)));
            ShellPorts ports = new ShellPorts(
                    new StaffManagerAuthenticator(pos.staff(), StaffService.DEFAULT_MANAGER_ID), syncStatus, counter,
                    Optional.of(ManagerWiring.create(pos, settingStore)));
            TerminalShell shell = new TerminalShell(uiSettings(config)
                    .withStoreName(saved.text(ConfigKeys.STORE_NAME, config))
                    .withTerminalName(saved.text(ConfigKeys.TERMINAL_NAME, config)),
                    new TerminalInfo(VersionProvider.version(), config.dataDir()), ports);
            Terminal terminal = new Terminal(config, database, shell, background);
            // after the cashier window's first frame, so the start-up work does not compete with building it
            shell.shown().thenRun(background::start);
            progress.accept("Building the screens…");
            return terminal;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The screens' settings from configuration (the manager's saved names are applied on top in {@link #open}). */
    public static UiSettings uiSettings(Config config) {
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

    /**
     * The enrollment, pre-enrollment, consent and loyalty-link services, for the screens that drive them. Waits for
     * the background start-up (started with the screens).
     *
     * @throws IllegalStateException if the background start-up failed or did not finish in time
     */
    public EnrollmentServices enrollment() {
        return background.enrollment(DRIVER_WAIT);
    }

    /** The services a soak run drives (see {@code palmpos soak}); waits for the background start-up as above. */
    public Soakable soakable() {
        return background.soakable(DRIVER_WAIT);
    }

    /** Completes when the background start-up has finished, each part started or reported as failed (tests). */
    java.util.concurrent.CompletableFuture<Void> backgroundDone() {
        return background.done();
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
     * Waits for a background start-up in progress, then stops the camera, the purge and retention jobs, the cloud
     * link and the database, in that order. Idempotent, thread-safe.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        background.close();
        database.close();
        LOG.info("Terminal {} stopped", config.get(ConfigKeys.TERMINAL_ID));
    }
}
