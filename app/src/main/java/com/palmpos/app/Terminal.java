package com.palmpos.app;

import com.palmpos.app.cli.VersionProvider;
import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigKeys;
import com.palmpos.app.wiring.CloudLink;
import com.palmpos.app.wiring.CustomerCacheSink;
import com.palmpos.app.wiring.EngineTemplateMatcher;
import com.palmpos.app.wiring.StaffManagerAuthenticator;
import com.palmpos.app.wiring.SyncStatusBridge;
import com.palmpos.pos.PosSettings;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.privacy.PrivacyService;
import com.palmpos.pos.privacy.RetentionJob;
import com.palmpos.pos.privacy.RetentionPolicy;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.menu.MenuLoader;
import com.palmpos.pos.menu.MenuService;
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
    private final RetentionJob retention;
    private final TerminalShell shell;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Terminal(Config config, Database database, CloudLink cloud, RetentionJob retention, TerminalShell shell) {
        this.config = config;
        this.database = database;
        this.cloud = cloud;
        this.retention = retention;
        this.shell = shell;
    }

    /** Claims the data directory, starts logging there, opens the database and builds the services and screens. */
    public static Terminal open(Config config) {
        LogSetup.toDirectory(config.dataDir().resolve("logs"), config.get(ConfigKeys.LOG_LEVEL));
        LOG.info("Starting PalmPOS {} terminal {} of store {} in {}", VersionProvider.version(),
                config.get(ConfigKeys.TERMINAL_ID), config.get(ConfigKeys.STORE_ID), config.dataDir());
        TerminalKeys keys = TerminalKeys.load(config.dataDir(), config.masterKey());
        Database database = openDatabase(config, keys);
        CloudLink cloud = null;
        RetentionJob retention = null;
        try {
            Clock clock = Clock.systemDefaultZone();
            AuditLog audit = new AuditLog(database, clock, config.get(ConfigKeys.TERMINAL_ID));
            StaffService staff = new StaffService(database, clock, StaffSettings.defaults(), audit);
            staff.ensureDefaultManager();
            SyncStatusBridge syncStatus = new SyncStatusBridge();
            PosSettings defaults = PosSettings.defaults();
            PosSettings pos = new PosSettings(config.get(ConfigKeys.STORE_ID), config.get(ConfigKeys.TERMINAL_ID),
                    clock.getZone(), defaults.offline(), defaults.loyalty(), defaults.staff());
            MenuService menus = new MenuService(database, new MenuLoader().loadDemo(), clock);
            OutboxStore outbox = new OutboxStore(database, clock);
            CustomerStore customers = new CustomerStore(database, clock, keys.templateCipher());
            customers.sealLegacyTemplates();
            PrivacyService privacy = new PrivacyService(database, customers, outbox, audit, clock);
            retention = new RetentionJob(database, customers, outbox, audit,
                    RetentionPolicy.ofDays(config.get(ConfigKeys.PRIVACY_RETENTION_DAYS)), clock);
            retention.start();
            cloud = CloudLink.start(config.get(ConfigKeys.CLOUD_URL), config.get(ConfigKeys.CLOUD_PORT),
                    config.dataDir().resolve("cloud-emulator"), new EngineTemplateMatcher(Parameters.defaults()), config.get(ConfigKeys.CLOUD_ACTIVATION_CODE),
                    config.get(ConfigKeys.TERMINAL_NAME), database, outbox, clock, syncStatus,
                    gateway -> new PaymentService(database, outbox, clock, pos, menus, gateway),
                    new CustomerCacheSink(customers, privacy));
            ShellPorts ports = new ShellPorts(new StaffManagerAuthenticator(staff, StaffService.DEFAULT_MANAGER_ID),
                    syncStatus);
            TerminalShell shell = new TerminalShell(uiSettings(config),
                    new TerminalInfo(VersionProvider.version(), config.dataDir()), ports);
            return new Terminal(config, database, cloud, retention, shell);
        } catch (RuntimeException e) {
            if (retention != null) {
                retention.close();
            }
            if (cloud != null) {
                cloud.close();
            }
            database.close();
            throw e;
        }
    }

    private static Database openDatabase(Config config, TerminalKeys keys) {
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

    /** Shows the screens and returns when the cashier window is closed. Call from the main thread. */
    public void runUntilClosed() {
        shell.start();
    }

    /**
     * Stops the screens' workers, the retention job, the cloud link and the database, in that order. Idempotent,
     * thread-safe.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        retention.close();
        cloud.close();
        database.close();
        LOG.info("Terminal {} stopped", config.get(ConfigKeys.TERMINAL_ID));
    }
}
