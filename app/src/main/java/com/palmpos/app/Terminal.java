package com.palmpos.app;

import com.palmpos.app.cli.VersionProvider;
import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigKeys;
import com.palmpos.app.wiring.CloudLink;
import com.palmpos.app.wiring.CachedKnownPalms;
import com.palmpos.app.wiring.EnrollmentServices;
import com.palmpos.app.wiring.EngineTemplateMatcher;
import com.palmpos.app.wiring.StaffManagerAuthenticator;
import com.palmpos.app.wiring.SyncStatusBridge;
import com.palmpos.pos.PosSettings;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.MenuService;
import com.palmpos.pos.enrollment.SimulatedCardReader;
import com.palmpos.pos.outbox.OutboxPurger;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.payment.PaymentService;
import com.palmpos.pos.crypto.TerminalKeys;
import com.palmpos.pos.staff.StaffService;
import com.palmpos.pos.staff.StaffSettings;
import com.palmpos.pos.store.Database;
import com.palmpos.scanner.Parameters;
import com.palmpos.ui.ShellPorts;
import com.palmpos.ui.TerminalInfo;
import com.palmpos.ui.TerminalShell;
import com.palmpos.ui.Theme;
import com.palmpos.ui.UiSettings;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private final OutboxPurger purger;
    private final EnrollmentServices enrollment;
    private final TerminalShell shell;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Terminal(Config config, Database database, CloudLink cloud, OutboxPurger purger,
                     EnrollmentServices enrollment, TerminalShell shell) {
        this.config = config;
        this.database = database;
        this.cloud = cloud;
        this.purger = purger;
        this.enrollment = enrollment;
        this.shell = shell;
    }

    /** Claims the data directory, starts logging there, opens the database and builds the services and screens. */
    public static Terminal open(Config config) {
        LogSetup.toDirectory(config.dataDir().resolve("logs"), config.get(ConfigKeys.LOG_LEVEL));
        LOG.info("Starting PalmPOS {} terminal {} of store {} in {}", VersionProvider.version(),
                config.get(ConfigKeys.TERMINAL_ID), config.get(ConfigKeys.STORE_ID), config.dataDir());
        Database database = openDatabase(config);
        CloudLink cloud = null;
        OutboxPurger purger = null;
        try {
            Clock clock = Clock.systemDefaultZone();
            StaffService staff = new StaffService(database, clock, StaffSettings.defaults());
            staff.ensureDefaultManager();
            SyncStatusBridge syncStatus = new SyncStatusBridge();
            PosSettings defaults = PosSettings.defaults();
            PosSettings pos = new PosSettings(config.get(ConfigKeys.STORE_ID), config.get(ConfigKeys.TERMINAL_ID),
                    clock.getZone(), defaults.offline(), defaults.loyalty(), defaults.staff());
            MenuService menus = new MenuService(database, new MenuLoader().loadDemo(), clock);
            OutboxStore outbox = new OutboxStore(database, clock);
            CustomerStore customers = new CustomerStore(database, clock);
            EngineTemplateMatcher matcher = new EngineTemplateMatcher(Parameters.defaults());
            cloud = CloudLink.start(config.get(ConfigKeys.CLOUD_URL), config.get(ConfigKeys.CLOUD_PORT),
                    config.dataDir().resolve("cloud-emulator"), matcher, config.get(ConfigKeys.CLOUD_ACTIVATION_CODE),
                    config.get(ConfigKeys.TERMINAL_NAME), database, outbox, clock, syncStatus,
                    gateway -> new PaymentService(database, outbox, clock, pos, menus, gateway),
                    customers, menus.menu().currency());
            purger = new OutboxPurger(outbox, clock, java.time.Duration.ofDays(config.get(ConfigKeys.OUTBOX_RETENTION_DAYS)),
                    OutboxPurger.DEFAULT_INTERVAL);
            purger.start();
            // demo mode: a simulated card reader (test card 4242...); a hardware reader driver replaces it here
            EnrollmentServices enrollment = EnrollmentServices.create(database, customers, outbox, cloud,
                    new CachedKnownPalms(customers, matcher), new SimulatedCardReader(clock), pos.terminalId(), clock);
            ShellPorts ports = new ShellPorts(new StaffManagerAuthenticator(staff, StaffService.DEFAULT_MANAGER_ID),
                    syncStatus);
            TerminalShell shell = new TerminalShell(uiSettings(config),
                    new TerminalInfo(VersionProvider.version(), config.dataDir()), ports);
            return new Terminal(config, database, cloud, purger, enrollment, shell);
        } catch (RuntimeException e) {
            if (purger != null) {
                purger.close();
            }
            if (cloud != null) {
                cloud.close();
            }
            database.close();
            throw e;
        }
    }

    private static Database openDatabase(Config config) {
        TerminalKeys keys = TerminalKeys.load(config.dataDir(), config.masterKey());
        char[] fileKey = keys.databaseFileKey();
        try {
            return Database.open(config.dataDir(), fileKey, "pos", "sync");
        } finally {
            Arrays.fill(fileKey, '\0');
        }
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

    /** Shows the screens and returns when the cashier window is closed. Call from the main thread. */
    public void runUntilClosed() {
        shell.start();
    }

    /** Stops the screens' workers, the cloud link and the database, in that order. Idempotent, thread-safe. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        purger.close();
        cloud.close();
        database.close();
        LOG.info("Terminal {} stopped", config.get(ConfigKeys.TERMINAL_ID));
    }
}
