package com.palmpos.ui.tools;


import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.staff.ApprovedOrderActions;
import com.palmpos.pos.staff.ManagerApproval;
import com.palmpos.ui.ManagerPorts;
import com.palmpos.ui.TerminalInfo;
import com.palmpos.ui.Theme;
import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.companion.CompanionView;
import com.palmpos.ui.internal.companion.CompanionViewModel;
import com.palmpos.ui.internal.session.CounterSession;
import com.palmpos.ui.internal.counter.CounterViewModel;
import com.palmpos.ui.testing.TestCounter;
import com.palmpos.ui.internal.fx.Stylesheets;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.manager.ManagerAreaViewModel;
import com.palmpos.ui.internal.manager.ManagerContext;
import com.palmpos.ui.internal.manager.ManagerPage;
import com.palmpos.ui.internal.shell.CashierWindow;
import com.palmpos.ui.internal.shell.ShellViewModel;
import com.palmpos.ui.internal.topbar.SyncStatusViewModel;
import com.palmpos.ui.internal.topbar.TopBarViewModel;
import com.palmpos.ui.port.SyncStatus;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.InMemoryManagerAuthenticator;
import com.palmpos.ui.testing.MutableClock;
import com.palmpos.ui.testing.MutableSyncStatusSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders the shell's screens headless (Monocle) to PNG files for the README, without showing any window.
 * Not a test. Run: {@code mvn -B -o -pl ui -am -Pscreenshots process-test-classes -Dscreenshots.dir=/abs/dir}.
 */
public final class ScreenshotRenderer {

    private static final TerminalInfo INFO = new TerminalInfo("0.1.0", Path.of("/var/lib/palmpos"));
    private static final UiSettings SETTINGS = UiSettings.defaults().withStoreName("Harbour Noodles");

    private final Path directory;
    private final TestCounter counter;
    private final MutableClock clock = MutableClock.utcAt("2026-11-25T12:30:00Z");

    private ScreenshotRenderer(Path directory) {
        this.directory = directory;
        try {
            this.counter = new TestCounter(java.nio.file.Files.createTempDirectory("palmpos-screens"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ScreenshotRenderer OUTPUT_DIRECTORY");
        }
        // headless unless the caller chose a platform; must be set before the toolkit starts
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        System.setProperty("java.awt.headless", "true");
        Path directory = Files.createDirectories(Path.of(args[0]));
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                new ScreenshotRenderer(directory).renderAll();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(180, TimeUnit.SECONDS); // a loaded 2-core machine needs minutes for all screens
        } finally {
            Platform.exit();
        }
    }

    private void renderAll() {
        cashier(SETTINGS, "cashier-light.png", SyncStatus.online(0), shell -> { });
        cashier(SETTINGS.withTheme(Theme.DARK), "cashier-dark.png", SyncStatus.offline(3, "cloud unreachable"),
                shell -> { });
        cashier(SETTINGS, "pin-pad.png", SyncStatus.NOT_CONNECTED, shell -> {
            shell.openManager();
            type(shell, "0000");
            shell.pinPad().submit();
            type(shell, "48");
        });
        cashier(SETTINGS.withLocale(Locale.GERMAN), "manager-home-de.png", SyncStatus.online(0), shell -> {
            shell.openManager();
            for (String entry : new String[] {"0000", "4821", "4821"}) {
                type(shell, entry);
                shell.pinPad().submit();
            }
        });
        managerPages();
        counterScreens();
        secondFactorScreen();
        Messages messages = Messages.forLocale(SETTINGS.locale());
        Scene companion = new Scene(new CompanionView(new CompanionViewModel(messages, SETTINGS,
                new CounterSession(counter.services, new ImmediateTaskRunner(), messages))), 1024, 600);
        Stylesheets.apply(companion, SETTINGS.theme());
        write(companion, "companion.png");
        new EnrollmentScreenshots(counter, this::write).renderAll(SETTINGS);
        new CounterScreenshots(counter, this::write).renderAll(SETTINGS);
    }

    /** The manager area's pages, signed in, each on its own picture. */
    private void managerPages() {
        counter.services.menus().markUnavailable(counter.services.menus().menu().items().get(0).id(), "manager");
        SyncStatus offline = SyncStatus.offline(7, "connect timed out: cloud.example.com")
                .withTimes(Optional.of(clock.instant().minusSeconds(1500)), Optional.of(clock.instant().minusSeconds(1600)));
        for (ManagerPage page : ManagerPage.values()) {
            cashier(SETTINGS, "manager-" + (page == ManagerPage.HOME ? "hub" : page.id()) + ".png", offline,
                    ScreenshotRenderer::signIn, area -> area.open(page));
        }
        cashier(SETTINGS.withTheme(Theme.DARK).withLocale(Locale.GERMAN), "manager-shift-dark-de.png", offline,
                ScreenshotRenderer::signIn, area -> area.open(ManagerPage.SHIFT));
    }

    private static void signIn(ShellViewModel shell) {
        shell.openManager();
        for (String entry : new String[] {"0000", "4821", "4821"}) {
            type(shell, entry);
            shell.pinPad().submit();
        }
    }

    private void cashier(UiSettings settings, String file, SyncStatus status,
            java.util.function.Consumer<ShellViewModel> script) {
        cashier(settings, file, status, script, area -> { });
    }

    private void cashier(UiSettings settings, String file, SyncStatus status,
            java.util.function.Consumer<ShellViewModel> script,
            java.util.function.Consumer<ManagerAreaViewModel> managerScript) {
        Messages messages = Messages.forLocale(settings.locale());
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        ShellViewModel shell = ShellViewModel.create(messages, settings, INFO,
                new InMemoryManagerAuthenticator(clock), tasks, clock);
        MutableSyncStatusSource sync = new MutableSyncStatusSource();
        sync.publish(status);
        TopBarViewModel topBar = new TopBarViewModel(messages, settings, clock,
                new SyncStatusViewModel(messages, sync, tasks));
        CounterSession session = new CounterSession(counter.services, tasks, messages);
        AuditLog audit = counter.pos.audit();
        ManagerPorts ports = new ManagerPorts(counter.terminalSettings, audit,
                new ManagerApproval(counter.pos.staff(), audit, clock),
                new ApprovedOrderActions(counter.pos.orders(), audit, clock),
                counter.pos.privacy());
        ManagerAreaViewModel managerArea = new ManagerAreaViewModel(new ManagerContext(session, sync,
                Optional.of(ports), new InMemoryManagerAuthenticator(clock), INFO, settings));
        CashierWindow window = new CashierWindow(new Stage(), shell, topBar, new CounterViewModel(session),
                managerArea, messages, settings);
        script.accept(shell);
        managerScript.accept(managerArea);
        write(window.stage().getScene(), file);
        window.dispose();
    }

    /** The ordering and paying screens with a few items on the order (one session, screens in sequence). */
    private void counterScreens() {
        Messages messages = Messages.forLocale(SETTINGS.locale());
        CounterViewModel counterModel = new CounterViewModel(new CounterSession(counter.services,
                new ImmediateTaskRunner(), messages));
        var menu = counter.services.menus().menu();
        counterModel.choose(menu.item("chocolate-chip-cookie").orElseThrow());
        counterModel.choose(menu.item("lemonade").orElseThrow());
        counterModel.order().incrementSelected();
        counterModel.choose(menu.item("turkey-avocado").orElseThrow());
        Scene scene = new Scene(new com.palmpos.ui.internal.counter.CounterView(counterModel), 1280, 760);
        Stylesheets.apply(scene, SETTINGS.theme());
        write(scene, "counter-choice.png");
        counterModel.closeSheet();
        write(scene, "counter-order.png");
        counterModel.openPayment();
        write(scene, "counter-payment.png");
        scene.getStylesheets().clear();
        Stylesheets.apply(scene, Theme.DARK);
        write(scene, "counter-payment-dark.png");
    }

    /** The pay sheet asking the last four digits of the customer's phone (palm payment above the amount). */
    private void secondFactorScreen() {
        Messages messages = Messages.forLocale(SETTINGS.locale());
        com.palmpos.ui.testing.ScriptedPalmReader palm = new com.palmpos.ui.testing.ScriptedPalmReader();
        var customer = com.palmpos.ui.testing.Customers.withCard("cus-screens-2fa", 120);
        counter.pos.customers().upsert(customer);
        counter.pos.customers().savePhone(customer.customerId(), "+1 555 010 4321");
        CounterSession session = new CounterSession(counter.servicesWith(palm,
                com.palmpos.pos.privacy.SecondFactorSettings.above(com.palmpos.pos.money.Money.parse("5.00",
                        counter.services.menus().menu().currency()))), new ImmediateTaskRunner(), messages);
        session.customerProperty().set(customer);
        CounterViewModel counterModel = new CounterViewModel(session);
        var menu = counter.services.menus().menu();
        counterModel.choose(menu.item("lemonade").orElseThrow());
        counterModel.order().incrementSelected();
        counterModel.choose(menu.item("chocolate-chip-cookie").orElseThrow());
        counterModel.openPayment();
        Scene scene = new Scene(new com.palmpos.ui.internal.counter.CounterView(counterModel), 1280, 760);
        Stylesheets.apply(scene, SETTINGS.theme());
        var payment = ((com.palmpos.ui.internal.counter.Sheet.Payment) counterModel.sheetProperty().get()).model();
        payment.payPalm();
        palm.identify(customer.customerId());
        payment.secondFactorDigitsProperty().set("43");
        write(scene, "counter-payment-second-factor.png");
    }

    private static void type(ShellViewModel shell, String digits) {
        digits.chars().forEach(c -> shell.pinPad().digit(c - '0'));
    }

    private void write(Scene scene, String file) {
        Path target = directory.resolve(file);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", target.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target, e);
        }
    }
}
